"""Vote rounds: what a round votes on (``rounds``), its lifecycle, secret ballots,
paper tallies and results, one module each; counting itself is ``vote_counting``."""
