"""The exchange of ops between two paired laptops: cursors, signed batches, one merge.

Each laptop's op log numbers its rows (``seq``, only growing). For each peer a
laptop keeps a **cursor**: the highest ``seq`` of the peer's log whose ops it has
merged, with the id of the op at that ``seq`` (the *anchor*: if the peer's log is
ever not the one the cursor was taken from — a restored backup — the anchor no
longer matches and the exchange starts again from 0, which costs bytes but
nothing else: merging is a set union).

One round is one request and its reply (``docs/room-protocol.md``, "Laptops"):

- the request carries the sender's ops after the receiver's cursor on it (as the
  receiver last told it), and the sender's cursor on the receiver;
- the receiver merges those ops, moves its cursor, and replies with its own ops
  after the sender's cursor and its new cursor on the sender.

Ops authored by the receiver are never sent to it (it has them all). Each
message is signed by its sender's device key and refused unless the sender is
paired (trusted), the signature holds, a request's counter is new and a reply
answers a request this laptop is waiting for. A batch is merged with
``engine.merge.apply_ops`` (trust, cloned-installation check, quarantine,
redaction, conflicts: as for a bundle) in the same transaction that moves the
cursor: a cut transfer applies nothing, a repeated one nothing twice.

Photos' pictures follow the ops in a message pair of their own (``pictures``,
``docs/room-protocol.md`` §11.2): ``picture_request`` / ``answer_pictures`` /
``take_pictures``, with the same signatures, counters and pending replies.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.engine.blobs import get_blob, held_blobs, put_blob
from sim_facilitator.engine.ids import uuid7
from sim_facilitator.engine.merge import apply_ops, holds_newer_content
from sim_facilitator.engine.prepared import VerifiedOp
from sim_facilitator.engine.redaction import erased_participants, holds_redactions
from sim_facilitator.engine.scrub import wipe_free_space
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import DeviceKeyChanged, check_device, own_public_key
from sim_facilitator.export.bundle import format as F
from sim_facilitator.sync import errors as S
from sim_facilitator.sync import pictures as P
from sim_facilitator.sync import wire as W
from sim_facilitator.sync.errors import SyncError, bad_message
from sim_facilitator.sync.wire import Signed

BATCH_OPS = 2000
BATCH_BYTES = 4 * 1024 * 1024
PENDING_REQUESTS = 64
FILE_NAME = "live sync"  # the import history's "file" of a merged batch

KIND_EXCHANGE = "exchange"
KIND_BATCH = "batch"
PUSH_APPLIED = "applied"
PUSH_GAP = "gap"


@dataclass(frozen=True)
class Cursor:
    seq: int = 0
    anchor: str = ""  # the op id at ``seq`` in the peer's log ("" at 0)


@dataclass
class Outgoing:
    """A request ready to send, and what it carries."""

    peer: str
    signed: Signed
    pushed: int  # ops carried
    more_to_push: bool


@dataclass
class Received:
    """What a merged message did: ops new here, ops the peer took, whether more waits."""

    received: int = 0
    sent: int = 0
    conflicts: int = 0
    quarantined: int = 0
    more: bool = False


@dataclass
class PicturesOutgoing:
    """A pictures request ready to send, and what it carries."""

    peer: str
    signed: Signed
    want: list[str]  # hashes asked for
    sent: int  # pictures carried


@dataclass
class PicturesReceived:
    """What a pictures message did: pictures stored here, pictures the peer took,
    whether another round has work (more asked for, or more to send)."""

    received: int = 0
    sent: int = 0
    more: bool = False


@dataclass
class PictureRequest:
    """A pictures request opened and checked up to its picture lines (``open_pictures``)."""

    signed: Signed
    sender: str
    counter: int
    want: list[str]
    lacking: list[str]
    count: int
    body: bytes


@dataclass
class _Pending:
    peer: str
    pull_after: int
    pushed: int
    more_to_push: bool
    pictures: bool = False  # a pictures request (answered by a picture batch)
    want: tuple[str, ...] = ()  # pictures asked for (pictures request only)
    sent: tuple[str, ...] = ()  # pictures carried (pictures request only)


@dataclass
class _Batch:
    ops: list[tuple[str, str]] = field(default_factory=list)
    after: int = 0
    upto: int = 0
    anchor: str = ""
    more: bool = False


def _meta_get(store: Store, key: str) -> str | None:
    row = store.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def _meta_set(store: Store, key: str, value: str) -> None:
    store.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def cursor_on(store: Store, peer: str) -> Cursor:
    """How far this laptop has merged ``peer``'s log."""
    raw = _meta_get(store, f"sync.cursor.{peer}")
    if raw is None:
        return Cursor()
    data = json.loads(raw)
    return Cursor(int(data["seq"]), str(data["anchor"]))


