"""The minutes PDF of the demo workshop, read back as a coordinator's tools would read it."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from sim_facilitator.domain.demo import IDEAS, PARTICIPANTS, create_demo
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.engine import scope
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import (
    MinutesCancelled,
    MinutesError,
    render_minutes,
    write_minutes,
)
from sim_facilitator.export.pdf.checked_write import pdf_page_count
from sim_facilitator.export.pdf.fonts import FILES, FontError
from tests.helpers.cli import run_cli
from tests.helpers.paths import ROOT
from tests.helpers.stores import make_store

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)
MIXED = "نظمت جمعية Tadamon Maroc يوم 12 مارس 2025 ورشة"
DUPLICATE = "Doublon exact à ne montrer qu'une fois 4711"
LANGS = ["ar", "fr", "en", "ar+fr"]


def clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub("[\u202a-\u202e\u2066-\u2069]", "", text)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", clean(text))


def extract(pdf: Path) -> list[str]:
    """The text of each page, in the order pdftotext gives it."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [clean(page) for page in out.split("\f") if page.strip()]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("minutes")
    store = make_store(folder / "demo.db")
    wid = create_demo(store)
    # a mixed Arabic/Latin summary and a merged duplicate the minutes must show once
    store.update("workshop", wid, {"summary": MIXED})
    keep = add_idea(store, wid, "Une idée qui absorbe un doublon 4711")
    dup = add_idea(store, wid, DUPLICATE)
    store.update("idea", dup, {"merged_into": keep})
    pdfs = {lang: folder / f"minutes-{lang}.pdf" for lang in LANGS}
    results = {lang: write_minutes(store, wid, lang, pdfs[lang]) for lang in LANGS}
    return {"store": store, "wid": wid, "pdfs": pdfs, "results": results, "folder": folder}


def test_each_language_gives_a_complete_pdf(demo: dict[str, Any]) -> None:
    for lang in LANGS:
        data = demo["pdfs"][lang].read_bytes()
        assert data.startswith(b"%PDF-")
        assert b"%%EOF" in data[-64:]
        assert pdf_page_count(data) == demo["results"][lang].pages >= 4
    leftovers = [p.name for p in demo["folder"].iterdir() if p.name.startswith(".")]
    assert leftovers == []


@needs_poppler
def test_page_count_and_metadata_as_poppler_reads_them(demo: dict[str, Any]) -> None:
    info = subprocess.run(
        ["pdfinfo", str(demo["pdfs"]["fr"])], capture_output=True, text=True, check=True
    ).stdout
    pages = re.search(r"^Pages:\s+(\d+)$", info, re.M)
    assert pages
    assert int(pages.group(1)) == demo["results"]["fr"].pages
    title = demo["store"].require("workshop", demo["wid"])["title"]
    assert title in clean(info)
    assert "Subject:" in info
    assert "Procès-verbal" in info
    # the PDF dates are the workshop's last change, not the time of printing
    import time

    from sim_facilitator.export.minutes.record import collect

    last = collect(demo["store"], demo["wid"]).last_change_ms / 1000
    assert f"CreationDate:    {time.asctime(time.gmtime(last))} UTC" in info


@needs_poppler
def test_fonts_are_embedded(demo: dict[str, Any]) -> None:
    out = subprocess.run(
        ["pdffonts", str(demo["pdfs"]["ar+fr"])], capture_output=True, text=True, check=True
    ).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    names = [row.split()[0] for row in rows]
    assert any("NotoSansArabic-Regular" in n for n in names), out
    assert any(n.endswith("+NotoSans-Regular") for n in names), out
    for row in rows:  # emb sub uni: embedded, subset, with a ToUnicode map
        assert re.search(r"\byes\s+yes\s+yes\b", row), row


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_arabic_and_french_come_back_in_logical_order(demo: dict[str, Any], lang: str) -> None:
    text = "\n".join(extract(demo["pdfs"][lang]))
    flat = re.sub(r"[()]", "", squash(text))
    spaced = re.sub(r"[ \t]+", " ", text)
    # known strings, exactly (pure Arabic, pure French)
    for exact in (
        "فاطمة الزهراء بنعلي",
        "خديجة الإدريسي",
        "ضعف التمويل المستدام للجمعيات الصغيرة",
        "صناديق الزكاة والتكافل المحلية بإشراف الجمعيات",
        "Manque de financement pluriannuel pour les petites associations",
        "Youssef El Amrani",
    ):
        assert exact in spaced, exact
    # Every idea, each piece between punctuation marks in logical order. pdftotext puts
    # spaces and brackets at direction changes on the wrong side, and on a page where
    # Latin text dominates it cuts right-to-left lines at ":" and "/" and emits the pieces
    # from left to right; the letters, digits and words of each piece stay in order.
    for _q, idea in IDEAS:
        for piece in re.split(r"[:;,.،/()]", clean(idea)):
            if piece.strip():
                assert squash(piece) in flat, (piece, idea)
    # On a page where Latin text dominates, pdftotext reads every line left to right and
    # only turns each Arabic run around: the runs of the mixed line come back whole.
    for run in ("نظمت جمعية", "Tadamon Maroc", "يوم", "مارس", "ورشة"):
        assert squash(run) in flat


