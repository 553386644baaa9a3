"""Photos as records: added from a file (laptop, command line, phone), listed, read.

``add_photo`` makes the picture safe (``images.safe_image``), then in one
transaction stores its bytes once by hash (``engine/blobs``) and records a
``photo`` op pointing to that hash, attached to at most one of a breakout
table, a question or a cluster (or to the workshop alone). Refused input
raises before anything is written.
"""

from __future__ import annotations

from typing import Any

from sim_facilitator.domain.photos.images import SafeImage, safe_image
from sim_facilitator.engine import errors as E
from sim_facilitator.engine.blobs import get_blob, put_blob
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import clean_text

ONE_TARGET = _("Errors", "Attach a photo to one table, question or cluster at most.")
TARGETS = {"table_id": "breakout_table", "question_id": "question", "cluster_id": "cluster"}


def photo_id(workshop_id: str, sha256: str) -> str:
    return derived_id("photo", workshop_id, sha256)


def add_photo(
    store: Store,
    workshop_id: str,
    raw: bytes,
    name: str,
    *,
    table_id: str | None = None,
    question_id: str | None = None,
    cluster_id: str | None = None,
    caption: str | None = None,
) -> str:
    """Store a picture (made safe) and return its photo id; the same picture is one photo."""
    targets = {"table_id": table_id, "question_id": question_id, "cluster_id": cluster_id}
    if sum(1 for v in targets.values() if v) > 1:
        raise ValidationError(ONE_TARGET)
    image = safe_image(raw, name)  # the slow part (decode, encode) outside the transaction
    return store_photo(store, workshop_id, image, caption=caption, **targets)[0]


def store_photo(
    store: Store,
    workshop_id: str,
    image: SafeImage,
    *,
    table_id: str | None = None,
    question_id: str | None = None,
    cluster_id: str | None = None,
    caption: str | None = None,
) -> tuple[str, bool]:
    """Record a picture ``safe_image`` made: (photo id, whether it is new). One transaction."""
    targets = {"table_id": table_id, "question_id": question_id, "cluster_id": cluster_id}
    chosen = {k: v for k, v in targets.items() if v}
    if len(chosen) > 1:
        raise ValidationError(ONE_TARGET)
    with store.transaction():
        loaded = {("workshop", workshop_id): store.require("workshop", workshop_id)}
        for key, value in chosen.items():
            row = loaded[(TARGETS[key], value)] = store.require(TARGETS[key], value)
            if row["workshop_id"] != workshop_id:
                raise ValidationError(E.WRONG_WORKSHOP, entity=TARGETS[key], id=value)
        put_blob(store.db, image.data)
        new_id = photo_id(workshop_id, image.sha256)
        values: dict[str, Any] = {
            "workshop_id": workshop_id,
            "sha256": image.sha256,
            "width": image.width,
            "height": image.height,
            "size": len(image.data),
            **chosen,
        }
        text = clean_text(caption or "")
        if text:
            values["caption"] = text
        existing = store.get("photo", new_id)
        if existing is None:
            store.create("photo", values, entity_id=new_id, loaded=loaded)
            return new_id, True
        if chosen:  # added again to another target: it moves there (one target at most)
            values.update({k: None for k in TARGETS if k not in chosen})
        changed = {k: v for k, v in values.items() if existing.get(k) != v}
        if existing["deleted"]:
            changed["deleted"] = False
        if changed:
            store.update("photo", new_id, changed)
    return new_id, False


def photos_of(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    """The workshop's photos, in the order they were added."""
    from sim_facilitator.engine.oplog import first_stamps

    rows = store.in_workshop("photo", workshop_id)
    order = first_stamps(store.db, "photo", [r["id"] for r in rows])
    return sorted(rows, key=lambda r: (order.get(r["id"], 0), r["id"]))


def picture(store: Store, sha256: str) -> bytes | None:
    """The stored JPEG with this hash (None if this laptop did not receive it)."""
    return get_blob(store.db, sha256)


def photo_bytes(store: Store, photo: dict[str, Any]) -> bytes | None:
    """The stored JPEG of a photo (None if this laptop did not receive it)."""
    return get_blob(store.db, str(photo["sha256"]))


def photo_numbers(store: Store, workshop_id: str) -> dict[str, int]:
    """Each photo's number, from 1 in the order added: the number the minutes' annex prints."""
    return {p["id"]: n for n, p in enumerate(photos_of(store, workshop_id), 1)}


def photos_attached(
    store: Store, workshop_id: str, key: str, target_id: str | None
) -> list[dict[str, Any]]:
    """The photos attached to one table, question or cluster (``key``: its field), in
    the order added; ``target_id`` None: the photos attached to none of them."""
    if key not in TARGETS:
        raise ValueError(key)
    rows = photos_of(store, workshop_id)
    if target_id is None:
        return [r for r in rows if not any(r.get(k) for k in TARGETS)]
    return [r for r in rows if r.get(key) == target_id]


def set_caption(store: Store, photo_id: str, caption: str) -> None:
    """Write a photo's caption (cleaned like any user text; empty removes it)."""
    store.require("photo", photo_id)
    store.update("photo", photo_id, {"caption": clean_text(caption) or None})


def remove_photo(store: Store, photo_id: str) -> None:
    """Delete a photo record: it leaves the screens and the minutes. Ideas typed from it
    keep their text (their reference to it no longer shows)."""
    store.require("photo", photo_id)
    store.delete("photo", photo_id)


def attached_to(store: Store, photo: dict[str, Any]) -> tuple[str, str] | None:
    """What a photo is attached to, as (entity, its name or text), if it still exists."""
    for key, entity in TARGETS.items():
        if photo.get(key):
            row = store.get(entity, photo[key])
            if row is not None and not row["deleted"]:
                return entity, str(row["text" if entity == "question" else "name"])
    return None
