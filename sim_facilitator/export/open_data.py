"""Open data: the workshops' content as CSV files a spreadsheet program opens correctly.

UTF-8 with a byte-order mark, so Excel and LibreOffice show Arabic properly. Every
text cell goes through ``text.spreadsheet_cells.neutralise``: text that a spreadsheet
would run as a formula is written with a leading apostrophe.
Participants' names are not exported at all (only counts elsewhere): the
data belongs to the organisation, the names to the people. Ideas hidden or pending
in moderation are left out (as in the minutes), and an action whose owner is
written as a participant's name has no owner.

``write_open_data`` writes everything the ``opendata`` command gives: these CSV
files, their Frictionless ``datapackage.json``, the searchable SQLite database
(``open_data_db``) and its Datasette ``metadata.json`` (``open_data_meta``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sim_facilitator.domain.ideas import is_shown
from sim_facilitator.engine.store import Store
from sim_facilitator.export.atomic import write_atomically
from sim_facilitator.export.open_data_db import names_of_people, public_owner
from sim_facilitator.text.spreadsheet_cells import neutralise
from sim_facilitator.text.user_text import without_bidi_controls

BOM = "\ufeff"


def _cell(value: Any) -> Any:
    """Numbers as numbers; text made inert for spreadsheets (text/spreadsheet_cells.py)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(without_bidi_controls(value))
    return value


def _csv_bytes(header: list[str], rows: Iterable[list[Any]]) -> bytes:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_cell(h) for h in header])
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def _principle_names(store: Store, lang: str) -> dict[str, str]:
    return {
        p["id"]: p[f"name_{lang}"] or p["name_en"] or p["code"] or p["id"]
        for p in store.list("principle")
    }


def export_open_data(
    store: Store,
    folder: Path,
    workshop_ids: list[str] | None = None,
    lang: str = "fr",
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write ideas.csv, mappings.csv, votes.csv and actions.csv into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    workshops = {
        w["id"]: w
        for w in store.list("workshop")
        if workshop_ids is None or w["id"] in workshop_ids
    }
    principles = _principle_names(store, lang)
    questions = {q["id"]: q["text"] for q in store.list("question")}
    clusters = {c["id"]: c["name"] for c in store.list("cluster")}
    ideas = [i for w in workshops for i in store.in_workshop("idea", w) if is_shown(i)]
    idea_text = {i["id"]: i["text"] for i in ideas}
    files: list[Path] = []
    steps = 5

    def title(wid: str) -> str:
        return str(workshops[wid]["title"])

    files.append(
        write_atomically(
            folder / "workshops.csv",
            _csv_bytes(
                [
                    "workshop_id",
                    "workshop",
                    "region",
                    "date",
                    "theme",
                    "venue",
                    "participants_present",
                    "participants_registered",
                ],
                [
                    [
                        wid,
                        w["title"],
                        w.get("region"),
                        w.get("date"),
                        w.get("theme"),
                        w.get("venue"),
                        sum(1 for p in people if p.get("present")),
                        len(people),
                    ]
                    for wid, w in workshops.items()
                    for people in [store.in_workshop("participant", wid)]
                ],
            ),
        )
    )
    files.append(
        write_atomically(
            folder / "ideas.csv",
            _csv_bytes(
                [
                    "workshop_id",
                    "workshop",
                    "region",
                    "idea_id",
                    "question",
                    "text",
                    "cluster",
                    "merged_into",
                ],
                [
                    [
                        i["workshop_id"],
                        title(i["workshop_id"]),
                        workshops[i["workshop_id"]]["region"],
                        i["id"],
                        questions.get(i["question_id"] or ""),
                        i["text"],
                        clusters.get(i["cluster_id"] or ""),
                        i["merged_into"] if i["merged_into"] in idea_text else None,
                    ]
                    for i in ideas
                ],
            ),
        )
    )
    if progress:
        progress(2, steps)
    mappings = [
        m
        for w in workshops
        for m in store.in_workshop("mapping", w)
        if m["target_id"] in idea_text or m["target_id"] in clusters
    ]
    files.append(
        write_atomically(
            folder / "mappings.csv",
            _csv_bytes(
                ["workshop_id", "target_kind", "target_id", "target", "principle", "strength"],
                [
                    [
                        m["workshop_id"],
                        m["target_kind"],
                        m["target_id"],
                        idea_text.get(m["target_id"]) or clusters.get(m["target_id"]),
                        principles.get(m["principle_id"], m["principle_id"]),
                        m["strength"],
                    ]
                    for m in mappings
                ],
            ),
        )
    )
    if progress:
        progress(3, steps)
    vote_rows: list[list[Any]] = []
    try:
        from sim_facilitator.domain.votes.results import round_results
    except ImportError:
        round_results = None  # type: ignore[assignment]
    for wid in workshops:
        for rnd in store.in_workshop("round", wid):
            if round_results is None or rnd["status"] != "closed":
                continue
            results = round_results(store, rnd["id"], reveal=True)
            for o in results.options:
                vote_rows.append(
                    [
                        wid,
                        title(wid),
                        rnd["id"],
                        rnd["title"],
                        results.method,
                        results.collection,
                        o.option_id,
                        o.label,
                        o.points,
                        o.voters,
                        o.rank,
                        results.ballots_cast,
                        results.present,
                    ]
                )
    files.append(
        write_atomically(
            folder / "votes.csv",
            _csv_bytes(
                [
                    "workshop_id",
                    "workshop",
                    "round_id",
                    "round",
                    "method",
                    "collection",
                    "option_id",
                    "option",
                    "points",
                    "voters",
                    "rank",
                    "ballots_cast",
                    "present",
                ],
                vote_rows,
            ),
        )
    )
    if progress:
        progress(4, steps)
    actions = [a for w in workshops for a in store.in_workshop("action", w)]
    people = {w: names_of_people(store, w) for w in workshops}
    files.append(
        write_atomically(
            folder / "actions.csv",
            _csv_bytes(
                [
                    "workshop_id",
                    "workshop",
                    "action_id",
                    "what",
                    "owner",
                    "due",
                    "status",
                    "principles",
                    "ideas",
                ],
                [
                    [
                        a["workshop_id"],
                        title(a["workshop_id"]),
                        a["id"],
                        a["what"],
                        public_owner(a["owner"], people[a["workshop_id"]]),
                        a["due"],
                        a["status"],
                        " | ".join(principles.get(p, p) for p in a["principle_ids"] or []),
                        " | ".join(idea_text[i] for i in a["idea_ids"] or [] if i in idea_text),
                    ]
                    for a in actions
                ],
            ),
        )
    )
    if progress:
        progress(5, steps)
    return files


def write_open_data(
    store: Store,
    folder: Path,
    workshop_ids: list[str] | None = None,
    lang: str = "fr",
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """The CSV files, ``datapackage.json``, ``sim-opendata.db`` and ``metadata.json``."""
    from sim_facilitator.export.open_data_db import write_open_data_db
    from sim_facilitator.export.open_data_meta import write_datapackage, write_datasette_metadata

    def step(done: int, total: int) -> None:
        if progress:
            progress(done, total + 4)

    files = export_open_data(store, folder, workshop_ids, lang, step)
    files.append(write_datapackage(folder, [f.name for f in files]))
    step(6, 5)
    files.append(write_open_data_db(store, folder, workshop_ids))
    step(7, 5)
    files.append(write_datasette_metadata(folder))
    step(9, 5)
    return files
