"""Op redaction: erasing personal values from ops that already exist.

Ops are immutable and identified by the SHA-256 of their canonical JSON, so a
name written into an op stays in the log forever unless the op itself can be
rewritten. A *redacted* op keeps its id, entity, entity id, clock stamp,
device and ``prev`` (the history's shape), but the values of some fields are
replaced by ``null`` (a participant's name by their pseudonym) and the body
says so::

    {..., "redacted": {"fields": ["name", "organisation"], "op": "<op id>"}}

``op`` carries the id, since the SHA-256 of the rewritten text no longer gives
it. A redacted op cannot be checked against its id; the bundle signature still
covers it (see docs/bundle-format.md, "Redacted ops").

Which values are redacted is a pure function of the op and of the set of
*erased participants* (those with at least one redacted op), so every laptop
reaches the same bytes whatever order bundles arrive in:

- in an erased participant's ops, every personal field (``PERSONAL_FIELDS``)
  holding a value other than nothing or the participant's pseudonym (the
  erasure's own op sets exactly those, and stays readable);
- in ideas, ``author_id`` when it names an erased participant (likewise a
  breakout table's ``scribe_id`` and ``reporter_id`` and a seat's
  ``participant_id``: ``REFERENCE_FIELDS``);
- on the laptop that erases, also ``NAME_FIELDS`` whose text is exactly one of
  the participant's names (an action's owner): shipped as redacted copies, as
  other laptops no longer know the name to look for.

An erasure always leaves at least one redacted op of the participant, since that
is how other laptops learn of it: when nothing personal of theirs was ever shared
(no consent, so the shared name is already the pseudonym, and no other detail),
the erasure first writes ``ERASURE_TRACE`` as their organisation, an ordinary op
that the rule above redacts in the same transaction (``leaves_redacted_op``). No
laptop ever sees the value, only the redacted op.

Two copies of one op merge into the original redacted with the union of their
fields: a join, so merging stays commutative, associative and idempotent; a
redacted copy never turns back into the original.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sim_facilitator.engine.canonical import canonical_text
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.oplog import (
    all_rowids,
    entity_ops,
    key_rowids,
    op_texts_for_keys,
    ops_at,
)
from sim_facilitator.engine.ops import Key, Op
from sim_facilitator.engine.store import pseudonym
from sim_facilitator.text.normalise import normalise

REDACTED = "redacted"
# How a redacted op's canonical text shows it (a key cannot occur inside a value):
# a cheap filter in SQLite before any body is decoded.
REDACTED_MARK = '"redacted":{'
# Everything that says who a participant is. ``consent_named``, ``present`` and
# ``deleted`` say nothing about the person and keep the history's shape; kind,
# gender and age band go too: in a workshop of twelve, "the only woman over 60
# from a ministry" is a name.
PERSONAL_FIELDS = ("name", "organisation", "kind", "gender", "age_band")
# Fields of other entities that hold a participant's id.
REFERENCE_FIELDS = {
    "idea": ("author_id",),
    # Who wrote and who reported for a breakout table, and where someone sat.
    "breakout_table": ("scribe_id", "reporter_id"),
    "table_seat": ("participant_id",),
}
# Free-text fields that often hold just a person's name.
NAME_FIELDS = {"action": ("owner",)}
# What a bundle may carry redacted (the reader refuses anything else).
REDACTABLE: dict[str, frozenset[str]] = {
    "participant": frozenset(PERSONAL_FIELDS),
    "idea": frozenset(REFERENCE_FIELDS["idea"]),
    "breakout_table": frozenset(REFERENCE_FIELDS["breakout_table"]),
    "table_seat": frozenset(REFERENCE_FIELDS["table_seat"]),
    "action": frozenset(NAME_FIELDS["action"]),
}
# The bundle format version whose readers know an entity's redacted ops: a 1.1
# reader refuses a redacted table or seat as malformed, so a bundle carrying one
# says it needs 1.2 and an older laptop asks for an update instead.
REDACTABLE_SINCE: dict[str, tuple[int, int]] = {"breakout_table": (1, 2), "table_seat": (1, 2)}
REDACTION_FIRST = (1, 1)


def redaction_reader(text: str) -> tuple[int, int] | None:
    """The oldest bundle reader able to read this op text, if it is a redacted op."""
    if not carries_redaction(text):
        return None
    return REDACTABLE_SINCE.get(str(json.loads(text).get("entity")), REDACTION_FIRST)


VerifiedOp = tuple[str, Op, str]  # (op id, body, canonical text)
# Set in ``meta`` once this database stores a redacted op: until then an import
# skips the search for erased participants (one primary-key lookup instead).
HOLDS_REDACTIONS_KEY = "privacy.holds_redactions"


# The value an erasure writes, then redacts at once, when nothing else of the
# participant would be redacted (never seen outside that one transaction).
ERASURE_TRACE = "erased"


def placeholder(entity: str, entity_id: str, field: str) -> str | None:
    """What a redacted value becomes: nothing, or for a participant's (required) name
    the pseudonym, so every projection of a redacted record stays valid."""
    if entity == "participant" and field == "name":
        return pseudonym(entity_id)
    return None


def is_redacted(body: Mapping[str, Any]) -> bool:
    return REDACTED in body


def carries_redaction(text: str) -> bool:
    """Is this op text (canonical JSON) a redacted op?"""
    return '"redacted":{' in text and is_redacted(json.loads(text))


def redacted_fields(body: Mapping[str, Any]) -> frozenset[str]:
    marker = body.get(REDACTED)
    return frozenset(marker["fields"]) if isinstance(marker, dict) else frozenset()


def marker_problem(body: Mapping[str, Any]) -> str | None:
    """Why a bundle's redacted op is malformed (None if it is well formed).

    Checked strictly: the marker is the only part of a redacted op that cannot be
    checked against its id.
    """
    marker = body.get(REDACTED)
    if not isinstance(marker, dict) or set(marker) != {"fields", "op"}:
        return "redacted"
    op_id = marker["op"]
    if not isinstance(op_id, str) or len(op_id) != 64 or op_id.strip("0123456789abcdef"):
        return "redacted"
    fields = marker["fields"]
    values = body.get("set")
    allowed = REDACTABLE.get(str(body.get("entity")), frozenset())
    if (
        not isinstance(fields, list)
        or not fields
        or not isinstance(values, dict)
        or not all(isinstance(f, str) and f in allowed and f in values for f in fields)
        or fields != sorted(set(fields))
        or any(values[f] != placeholder(str(body["entity"]), str(body["id"]), f) for f in fields)
    ):
        return "redacted"
    return None


def redact(op_id: str, body: Op, fields: Iterable[str]) -> Op:
    """``body`` with ``fields`` (and those already redacted) erased; unchanged if none applies."""
    entity, entity_id = body["entity"], body["id"]
    values = body["set"]
    already = redacted_fields(body)
    # A value that already is its placeholder hides nothing: not marked, so copies
    # redacted for different reasons still come out byte for byte the same.
    erase = already | {
        f for f in fields if f in values and values[f] != placeholder(entity, entity_id, f)
    }
    if erase == already:
        return body
    result = {k: v for k, v in body.items() if k != REDACTED}
    result["set"] = {
        k: (placeholder(entity, entity_id, k) if k in erase else v) for k, v in body["set"].items()
    }
    result[REDACTED] = {"fields": sorted(erase), "op": op_id}
    return result


def join(op_id: str, stored: Op, incoming: Op) -> Op:
    """One op from two copies: the original, redacted with both copies' fields.

    When both copies are redacted and disagree elsewhere, one of them was made
    up by a trusted device; the smaller text wins, so every laptop keeps the same.
    """
    fields = redacted_fields(stored) | redacted_fields(incoming)
    if not is_redacted(stored):
        return redact(op_id, stored, fields)
    if not is_redacted(incoming):
        return redact(op_id, incoming, fields)
    candidates = [redact(op_id, stored, fields), redact(op_id, incoming, fields)]
    return min(candidates, key=canonical_text)


def closure_fields(body: Mapping[str, Any], erased: frozenset[str] | set[str]) -> set[str]:
    """The fields of ``body`` to redact because a participant in ``erased`` was erased."""
    entity = body["entity"]
    values = body["set"]
    if entity == "participant" and body["id"] in erased:
        return {
            f
            for f in PERSONAL_FIELDS
            if values.get(f) is not None
            and not (f == "name" and values[f] == pseudonym(body["id"]))
        }
    found: set[str] = set()
    for name in REFERENCE_FIELDS.get(entity, ()):
        if values.get(name) in erased:
            found.add(name)
    return found


def leaves_redacted_op(db: Database, participant_id: str) -> bool:
    """Would redacting this participant leave at least one redacted op of theirs?"""
    for _op_id, text in op_texts_for_keys(db, [("participant", participant_id)]):
        body = json.loads(text)
        if is_redacted(body) or closure_fields(body, {participant_id}):
            return True
    return False


def erased_participants(db: Database) -> set[str]:
    """Participants with at least one redacted op (the key cannot occur inside a value)."""
    found: set[str] = set()
    for entity_id, body in entity_ops(db, "participant", "body", contains=REDACTED_MARK):
        if is_redacted(json.loads(body)):
            found.add(entity_id)
    return found


def rewrite(db: Database, op_id: str, body: Op) -> None:
    # Found through its entity's projected row (a redacted body keeps its entity
    # and id), then by row id.
    rowids = key_rowids(db, [(body["entity"], body["id"])]).get((body["entity"], body["id"]), [])
    for rowid, _op_id in ops_at(db, rowids, "op_id", "op_id = ?", [op_id]):
        db.execute("UPDATE ops SET body = ? WHERE rowid = ?", [canonical_text(body), rowid])
    mark_holds_redactions(db)


def mark_holds_redactions(db: Database) -> None:
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", [HOLDS_REDACTIONS_KEY])


def holds_redactions(db: Database) -> bool:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [HOLDS_REDACTIONS_KEY]).fetchone()
    return row is not None and row[0] == "1"


def _redact_stored_for(db: Database, erased: set[str]) -> set[Key]:
    """Apply the closure to stored ops for newly erased participants; the keys rewritten."""
    changed: set[Key] = set()
    if not erased:
        return changed
    ids = sorted(erased)
    rows = op_texts_for_keys(db, (("participant", pid) for pid in ids))
    for entity, fields in REFERENCE_FIELDS.items():
        for name in fields:
            for pid in ids:
                needle = f'"{name}":{json.dumps(pid)}'
                rows.extend(
                    (op_id, text) for _eid, op_id, text in entity_ops(db, entity, contains=needle)
                )
    for op_id, text in rows:
        body = json.loads(text)
        new = redact(op_id, body, closure_fields(body, erased))
        if new is not body:
            rewrite(db, op_id, new)
            changed.add((body["entity"], body["id"]))
    return changed


def _stored_text(db: Database, entity: str, entity_id: str, op_id: str) -> str:
    rowids = key_rowids(db, [(entity, entity_id)]).get((entity, entity_id), [])
    for _rowid, text in ops_at(db, rowids, "body", "op_id = ?", [op_id]):
        return str(text)
    raise LookupError(op_id)  # only asked for ops found stored


def _stored_redacted_texts(db: Database, held: Sequence[VerifiedOp]) -> dict[str, str]:
    """Stored bodies of these ops that are redacted, by op id (batched per entity).

    Found through their entities' projected rows; op ids alone have no index.
    """
    wanted = {op_id for op_id, _, _ in held}
    rowids = key_rowids(db, {(body["entity"], body["id"]) for _, body, _ in held})
    found: dict[str, str] = {}
    for _rowid, op_id, text in ops_at(
        db, all_rowids(rowids), "op_id, body", "instr(body, ?) > 0", [REDACTED_MARK]
    ):
        if op_id in wanted:
            found[op_id] = text
    return found


def merge_redactions(
    db: Database, ops: Sequence[VerifiedOp], stored_ids: Mapping[Key, set[str]]
) -> tuple[list[VerifiedOp], set[Key], set[str]]:
    """Reconcile an import's ops with redaction, before they are inserted.

    Returns the ops to insert (those new to this database redacted as the
    closure says), the entities whose *stored* ops were rewritten (to
    re-project) and the participants erased by this import. Cheap when nothing
    was ever erased: one primary-key lookup and a look at each op's keys.
    """
    incoming_erased = {
        body["id"] for _, body, _ in ops if body["entity"] == "participant" and is_redacted(body)
    }
    if (
        not incoming_erased
        and not any(is_redacted(b) for _, b, _ in ops)
        and not holds_redactions(db)
    ):
        return list(ops), set(), set()
    erased = erased_participants(db)
    db.execute("PRAGMA secure_delete = ON")  # rewritten ops leave no old bytes behind
    changed: set[Key] = set()

    # Copies to join: redacted here or stored redacted (found in batches, not op by op).
    def present(op_id: str, body: Op) -> bool:  # stored already, in this very record
        return op_id in stored_ids.get((body["entity"], body["id"]), ())

    held = [op for op in ops if present(op[0], op[1])]
    stored_texts = _stored_redacted_texts(db, held)
    for op_id, body, _ in held:
        text = stored_texts.get(op_id)
        if text is None:
            if not is_redacted(body):
                continue
            text = _stored_text(db, body["entity"], body["id"], op_id)
        stored = json.loads(text)
        if not is_redacted(stored) and not is_redacted(body):
            continue
        merged = join(op_id, stored, body)
        if canonical_text(merged) != text:
            rewrite(db, op_id, merged)
            changed.add((body["entity"], body["id"]))
    newly = incoming_erased - erased
    everyone = erased | incoming_erased
    changed |= _redact_stored_for(db, newly)
    result: list[VerifiedOp] = []
    for op_id, body, text in ops:
        if not present(op_id, body):
            new = redact(op_id, body, closure_fields(body, everyone))
            if new is not body:
                result.append((op_id, new, canonical_text(new)))
                continue
        result.append((op_id, body, text))
    if any(is_redacted(body) for _, body, _ in result):
        mark_holds_redactions(db)
    return result, changed, newly


def redact_participant(db: Database, participant_id: str, names: Iterable[str]) -> set[Key]:
    """Redact every stored op holding this participant's personal values; the keys rewritten.

    ``names``: every name the participant was known by on this laptop, to find
    them in name-only fields of other records (matched whole, ignoring case,
    accents and spaces).
    """
    wanted = {normalise(n) for n in names if n and n.strip()}
    erased = {participant_id}
    changed = _redact_stored_for(db, erased)
    if not wanted:
        return changed
    for entity, fields in NAME_FIELDS.items():
        for _eid, op_id, text in entity_ops(db, entity):
            body = json.loads(text)
            hits = {
                f
                for f in fields
                if isinstance(body["set"].get(f), str) and normalise(body["set"][f]) in wanted
            }
            new = redact(op_id, body, hits)
            if new is not body:
                rewrite(db, op_id, new)
                changed.add((entity, body["id"]))
    return changed


def known_names(db: Database, participant_id: str) -> set[str]:
    """Every name this laptop ever held for a participant (shared ops and the local table)."""
    names: set[str] = set()
    for _op_id, text in op_texts_for_keys(db, [("participant", participant_id)]):
        value = json.loads(text)["set"].get("name")
        if isinstance(value, str) and value != pseudonym(participant_id):
            names.add(value)
    for (name,) in db.execute(
        "SELECT name FROM local_private_names WHERE participant_id = ?", [participant_id]
    ):
        names.add(name)
    return names
