"""Open data as a searchable SQLite database, described for Datasette and Frictionless: search
finds Arabic and French whatever the harakat, hamza, taa marbuta and accents; keys are real;
no person is named in any table; the CSV package validates with ``frictionless``."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sim_facilitator.domain.actions import create_action
from sim_facilitator.domain.demo import PARTICIPANTS, create_demo
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import add_participant
from sim_facilitator.engine.store import Store
from sim_facilitator.export.open_data import write_open_data
from sim_facilitator.export.open_data_db import DB_NAME, SCHEMA, VIEWS, search
from sim_facilitator.export.open_data_meta import COLUMNS, TABLES
from tests.helpers.cli import run_cli

VOCALISED = "إِحْداثُ صُنْدوقٍ للتَّعاوُنيات"
TAA = "دعم الجمعية المحلية للنساء"
HAMZA = "إشراك المؤسسات الصغيرة في القرار"
FRENCH = "Créer des coopératives féminines à Tiznit"
SECRET = ("Zineb Qadiri-Secret", "ليلى السرية")


@pytest.fixture
def published(store: Store, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    workshop = create_demo(store)
    ids = {
        "vocalised": add_idea(store, workshop, VOCALISED),
        "taa": add_idea(store, workshop, TAA),
        "hamza": add_idea(store, workshop, HAMZA),
        "french": add_idea(store, workshop, FRENCH),
    }
    for name in SECRET:
        add_participant(store, workshop, name, consent_named=False)
    ids["hidden"] = add_idea(store, workshop, "فكرة مخفية بالإشراف")
    store.update("idea", ids["hidden"], {"moderation": "hidden"})
    ids["action"] = create_action(store, workshop, "Créer une coopérative régionale")
    ids["owned"] = create_action(store, workshop, "Suivi du fonds", owner=SECRET[0])
    out = tmp_path / "open"
    files = write_open_data(store, out)
    assert {f.name for f in files} >= {DB_NAME, "metadata.json", "datapackage.json", "ideas.csv"}
    return out / DB_NAME, ids


def _found(db: Path, table: str, query: str) -> set[str]:
    return {row["id"] for row in search(db, table, query)}


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("احداث", "vocalised"),  # no hamza, no harakat
        ("إحداث", "vocalised"),  # hamza as usually written
        ("إِحْداث", "vocalised"),  # harakat typed too
        ("صندوق", "vocalised"),
        ("التعاونيات", "vocalised"),  # written للتعاونيات: the article does not matter
        ("تعاونيات", "vocalised"),
        ("الجمعيه", "taa"),  # ha for taa marbuta
        ("الجمعية", "taa"),
        ("جمعيه محليه", "taa"),  # two words, both needed
        ("المؤسسات", "hamza"),
        ("الموسسات", "hamza"),  # waw without its hamza
        ("اشراك", "hamza"),
        ("cooperatives", "french"),
        ("COOPÉRATIVES féminines", "french"),
        ("feminines tiznit", "french"),
    ],
)
def test_search_finds_ideas_whatever_harakat_hamza_taa_and_accents(
    published: tuple[Path, dict[str, str]], query: str, key: str
) -> None:
    db, ids = published
    assert ids[key] in _found(db, "ideas", query)


def test_search_finds_only_what_has_every_word(published: tuple[Path, dict[str, str]]) -> None:
    db, ids = published
    assert _found(db, "ideas", "صندوق زراعة") == set()
    assert _found(db, "ideas", "coopératives Casablanca") == set()
    assert ids["action"] in _found(db, "actions", "cooperative regionale")
    assert _found(db, "ideas", '" OR *') == set()  # query syntax is plain text


def test_a_query_typed_into_datasette_unfolded_still_matches(
    published: tuple[Path, dict[str, str]],
) -> None:
    """Datasette sends the words as typed to FTS5: usual spellings must match."""
    db, ids = published
    conn = sqlite3.connect(db)
    for typed, key in (("إحداث", "vocalised"), ("احداث", "vocalised"), ("الجمعية", "taa")):
        rows = conn.execute(
            "SELECT i.id FROM ideas_fts JOIN ideas i ON i.rowid = ideas_fts.rowid "
            "WHERE ideas_fts MATCH ?",
            (f'"{typed}"',),
        ).fetchall()
        assert ids[key] in {r[0] for r in rows}, typed
    conn.close()


def test_tables_have_primary_and_foreign_keys_and_the_views_answer(
    published: tuple[Path, dict[str, str]],
) -> None:
    import sqlite_utils

    db, _ids = published
    database = sqlite_utils.Database(db)
    for name, (pk, fks) in SCHEMA.items():
        table = database.table(name)
        assert table.pks == ([pk] if isinstance(pk, str) else list(pk)), name
        assert {(f.column, f.other_table) for f in table.foreign_keys} == {
            (c, t) for c, t, _o in fks
        }, name
    assert set(VIEWS) <= set(database.view_names())
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    coverage = list(database.query("SELECT code, ideas, uncovered FROM principle_coverage"))
    assert len(coverage) == 5
    assert any(r["uncovered"] for r in coverage)
    assert any(r["ideas"] for r in coverage)
    per_region = list(database.query("SELECT * FROM ideas_per_principle_and_region"))
    assert {r["region"] for r in per_region} == {"Fès-Meknès"}
    assert database.table("results").count > 0


def test_no_person_is_named_in_any_table(published: tuple[Path, dict[str, str]]) -> None:
    db, ids = published
    names = [p[0] for p in PARTICIPANTS] + list(SECRET)
    conn = sqlite3.connect(db)
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    ]
    everything = []
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            everything += [str(v) for v in row if isinstance(v, str)]
    text = "\n".join(everything)
    assert "Amina Kettani" not in text  # nor the facilitator
    for name in names:
        assert name not in text, name
    assert "جمعية الجسر" not in text  # not even organisations of participants
    owner = conn.execute("SELECT owner FROM actions WHERE id = ?", (ids["owned"],)).fetchone()
    assert owner == (None,)  # the owner written as a participant's name is left out
    assert conn.execute("SELECT 1 FROM ideas WHERE id = ?", (ids["hidden"],)).fetchone() is None
    assert conn.execute("SELECT 1 FROM ideas WHERE id = ?", (ids["taa"],)).fetchone()
    conn.close()


def test_datasette_metadata_explains_every_table_and_column_in_three_languages(
    published: tuple[Path, dict[str, str]],
) -> None:
    db, _ids = published
    meta = json.loads((db.parent / "metadata.json").read_text(encoding="utf-8"))
    assert meta["license"]
    assert meta["license_url"].startswith("https://")
    tables = meta["databases"]["sim-opendata"]["tables"]
    conn = sqlite3.connect(db)
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE '%_fts%'"
        )
    ]
    assert set(names) == set(TABLES)
    for name in names:
        html = tables[name]["description_html"]
        assert 'lang="ar" dir="rtl"' in html
        assert 'lang="fr"' in html
        assert 'lang="en"' in html
        for (column,) in [(r[1],) for r in conn.execute(f'PRAGMA table_info("{name}")')]:
            assert column in COLUMNS, f"{name}.{column} has no note"
            assert tables[name]["columns"][column].count(" · ") == 2
    assert tables["ideas"]["fts_table"] == "ideas_fts"
    conn.close()


def _frictionless(folder: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "frictionless"
    return subprocess.run(
        [str(exe), "validate", "datapackage.json"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_frictionless_accepts_the_package_and_refuses_a_broken_file(
    published: tuple[Path, dict[str, str]],
) -> None:
    folder = published[0].parent
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in package["resources"]] == [
        "workshops",
        "ideas",
        "mappings",
        "votes",
        "actions",
    ]
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    done = _frictionless(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    # the check can fail: a strength that is not a number
    mappings = folder / "mappings.csv"
    text = mappings.read_text(encoding="utf-8-sig").splitlines()
    cells = text[1].split(",")
    cells[-1] = "strong"
    mappings.write_text("\ufeff" + "\r\n".join([text[0], ",".join(cells), *text[2:]]) + "\r\n")
    broken = _frictionless(folder)
    assert broken.returncode != 0
    assert "type-error" in broken.stdout


def test_sqlite_utils_and_python_docx_are_not_imported_at_start_up() -> None:
    code = (
        "import sys; import sim_facilitator.cli, sim_facilitator.app,"
        " sim_facilitator.ui.shell.main_window, sim_facilitator.ui.record.minutes_dialog,"
        " sim_facilitator.export.open_data, sim_facilitator.export.open_data_db;"
        " print(sorted(m for m in ('sqlite_utils', 'docx', 'lxml') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr


def test_opendata_command_writes_csv_and_the_database(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert run_cli("demo", "--db", db).returncode == 0
    done = run_cli("opendata", "--db", db, "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    written = {Path(line).name for line in done.stdout.split()}
    assert written == {
        "workshops.csv",
        "ideas.csv",
        "mappings.csv",
        "votes.csv",
        "actions.csv",
        "datapackage.json",
        DB_NAME,
        "metadata.json",
    }
    conn = sqlite3.connect(tmp_path / "out" / DB_NAME)
    assert conn.execute("SELECT count(*) FROM ideas").fetchone() == (40,)
    conn.close()
