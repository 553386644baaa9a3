"""Workshop templates: a new workshop that copies another one's set-up.

A template is any existing workshop: the copy takes its framework (the same
pinned version), theme, working language, agenda and guiding questions, but
none of its people, ideas, votes or actions.
"""

from __future__ import annotations

from typing import Any

from sim_facilitator.domain.workshops import add_agenda_item, add_question, create_workshop
from sim_facilitator.engine.store import Store

COPIED_DETAILS = ("theme", "language", "framework_id")


def create_from_template(store: Store, template_id: str, title: str, **details: Any) -> str:
    """A draft workshop titled ``title`` with ``template_id``'s set-up (one transaction)."""
    source = store.require("workshop", template_id)
    copied = {k: source[k] for k in COPIED_DETAILS if source.get(k) is not None}
    copied.update(details)
    copied["status"] = "draft"
    with store.transaction():
        new_id = create_workshop(store, title, **copied)
        agenda = store.in_workshop("agenda", template_id, order_by="position, id")
        for item in agenda:
            add_agenda_item(store, new_id, item["title"], item["planned_minutes"] or 0)
        for question in store.in_workshop("question", template_id, order_by="position, id"):
            add_question(store, new_id, question["text"])
    return new_id
