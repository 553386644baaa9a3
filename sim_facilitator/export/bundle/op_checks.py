"""The checks of one op of a bundle: its shape, its entity and each value its field accepts.

An op of a bundle of a newer minor version may carry entities and fields this
version does not know; they must still be well-formed names. Scalar values,
entity names and device ids already accepted in the same file are remembered
in ``checked`` so each is validated once.
"""

from __future__ import annotations

from typing import Any

from sim_facilitator.engine.canonical import MAX_INT
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.ops import Op
from sim_facilitator.engine.redaction import REDACTED, marker_problem, redacted_fields
from sim_facilitator.engine.schema import ENTITIES, MAX_TEXT, Entity, Field
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.format import BundleError

TEXT_KINDS = ("text", "ref")
OP_KEYS = frozenset({"entity", "id", "set", "hlc", "dev", "prev"})

Checked = set[tuple[str, str, type, Any]]

_SCALARS = frozenset({int, str, bool})
_NOTHING: frozenset[str] = frozenset()


def check_op(
    body: Any,
    line: int,
    newer: bool,
    kit: bool,
    checked: Checked | None = None,
) -> None:
    """Refuse an op of the wrong shape or with a value its field does not accept.

    ``checked``: (entity, field, type, value) of scalar values already accepted
    in this file; a bundle repeats the same workshop id, flags and small numbers
    thousands of times, and each needs validating once. Its entity names and
    device ids are remembered there too, as ("", "entity" or "dev", str, value).
    """
    if not isinstance(body, dict):
        raise BundleError(F.T_OP_SHAPE, line=line, field="op")
    if body.keys() != OP_KEYS:  # not the usual exact set of keys: which one is wrong
        _check_keys(body, line, newer)
    entity = _check_entity_and_id(body, line, checked)
    _check_clock_and_device(body, line, checked)
    _check_parents(body["prev"], line)
    values = body["set"]
    if not isinstance(values, dict) or not values:
        raise BundleError(F.T_OP_SHAPE, line=line, field="set")
    redacted = _redacted_fields(body, line) if REDACTED in body else _NOTHING
    if kit and entity not in F.KIT_ENTITIES:
        raise BundleError(F.T_KIT_CONTENT, entity=entity)
    schema = ENTITIES.get(entity)
    if schema is None:
        if newer:
            for name in values:
                if not F.NAME_RE.match(name):
                    raise BundleError(F.T_OP_SHAPE, line=line, field="set")
            return
        raise BundleError(F.T_UNKNOWN_ENTITY, line=line, entity=entity[:40])
    _check_values(values, schema, entity, redacted, line, newer, checked)


def _check_keys(body: dict[str, Any], line: int, newer: bool) -> None:
    """Every op key present; no other key unless the bundle is newer (or it is the marker)."""
    for key in OP_KEYS:
        if key not in body:
            raise BundleError(F.T_OP_SHAPE, line=line, field=key)
    if not newer:
        for key in body:
            if key not in OP_KEYS and key != REDACTED:
                raise BundleError(F.T_OP_EXTRA, line=line, field=str(key)[:40])


def _check_entity_and_id(body: dict[str, Any], line: int, checked: Checked | None) -> str:
    """The op's entity name (returned) and record id."""
    entity = body["entity"]
    if not isinstance(entity, str):
        raise BundleError(F.T_OP_SHAPE, line=line, field="entity")
    if checked is None or ("", "entity", str, entity) not in checked:
        if not F.NAME_RE.match(entity):
            raise BundleError(F.T_OP_SHAPE, line=line, field="entity")
        if checked is not None:
            checked.add(("", "entity", str, entity))
    entity_id = body["id"]
    if not isinstance(entity_id, str) or not F.ID_RE.match(entity_id):
        raise BundleError(F.T_OP_SHAPE, line=line, field="id")
    return entity


def _check_clock_and_device(body: dict[str, Any], line: int, checked: Checked | None) -> None:
    """The op's clock stamp and the id of the device that wrote it."""
    hlc = body["hlc"]
    if not isinstance(hlc, int) or isinstance(hlc, bool) or not 0 < hlc <= MAX_INT:
        raise BundleError(F.T_OP_SHAPE, line=line, field="hlc")
    dev = body["dev"]
    if not isinstance(dev, str):
        raise BundleError(F.T_OP_SHAPE, line=line, field="dev")
    if checked is None or ("", "dev", str, dev) not in checked:
        if not F.ID_RE.match(dev):
            raise BundleError(F.T_OP_SHAPE, line=line, field="dev")
        if checked is not None:
            checked.add(("", "dev", str, dev))


def _check_parents(prev: Any, line: int) -> None:
    """The op ids the op follows: a short list of ascending, unique SHA-256 hex digests."""
    if not isinstance(prev, list) or len(prev) > F.MAX_PREV:
        raise BundleError(F.T_OP_SHAPE, line=line, field="prev")
    last = ""
    for item in prev:
        if not isinstance(item, str) or not F.HEX64_RE.match(item) or item <= last:
            raise BundleError(F.T_OP_SHAPE, line=line, field="prev")
        last = item


def _check_values(
    values: dict[str, Any],
    schema: Entity,
    entity: str,
    redacted: frozenset[str],
    line: int,
    newer: bool,
    checked: Checked | None,
) -> None:
    """Each value set by the op, against its field of a known entity."""
    for name, value in values.items():
        if name in redacted:
            continue  # checked against its placeholder by _redacted_fields
        field = schema.by_name.get(name)
        if field is None:
            if newer and F.NAME_RE.match(name):
                continue
            raise BundleError(F.T_UNKNOWN_FIELD, line=line, field=name[:40], entity=entity)
        if (
            field.kind in TEXT_KINDS
            and type(value) is str
            and len(value) <= MAX_TEXT
            and (value.strip() or (field.kind == "text" and not field.required))
        ):
            continue  # what Field.validate would accept unchanged, checked inline
        _check_value(field, name, value, entity, line, checked)


def _check_value(
    field: Field, name: str, value: Any, entity: str, line: int, checked: Checked | None
) -> None:
    """A value its field accepts unchanged (None only where the field is optional)."""
    if value is None:
        if field.required:
            raise BundleError(F.T_BAD_VALUE, line=line, field=name, entity=entity)
        return
    memo = None
    if checked is not None and type(value) in _SCALARS:
        memo = (entity, name, type(value), value)
        if memo in checked:
            return
    try:
        clean = field.validate(value, entity)
    except ValidationError as exc:
        raise BundleError(F.T_BAD_VALUE, line=line, field=name, entity=entity) from exc
    if clean != value or type(clean) is not type(value):
        raise BundleError(F.T_BAD_VALUE, line=line, field=name, entity=entity)
    if memo is not None and checked is not None:
        checked.add(memo)


def _redacted_fields(body: Op, line: int) -> frozenset[str]:
    """Redaction hook: the fields a redacted op erased (its marker checked strictly)."""
    if REDACTED not in body:
        return frozenset()
    if marker_problem(body) is not None:
        raise BundleError(F.T_OP_SHAPE, line=line, field=REDACTED)
    return redacted_fields(body)
