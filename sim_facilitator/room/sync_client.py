"""The other laptop's side of live sync: pair with a room, then keep exchanging ops.

For the window (Qt), everything here is plain Python with a thread of its own::

    offer = start_pairing(db_path, url, code)          # blocking, a few ms on a LAN
    # show offer.room_fingerprint and offer.own_fingerprint, ask the person
    finish_pairing(db_path, offer)                     # after "yes": trust and confirm
    client = SyncClient(db_path, url, on_report=callback)
    client.start()                                     # its own thread and Store
    client.status                                      # SyncReport: connected/offline ...
    client.sync_now()                                  # after a local edit: skip the wait
    client.stop()

``on_report`` is called on the client's thread after every exchange that moved
ops and at every change of state; it must return quickly (a Qt caller emits a
signal). The client reconnects by itself, with a growing pause (0.5 s to 5 s)
while the room cannot be reached. Only loopback and private-range addresses are
accepted: the app never connects anywhere else.
"""

from __future__ import annotations

import http.client
import json
import random
import secrets
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sim_facilitator.engine.clock import wall_ms
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import accept_device, fingerprint_of, own_public_key
from sim_facilitator.room.addresses import allowed
from sim_facilitator.sync import errors as S
from sim_facilitator.sync import pictures as P
from sim_facilitator.sync import wire as W
from sim_facilitator.sync.errors import ERRORS_BY_CODE, SyncError
from sim_facilitator.sync.exchange import SyncNode, check_peer_key, paired_key
from sim_facilitator.sync.pairing import proof_bytes

SIGNATURE_HEADER = "Sim-Sync-Signature"
MESSAGE_TYPE = "application/x-sim-sync"
CONNECTED = "connected"
OFFLINE = "offline"
REFUSED = "refused"
STOPPED = "stopped"
INTERVAL_S = 0.5
BACKOFF_FIRST_S = 0.5
BACKOFF_MAX_S = 5.0
TIMEOUT_S = 15.0


class Offline(Exception):
    """The room could not be reached (or answered nothing usable)."""


def room_address(url: str) -> tuple[str, int]:
    """(host, port) of a typed room address; refuses anything but loopback/private."""
    text = url.strip()
    if "://" not in text:
        text = "http://" + text
    parts = urllib.parse.urlsplit(text)
    host = parts.hostname or ""
    if parts.scheme != "http" or not allowed(host, link_local=True):
        raise SyncError(400, "not_local", S.T_NOT_LOCAL, host=host or url)
    try:
        port = parts.port or 80
    except ValueError:
        raise SyncError(400, "not_local", S.T_NOT_LOCAL, host=url) from None
    return host, port


