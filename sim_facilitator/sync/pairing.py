"""Pairing two laptops: a short code shown by the room, keys exchanged and proven.

The room's laptop always shows one **pairing code** (6 digits, valid 5 minutes,
single use; a new one is drawn as soon as it is used or expires). The other
laptop sends the code with its device id, public key and a random nonce; the room
answers with its own id and key, a proof (its signature over both keys, both
ids, the pairing id and the nonce) and both fingerprints. Both screens show both
fingerprints; once the people confirm, each laptop trusts the other's key
exactly as an accepted bundle's (``engine.trust.accept_device``): trust on first
use, and a known laptop that turns up with another key is refused.

Guessing: each address may get the code wrong ``PER_ADDRESS`` times per
``WINDOW_S``; after ``PER_CODE`` wrong tries in all the code is replaced, so
a guess has at most ``PER_CODE`` chances in a million per code.

``PairingDesk`` (the room's side) holds no database: the caller checks keys and
records trust. Times come from ``clock`` (monotonic seconds) so tests control it.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.engine.canonical import canonical_bytes
from sim_facilitator.engine.trust import fingerprint_of
from sim_facilitator.sync import errors as S
from sim_facilitator.sync import wire as W
from sim_facilitator.sync.errors import SyncError

CODE_DIGITS = 6
CODE_TTL_S = 300.0
PENDING_TTL_S = 300.0
PER_ADDRESS = 5
PER_CODE = 10
WINDOW_S = 60.0
REMEMBERED_CODES = 32

WAITING = "waiting"
CONFIRMED = "confirmed"
REJECTED = "rejected"


def new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def clean_code(given: str) -> str:
    return "".join(ch for ch in given if not ch.isspace() and ch != "-")


def proof_bytes(
    role: str,
    pairing: str,
    nonce: bytes,
    client: tuple[str, bytes],
    server: tuple[str, bytes],
) -> bytes:
    """What each side signs (after ``PAIR_PREFIX``) to prove it holds its key."""
    return canonical_bytes(
        {
            "role": role,
            "pairing": pairing,
            "nonce": W.b64(nonce),
            "client_device": client[0],
            "client_key": W.b64(client[1]),
            "server_device": server[0],
            "server_key": W.b64(server[1]),
        }
    )


@dataclass
class PendingPairing:
    """A laptop that gave the right code, waiting for both sides to confirm."""

    pairing_id: str
    device_id: str
    public_key: bytes
    nonce: bytes
    label: str
    address: str
    created: float
    state: str = WAITING

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_key)

    def as_json(self) -> dict[str, Any]:
        return {
            "pairing": self.pairing_id,
            "device_id": self.device_id,
            "fingerprint": self.fingerprint,
            "label": self.label,
            "state": self.state,
        }


@dataclass
class _Code:
    code: str
    issued: float
    state: str = "live"  # live, used, expired


@dataclass
class PairingDesk:
    """The room's pairing codes and the pairings under way (one event loop thread)."""

    clock: Callable[[], float] = time.monotonic
    ttl_s: float = CODE_TTL_S
    codes: OrderedDict[str, _Code] = field(default_factory=OrderedDict)
    pending: dict[str, PendingPairing] = field(default_factory=dict)
    failures: dict[str, list[float]] = field(default_factory=dict)
    wrong_on_code: int = 0
    current: _Code | None = None

    def code(self) -> str:
        """The code to show now (a new one once the last is used or expired)."""
        now = self.clock()
        current = self.current
        if current is not None and current.state == "live" and now - current.issued >= self.ttl_s:
            current.state = "expired"
        if current is None or current.state != "live":
            code = new_code()
            while code in self.codes:
                code = new_code()
            current = _Code(code, now)
            self.codes[code] = current
            while len(self.codes) > REMEMBERED_CODES:
                self.codes.popitem(last=False)
            self.current = current
            self.wrong_on_code = 0
        return current.code

    def expires_in(self) -> float:
        self.code()
        assert self.current is not None
        return max(0.0, self.ttl_s - (self.clock() - self.current.issued))

    def renew(self) -> str:
        """Replace the code shown (e.g. after the facilitator read it to the wrong person)."""
        if self.current is not None and self.current.state == "live":
            self.current.state = "expired"
        return self.code()

    def check(self, given: str, address: str) -> None:
        """Refuse a wrong, expired or used code (rate-limited per address and per code)."""
        now = self.clock()
        recent = [t for t in self.failures.get(address, []) if now - t < WINDOW_S]
        self.failures[address] = recent
        if len(recent) >= PER_ADDRESS:
            wait = int(WINDOW_S - (now - recent[0])) + 1
            raise SyncError(429, "code_rate_limited", S.T_CODE_LIMIT, seconds=wait)
        live = self.code()
        given = clean_code(given)
        if secrets.compare_digest(given.encode(), live.encode()):
            return
        recent.append(now)
        if len(self.failures) > 10_000:
            self.failures = {a: f for a, f in self.failures.items() if f}
        known = self.codes.get(given)
        self.wrong_on_code += 1
        if self.wrong_on_code >= PER_CODE:
            self.renew()
        if known is not None and known.state == "used":
            raise SyncError(410, "code_used", S.T_CODE_USED)
        if known is not None and known.state == "expired":
            raise SyncError(410, "code_expired", S.T_CODE_EXPIRED)
        raise SyncError(403, "code_wrong", S.T_CODE_WRONG)

    def open(
        self, device_id: str, public_key: bytes, nonce: bytes, label: str, address: str
    ) -> PendingPairing:
        """The code was right (``check``): use it up and start a pairing."""
        assert self.current is not None
        self.current.state = "used"
        self._forget_old()
        pairing = PendingPairing(
            secrets.token_hex(16), device_id, public_key, nonce, label, address, self.clock()
        )
        self.pending[pairing.pairing_id] = pairing
        return pairing

    def find(self, pairing_id: str) -> PendingPairing:
        self._forget_old()
        found = self.pending.get(pairing_id)
        if found is None:
            raise SyncError(404, "no_pairing", S.T_NO_PAIRING)
        return found

    def _forget_old(self) -> None:
        now = self.clock()
        for key, pairing in list(self.pending.items()):
            if now - pairing.created >= PENDING_TTL_S:
                del self.pending[key]

    def waiting(self) -> list[PendingPairing]:
        """Pairings the facilitator may confirm or reject."""
        self._forget_old()
        return [p for p in self.pending.values() if p.state == WAITING]
