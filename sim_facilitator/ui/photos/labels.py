"""How a photo is named on screen: "Photo 3 — Question: …", with the minutes' numbers.

A photo's number is its place among the workshop's photos in the order added,
the number the minutes' photo annex prints (``records.photo_numbers``), so
"photo 3" on screen and in the minutes is the same picture.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from sim_facilitator.ui.common.bidi import isolated


def photo_title(number: int) -> str:
    return QCoreApplication.translate("Photos", "Photo {n}").format(n=number)


def target_text(attached: tuple[str, str] | None) -> str:
    """What a photo is attached to, as a short phrase ("" when nothing)."""
    if attached is None:
        return ""
    entity, name = attached
    template = {
        "breakout_table": QCoreApplication.translate("Photos", "Table: {name}"),
        "question": QCoreApplication.translate("Photos", "Question: {name}"),
        "cluster": QCoreApplication.translate("Photos", "Cluster: {name}"),
    }[entity]
    return template.format(name=isolated(name))


def photo_label(number: int, photo: dict[str, Any], attached: tuple[str, str] | None) -> str:
    """One line: its number, then its caption or else what it is attached to."""
    detail = isolated(str(photo["caption"])) if photo.get("caption") else target_text(attached)
    title = photo_title(number)
    return f"{title} — {detail}" if detail else title
