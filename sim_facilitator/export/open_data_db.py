"""Open data as one searchable SQLite database, written with sqlite-utils beside the CSV files.

The same content and privacy rules as the CSV (``open_data``): no participant
names or personal details, no individual ballots, only aggregate counts; ideas
hidden or pending in moderation are left out; an action whose owner is written
as a participant's name has no owner. Every table has a primary key and its
foreign keys; ideas and actions have a ``search`` column folded by the app
(``text.search_index``) and indexed with FTS5, so a search finds Arabic whatever
its harakat, hamza, alef forms and taa marbuta, and French whatever its accents.
A few views answer the common questions. ``open_data_meta`` writes the
Datasette ``metadata.json`` that documents every table and column in ar, fr, en.

sqlite-utils is imported only when a database is written, never at start-up.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sim_facilitator.domain.ideas import is_shown
from sim_facilitator.engine.store import Store
from sim_facilitator.export.atomic import write_atomically
from sim_facilitator.text.search_index import search_column, search_query
from sim_facilitator.text.user_text import fold_for_search, without_bidi_controls

DB_NAME = "sim-opendata.db"
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

# An idea's links to principles: its own mappings and those of its cluster (a survivor
# of a merge counts once; a duplicate merged into it does not count again).
VIEWS = {
    "idea_principle_links": """
        SELECT idea_id, principle_id, workshop_id, max(strength) AS strength
        FROM (
            SELECT i.id AS idea_id, m.principle_id, i.workshop_id, m.strength
            FROM ideas i JOIN mappings m ON m.idea_id = i.id
            WHERE i.merged_into IS NULL AND m.strength > 0
            UNION ALL
            SELECT i.id, m.principle_id, i.workshop_id, m.strength
            FROM ideas i JOIN mappings m ON m.cluster_id = i.cluster_id
            WHERE i.merged_into IS NULL AND m.strength > 0
        )
        GROUP BY idea_id, principle_id""",
    "ideas_per_principle_and_region": """
        SELECT p.code, p.name_ar, p.name_fr, p.name_en, w.region,
               count(*) AS ideas, sum(l.strength) AS total_strength
        FROM idea_principle_links l
        JOIN principles p ON p.id = l.principle_id
        JOIN workshops w ON w.id = l.workshop_id
        GROUP BY p.id, w.region
        ORDER BY p.position, w.region""",
    "principle_coverage": """
        SELECT w.id AS workshop_id, w.title AS workshop, w.region, w.date,
               p.id AS principle_id, p.code, p.name_ar, p.name_fr, p.name_en,
               count(l.idea_id) AS ideas, coalesce(sum(l.strength), 0) AS total_strength,
               count(l.idea_id) = 0 AS uncovered
        FROM workshops w
        JOIN principles p ON p.framework_id = w.framework_id
        LEFT JOIN idea_principle_links l ON l.principle_id = p.id AND l.workshop_id = w.id
        GROUP BY w.id, p.id
        ORDER BY w.date, w.id, p.position""",
    "ideas_in_context": """
        SELECT i.id, i.text, w.title AS workshop, w.region, w.date, q.text AS question,
               c.name AS cluster, i.merged_into
        FROM ideas i
        JOIN workshops w ON w.id = i.workshop_id
        LEFT JOIN questions q ON q.id = i.question_id
        LEFT JOIN clusters c ON c.id = i.cluster_id""",
    "vote_results": """
        SELECT w.title AS workshop, w.region, r.title AS round, r.method, r.collection,
               v.rank, v.option, v.points, v.voters, r.ballots_cast, r.present
        FROM results v
        JOIN rounds r ON r.id = v.round_id
        JOIN workshops w ON w.id = r.workshop_id
        ORDER BY w.date, r.id, v.rank""",
}


def _text(value: Any) -> Any:
    """Stored text as people typed it, without explicit bidi controls (never shown)."""
    return without_bidi_controls(value) if isinstance(value, str) else value


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _text(v) for k, v in row.items()}


def names_of_people(store: Store, workshop_id: str) -> set[str]:
    return {
        fold_for_search(str(p["name"]).strip())
        for p in store.in_workshop("participant", workshop_id)
        if p.get("name")
    }


def public_owner(owner: str | None, people: set[str]) -> str | None:
    """An action's owner, unless it names a participant (people are never named here)."""
    if not owner:
        return None
    folded = fold_for_search(owner)
    if any(name and name in folded for name in people):
        return None
    return owner


