"""Which laptops' bundles this database accepts: trust on first use (TOFU).

The first bundle from an unknown device is refused until its key's fingerprint
is accepted (in the app after showing it, on the command line with
``--trust-new-devices``). A known device that turns up with another key is
always refused: that is what a forged or tampered bundle looks like. This
database's own device is known with its own key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sim_facilitator.engine.clock import wall_ms
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store

T_UNKNOWN_DEVICE = _(
    "Errors",
    "This bundle comes from a laptop not known yet (fingerprint {fingerprint}); accept it to import.",  # noqa: E501
)
T_KEY_CHANGED = _(
    "Errors",
    "This bundle claims to come from a known laptop but is signed with a different key: refused.",
)


class DeviceNotTrusted(DomainError):
    """The bundle's device is unknown: show its fingerprint and ask before importing."""

    def __init__(self, device_id: str, public_key: bytes) -> None:
        self.device_id = device_id
        self.public_key = public_key
        super().__init__(T_UNKNOWN_DEVICE, fingerprint=fingerprint_of(public_key))


class DeviceKeyChanged(DomainError):
    """A known device id with a different public key: never accepted."""

    def __init__(self, device_id: str) -> None:
        self.device_id = device_id
        super().__init__(T_KEY_CHANGED)


@dataclass(frozen=True)
class TrustedDevice:
    device_id: str
    public_key: bytes
    fingerprint: str
    first_seen_ms: int
    label: str | None


def fingerprint_of(public_key: bytes) -> str:
    """32 hex digits of the key's SHA-256, in groups of four (what people compare)."""
    digest = hashlib.sha256(public_key).hexdigest().upper()
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def own_public_key(store: Store) -> bytes:
    from cryptography.hazmat.primitives import serialization  # not at start (~30 ms)

    return (
        store.signing_key()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def own_fingerprint(store: Store) -> str:
    """This laptop's fingerprint, to show in the app and compare on another screen."""
    return fingerprint_of(own_public_key(store))


def _lookup(db: Database, device_id: str) -> TrustedDevice | None:
    row = db.execute(
        "SELECT device_id, public_key, fingerprint, first_seen_ms, label"
        " FROM trusted_devices WHERE device_id = ?",
        [device_id],
    ).fetchone()
    if row is None:
        return None
    return TrustedDevice(row[0], bytes.fromhex(row[1]), row[2], row[3], row[4])


def trusted_devices(store: Store) -> list[TrustedDevice]:
    rows = store.db.execute(
        "SELECT device_id FROM trusted_devices ORDER BY first_seen_ms, device_id"
    ).fetchall()
    return [d for (device_id,) in rows if (d := _lookup(store.db, device_id)) is not None]


def check_device(store: Store, device_id: str, public_key: bytes) -> bool:
    """True when the device is known with this key; False when it is unknown.

    Raises DeviceKeyChanged when the device is known with another key.
    """
    if device_id == store.device_id:
        if public_key != own_public_key(store):
            raise DeviceKeyChanged(device_id)
        return True
    known = _lookup(store.db, device_id)
    if known is None:
        return False
    if known.public_key != public_key:
        raise DeviceKeyChanged(device_id)
    return True


def require_trusted(
    store: Store, device_id: str, public_key: bytes, accept_new: bool = False
) -> bool:
    """Check the device; record it when it is new and ``accept_new``.

    Returns True when the device was newly accepted. Raises DeviceNotTrusted or
    DeviceKeyChanged. Call it inside the import's transaction so a refused
    import leaves no trace.
    """
    if check_device(store, device_id, public_key):
        return False
    if not accept_new:
        raise DeviceNotTrusted(device_id, public_key)
    accept_device(store, device_id, public_key)
    return True


def accept_device(
    store: Store, device_id: str, public_key: bytes, label: str | None = None
) -> None:
    """Trust this device's key from now on (after the user compared the fingerprint)."""
    if check_device(store, device_id, public_key):
        return
    with store.transaction():
        store.db.execute(
            "INSERT INTO trusted_devices (device_id, public_key, fingerprint, first_seen_ms, label)"
            " VALUES (?, ?, ?, ?, ?)",
            [device_id, public_key.hex(), fingerprint_of(public_key), wall_ms(), label],
        )
