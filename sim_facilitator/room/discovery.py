"""Finding the room on the local network: mDNS/DNS-SD (python-zeroconf), laptops only.

The room advertises ``_simroom._tcp`` on its private addresses only — never a
loopback or public one, and not at all when it listens on loopback alone. A
laptop that cannot find it (mDNS is blocked on many hotspots) types the address
shown on the room's screen instead. Phones never use this (Android's mDNS is
unreliable): their QR code holds the IP address itself.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

from sim_facilitator.room.addresses import allowed

SERVICE = "_simroom._tcp.local."


def advertised_addresses(addresses: Iterable[str]) -> list[str]:
    """The addresses to advertise: private IPv4 ones, no loopback (empty: do not advertise)."""
    chosen = []
    for address in addresses:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            continue
        if ip.version == 4 and not ip.is_loopback and allowed(address, link_local=True):
            chosen.append(address)
    return chosen


class Advertisement:
    """The room's mDNS record, registered until ``close()``."""

    def __init__(
        self, addresses: Iterable[str], port: int, device_id: str, fingerprint: str, title: str
    ) -> None:
        from zeroconf import IPVersion, ServiceInfo, Zeroconf  # not at start

        self.addresses = advertised_addresses(addresses)
        if not self.addresses:
            raise ValueError("no private address to advertise on")
        short = device_id.replace("-", "")[-8:]
        self.info = ServiceInfo(
            SERVICE,
            f"SIM room {short}.{SERVICE}",
            addresses=[socket.inet_aton(a) for a in self.addresses],
            port=port,
            properties={"device": device_id, "fingerprint": fingerprint, "title": title[:60]},
            server=f"sim-room-{short}.local.",
        )
        # Bound to the room's own private interfaces: nothing goes out elsewhere.
        self.zeroconf = Zeroconf(interfaces=list(self.addresses), ip_version=IPVersion.V4Only)
        self.zeroconf.register_service(self.info)

    def close(self) -> None:
        try:
            self.zeroconf.unregister_service(self.info)
        finally:
            self.zeroconf.close()


def advertise(
    addresses: Iterable[str], port: int, device_id: str, fingerprint: str, title: str = ""
) -> Advertisement | None:
    """Advertise the room, or None when it listens on loopback only (or mDNS fails)."""
    if not advertised_addresses(addresses):
        return None
    try:
        return Advertisement(addresses, port, device_id, fingerprint, title)
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class FoundRoom:
    name: str
    url: str
    device_id: str
    fingerprint: str
    title: str


def browse(timeout_s: float = 3.0) -> list[FoundRoom]:
    """Rooms advertised on the local network (private addresses only), after ``timeout_s``."""
    from zeroconf import IPVersion, ServiceBrowser, ServiceStateChange, Zeroconf

    names: set[str] = set()
    lock = threading.Lock()

    def on_change(
        zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        if state_change is ServiceStateChange.Added:
            with lock:
                names.add(name)

    zc = Zeroconf(ip_version=IPVersion.V4Only)
    try:
        ServiceBrowser(zc, SERVICE, handlers=[on_change])
        time.sleep(timeout_s)
        found = []
        with lock:
            pending = sorted(names)
        for name in pending:
            info = zc.get_service_info(SERVICE, name, timeout=1000)
            if info is None or info.port is None:
                continue
            private = advertised_addresses(info.parsed_addresses())
            if not private:
                continue
            props = {
                k.decode(): (v or b"").decode("utf-8", "replace")
                for k, v in info.properties.items()
            }
            found.append(
                FoundRoom(
                    name,
                    f"http://{private[0]}:{info.port}/",
                    props.get("device", ""),
                    props.get("fingerprint", ""),
                    props.get("title", ""),
                )
            )
        return found
    finally:
        zc.close()