TABLES = (
    "frameworks",
    "principles",
    "workshops",
    "questions",
    "clusters",
    "ideas",
    "mappings",
    "rounds",
    "results",
    "actions",
    "action_principles",
    "action_ideas",
)


def collect_tables(
    store: Store, workshop_ids: list[str] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table of the open-data database (plain dicts, no personal data)."""
    return _Collector(store, workshop_ids).tables


class _Collector:
    """Reads the workshops through the Store, one table's rows per method."""

    def __init__(self, store: Store, workshop_ids: list[str] | None) -> None:
        self.store = store
        self.tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        workshops = [
            w for w in store.list("workshop") if workshop_ids is None or w["id"] in workshop_ids
        ]
        self.framework_ids = {w["framework_id"] for w in workshops if w.get("framework_id")}
        self.principle_ids: set[str] = set()
        self._frameworks()
        for w in workshops:
            self._workshop(w)
            questions = self._rows_of("question", w["id"], ("position", "text"), "questions")
            clusters = self._rows_of("cluster", w["id"], ("name",), "clusters")
            ideas = self._ideas(w["id"], questions, clusters)
            self._mappings(w["id"], ideas, clusters)
            self._rounds(w["id"])
            self._actions(w["id"], ideas)

    def _frameworks(self) -> None:
        for f in self.store.list("framework"):
            if f["id"] in self.framework_ids:
                self.tables["frameworks"].append(
                    _clean({k: f.get(k) for k in COLUMNS["frameworks"]})
                )
        for p in self.store.list("principle"):
            if p["framework_id"] in self.framework_ids:
                self.principle_ids.add(p["id"])
                self.tables["principles"].append(
                    _clean({k: p.get(k) for k in COLUMNS["principles"]})
                )

    def _workshop(self, w: dict[str, Any]) -> None:
        people = self.store.in_workshop("participant", w["id"])
        framework = w.get("framework_id")
        self.tables["workshops"].append(
            _clean(
                {
                    "id": w["id"],
                    "title": w["title"],
                    "theme": w.get("theme"),
                    "region": w.get("region"),
                    "date": w.get("date"),
                    "venue": w.get("venue"),
                    "language": w.get("language"),
                    "framework_id": framework if framework in self.framework_ids else None,
                    "participants_present": sum(1 for p in people if p.get("present")),
                    "participants_registered": len(people),
                }
            )
        )

    def _rows_of(self, entity: str, wid: str, fields: tuple[str, ...], table: str) -> set[str]:
        ids = set()
        for row in self.store.in_workshop(entity, wid):
            ids.add(row["id"])
            values = {"id": row["id"], "workshop_id": wid, **{f: row.get(f) for f in fields}}
            self.tables[table].append(_clean(values))
        return ids

    def _ideas(self, wid: str, questions: set[str], clusters: set[str]) -> set[str]:
        ideas = [i for i in self.store.in_workshop("idea", wid) if is_shown(i)]
        ids = {i["id"] for i in ideas}

        def known(value: str | None, among: set[str]) -> str | None:
            return value if value in among else None

        for i in ideas:
            text = _text(i["text"])
            self.tables["ideas"].append(
                {
                    "id": i["id"],
                    "workshop_id": wid,
                    "question_id": known(i.get("question_id"), questions),
                    "cluster_id": known(i.get("cluster_id"), clusters),
                    "merged_into": known(i.get("merged_into"), ids),
                    "text": text,
                    "direction": i.get("direction"),
                    "origin": i.get("origin") or "laptop",
                    "search": search_column(text),
                }
            )
        return ids

    def _mappings(self, wid: str, ideas: set[str], clusters: set[str]) -> None:
        for m in self.store.in_workshop("mapping", wid):
            target = m["target_id"]
            if m["principle_id"] not in self.principle_ids:
                continue
            if target not in ideas and target not in clusters:
                continue  # an idea left out (moderation) or a deleted cluster
            self.tables["mappings"].append(
                {
                    "id": m["id"],
                    "workshop_id": wid,
                    "principle_id": m["principle_id"],
                    "idea_id": target if target in ideas else None,
                    "cluster_id": target if target in clusters else None,
                    "strength": m.get("strength"),
                }
            )

    def _rounds(self, wid: str) -> None:
        from sim_facilitator.domain.votes.results import round_results

        for rnd in self.store.in_workshop("round", wid):
            if rnd.get("status") != "closed":
                continue
            res = round_results(self.store, rnd["id"], reveal=True)
            self.tables["rounds"].append(
                _clean(
                    {
                        "id": rnd["id"],
                        "workshop_id": wid,
                        "title": rnd["title"],
                        "method": res.method,
                        "collection": res.collection,
                        "ballots_cast": res.ballots_cast,
                        "present": res.present,
                        "turnout": res.turnout,
                    }
                )
            )
            for o in res.options:
                self.tables["results"].append(
                    _clean(
                        {
                            "round_id": rnd["id"],
                            "option_id": o.option_id,
                            "option": o.label,
                            "rank": o.rank,
                            "points": o.points,
                            "voters": o.voters,
                            "mean": o.mean,
                        }
                    )
                )

    def _actions(self, wid: str, ideas: set[str]) -> None:
        names = names_of_people(self.store, wid)
        for a in self.store.in_workshop("action", wid):
            what = _text(a["what"])
            self.tables["actions"].append(
                {
                    "id": a["id"],
                    "workshop_id": wid,
                    "what": what,
                    "owner": public_owner(_text(a.get("owner")), names),
                    "due": a.get("due"),
                    "status": a.get("status"),
                    "search": search_column(what),
                }
            )
            for pid in dict.fromkeys(a.get("principle_ids") or []):
                if pid in self.principle_ids:
                    row = {"action_id": a["id"], "principle_id": pid}
                    self.tables["action_principles"].append(row)
            for iid in dict.fromkeys(a.get("idea_ids") or []):
                if iid in ideas:
                    self.tables["action_ideas"].append({"action_id": a["id"], "idea_id": iid})


# table -> (primary key, foreign keys (column, other table, other column))
SCHEMA: dict[str, tuple[str | tuple[str, ...], list[tuple[str, str, str]]]] = {
    "frameworks": ("id", []),
    "principles": ("id", [("framework_id", "frameworks", "id")]),
    "workshops": ("id", [("framework_id", "frameworks", "id")]),
    "questions": ("id", [("workshop_id", "workshops", "id")]),
    "clusters": ("id", [("workshop_id", "workshops", "id")]),
    "ideas": (
        "id",
        [
            ("workshop_id", "workshops", "id"),
            ("question_id", "questions", "id"),
            ("cluster_id", "clusters", "id"),
            ("merged_into", "ideas", "id"),
        ],
    ),
    "mappings": (
        "id",
        [
            ("workshop_id", "workshops", "id"),
            ("principle_id", "principles", "id"),
            ("idea_id", "ideas", "id"),
            ("cluster_id", "clusters", "id"),
        ],
    ),
    "rounds": ("id", [("workshop_id", "workshops", "id")]),
    "results": (("round_id", "option_id"), [("round_id", "rounds", "id")]),
    "actions": ("id", [("workshop_id", "workshops", "id")]),
    "action_principles": (
        ("action_id", "principle_id"),
        [("action_id", "actions", "id"), ("principle_id", "principles", "id")],
    ),
    "action_ideas": (
        ("action_id", "idea_id"),
        [("action_id", "actions", "id"), ("idea_id", "ideas", "id")],
    ),
}
# column types where a table may have no rows (sqlite-utils guesses from rows otherwise)
COLUMNS: dict[str, dict[str, type]] = {
    "frameworks": {"id": str, "name_ar": str, "name_fr": str, "name_en": str, "version": int},
    "principles": {
        "id": str,
        "framework_id": str,
        "position": int,
        "code": str,
        "name_ar": str,
        "name_fr": str,
        "name_en": str,
    },
    "workshops": {
        "id": str,
        "title": str,
        "theme": str,
        "region": str,
        "date": str,
        "venue": str,
        "language": str,
        "framework_id": str,
        "participants_present": int,
        "participants_registered": int,
    },
    "questions": {"id": str, "workshop_id": str, "position": int, "text": str},
    "clusters": {"id": str, "workshop_id": str, "name": str},
    "ideas": {
        "id": str,
        "workshop_id": str,
        "question_id": str,
        "cluster_id": str,
        "merged_into": str,
        "text": str,
        "direction": str,
        "origin": str,
        "search": str,
    },
    "mappings": {
        "id": str,
        "workshop_id": str,
        "principle_id": str,
        "idea_id": str,
        "cluster_id": str,
        "strength": int,
    },
    "rounds": {
        "id": str,
        "workshop_id": str,
        "title": str,
        "method": str,
        "collection": str,
        "ballots_cast": int,
        "present": int,
        "turnout": float,
    },
    "results": {
        "round_id": str,
        "option_id": str,
        "option": str,
        "rank": int,
        "points": float,
        "voters": int,
        "mean": float,
    },
    "actions": {
        "id": str,
        "workshop_id": str,
        "what": str,
        "owner": str,
        "due": str,
        "status": str,
        "search": str,
    },
    "action_principles": {"action_id": str, "principle_id": str},
    "action_ideas": {"action_id": str, "idea_id": str},
}


def build_database(path: Path, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Create the database at ``path`` (a new file) from ``collect_tables`` rows."""
    import sqlite_utils  # only here: it is not needed to start the app

    db = sqlite_utils.Database(path)
    # a scratch file, copied into place with fsync afterwards: no journal, no syncs
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    try:
        # tables in dependency order, each created with its keys before its rows
        for name, (pk, fks) in SCHEMA.items():
            table = db.table(name)
            table.create(COLUMNS[name], pk=pk, foreign_keys=fks, not_null=_not_null(pk))
            table.insert_all(tables[name], batch_size=500)
        for name in ("ideas", "actions"):
            db.table(name).enable_fts(["search"], fts_version="FTS5", tokenize=FTS_TOKENIZER)
        for column, table_name in (
            ("workshop_id", "ideas"),
            ("question_id", "ideas"),
            ("cluster_id", "ideas"),
            ("workshop_id", "mappings"),
            ("idea_id", "mappings"),
            ("cluster_id", "mappings"),
            ("principle_id", "mappings"),
            ("workshop_id", "actions"),
        ):
            db.table(table_name).create_index([column])
        for view, sql in VIEWS.items():
            db.create_view(view, sql.strip())
        db.execute("PRAGMA foreign_key_check")
        db.vacuum()
    finally:
        db.close()


def _not_null(pk: str | tuple[str, ...]) -> set[str]:
    return {pk} if isinstance(pk, str) else set(pk)


def write_open_data_db(
    store: Store,
    folder: Path,
    workshop_ids: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write ``sim-opendata.db`` into ``folder`` atomically (built aside, then renamed)."""
    folder.mkdir(parents=True, exist_ok=True)
    tables = collect_tables(store, workshop_ids)
    if progress:
        progress(1, 3)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{DB_NAME}.", suffix=".partial", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()  # sqlite-utils creates the file itself
        build_database(tmp, tables)
        if progress:
            progress(2, 3)
        target = write_atomically(folder / DB_NAME, tmp.read_bytes())
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + "-journal").unlink(missing_ok=True)
    if progress:
        progress(3, 3)
    return target


def search(db_path: Path, table: str, query: str, limit: int = 100) -> list[dict[str, Any]]:
    """Rows of ``ideas`` or ``actions`` whose text has every word of ``query``, folded the
    same way as the index (best matches first)."""
    if table not in ("ideas", "actions"):
        raise ValueError(table)
    match = search_query(query)
    if not match:
        return []
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            f"SELECT t.* FROM {table}_fts f JOIN {table} t ON t.rowid = f.rowid "
            f"WHERE {table}_fts MATCH ? ORDER BY f.rank LIMIT ?",
            (match, limit),
        ).fetchall()
    finally:
        conn.close()
    return [dict(r) for r in rows]