def _set_cursor(store: Store, peer: str, cursor: Cursor) -> None:
    text = json.dumps({"seq": cursor.seq, "anchor": cursor.anchor}, sort_keys=True)
    _meta_set(store, f"sync.cursor.{peer}", text)


def reset_cursor(store: Store, peer: str) -> None:
    """Take everything from ``peer`` again at the next exchange (harmless: a union)."""
    with store.transaction():
        _set_cursor(store, peer, Cursor())


def op_at(store: Store, seq: int) -> str:
    """The id of the op at ``seq`` in this log ("" for 0 or none)."""
    if seq <= 0:
        return ""
    row = store.db.execute("SELECT op_id FROM ops WHERE seq = ?", [seq]).fetchone()
    return "" if row is None else str(row[0])


def head(store: Store) -> int:
    return int(store.db.execute("SELECT coalesce(max(seq), 0) FROM ops").fetchone()[0])


def erased_digest(store: Store) -> str:
    """Which participants this log erased ("" for none): a change makes peers resend all,
    since an erasure rewrites old ops in place (their ``seq`` stays, below every cursor)."""
    if not holds_redactions(store.db):
        return ""
    ids = sorted(erased_participants(store.db))
    return hashlib.sha256("\n".join(ids).encode("ascii")).hexdigest() if ids else ""


def paired_key(store: Store, device_id: str) -> bytes:
    """The key this laptop trusts for ``device_id``; refuses an unknown device."""
    row = store.db.execute(
        "SELECT public_key FROM trusted_devices WHERE device_id = ?", [device_id]
    ).fetchone()
    if row is None or device_id == store.device_id:
        raise SyncError(401, "not_paired", S.T_NOT_PAIRED)
    return bytes.fromhex(row[0])


