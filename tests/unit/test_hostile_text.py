"""Text from anyone is data, never a disguise: bidi controls and invisible characters.

Explicit bidi embeddings, overrides and isolates are removed on input (the capture tab
says so) and again wherever text from elsewhere is shown or printed; zero-width
characters never make two identical-looking names or ideas count as different.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from sim_facilitator.domain.csv_import import ROW_DUPLICATE, plan_import, read_table
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.duplicates import suggest_duplicates
from sim_facilitator.domain.workshops import add_participant, create_workshop
from sim_facilitator.engine.canonical import canonical_text
from sim_facilitator.engine.clock import pack, wall_ms
from sim_facilitator.engine.oplog import load_entity_ops
from sim_facilitator.engine.ops import make_op
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import write_minutes
from sim_facilitator.export.open_data import export_open_data
from sim_facilitator.text.normalise import normalise
from sim_facilitator.text.user_text import BIDI_CONTROLS, clean_text, fold_for_search
from sim_facilitator.ui.common.bidi import display
from tests.helpers.stores import merge_from_dev2
from tests.unit.test_minutes import extract, squash

RLO, PDF_, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"
# Logical order "eulav 000 05 tegduB"; a right-to-left override shows it reversed as
# "Budget 50 000 value": a disguise the record must never print.
DISGUISED = f"{RLO}eulav 000 05 tegduB{PDF_}"
LOGICAL = "eulav 000 05 tegduB"


def from_an_older_laptop(store: Store, idea_id: str, text: str) -> None:
    """The idea's text set by an op from another laptop of an older version (a bundle)."""
    now = wall_ms()
    prev = list(load_entity_ops(store.db, "idea", idea_id, []))
    op_id, body = make_op("idea", idea_id, {"text": text}, pack(now + 1000), "dev2", prev)
    merge_from_dev2(store, [(op_id, body, canonical_text(body))], now)
    assert store.require("idea", idea_id)["text"] == text  # stored as it came


def test_bidi_controls_are_removed_on_input(store: Store) -> None:
    wid = create_demo(store)
    idea = add_idea(store, wid, f"Avant {DISGUISED} après {LRI}x{PDI}")
    assert store.require("idea", idea)["text"] == f"Avant {LOGICAL} après x"
    assert clean_text("\u202aA\u202bB\u202dC\u2067D\u2068E") == "ABCDE"
    assert clean_text("\u200fنص\u200e") == "\u200fنص\u200e"  # plain marks reorder nothing


def test_text_from_an_older_laptop_is_shown_without_its_controls(store: Store) -> None:
    wid = create_demo(store)
    idea = add_idea(store, wid, "placeholder")
    from_an_older_laptop(store, idea, DISGUISED)
    assert not BIDI_CONTROLS.search(display(store.require("idea", idea)["text"]))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_minutes_print_the_logical_order_never_the_disguise(
    store: Store, tmp_path: Path, lang: str
) -> None:
    wid = create_demo(store)
    idea = add_idea(store, wid, "placeholder")
    from_an_older_laptop(store, idea, DISGUISED)
    pdf = tmp_path / "pv.pdf"
    write_minutes(store, wid, lang, pdf)
    text = squash("".join(extract(pdf)))
    assert squash(LOGICAL) in text
    assert squash("Budget 50 000 value") not in text


def test_open_data_cells_carry_no_bidi_controls(store: Store, tmp_path: Path) -> None:
    wid = create_demo(store)
    idea = add_idea(store, wid, "placeholder")
    from_an_older_laptop(store, idea, DISGUISED)
    files = export_open_data(store, tmp_path / "out")
    for path in files:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            assert not any(BIDI_CONTROLS.search(c) for row in csv.reader(fh) for c in row)


def test_zero_width_characters_do_not_make_a_different_idea_or_name(store: Store) -> None:
    assert normalise("Sa\u200bmira") == normalise("Samira")
    assert normalise("ج\u200dمعية") == normalise("جمعية")
    assert fold_for_search("Fin\u200bancement") == fold_for_search("Financement")
    wid = create_workshop(store, "Atelier")
    first = add_idea(store, wid, "Un fonds pour les petites associations")
    second = add_idea(store, wid, "Un fonds pour les petites asso\u200bciations")
    groups = [set(s.idea_ids) for s in suggest_duplicates(store, wid)]
    assert {first, second} in groups
    add_participant(store, wid, "Samira Alaoui", consent_named=True)
    table = read_table("name\nSa\u200bmira Alaoui\n".encode())
    plan = plan_import(table, {"name": 0}, existing_names={"Samira Alaoui"})
    assert [(p.template, p.params) for p in plan.problems] == [
        (ROW_DUPLICATE, {"name": "Sa\u200bmira Alaoui"})
    ]