@needs_poppler
def test_mixed_line_in_an_arabic_workshop_reads_in_logical_order(
    tmp_path: Path, store: Store
) -> None:
    from sim_facilitator.domain.workshops import add_question, create_workshop

    wid = create_workshop(
        store, "ورشة محلية حول التضامن", theme="التضامن المحلي", date="2025-03-12"
    )
    store.update("workshop", wid, {"summary": MIXED})
    q = add_question(store, wid, "ما هي أولوياتكم؟")
    for text in (MIXED, "دعم التعاونيات النسائية في القرى", "إحداث صندوق محلي للتضامن"):
        add_idea(store, wid, text, q)
    pdf = tmp_path / "ar.pdf"
    write_minutes(store, wid, "ar", pdf)
    flat = squash("\n".join(extract(pdf)))
    assert flat.count(squash(MIXED)) >= 2  # the summary and the idea
    assert squash("دعم التعاونيات النسائية في القرى") in flat


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_participants_who_did_not_consent_are_never_named(demo: dict[str, Any], lang: str) -> None:
    flat = squash("\n".join(extract(demo["pdfs"][lang])))
    for name, _org, _kind, _gender, _age, consent in PARTICIPANTS:
        assert (squash(name) in flat) == consent, name
    for p in demo["store"].in_workshop("participant", demo["wid"]):
        if not p["consent_named"]:
            assert squash(p["name"]) not in flat
    assert "P-" not in flat  # nor their pseudonyms


@needs_poppler
@pytest.mark.parametrize(("lang", "page_word"), [("en", "of"), ("fr", "sur"), ("ar+fr", "sur")])
def test_every_footer_has_page_x_of_y_and_the_bundle_fingerprint(
    demo: dict[str, Any], lang: str, page_word: str
) -> None:
    expected = scope.short_fingerprint(scope.workshop_fingerprint(demo["store"].db, [demo["wid"]]))
    assert demo["results"][lang].fingerprint == expected
    pages = extract(demo["pdfs"][lang])
    assert len(pages) == demo["results"][lang].pages
    for number, page in enumerate(pages, 1):
        assert f"page {number} {page_word} {len(pages)}" in page
        assert expected in page


def test_fingerprint_keeps_its_order_in_the_arabic_footer(demo: dict[str, Any]) -> None:
    from dataclasses import replace

    from sim_facilitator.export.minutes.builder import MinutesBuilder
    from sim_facilitator.export.minutes.record import collect
    from sim_facilitator.export.pdf.fonts import register_fonts

    record = replace(collect(demo["store"], demo["wid"]), fingerprint="9985-A5C4-88FC-C37B")
    for lang in ("ar", "ar+fr"):
        builder = MinutesBuilder(record, lang, register_fonts())
        for _number, line in builder.footer_rows(3, 9):
            seen = "".join(
                r.text for r in line.runs if not any("\u0600" <= c <= "\u06ff" for c in r.text)
            )
            # read from the left edge, the fingerprint is printed as stored
            assert "9985-A5C4-88FC-C37B" in seen, (lang, seen)


