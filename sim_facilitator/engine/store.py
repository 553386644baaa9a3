"""The Store: every read and write of shared content goes through here.

A local edit becomes one op, inserted and projected inside one transaction,
so what the user saw confirmed is on disk (WAL, synchronous=FULL) before the
call returns. The Store is built around one injected ``Database``.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.canonical import canonical_text
from sim_facilitator.engine.clock import HybridClock
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.errors import NotFoundError, ValidationError
from sim_facilitator.engine.ids import uuid7
from sim_facilitator.engine.oplog import (
    append_op_rows,
    load_entity_ops,
    newest_hlc,
    op_rows,
    write_projection,
)
from sim_facilitator.engine.ops import decode_row, decode_rows, leaves_by_field, make_op, row_select
from sim_facilitator.engine.schema import ENTITIES, Entity
from sim_facilitator.engine.storage import transaction
from sim_facilitator.text.user_text import without_bidi_controls

if TYPE_CHECKING:  # imported when a key is used: cryptography costs ~30 ms at start
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def pseudonym(participant_id: str) -> str:
    """The name shared for a participant who did not consent to be named."""
    return "P-" + participant_id.replace("-", "")[-6:].upper()


class Store:
    def __init__(self, db: Database, clock: HybridClock | None = None) -> None:
        self.db = db
        row = db.execute("SELECT device_id, private_key FROM local_device").fetchone()
        self.device_id: str = row[0]
        self._private_key_bytes: bytes = row[1]
        if clock is None:
            clock = HybridClock(newest_hlc(db))
        self.clock = clock

    # -- identity -------------------------------------------------------
    def signing_key(self) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self._private_key_bytes)

    def local_secret(self, purpose: str) -> bytes:
        """A secret of this laptop for one purpose, stable across restarts, never shared.

        Derived from the device's private key (HMAC-SHA256 keyed by it), so codes
        made from it (a breakout table's code for the room) cannot be worked out
        from anything a phone or a bundle sees.
        """
        import hashlib
        import hmac

        return hmac.new(self._private_key_bytes, purpose.encode(), hashlib.sha256).digest()

    # -- transactions ---------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        with transaction(self.db):
            yield

    # -- writes ---------------------------------------------------------
    def _entity(self, name: str) -> Entity:
        try:
            return ENTITIES[name]
        except KeyError:
            raise ValidationError(E.UNKNOWN_FIELD, entity=name, field="") from None

    def _validated(self, entity: Entity, values: Mapping[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for name, value in values.items():
            field = entity.by_name.get(name)
            if field is None:
                raise ValidationError(E.UNKNOWN_FIELD, entity=entity.name, field=name)
            if isinstance(value, str):
                # Bidi embeddings and overrides never enter the record from this laptop,
                # whichever feature writes the text (text/user_text.py says why).
                value = without_bidi_controls(value)
            clean[name] = field.validate(value, entity.name)
        return clean

    def _write(self, entity: Entity, entity_id: str, values: dict[str, Any]) -> None:
        """Record one op setting ``values`` on top of everything seen for those fields."""
        with self.transaction():
            # The room server writes to the same file with its own clock and the
            # same device id: follow the newest stamp stored (kept in meta, one
            # indexed read) inside this write transaction, so this op is stamped
            # after everything already written, never beside it.
            self.clock.observe(newest_hlc(self.db))
            rowids: list[int] = []
            ops = load_entity_ops(self.db, entity.name, entity_id, rowids)
            leaves = leaves_by_field(ops)
            prev = {leaf for name in values for leaf in leaves.get(name, [])}
            op_id, body = make_op(
                entity.name, entity_id, values, self.clock.tick(), self.device_id, prev
            )
            ops[op_id] = body
            # New by construction (its id hashes a stamp this clock never gave
            # before): appended without a lookup, then the record projected again.
            row = op_rows([(op_id, body, canonical_text(body))])
            rowids.append(append_op_rows(self.db, row))
            write_projection(self.db, (entity.name, entity_id), ops, rowids)

    def create(
        self,
        entity_name: str,
        values: Mapping[str, Any],
        entity_id: str | None = None,
        loaded: Mapping[tuple[str, str], Mapping[str, Any]] | None = None,
    ) -> str:
        """Record a new entity and return its id.

        ``loaded``: rows the caller has just read, by (entity, id); a reference to
        one of them is checked against it instead of being read again.
        """
        entity = self._entity(entity_name)
        for field in entity.fields:
            if field.required and field.name not in values:
                raise ValidationError(E.EMPTY_TEXT, field=field.name.replace("_", " "))
        clean = self._validated(entity, values)
        clean.setdefault("deleted", False)
        new_id = entity_id or uuid7()
        self._check_refs(entity, clean, loaded)
        with self.transaction():
            private_name = None
            if entity_name == "participant" and not clean.get("consent_named"):
                private_name = clean["name"]
                clean["name"] = pseudonym(new_id)
            self._write(entity, new_id, clean)
            if private_name is not None:
                self._set_private_name(new_id, private_name)
        return new_id

    def update(self, entity_name: str, entity_id: str, values: Mapping[str, Any]) -> None:
        entity = self._entity(entity_name)
        current = self.get(entity_name, entity_id)
        if current is None:
            raise NotFoundError(E.UNKNOWN_ENTITY, entity=entity_name, id=entity_id)
        clean = self._validated(entity, values)
        for field in entity.fields:
            if field.required and field.name in clean and clean[field.name] is None:
                raise ValidationError(E.EMPTY_TEXT, field=field.name.replace("_", " "))
        with self.transaction():
            if entity_name == "participant" and ("name" in clean or "consent_named" in clean):
                clean = self._participant_privacy(entity_id, current, clean)
                current = self._shared_row(entity, entity_id)
            changed = {k: v for k, v in clean.items() if current.get(k) != v}
            if not changed:
                return
            self._check_refs(entity, changed)
            self._write(entity, entity_id, changed)

    # -- participants' privacy --------------------------------------------
    def _set_private_name(self, participant_id: str, name: str | None) -> None:
        if name is None:
            self.db.execute(
                "DELETE FROM local_private_names WHERE participant_id = ?", [participant_id]
            )
        else:
            self.db.execute(
                "INSERT OR REPLACE INTO local_private_names (participant_id, name) VALUES (?, ?)",
                [participant_id, name],
            )

    def _private_names(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT participant_id, name FROM local_private_names"))

    def _participant_privacy(
        self, participant_id: str, current: dict[str, Any], clean: dict[str, Any]
    ) -> dict[str, Any]:
        """Keep a non-consenting participant's real name local; share a pseudonym."""
        consent = clean.get("consent_named", current.get("consent_named"))
        real_name = clean.get("name", current["name"])
        clean = dict(clean)
        if consent:
            clean["name"] = real_name
            self._set_private_name(participant_id, None)
        else:
            clean["name"] = pseudonym(participant_id)
            self._set_private_name(participant_id, real_name)
        return clean

    def _shared_row(self, entity: Entity, entity_id: str) -> dict[str, Any]:
        row = self.db.execute(row_select(entity) + " WHERE id = ?", [entity_id]).fetchone()
        return decode_row(entity, dict(zip(["id", *entity.columns], row, strict=True)))

    def delete(self, entity_name: str, entity_id: str) -> None:
        self.update(entity_name, entity_id, {"deleted": True})

    def restore(self, entity_name: str, entity_id: str) -> None:
        self.update(entity_name, entity_id, {"deleted": False})

    def _check_refs(
        self,
        entity: Entity,
        values: Mapping[str, Any],
        loaded: Mapping[tuple[str, str], Mapping[str, Any]] | None = None,
    ) -> None:
        for name, value in values.items():
            field = entity.by_name[name]
            if field.kind == "ref" and value is not None:
                known = loaded.get((field.ref, value)) if loaded else None
                target = known if known is not None else self.get(field.ref, value)
                if target is None or target["deleted"]:
                    if field.ref == "workshop":
                        raise NotFoundError(E.UNKNOWN_WORKSHOP, id=value)
                    raise NotFoundError(E.UNKNOWN_ENTITY, entity=field.ref, id=value)

    # -- reads ----------------------------------------------------------
    def get(self, entity_name: str, entity_id: str) -> dict[str, Any] | None:
        entity = ENTITIES[entity_name]
        row = self.db.execute(row_select(entity) + " WHERE id = ?", [entity_id]).fetchone()
        if row is None:
            return None
        result = decode_row(entity, dict(zip(["id", *entity.columns], row, strict=True)))
        if entity_name == "participant":
            private = self.db.execute(
                "SELECT name FROM local_private_names WHERE participant_id = ?", [entity_id]
            ).fetchone()
            if private:
                result["name"] = private[0]
        return result

    def require(self, entity_name: str, entity_id: str) -> dict[str, Any]:
        row = self.get(entity_name, entity_id)
        if row is None or row["deleted"]:
            if entity_name == "workshop":
                raise NotFoundError(E.UNKNOWN_WORKSHOP, id=entity_id)
            raise NotFoundError(E.UNKNOWN_ENTITY, entity=entity_name, id=entity_id)
        return row

    def list(
        self,
        entity_name: str,
        where: str = "",
        params: builtins.list[Any] | None = None,
        include_deleted: bool = False,
        order_by: str = "id",
    ) -> builtins.list[dict[str, Any]]:
        """Rows of one entity; ``where`` is SQL over the projection's columns."""
        entity = ENTITIES[entity_name]
        clauses = [] if include_deleted else ["coalesce(deleted, 0) = 0"]
        if where:
            clauses.append(f"({where})")
        sql = row_select(entity)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += f" ORDER BY {order_by}"
        rows = decode_rows(entity, self.db.execute(sql, params or []))
        if entity_name == "participant":
            private = self._private_names()
            for row in rows:
                if row["id"] in private:
                    row["name"] = private[row["id"]]
        return rows

    def in_workshop(
        self, entity_name: str, workshop_id: str, **kw: Any
    ) -> builtins.list[dict[str, Any]]:
        return self.list(entity_name, "workshop_id = ?", [workshop_id], **kw)

    def new_id(self) -> str:
        return uuid7()


def database_file(store: Store) -> str:
    """The file of this store's database ("" for an in-memory one)."""
    for _seq, name, path in store.db.execute("PRAGMA database_list"):
        if name == "main":
            return str(path or "")
    return ""
