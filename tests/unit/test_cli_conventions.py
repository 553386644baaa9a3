"""Command-line conventions a script relies on: the global --lang reaches documents,
and output cut short by a pipe is not a crash."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

from tests.helpers.cli import run_cli


def _demo(tmp_path: Path) -> tuple[str, str]:
    db = str(tmp_path / "d.db")
    made = run_cli("demo", "--db", db)
    assert made.returncode == 0, made.stderr
    return db, made.stdout.strip().splitlines()[-1]


def _text(pdf: Path) -> str:
    raw = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", raw)  # Arabic is printed in presentation forms


def test_the_global_lang_chooses_the_minutes_language(tmp_path: Path) -> None:
    db, workshop = _demo(tmp_path)
    arabic, french = tmp_path / "ar.pdf", tmp_path / "fr.pdf"
    assert (
        run_cli(
            "--lang", "ar", "minutes", "--db", db, "--workshop", workshop, "-o", str(arabic)
        ).returncode
        == 0
    )
    assert run_cli("minutes", "--db", db, "--workshop", workshop, "-o", str(french)).returncode == 0
    assert "محضر" in _text(arabic)
    assert "Procès-verbal" in _text(french)
    # The subcommand's own --lang still wins.
    both = tmp_path / "en.pdf"
    done = run_cli(
        "--lang",
        "ar",
        "minutes",
        "--db",
        db,
        "--workshop",
        workshop,
        "--lang",
        "en",
        "-o",
        str(both),
    )
    assert done.returncode == 0
    assert "Minutes" in _text(both)


def test_output_cut_by_a_pipe_ends_quietly(tmp_path: Path) -> None:
    db, _workshop = _demo(tmp_path)
    listing = subprocess.Popen(
        [sys.executable, "-m", "sim_facilitator", "dump", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None
    assert listing.stderr is not None
    listing.stdout.read(10)
    listing.stdout.close()  # as `head` does once it has its lines
    errors = listing.stderr.read().decode()
    assert listing.wait(timeout=60) == 0
    assert "Traceback" not in errors