@needs_poppler
def test_arabic_footer_has_page_x_of_y(demo: dict[str, Any]) -> None:
    expected = demo["results"]["ar"].fingerprint
    pages = extract(demo["pdfs"]["ar"])
    assert all(expected in page for page in pages)
    logical = 0
    for number, page in enumerate(pages, 1):
        flat = squash(page)
        # pdftotext reads a page where Latin dominates from left to right (runs in visual order)
        visual = f"{len(pages)}من{number}الصفحة"
        assert squash(f"الصفحة {number} من {len(pages)}") in flat or visual in flat, page[-300:]
        logical += squash(f"الصفحة {number} من {len(pages)}") in flat
    assert logical >= 1


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_merged_duplicates_are_shown_once(demo: dict[str, Any], lang: str) -> None:
    flat = squash("\n".join(extract(demo["pdfs"][lang])))
    assert squash(DUPLICATE) not in flat
    assert flat.count(squash("Une idée qui absorbe un doublon 4711")) >= 1
    if lang != "ar":
        assert "doublonfusionné" in flat or "duplicatemerged" in flat


def test_same_content_gives_the_same_bytes(demo: dict[str, Any], tmp_path: Path) -> None:
    again = tmp_path / "again.pdf"
    write_minutes(demo["store"], demo["wid"], "ar+fr", again)
    assert again.read_bytes() == demo["pdfs"]["ar+fr"].read_bytes()


def test_a_change_of_content_changes_the_fingerprint(tmp_path: Path, store: Store) -> None:
    wid = create_demo(store)
    before = write_minutes(store, wid, "en", tmp_path / "a.pdf").fingerprint
    add_idea(store, wid, "One more idea")
    after = write_minutes(store, wid, "en", tmp_path / "b.pdf").fingerprint
    assert before != after


def test_missing_font_is_a_clear_error_and_writes_nothing(tmp_path: Path, store: Store) -> None:
    wid = create_demo(store)
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    source = ROOT / "resources" / "fonts"
    for name in FILES.values():
        if "Arabic-Bold" not in name:
            shutil.copy(source / name, fonts / name)
    target = tmp_path / "out.pdf"
    with pytest.raises(FontError) as caught:
        write_minutes(store, wid, "ar", target, font_dir=fonts)
    assert "NotoSansArabic-Bold.ttf" in caught.value.message
    assert isinstance(caught.value, DomainError)
    assert not target.exists()
    assert list(tmp_path.glob(".out.pdf*")) == []


def test_cancel_stops_and_leaves_no_file(tmp_path: Path, store: Store) -> None:
    wid = create_demo(store)
    seen: list[tuple[int, int]] = []

    def cancel() -> bool:
        return len(seen) >= 2

    target = tmp_path / "out.pdf"
    with pytest.raises(MinutesCancelled):
        write_minutes(
            store, wid, "fr", target, progress=lambda d, t: seen.append((d, t)), cancel=cancel
        )
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [] or all(
        p.suffix == ".db" or "wal" in p.name or "shm" in p.name for p in tmp_path.iterdir()
    )


def test_progress_goes_forward_to_the_end(tmp_path: Path, store: Store) -> None:
    wid = create_demo(store)
    seen: list[float] = []
    write_minutes(store, wid, "ar", tmp_path / "out.pdf", progress=lambda d, t: seen.append(d / t))
    assert seen[0] == 0
    assert seen[-1] == 1
    assert seen == sorted(seen)


