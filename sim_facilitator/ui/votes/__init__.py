"""Step 5, vote: rounds, the passed-laptop ballot, paper tallies, the projector."""
