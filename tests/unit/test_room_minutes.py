"""Ideas from phones in the minutes, read back from the PDF with pdftotext.

An idea sent from a phone says it came from the room (and the name the person
typed, as a typed name: no participant record); ideas hidden by moderation or
still waiting are left out, and the minutes say how many.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from sim_facilitator.domain.frameworks import add_principle, create_framework, pin_framework
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.mappings import set_strength
from sim_facilitator.domain.votes.rounds import candidate_options
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import write_minutes
from sim_facilitator.export.minutes.record import collect
from sim_facilitator.room.ideas import add_room_idea, approve_idea, hide_idea
from tests.unit.test_minutes import clean, extract, needs_poppler, squash
from tests.unit.test_room_server_support import make_workshop, token

SHOWN_NAMED = "Créer un fonds de garantie pour les coopératives 5521"
SHOWN_ANON = "إنشاء حاضنة للمقاولات الاجتماعية 6632"
APPROVED = "Former les jeunes au numérique 7743"
HIDDEN = "Propos injurieux à masquer 8854"
PENDING = "Idée encore en attente 9965"
LAPTOP = "Idée tapée sur le portable 1076"


@pytest.fixture
def room_workshop(store: Store) -> dict[str, Any]:
    ws = make_workshop(store, n_options=0)
    phone = token()
    add_idea(store, ws.id, LAPTOP, ws.question)
    named, _n = add_room_idea(store, ws.id, phone, token(), SHOWN_NAMED, ws.question, "Samira")
    anon, _n = add_room_idea(store, ws.id, token(), token(), SHOWN_ANON, ws.question)
    approved, _n = add_room_idea(store, ws.id, phone, token(), APPROVED, moderated=True)
    approve_idea(store, approved.id)
    hidden, _n = add_room_idea(store, ws.id, phone, token(), HIDDEN, ws.question, "Troll")
    hide_idea(store, hidden.id)
    for n in range(2):
        add_room_idea(store, ws.id, phone, token(), f"{PENDING}-{n}", moderated=True)
    return {"ws": ws, "hidden": hidden.id, "named": named.id, "anon": anon.id}


def test_record_leaves_out_hidden_and_pending_ideas(
    store: Store, room_workshop: dict[str, Any]
) -> None:
    ws = room_workshop["ws"]
    record = collect(store, ws.id)
    texts = {i["text"] for i in record.ideas}
    assert texts == {LAPTOP, SHOWN_NAMED, SHOWN_ANON, APPROVED}
    assert record.not_shown == {"pending": 2, "hidden": 1}
    for members in record.members.values():
        assert HIDDEN not in {i["text"] for i in members}
    labels = [label for _o, label in candidate_options(store, ws.id, "idea")]
    assert HIDDEN not in labels
    assert not any(PENDING in label for label in labels)


def test_a_hidden_idea_counts_for_no_principle(store: Store, room_workshop: dict[str, Any]) -> None:
    ws = room_workshop["ws"]
    framework = create_framework(store, name_en="F")
    pid = add_principle(store, framework, code="P1", name_en="Solidarity")
    pin_framework(store, ws.id, framework)
    set_strength(store, "idea", room_workshop["hidden"], pid, 3)
    set_strength(store, "idea", room_workshop["named"], pid, 2)
    record = collect(store, ws.id)
    assert (room_workshop["hidden"], pid) not in record.strengths
    cov = next(c for c in record.coverage if c.principle_id == pid)
    assert (cov.ideas, cov.clusters, cov.total_strength) == (1, 0, 2)


def _plain(text: str) -> str:
    """``squash`` without Arabic vowel marks (pdftotext may lift a shadda onto its own line)."""
    return "".join(c for c in squash(text) if unicodedata.category(c) != "Mn")


def _pieces_in(flat: str, text: str) -> bool:
    """Every word of ``text`` (between punctuation marks and digits) is in ``flat``.

    pdftotext emits right-to-left lines in visual order around numbers and brackets
    and may swap wrapped lines (see ``test_minutes.test_arabic_and_french_come_back_in_
    logical_order``); a Latin piece stays whole, Arabic words stay whole.
    """
    pieces = [p for p in re.split(r"[\d:;,.،/()«»]+", clean(text)) if p.strip()]
    words = [w for p in pieces for w in (p.split() if re.search("[\u0600-\u06ff]", p) else [p])]
    return all(_plain(w) in _plain(flat) for w in words)


def _lines_with(lines: list[str], text: str) -> list[str]:
    return [line for line in lines if _plain(text) in _plain(line)]


@needs_poppler
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_minutes_mark_room_ideas_and_count_those_left_out(
    store: Store, room_workshop: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    pdf = tmp_path / f"room-{lang}.pdf"
    write_minutes(store, room_workshop["ws"].id, lang, pdf)
    text = "\n".join(extract(pdf))
    flat = re.sub(r"[()]", "", squash(text))
    lines = text.splitlines()
    for shown in (LAPTOP, SHOWN_NAMED, SHOWN_ANON, APPROVED):
        assert _pieces_in(flat, shown), shown
    assert "6632" in _lines_with(lines, "إنشاء حاضنة")[0]
    assert squash(HIDDEN) not in flat
    assert squash("Idée encore en attente") not in flat
    assert squash("Troll") not in flat
    # the French idea's note is in French, the Arabic idea's in Arabic (one direction each)
    assert squash("envoyée depuis un téléphone dans la salle ; nom saisi : Samira") in flat
    assert flat.count(squash("envoyée depuis un téléphone dans la salle")) >= 2  # + APPROVED
    assert _plain("أُرسلت من هاتف في القاعة") in _plain(_lines_with(lines, "إنشاء حاضنة")[0])
    if lang == "fr":
        hidden = "Idées de la salle masquées par la modération, non reprises dans ce procès-verbal"
        pending = "Idées de la salle encore en attente de modération"
        note = "le nom saisi est celui que la personne a écrit, ce n'est pas un participant"
    else:
        hidden = "أفكار من القاعة أخفاها الميسّر عند المراجعة، ولم تُدرج في هذا المحضر"
        pending = "أفكار من القاعة ما زالت في انتظار مراجعة الميسّر"
        note = "والاسم المكتوب هو ما كتبه الشخص بنفسه، وليس مشاركًا مسجلًا"
    assert _pieces_in(flat, hidden)
    assert _pieces_in(flat, note)
    assert _pieces_in(flat, pending)
    # each count is on the line that ends its sentence
    ends = _lines_with(lines, "procès-verbal" if lang == "fr" else "هذا المحضر")
    assert any(re.search(r"(?<!\d)1(?!\d)", line) for line in ends), ends
    assert any(re.search(r"(?<!\d)2(?!\d)", line) for line in ends), ends
