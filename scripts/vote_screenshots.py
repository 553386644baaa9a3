"""Screenshots of the vote screens in Arabic and French (offscreen grab()).

Usage: uv run python scripts/vote_screenshots.py OUTPUT_FOLDER

Builds the demo workshop in a temporary database, adds a score round with
seven ballots, a hidden ranking round and a double tally with a mismatch, and
saves for each of ar and fr: the Votes tab (dots results, open score round),
the ballot screen (neutral, vote, confirm), the tally entry, and the projector
(capture with the agenda timer, hidden vote, open vote, closed results).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("output", type=Path)
    args = parser.parse_args(argv)
    out: Path = args.output
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication, QWidget

    from sim_facilitator.domain.agenda import agenda_items, start_item, utc_now
    from sim_facilitator.domain.demo import create_demo
    from sim_facilitator.domain.votes.ballots import cast_ballot
    from sim_facilitator.domain.votes.lifecycle import create_round, open_round
    from sim_facilitator.domain.votes.rounds import (
        candidate_options,
        present_participants,
        rounds_of,
    )
    from sim_facilitator.domain.votes.tallies import enter_tally
    from sim_facilitator.paths import open_store
    from sim_facilitator.ui.shell.application import install_fonts, set_language
    from sim_facilitator.ui.votes.ballot_screen import BallotScreen
    from sim_facilitator.ui.votes.projector_view import ProjectorView
    from sim_facilitator.ui.votes.tally_entry import TallyEntry
    from sim_facilitator.ui.votes.votes_view import VotesView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts()

    def shot(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "votes.db")
        w = create_demo(store)
        dots_round = rounds_of(store, w)[0]["id"]
        ideas = [i for i, _ in candidate_options(store, w, "idea")][:5]
        people = [p["id"] for p in present_participants(store, w)]
        score = create_round(
            store,
            w,
            "Quelle idée porter en priorité ? / ما الفكرة ذات الأولوية؟",
            method="score",
            options=ideas,
            tie_break="Vote à main levée / تصويت برفع الأيدي",
        )
        open_round(store, score)
        rng = random.Random(3)
        for p in people[:7]:
            choice = {o: rng.randint(1, 5) for o in ideas if rng.random() < 0.8}
            cast_ballot(store, score, p, choice)
        hidden = create_round(
            store,
            w,
            "Que lancer en premier ? / ماذا نطلق أولاً؟",
            method="ranking",
            options=ideas[:4],
            hide_results=True,
        )
        open_round(store, hidden)
        for p in people[:4]:
            cast_ballot(store, hidden, p, {ideas[0]: 1, ideas[2]: 2})
        double = create_round(
            store, w, "Double saisie", method="dots", options=ideas[:4], collection="double_tally"
        )
        open_round(store, double)
        counts = {ideas[0]: 10, ideas[1]: 4, ideas[2]: 3, ideas[3]: 1}
        enter_tally(store, double, counts, voters=6, entry="a")
        enter_tally(store, double, {**counts, ideas[1]: 5, ideas[2]: 2}, voters=6, entry="b")
        capture = create_demo(store)
        first = agenda_items(store, capture)[0]["id"]
        start_item(store, first, utc_now() - dt.timedelta(minutes=7, seconds=30))

        for lang in ("ar", "fr"):
            set_language(app, lang)
            view = VotesView(store, w)
            view.resize(1200, 900)
            view.show()
            for name, rid in (("results_dots", dots_round), ("results_score_open", score)):
                view.round_id = rid
                view.refresh()
                shot(view, f"{lang}_{name}")
            view.close()
            ballot = BallotScreen(store, score)
            ballot.resize(900, 650)
            ballot.show()
            shot(ballot, f"{lang}_ballot_neutral")
            ballot.show_identify()
            ballot.roster_combo.setCurrentIndex(9)
            ballot.identify()
            first_input = next(iter(ballot.inputs.values()))
            first_input.setCurrentIndex(4)  # type: ignore[attr-defined]
            shot(ballot, f"{lang}_ballot_vote")
            ballot.review()
            shot(ballot, f"{lang}_ballot_confirm")
            ballot.close()
            tally = TallyEntry(store, double)
            tally.resize(700, 450)
            tally.show()
            shot(tally, f"{lang}_tally")
            tally.close()
            room = ProjectorView(store, capture)
            room.resize(1280, 720)
            room.show()
            shot(room, f"{lang}_projector_capture")
            room.close()
            projector = ProjectorView(store, w, round_id=hidden)
            projector.resize(1280, 720)
            projector.show()
            shot(projector, f"{lang}_projector_hidden")
            projector.show_round(score)
            shot(projector, f"{lang}_projector_open")
            projector.show_round(dots_round)
            shot(projector, f"{lang}_projector_results")
            projector.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
