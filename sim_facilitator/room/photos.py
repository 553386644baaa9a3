"""Photos from a table scribe's phone (docs/room-protocol.md section 11.1).

The phone sends the picture itself as the request body (its camera's JPEG,
often several megabytes), with the table's code in the query string: only a
table's scribe may send one, and the code is checked before the body is read.
The picture is made safe on a worker thread (decoded, checked, re-encoded
without metadata: ``domain/photos/images``), then recorded on the room's
database thread, attached to the table. The same picture sent again (a retry)
is the same photo: nothing new is stored.
"""

from __future__ import annotations

import os
from typing import Any

from sim_facilitator.domain.photos.images import EXTENSIONS, SafeImage
from sim_facilitator.domain.photos.records import store_photo
from sim_facilitator.domain.tables.records import table_by_code
from sim_facilitator.engine.store import Store
from sim_facilitator.room import errors as R
from sim_facilitator.room.errors import RoomError

# What a phone may say it sends; the content is checked against the name anyway.
PHOTO_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}
PHOTO_BODY_TIMEOUT_S = 90.0  # several megabytes over a crowded hotspot
MAX_NAME = 120


def upload_name(name: str, content_type: str) -> str:
    """The file name to check the picture against: the phone's own, else one from its type.

    Phones name camera pictures ``image.jpg``, ``IMG_1234.JPG`` or nothing at all;
    a name without a picture extension takes the one of the declared type.
    """
    base = os.path.basename(name.replace("\\", "/"))[:MAX_NAME].strip() or "photo"
    if os.path.splitext(base)[1].lower() in EXTENSIONS:
        return base
    return base + PHOTO_TYPES.get(content_type, "")


def scribe_table(store: Store, workshop_id: str, code: str) -> dict[str, Any]:
    table = table_by_code(store, workshop_id, code)
    if table is None:
        raise RoomError(403, "bad_table_code", R.BAD_TABLE_CODE)
    return table


def add_room_photo(
    store: Store, workshop_id: str, table_id: str, image: SafeImage
) -> tuple[dict[str, Any], bool]:
    """Record a scribe's picture on their table: (receipt, whether it is new)."""
    photo_id, created = store_photo(store, workshop_id, image, table_id=table_id)
    receipt = {
        "id": photo_id,
        "table_id": table_id,
        "width": image.width,
        "height": image.height,
        "size": len(image.data),
    }
    return receipt, created