class RoomLink:
    """One keep-alive HTTP connection to the room (re-opened after any failure)."""

    def __init__(self, url: str, timeout: float = TIMEOUT_S) -> None:
        self.host, self.port = room_address(url)
        self.timeout = timeout
        self._conn: http.client.HTTPConnection | None = None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def call(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        try:
            if self._conn is None:
                self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self._conn.request(method, path, body=body, headers=headers)
            response = self._conn.getresponse()
            data = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, data
        except (OSError, http.client.HTTPException) as exc:
            self.close()
            raise Offline(str(exc) or type(exc).__name__) from exc

    def json(self, method: str, path: str, payload: Any = None) -> tuple[int, dict[str, Any]]:
        body = None if payload is None else json.dumps(payload).encode("utf-8")
        headers = {"Content-Type": "application/json"} if body is not None else {}
        status, _, data = self.call(method, path, body, headers)
        try:
            parsed = json.loads(data.decode("utf-8"))
        except ValueError as exc:
            raise Offline("not a room") from exc
        if not isinstance(parsed, dict):
            raise Offline("not a room")
        if status >= 400:
            raise refusal(status, parsed)
        return status, parsed


def refusal(status: int, body: dict[str, Any]) -> SyncError:
    """The room's ``{code, message}`` as a SyncError (its own sentence kept as ``reason``)."""
    code = str(body.get("code", "refused"))
    template = ERRORS_BY_CODE.get(code)
    message = str(body.get("message", code))
    if template is None or "{" in template:  # parameters are in the room's sentence
        error = SyncError(status, code, "{reason}", reason=message)
    else:
        error = SyncError(status, code, template)
    return error


def _open_store(db: str | Path | Store) -> tuple[Store, bool]:
    if isinstance(db, Store):
        return db, False
    return Store(connect(db)), True


# -- pairing ----------------------------------------------------------------------------
@dataclass(frozen=True)
class PairingOffer:
    """The room answered the code: show both fingerprints, then ``finish_pairing``."""

    url: str
    pairing_id: str
    room_device: str
    room_key: bytes
    room_fingerprint: str
    own_fingerprint: str
    nonce: bytes
    confirm: str  # "auto", or "facilitator" (the room's screen must confirm too)

    def as_json(self) -> dict[str, Any]:
        return {
            "pairing": self.pairing_id,
            "room_device": self.room_device,
            "room_fingerprint": self.room_fingerprint,
            "own_fingerprint": self.own_fingerprint,
        }


def start_pairing(db: str | Path | Store, url: str, code: str, label: str = "") -> PairingOffer:
    """Send the code; check the room proves its key. Changes nothing here."""
    store, owned = _open_store(db)
    link = RoomLink(url)
    try:
        own_key = own_public_key(store)
        nonce = secrets.token_bytes(32)
        payload = {
            "code": code,
            "device_id": store.device_id,
            "public_key": W.b64(own_key),
            "nonce": W.b64(nonce),
            "label": label[:64],
        }
        _, body = link.json("POST", "/sync/pair", payload)
        room_device = str(body.get("device_id", ""))
        room_key = W.unb64(body.get("public_key"), W.KEY_SIZE, "public_key")
        pairing_id = str(body.get("pairing", ""))
        proof = W.unb64(body.get("proof"), W.SIGNATURE_SIZE, "proof")
        signed = proof_bytes(
            "server", pairing_id, nonce, (store.device_id, own_key), (room_device, room_key)
        )
        if not W.verify(room_key, signed, proof, W.PAIR_PREFIX):
            raise SyncError(403, "bad_proof", S.T_BAD_PROOF)
        check_peer_key(store, room_device, room_key)  # a known laptop with a new key: refused
        return PairingOffer(
            url,
            pairing_id,
            room_device,
            room_key,
            fingerprint_of(room_key),
            fingerprint_of(own_key),
            nonce,
            str(body.get("confirm", "facilitator")),
        )
    finally:
        link.close()
        if owned:
            store.db.conn.close()


def finish_pairing(
    db: str | Path | Store,
    offer: PairingOffer,
    wait_s: float = 300.0,
    cancel: Callable[[], bool] | None = None,
) -> None:
    """The person confirmed: prove our key, wait for the room's confirmation, trust it."""
    store, owned = _open_store(db)
    link = RoomLink(offer.url)
    try:
        own_key = own_public_key(store)
        signed = proof_bytes(
            "client",
            offer.pairing_id,
            offer.nonce,
            (store.device_id, own_key),
            (offer.room_device, offer.room_key),
        )
        proof = W.sign(store.signing_key(), signed, W.PAIR_PREFIX)
        payload = {"pairing": offer.pairing_id, "proof": W.b64(proof)}
        deadline = time.monotonic() + wait_s
        while True:
            status, _ = link.json("POST", "/sync/pair/confirm", payload)
            if status == 200:
                break
            if time.monotonic() > deadline or (cancel is not None and cancel()):
                raise SyncError(404, "no_pairing", S.T_NO_PAIRING)
            time.sleep(0.5)
        check_peer_key(store, offer.room_device, offer.room_key)
        accept_device(store, offer.room_device, offer.room_key, "room")
    finally:
        link.close()
        if owned:
            store.db.conn.close()


# -- syncing ------------------------------------------------------------------------------
PICTURES_EVERY_S = 5.0  # a pictures round at least this often while connected


@dataclass
class _PictureRounds:
    """When the client runs a pictures round: after ops moved (new photo records may
    name pictures either side lacks), when this laptop lacks a picture or holds one
    the room asked for, and every ``PICTURES_EVERY_S`` (a picture may have come by a
    bundle meanwhile)."""

    moved: bool = True
    last: float = -PICTURES_EVERY_S
    unsupported: bool = False  # the room answered 404: a version without pictures
    paused_until: float = 0.0  # after the room failed (5xx) on pictures

    def due(self, node: SyncNode, room: str) -> bool:
        now = time.monotonic()
        if self.unsupported or now < self.paused_until:
            return False
        if not (self.moved or now - self.last >= PICTURES_EVERY_S or node.pictures_due(room)):
            return False
        self.moved = False
        self.last = now
        return True


@dataclass(frozen=True)
class SyncReport:
    """One exchange, or a change of state: what the window and ``join`` show."""

    status: str  # connected, offline, refused, stopped
    sent: int = 0  # ops the room took in this exchange
    received: int = 0  # ops merged here in this exchange
    last_sync_ms: int | None = None  # wall time of the last exchange that succeeded
    conflicts: int = 0  # conflicting fields here now
    error: str = ""  # why offline or refused
    pictures_sent: int = 0  # photos' pictures the room took in this exchange
    pictures_received: int = 0  # photos' pictures stored here in this exchange
    picture_error: str = ""  # why the last pictures were refused (ops still flow)

    def as_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "received": self.received,
            "status": self.status,
            "last_sync": self.last_sync_ms,
            "conflicts": self.conflicts,
            **({"error": self.error} if self.error else {}),
            **({"pictures_sent": self.pictures_sent} if self.pictures_sent else {}),
            **({"pictures_received": self.pictures_received} if self.pictures_received else {}),
            **({"picture_error": self.picture_error} if self.picture_error else {}),
        }


