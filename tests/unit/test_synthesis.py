"""The national synthesis PDF: read back with pdftotext, written atomically, CLI refusals."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from sim_facilitator.cli import main
from sim_facilitator.domain.cross_duplicates import confirm_cross_cluster, suggest_cross_duplicates
from sim_facilitator.domain.national import NationalFilter
from sim_facilitator.engine.store import Store
from sim_facilitator.export.synthesis.document import (
    SynthesisCancelled,
    write_synthesis,
    write_synthesis_record,
)
from sim_facilitator.export.synthesis.record import SynthesisError, collect_synthesis
from tests.helpers.national_bundles import build_national
from tests.helpers.stores import make_store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _text(path: Path) -> str:
    """pdftotext's layout text, normalised (NFKC folds presentation forms; bidi marks out)."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return re.sub("[\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", out))


@pytest.fixture
def national(store: Store, tmp_path: Path) -> Store:
    reports = build_national(store, tmp_path / "national")
    store.reports = reports  # type: ignore[attr-defined]
    [first, *_] = suggest_cross_duplicates(store)
    confirm_cross_cluster(store, first.idea_ids, "Fonds régional partagé")
    return store


def test_french_synthesis_carries_the_national_figures_and_sources(
    national: Store, tmp_path: Path
) -> None:
    out = tmp_path / "synthese.pdf"
    result = write_synthesis(national, "fr", out)
    text = _text(out)
    assert "Synthèse nationale de la consultation" in text
    assert "5 ateliers, du 12 mars 2025 au 24 juin 2025" in text
    assert "Personnes présentes" in text
    assert "42" in text
    assert "Femmes 22 (52 %)" in text
    # Coverage of principle 1 across the five workshops: 5 x 24 ideas, strength 5 x 48.
    assert "120 (240)" in text
    assert "Fonds régional partagé" in text
    assert "dans 5 ateliers" in text
    assert "Fondation Amane" in text
    # Every laptop's fingerprint and every bundle file is listed.
    for report in national.reports:  # type: ignore[attr-defined]
        first_half = "-".join(report.device_fingerprint.split("-")[:4])
        assert first_half in text
        assert report.file in text
    assert f"page 1 sur {result.pages}" in text
    assert f"empreinte du contenu {result.fingerprint}" in text


def test_arabic_synthesis_is_joined_and_in_logical_order(national: Store, tmp_path: Path) -> None:
    out = tmp_path / "synthesis-ar.pdf"
    result = write_synthesis(national, "ar", out)
    text = _text(out)
    # Words come back in reading order (right to left, extracted logically).
    assert "الخلاصة الوطنية للاستشارة" in text
    assert "الأشخاص الحاضرون" in text
    # pdftotext misplaces spaces where the direction changes (digits inside Arabic).
    flat = re.sub(r"\s+", "", text)
    assert f"الصفحة1من{result.pages}" in flat
    assert "فاس-مكناس" in text
    assert "بصمةالمحتوى" in flat
    assert result.fingerprint in text


def test_bilingual_synthesis_has_both_languages(national: Store, tmp_path: Path) -> None:
    out = tmp_path / "synthesis-arfr.pdf"
    write_synthesis(national, "ar+fr", out)
    text = _text(out)
    assert "Synthèse nationale de la consultation" in text
    assert "الخلاصة الوطنية للاستشارة" in text


def test_filter_narrows_the_synthesis(national: Store, tmp_path: Path) -> None:
    out = tmp_path / "souss.pdf"
    write_synthesis(national, "en", out, NationalFilter(regions=frozenset({"Souss-Massa"})))
    text = _text(out)
    assert "Selection: Souss-Massa" in text
    assert "Fès-Meknès" not in text.split("Sources")[0]


def test_cancel_leaves_no_file_and_progress_is_reported(national: Store, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    record = collect_synthesis(national)
    seen: list[tuple[int, int]] = []
    with pytest.raises(SynthesisCancelled):
        write_synthesis_record(
            record,
            "fr",
            out,
            progress=lambda d, t: seen.append((d, t)),
            cancel=lambda: len(seen) > 1,
        )
    assert not out.exists()
    assert list(tmp_path.glob(".cancelled.pdf.*")) == []
    done: list[tuple[int, int]] = []
    write_synthesis_record(record, "fr", out, progress=lambda d, t: done.append((d, t)))
    assert done[0][0] == 0
    assert done[-1] == (1, 1)
    assert out.exists()


def test_same_content_gives_the_same_bytes(national: Store, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_synthesis(national, "ar+fr", a)
    write_synthesis(national, "ar+fr", b)
    assert a.read_bytes() == b.read_bytes()


def test_cli_writes_the_synthesis_and_refuses_with_one_line(
    national: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = national.db.conn.execute("PRAGMA database_list").fetchone()[2]
    out = tmp_path / "cli.pdf"
    assert main(["synthesis", "--db", db, "--lang", "ar+fr", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    capsys.readouterr()
    missing = tmp_path / "no-such-folder" / "x.pdf"
    assert main(["synthesis", "--db", db, "--lang", "fr", "-o", str(missing)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("sim-facilitator: The synthesis cannot be written")
    assert "\n" not in err
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    make_store(empty).db.conn.close()  # an empty database: nothing to summarise
    nothing = tmp_path / "nothing.pdf"
    assert main(["synthesis", "--db", str(empty), "-o", str(nothing)]) == 1
    assert "no workshop to summarise" in capsys.readouterr().err
    assert not nothing.exists()
    assert main(["synthesis", "--db", str(tmp_path / "absent.db"), "-o", str(nothing)]) == 1
    assert not nothing.exists()


def test_no_workshop_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(SynthesisError):
        write_synthesis(store, "fr", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