class SyncNode:
    """One laptop's side of live sync, over any transport (HTTP, or memory in tests).

    Client side: ``request(peer)`` then ``take_reply(signed)``. Server side:
    ``answer(signed)``. Not thread-safe per instance except through its lock;
    use it on the thread that owns ``store``.
    """

    def __init__(
        self,
        store: Store,
        batch_ops: int = BATCH_OPS,
        batch_bytes: int = BATCH_BYTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.device_id = store.device_id
        self.batch_ops = batch_ops
        self.batch_bytes = batch_bytes
        self._key = store.signing_key()
        self._public = own_public_key(store)
        self._counter = 0
        self._seen: dict[str, int] = {}
        self._their: dict[str, Cursor] = {}  # each peer's cursor on this log, as it said
        self._pending: OrderedDict[str, _Pending] = OrderedDict()
        self._lock = threading.Lock()
        self._clock = clock
        # Pictures (``docs/room-protocol.md`` §11.2), per peer: what this laptop asked
        # it for (a room remembers its replies' ``want``), what it asked this laptop
        # for (the next request carries them), and hashes not to ask for or send
        # again before a time (the peer lacks them, or refused them).
        self._asked: dict[str, set[str]] = {}
        self._their_want: dict[str, list[str]] = {}
        self._not_before: dict[str, dict[str, float]] = {}

    # -- building ------------------------------------------------------------------
    def _next_counter(self) -> int:
        # Microseconds of wall time, strictly increasing: a restart (or a restored
        # database) still counts past every counter sent before, with no write.
        self._counter = max(self._counter + 1, time.time_ns() // 1000)
        return self._counter

    def _read_batch(self, after: int, peer: str) -> _Batch:
        """This log's ops after ``after``, up to a batch's size, minus those ``peer`` wrote."""
        batch = _Batch(after=after, upto=after, anchor=op_at(self.store, after))
        size = 0
        rows = self.store.db.execute(
            "SELECT seq, op_id, device, body FROM ops WHERE seq > ? ORDER BY seq LIMIT ?",
            [after, self.batch_ops + 1],
        ).fetchall()
        for seq, op_id, dev, body in rows:
            if len(batch.ops) >= self.batch_ops or (
                batch.ops and size + len(body) > self.batch_bytes
            ):
                batch.more = True
                break
            batch.upto, batch.anchor = int(seq), str(op_id)
            if dev != peer:
                batch.ops.append((str(op_id), str(body)))
                size += len(body) + 1
        else:
            # Every row read was the peer's own (skipped) or sent: rows past the read's
            # limit may still follow, so the peer must ask again from ``upto``.
            batch.more = len(rows) > self.batch_ops
        return batch

    def _common(self, kind: str, peer: str) -> dict[str, Any]:
        return {
            "proto": W.PROTOCOL,
            "kind": kind,
            "from": self.device_id,
            "to": peer,
            "key": W.b64(self._public),
            "newer": holds_newer_content(self.store.db),
            "erased": erased_digest(self.store),
        }

    def request(self, peer: str) -> Outgoing:
        """The next request to ``peer`` (which must be paired)."""
        with self._lock:
            paired_key(self.store, peer)
            their = self._their.get(peer)
            if their is None:  # not told yet: push nothing this time
                batch = _Batch(after=0, upto=0)
            else:
                start = their.seq if op_at(self.store, their.seq) == their.anchor else 0
                batch = self._read_batch(start, peer)
            mine = cursor_on(self.store, peer)
            header = {
                **self._common(KIND_EXCHANGE, peer),
                "counter": self._next_counter(),
                "pull_after": mine.seq,
                "pull_anchor": mine.anchor,
                "after": batch.after,
                "upto": batch.upto,
                "upto_anchor": batch.anchor if batch.upto else "",
            }
            data = W.encode(header, batch.ops)
            signed = Signed(data, W.sign(self._key, data))
            self._pending[signed.digest] = _Pending(peer, mine.seq, len(batch.ops), batch.more)
            while len(self._pending) > PENDING_REQUESTS:
                self._pending.popitem(last=False)
            return Outgoing(peer, signed, len(batch.ops), batch.more)

    # -- checking --------------------------------------------------------------------
    def _open(self, signed: Signed, kind: str) -> tuple[dict[str, Any], bytes, str, bytes]:
        """Header, op bytes, sender and its key of a message meant for this laptop,
        its signature checked with the key this laptop trusts for the sender."""
        header, ops_data = W.split(signed.data)
        if header.get("kind") != kind:
            raise bad_message("kind")
        sender = W.device(header, "from")
        if W.device(header, "to") != self.device_id:
            raise SyncError(403, "not_for_us", S.T_NOT_FOR_US)
        claimed = W.unb64(header.get("key"), W.KEY_SIZE, "key")
        trusted = paired_key(self.store, sender)
        if claimed != trusted:
            raise SyncError(403, "other_key", S.T_OTHER_KEY)
        if not W.verify(trusted, signed.data, signed.signature):
            raise S.altered()
        return header, ops_data, sender, trusted

    def _merge(
        self, ops: list[VerifiedOp], sender: str, key: bytes, ops_data: bytes, newer: bool
    ) -> tuple[int, int, int, bool]:
        """Merge verified ops (inside the caller's transaction): new, conflicts,
        quarantined, whether any carried a redaction."""
        if not ops:
            return 0, 0, 0, False
        summary = apply_ops(
            self.store,
            ops,
            bundle_id=uuid7(),
            device_id=sender,
            public_key=key,
            ops_sha256=hashlib.sha256(ops_data).hexdigest(),
            file_name=FILE_NAME,
            may_hold_newer=newer,
        )
        redacted = any("redacted" in body for _, body, _ in ops)
        return summary.ops_new, summary.conflicts, summary.quarantined, redacted

    def _note_erased(self, peer: str, digest: str) -> bool:
        """Record the peer's erasure digest; True when it changed (resend everything)."""
        key = f"sync.erased.{peer}"
        before = _meta_get(self.store, key) or ""
        if digest == before:
            return False
        _meta_set(self.store, key, digest)
        return True

    # -- server side -------------------------------------------------------------------
    def answer(self, signed: Signed) -> tuple[Signed, Received]:
        """Merge a request's ops and reply with this log's ops the sender lacks."""
        with self._lock:
            header, ops_data, sender, key = self._open(signed, KIND_EXCHANGE)
            counter = W.integer(header, "counter")
            pull_after = W.integer(header, "pull_after")
            pull_anchor = W.anchor(header, "pull_anchor")
            after, upto = W.integer(header, "after"), W.integer(header, "upto")
            upto_anchor = W.anchor(header, "upto_anchor")
            newer = W.flag(header, "newer")
            erased = W.text(header, "erased", F.HEX64_RE, empty=True)
            if upto < after:
                raise bad_message("upto")
            if counter <= self._seen_counter(sender):
                raise SyncError(409, "replay", S.T_REPLAY)
            ops = W.parse_batch_ops(ops_data, W.integer(header, "count"), newer)
            result = Received()
            redacted = False
            with self.store.transaction():
                if counter <= self._seen_counter(sender, fresh=True):
                    raise SyncError(409, "replay", S.T_REPLAY)
                mine = cursor_on(self.store, sender)
                if self._note_erased(sender, erased):
                    mine = Cursor()
                if after <= mine.seq:
                    new, conflicts, quarantined, redacted = self._merge(
                        ops, sender, key, ops_data, newer
                    )
                    result.sent, result.conflicts, result.quarantined = new, conflicts, quarantined
                    pushed = PUSH_APPLIED
                    if upto > mine.seq:
                        mine = Cursor(upto, upto_anchor)
                else:  # a gap: the sender starts from our cursor next time
                    pushed = PUSH_GAP
                _set_cursor(self.store, sender, mine)
                _meta_set(self.store, f"sync.seen.{sender}", str(counter))
                self._seen[sender] = counter
            if redacted:
                wipe_free_space(self.store.db)
            reset = pull_after > 0 and op_at(self.store, pull_after) != pull_anchor
            batch = self._read_batch(0 if reset else pull_after, sender)
            reply = {
                **self._common(KIND_BATCH, sender),
                "reply_to": signed.digest,
                "reset": reset,
                "after": batch.after,
                "upto": batch.upto,
                "upto_anchor": batch.anchor if batch.upto else "",
                "more": batch.more,
                "pushed": pushed,
                "taken": result.sent,
                "cursor": mine.seq,
                "cursor_anchor": mine.anchor,
            }
            data = W.encode(reply, batch.ops)
            return Signed(data, W.sign(self._key, data)), result

    def _seen_counter(self, peer: str, fresh: bool = False) -> int:
        if fresh or peer not in self._seen:
            raw = _meta_get(self.store, f"sync.seen.{peer}")
            self._seen[peer] = max(self._seen.get(peer, 0), int(raw) if raw else 0)
        return self._seen[peer]

    # -- client side ---------------------------------------------------------------------
    def take_reply(self, signed: Signed) -> Received:
        """Merge a reply to one of this laptop's requests."""
        with self._lock:
            header, ops_data, sender, key = self._open(signed, KIND_BATCH)
            reply_to = W.text(header, "reply_to", F.HEX64_RE)
            pending = self._pending.get(reply_to)
            if pending is None or pending.peer != sender or pending.pictures:
                raise SyncError(409, "unexpected_reply", S.T_UNEXPECTED_REPLY)
            reset = W.flag(header, "reset")
            after, upto = W.integer(header, "after"), W.integer(header, "upto")
            upto_anchor = W.anchor(header, "upto_anchor")
            more = W.flag(header, "more")
            pushed = W.text(header, "pushed")
            taken = W.integer(header, "taken")
            their = Cursor(W.integer(header, "cursor"), W.anchor(header, "cursor_anchor"))
            newer = W.flag(header, "newer")
            erased = W.text(header, "erased", F.HEX64_RE, empty=True)
            if upto < after or pushed not in (PUSH_APPLIED, PUSH_GAP):
                raise bad_message("upto")
            if after != (0 if reset else pending.pull_after):
                raise bad_message("after")
            ops = W.parse_batch_ops(ops_data, W.integer(header, "count"), newer)
            result = Received(sent=taken, more=more or pending.more_to_push)
            with self.store.transaction():
                mine = cursor_on(self.store, sender)
                if not reset and after > mine.seq:
                    raise SyncError(409, "gap", S.T_GAP)
                new, conflicts, quarantined, redacted = self._merge(
                    ops, sender, key, ops_data, newer
                )
                result.received, result.conflicts, result.quarantined = new, conflicts, quarantined
                if reset or upto > mine.seq:
                    mine = Cursor(upto, upto_anchor)
                if self._note_erased(sender, erased):
                    mine = Cursor()  # rewritten ops lie below the cursor: take all again
                    result.more = True
                _set_cursor(self.store, sender, mine)
            del self._pending[reply_to]
            self._their[sender] = their
            if pushed == PUSH_GAP:
                result.more = True
            if redacted:
                wipe_free_space(self.store.db)
            return result

    # -- pictures (docs/room-protocol.md §11.2) ---------------------------------------
    def _skipped(self, peer: str, now: float) -> dict[str, float]:
        """Hashes not to ask ``peer`` for, nor send it, until their time (pruned)."""
        skip = self._not_before.setdefault(peer, {})
        for digest in [d for d, until in skip.items() if until <= now]:
            del skip[digest]
        return skip

    def _wanted(self, peer: str, now: float) -> list[str]:
        skip = self._skipped(peer, now)
        return [d for d in P.missing(self.store.db) if d not in skip][: P.WANT_MAX]

    def pictures_due(self, peer: str) -> bool:
        """Whether a pictures round with ``peer`` has work now: pictures this laptop
        lacks (not known to be lacking there too), or pictures the peer asked for."""
        with self._lock:
            return bool(self._their_want.get(peer)) or bool(self._wanted(peer, self._clock()))

    def picture_request(self, peer: str) -> PicturesOutgoing:
        """The next pictures request to ``peer``: the pictures it asked for (within a
        message's bounds), the hashes of those this laptop cannot give, and what this
        laptop lacks."""
        with self._lock:
            paired_key(self.store, peer)
            db = self.store.db
            now = self._clock()
            want = self._wanted(peer, now)
            skip = self._skipped(peer, now)
            theirs = self._their_want.pop(peer, [])
            held = held_blobs(db, theirs)
            sendable = [d for d in theirs if d in held and d not in skip]
            lacking = sorted(set(theirs) - set(sendable))[: P.WANT_MAX]
            chosen, left = P.choose(sendable, lambda d: get_blob(db, d))
            if left:
                self._their_want[peer] = left
            header = {
                **self._picture_common(P.KIND_REQUEST, peer),
                "counter": self._next_counter(),
                "want": want,
                "lacking": lacking,
            }
            data = P.encode_message(header, chosen)
            signed = Signed(data, W.sign(self._key, data))
            self._pending[signed.digest] = _Pending(
                peer, 0, 0, False, pictures=True, want=tuple(want), sent=tuple(sorted(chosen))
            )
            while len(self._pending) > PENDING_REQUESTS:
                self._pending.popitem(last=False)
            return PicturesOutgoing(peer, signed, want, len(chosen))

    def pictures_refused(self, outgoing: PicturesOutgoing, code: str) -> None:
        """The peer refused a pictures request: its pictures are not sent again before
        ``RETRY_S`` (but after ``picture_not_asked`` — a room that restarted and forgot
        what it asked — they go again once it asks again)."""
        with self._lock:
            self._their_want.pop(outgoing.peer, None)
            pending = self._pending.pop(outgoing.signed.digest, None)
            if pending is None or code == "picture_not_asked":
                return
            skip = self._skipped(outgoing.peer, self._clock())
            for digest in pending.sent:
                skip[digest] = self._clock() + P.RETRY_S

    def _picture_common(self, kind: str, peer: str) -> dict[str, Any]:
        return {
            "proto": W.PROTOCOL,
            "kind": kind,
            "from": self.device_id,
            "to": peer,
            "key": W.b64(self._public),
        }

    def open_pictures(self, signed: Signed) -> PictureRequest:
        """A pictures request checked up to its picture lines (cheap: the room runs
        this on its database thread, ``P.check_lines`` elsewhere, then ``answer_pictures``)."""
        with self._lock:
            header, body, sender, _key = self._open(signed, P.KIND_REQUEST)
            counter = W.integer(header, "counter")
            want = P.hash_list(header, "want")
            lacking = P.hash_list(header, "lacking")
            count = W.integer(header, "count")
            if count > P.PICTURES_MAX:
                raise bad_message("count")
            if counter <= self._seen_counter(sender):
                raise SyncError(409, "replay", S.T_REPLAY)
            return PictureRequest(signed, sender, counter, want, lacking, count, body)

    def answer_pictures(
        self, request: PictureRequest, pictures: dict[str, bytes]
    ) -> tuple[Signed, PicturesReceived]:
        """Store a request's pictures (``P.check_lines`` passed them) if this laptop
        asked for them, and reply with the pictures the sender asked for and what this
        laptop still lacks. One short transaction: the pictures and the counter."""
        with self._lock:
            db = self.store.db
            sender = request.sender
            now = self._clock()
            asked = self._asked.setdefault(sender, set())
            P.check_wanted(db, pictures, asked)
            with self.store.transaction():
                if request.counter <= self._seen_counter(sender, fresh=True):
                    raise SyncError(409, "replay", S.T_REPLAY)
                held = held_blobs(db, pictures)
                new = [d for d in sorted(pictures) if d not in held]
                for digest in new:
                    put_blob(db, pictures[digest])
                _meta_set(self.store, f"sync.seen.{sender}", str(request.counter))
                self._seen[sender] = request.counter
            asked.difference_update(pictures)
            skip = self._skipped(sender, now)
            for digest in request.lacking:
                skip[digest] = now + P.RETRY_S
            have = held_blobs(db, request.want)
            chosen, left = P.choose(have, lambda d: get_blob(db, d))
            want = self._wanted(sender, now)
            asked.update(want)
            reply = {
                **self._picture_common(P.KIND_REPLY, sender),
                "reply_to": request.signed.digest,
                "taken": len(new),
                "want": want,
                "lacking": sorted(set(request.want) - have),
                "more": bool(left),
            }
            data = P.encode_message(reply, chosen)
            result = PicturesReceived(received=len(new), sent=len(chosen), more=bool(left))
            return Signed(data, W.sign(self._key, data)), result

    def answer_pictures_message(self, signed: Signed) -> tuple[Signed, PicturesReceived]:
        """``open_pictures``, ``P.check_lines`` and ``answer_pictures`` in one call."""
        request = self.open_pictures(signed)
        return self.answer_pictures(request, P.check_lines(request.body, request.count))

    def take_pictures(self, signed: Signed) -> PicturesReceived:
        """Store the pictures of a reply to this laptop's pictures request (only those
        it asked for, each checked); note what the peer lacks and what it asks for."""
        with self._lock:
            header, body, sender, _key = self._open(signed, P.KIND_REPLY)
            reply_to = W.text(header, "reply_to", F.HEX64_RE)
            pending = self._pending.get(reply_to)
            if pending is None or pending.peer != sender or not pending.pictures:
                raise SyncError(409, "unexpected_reply", S.T_UNEXPECTED_REPLY)
            taken = W.integer(header, "taken")
            want = P.hash_list(header, "want")
            lacking = P.hash_list(header, "lacking")
            more = W.flag(header, "more")
            count = W.integer(header, "count")
            db = self.store.db
            now = self._clock()
            skip = self._skipped(sender, now)
            try:
                pictures = P.check_lines(body, count)
                P.check_wanted(db, pictures, pending.want)
            except SyncError:
                # Not asked for again at once: a peer that sends a bad picture once
                # would send it again.
                del self._pending[reply_to]
                for digest in pending.want:
                    skip[digest] = now + P.RETRY_S
                raise
            with self.store.transaction():
                held = held_blobs(db, pictures)
                new = [d for d in sorted(pictures) if d not in held]
                for digest in new:
                    put_blob(db, pictures[digest])
            del self._pending[reply_to]
            for digest in lacking:
                skip[digest] = now + P.RETRY_S
            self._their_want[sender] = want
            sendable = held_blobs(db, want) - set(skip)
            still = bool(new) and bool(self._wanted(sender, now))
            return PicturesReceived(
                received=len(new), sent=taken, more=more or bool(sendable) or still
            )


def check_peer_key(store: Store, device_id: str, public_key: bytes) -> bool:
    """True if the device is known with this key, False if unknown; a known device
    with another key is refused (``key_changed``)."""
    try:
        return check_device(store, device_id, public_key)
    except DeviceKeyChanged:
        raise SyncError(409, "key_changed", S.T_KEY_CHANGED, device=device_id) from None
