"""Moderation is one rule, in the domain: pending and hidden ideas are shown nowhere.

Not on the projector, not among the options a vote round can be built from;
approving an idea brings it back everywhere.
"""

from __future__ import annotations

from sim_facilitator.domain import ideas as domain_ideas
from sim_facilitator.domain.projector import latest_ideas
from sim_facilitator.domain.votes.rounds import candidate_options
from sim_facilitator.engine.store import Store
from sim_facilitator.room import ideas as room_ideas
from sim_facilitator.room.ideas import add_room_idea, approve_idea, hide_idea
from tests.unit.test_room_server_support import make_workshop, token


def test_is_shown_is_the_domains_rule() -> None:
    assert room_ideas.is_shown is domain_ideas.is_shown
    shown = domain_ideas.is_shown
    assert shown({"text": "typed on the laptop"})
    assert shown({"moderation": None, "origin": "room"})
    assert shown({"moderation": "approved"})
    assert not shown({"moderation": "pending"})
    assert not shown({"moderation": "hidden"})
    assert not shown({"deleted": 1})


def test_vote_options_leave_out_pending_and_hidden_ideas(store: Store) -> None:
    ws = make_workshop(store, n_options=2)
    phone = token()
    waiting, _new = add_room_idea(store, ws.id, phone, token(), "En attente", moderated=True)
    hidden, _new = add_room_idea(store, ws.id, phone, token(), "Cachée", moderated=True)
    hide_idea(store, hidden.id)
    shown, _new = add_room_idea(store, ws.id, phone, token(), "Montrée tout de suite")

    offered = {option for option, _label in candidate_options(store, ws.id, "idea")}
    assert offered == {*ws.options, shown.id}
    assert waiting.id not in {r["id"] for r in latest_ideas(store, ws.id, 100)}

    approve_idea(store, waiting.id)
    offered = {option for option, _label in candidate_options(store, ws.id, "idea")}
    assert offered == {*ws.options, shown.id, waiting.id}
    assert waiting.id in {r["id"] for r in latest_ideas(store, ws.id, 100)}
    assert hidden.id not in offered
    assert all("Cachée" not in label for _o, label in candidate_options(store, ws.id, "idea"))


def test_the_phones_state_changes_when_an_idea_is_approved_or_hidden(store: Store) -> None:
    from sim_facilitator.room.state import phone_state

    ws = make_workshop(store, n_options=1)
    phone = token()

    def mark() -> object:
        return phone_state(store, ws.id, moderated=True)["ideas"]["reviewed"]

    assert mark() is None
    receipt, _new = add_room_idea(store, ws.id, phone, token(), "Une idée", moderated=True)
    assert mark() is None  # waiting is no decision
    approve_idea(store, receipt.id)
    approved = mark()
    assert isinstance(approved, str)
    assert receipt.id not in approved  # opaque: no id, no text, no count
    hide_idea(store, receipt.id)
    assert mark() not in (None, approved)