def _post(link: RoomLink, path: str, signed: W.Signed) -> tuple[int, dict[str, str], bytes]:
    """One signed sync message to the room: (status, headers, body)."""
    headers = {"Content-Type": MESSAGE_TYPE, SIGNATURE_HEADER: W.b64(signed.signature)}
    return link.call("POST", path, signed.data, headers)


def _error_body(status: int, data: bytes) -> dict[str, Any]:
    """A refusal's JSON object; anything else means the room answered nothing usable."""
    try:
        body = json.loads(data.decode("utf-8"))
    except ValueError as exc:
        raise Offline(f"HTTP {status}") from exc
    if not isinstance(body, dict):
        raise Offline(f"HTTP {status}")
    return body


class SyncClient:
    """Keep one database in step with the room, on a thread of its own."""

    def __init__(
        self,
        db_path: str | Path,
        url: str,
        on_report: Callable[[SyncReport], None] | None = None,
        interval_s: float = INTERVAL_S,
    ) -> None:
        room_address(url)  # refuses a public address at once
        self.db_path = Path(db_path)
        self.url = url
        self.on_report = on_report
        self.interval_s = interval_s
        self._status = SyncReport(STOPPED)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def status(self) -> SyncReport:
        return self._status

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the sync client was already started")
        self._thread = threading.Thread(target=self._run, name="sync-client", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 20.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def sync_now(self) -> None:
        self._wake.set()

    def _report(self, report: SyncReport, always: bool = False) -> None:
        changed = report.status != self._status.status or report.error != self._status.error
        self._status = report
        moved = report.sent or report.received or report.pictures_sent or report.pictures_received
        if self.on_report is not None and (always or changed or moved):
            self.on_report(report)

    def _run(self) -> None:
        store = Store(connect(self.db_path))
        link = RoomLink(self.url)
        node = SyncNode(store)
        room: str | None = None
        pause = BACKOFF_FIRST_S
        last_ok: int | None = None
        pictures = _PictureRounds()
        try:
            while not self._stop.is_set():
                try:
                    if room is None:
                        _, hello = link.json("GET", "/sync/hello")
                        room = str(hello.get("device_id", ""))
                        paired_key(store, room)
                        pictures = _PictureRounds()
                    more = self._exchange_once(store, link, node, room, last_ok)
                    last_ok = self._status.last_sync_ms
                    pause = BACKOFF_FIRST_S
                    if more:  # ops first: pictures wait until the ops are through
                        pictures.moved = True
                        continue
                    if self._status.sent or self._status.received:
                        pictures.moved = True  # new photo records may want pictures
                    if pictures.due(node, room) and self._pictures_once(link, node, room, pictures):
                        continue  # one op exchange between picture rounds: ops never wait
                    wait = self.interval_s
                except Offline as exc:
                    room = None if self._status.status != CONNECTED else room
                    self._report(
                        replace(self._status, status=OFFLINE, sent=0, received=0, error=str(exc))
                    )
                    wait = pause * (1 + random.random() / 2)
                    pause = min(pause * 2, BACKOFF_MAX_S)
                except SyncError as exc:
                    room = None
                    self._report(
                        replace(self._status, status=REFUSED, sent=0, received=0, error=exc.message)
                    )
                    wait = BACKOFF_MAX_S
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            link.close()
            store.db.conn.close()
            self._report(replace(self._status, status=STOPPED, sent=0, received=0, error=""))

    def _pictures_once(
        self, link: RoomLink, node: SyncNode, room: str, rounds: _PictureRounds
    ) -> bool:
        """One pictures round (docs/room-protocol.md §11.2); True if more is waiting.

        A refusal (a bad picture either way) is reported as ``picture_error`` and
        does not stop the ops: those pictures wait ``RETRY_S`` before another try.
        A room without the pictures endpoint (an older version) is not asked again
        while connected."""
        outgoing = node.picture_request(room)
        status, headers, data = _post(link, "/sync/pictures", outgoing.signed)
        if status != 200:
            body = _error_body(status, data)
            code = str(body.get("code", ""))
            if status >= 500:  # the room failed on these pictures: ops go on, pictures wait
                node.pictures_refused(outgoing, code)
                rounds.paused_until = time.monotonic() + P.RETRY_S
                return False
            if status == 409 and code == "replay":
                return True
            if code in ("not_found", "method_not_allowed"):
                node.pictures_refused(outgoing, code)
                rounds.unsupported = True
                return False
            if code == "rate_limited":
                return False
            error = refusal(status, body)
            node.pictures_refused(outgoing, code)
            self._report(replace(self._status, picture_error=error.message), always=True)
            return False
        try:
            signature = W.unb64(
                headers.get(SIGNATURE_HEADER.lower()), W.SIGNATURE_SIZE, "signature"
            )
            result = node.take_pictures(W.Signed(data, signature))
        except SyncError as exc:
            self._report(replace(self._status, picture_error=exc.message), always=True)
            return False
        self._report(
            replace(
                self._status,
                sent=0,
                received=0,
                pictures_sent=result.sent,
                pictures_received=result.received,
                picture_error="",
            )
        )
        return result.more

    def _exchange_once(
        self, store: Store, link: RoomLink, node: SyncNode, room: str, last_ok: int | None
    ) -> bool:
        outgoing = node.request(room)
        status, headers, data = _post(link, "/sync/exchange", outgoing.signed)
        if status != 200:
            body = _error_body(status, data)
            if status >= 500:
                raise Offline(f"HTTP {status}")
            if status == 409 and body.get("code") == "replay":
                return True  # our clock went back: the next counter is higher
            raise refusal(status, body)
        signature = W.unb64(headers.get(SIGNATURE_HEADER.lower()), W.SIGNATURE_SIZE, "signature")
        result = node.take_reply(W.Signed(data, signature))
        conflicts = int(store.db.execute("SELECT count(*) FROM p_conflict").fetchone()[0])
        self._report(
            SyncReport(CONNECTED, result.sent, result.received, wall_ms(), conflicts),
            always=last_ok is None,
        )
        return result.more