def test_unknown_language_and_workshop_are_refused(tmp_path: Path, store: Store) -> None:
    wid = create_demo(store)
    with pytest.raises(DomainError):
        render_minutes(store, wid, "de")
    with pytest.raises(DomainError):
        write_minutes(store, "nope", "fr", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_target_is_a_clear_error(tmp_path: Path, store: Store) -> None:
    wid = create_demo(store)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(MinutesError):
        write_minutes(store, wid, "fr", blocker / "x.pdf")
    with pytest.raises(MinutesError):
        write_minutes(store, wid, "fr", tmp_path)  # a folder


def test_an_existing_file_is_replaced_whole(tmp_path: Path, store: Store) -> None:
    wid = create_demo(store)
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old content")
    write_minutes(store, wid, "en", target)
    assert target.read_bytes().startswith(b"%PDF-")


def test_cli_writes_minutes_and_refuses_clearly(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    wid = run_cli("demo", "--db", db).stdout.strip()
    out = tmp_path / "pv.pdf"
    done = run_cli("minutes", "--db", db, "--workshop", wid, "--lang", "ar+fr", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    missing = tmp_path / "missing.pdf"
    refused = run_cli(
        "minutes", "--db", db, "--workshop", "nope", "--lang", "ar", "-o", str(missing)
    )
    assert refused.returncode == 1
    assert "no workshop" in refused.stderr
    assert not missing.exists()
    bad = run_cli(
        "minutes",
        "--db",
        db,
        "--workshop",
        wid,
        "--lang",
        "fr",
        "-o",
        str(tmp_path / "no" / "x.pdf"),
    )
    assert bad.returncode == 1
    assert "cannot be written" in bad.stderr
    assert "Traceback" not in bad.stderr + refused.stderr


def test_every_label_exists_in_three_languages_with_the_same_placeholders() -> None:
    from string import Formatter

    from sim_facilitator.export.minutes import labels as ML

    for key in ML.all_keys():
        texts = [ML._L[key][i] for i in range(3)]
        assert all(t.strip() for t in texts), key
        fields = [{f for _t, f, _s, _c in Formatter().parse(t) if f} for t in texts]
        assert fields[0] == fields[1] == fields[2], key


def test_dates_and_numbers_per_language() -> None:
    from sim_facilitator.export.minutes import labels as ML

    assert ML.format_date("2025-03-12", "en") == "12 March 2025"
    assert ML.format_date("2025-03-01", "fr") == "1er mars 2025"
    assert ML.format_date("2025-08-12", "ar") == "12 غشت 2025"
    assert ML.format_number(1234, "fr") == "1\u202f234"
    assert ML.format_number(1234, "en") == "1,234"
    assert ML.format_percent(0.925, "fr") == "92\u00a0%"
    # stored in UTC, printed in Morocco's time (UTC+1; UTC+0 during Ramadan)
    assert ML.format_time("2025-06-12T08:30:00+00:00") == "09:30"
    assert ML.format_time("2025-03-12T08:30:00+00:00") == "08:30"


@needs_poppler
def test_withheld_results_are_explained_and_not_counted(tmp_path: Path, store: Store) -> None:
    from sim_facilitator.domain.workshops import create_workshop

    wid = create_workshop(store, "Atelier de test", language="fr")
    idea = add_idea(store, wid, "Une option unique")
    other = add_idea(store, wid, "Une autre option")
    round_id = store.create(
        "round",
        {
            "workshop_id": wid,
            "title": "Tour avec un seul bulletin",
            "method": "approval",
            "target_kind": "idea",
            "options": [idea, other],
            "rules": {},
            "status": "closed",
            "hide_results": False,
            "collection": "ballot",
            "tie_break": "",
        },
    )
    store.create(
        "ballot",
        {
            "workshop_id": wid,
            "round_id": round_id,
            "voter": "v1",
            "kind": "ballot",
            "choices": {idea: 1},
        },
    )
    pdf = tmp_path / "r.pdf"
    write_minutes(store, wid, "fr", pdf)
    flat = squash("\n".join(extract(pdf)))
    assert squash("Résultats non affichés : moins de deux bulletins") in flat
    assert squash("Tour avec un seul bulletin") in flat


def test_same_bytes_from_two_processes(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    wid = run_cli("demo", "--db", db).stdout.strip()
    outs = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    for out in outs:
        done = run_cli("minutes", "--db", db, "--workshop", wid, "--lang", "ar", "-o", str(out))
        assert done.returncode == 0, done.stderr
    assert outs[0].read_bytes() == outs[1].read_bytes()


@needs_poppler
def test_agenda_shows_planned_and_actual_times_in_morocco_time(
    tmp_path: Path, store: Store
) -> None:
    from sim_facilitator.domain.workshops import add_agenda_item, create_workshop

    wid = create_workshop(store, "Atelier minuté", language="fr")
    item = add_agenda_item(store, wid, "Accueil des participants", 20)
    store.update(
        "agenda",
        item,
        {"actual_start": "2025-06-12T08:30:00+00:00", "actual_end": "2025-06-12T09:05:00+00:00"},
    )
    pdf = tmp_path / "a.pdf"
    write_minutes(store, wid, "fr", pdf)
    text = "\n".join(extract(pdf))
    assert "09:30–10:05" in text
    assert "20 min" in text
    assert "Accueil des participants" in text
