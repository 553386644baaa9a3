"""The app's version reaches what it writes, and an older app refuses a newer database.

A coordinator who receives a bundle or a printed page can tell which release made
it; a laptop with an older release never migrates, damages or replaces a data file
that a newer release wrote.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest

from sim_facilitator.cli import main
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.newer_database import NewerDatabaseError
from sim_facilitator.engine.storage import MIGRATIONS, SCHEMA_VERSION, connect
from sim_facilitator.export.bundle.writer import build_bundle
from sim_facilitator.export.minutes.document import render_minutes
from sim_facilitator.version import __version__
from tests.helpers.stores import make_store


def test_version_is_the_packages_version() -> None:
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'path = "sim_facilitator/version.py"' in pyproject
    assert __version__.count(".") == 2


def test_bundles_say_which_release_wrote_them(tmp_path: Path, capsys) -> None:
    store = make_store(tmp_path / "a.db")
    workshop = create_demo(store)
    data, manifest = build_bundle(store, [workshop])
    assert manifest["app_version"] == __version__
    bundle = tmp_path / "w.simbundle"
    bundle.write_bytes(data)
    assert main(["verify", str(bundle)]) == 0
    assert f"made by: SIM Facilitator {__version__}" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_minutes_say_which_release_printed_them(tmp_path: Path) -> None:
    store = make_store(tmp_path / "a.db")
    workshop = create_demo(store)
    pdf, _, _ = render_minutes(store, workshop, "ar")
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"SIM Facilitator {__version__}" in unicodedata.normalize("NFKC", text)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert f"SIM Facilitator {__version__}" in info  # the PDF's Creator


def _older_database(path: Path, version: int) -> None:
    """A database as the release with schema ``version`` left it (its migrations only)."""
    conn = sqlite3.connect(path, isolation_level=None)
    from sim_facilitator.engine.database import Database

    db = Database(conn)
    for number in range(1, version + 1):
        MIGRATIONS[number - 1](db)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.close()


def test_a_newer_app_opens_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _older_database(path, 1)
    db = connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store = make_store(path)
    assert create_demo(store)


def _newer_database(path: Path) -> bytes:
    store = make_store(path)
    create_demo(store)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.conn.close()
    return path.read_bytes()


def test_an_older_app_refuses_a_newer_database_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    before = _newer_database(path)
    with pytest.raises(NewerDatabaseError) as caught:
        connect(path)
    assert "newer version of SIM Facilitator" in caught.value.message
    assert path.read_bytes() == before


def test_the_command_line_refuses_a_newer_database_in_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "newer.db"
    before = _newer_database(path)
    assert main(["workshops", "--db", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("sim-facilitator: This data file was written by a newer version")
    assert "\n" not in err
    assert path.read_bytes() == before
