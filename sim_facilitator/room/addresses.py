"""Which addresses the room listens on: loopback and private-range only.

Interfaces are enumerated with ``ifaddr`` (what python-zeroconf uses): it
reads the system's interface list and sends nothing. The common trick of
"connecting" a UDP socket to a public address to learn the outgoing address is
not used: the app never makes, or even prepares, an outbound connection.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

import ifaddr

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError

LOOPBACK = "127.0.0.1"
NOT_PRIVATE = _(
    "Room",
    "{host} is not a loopback or private-network address; the room listens only on the"
    " local network.",
)


def allowed(address: str, link_local: bool = False) -> bool:
    """Loopback or private range (10/8, 172.16/12, 192.168/16 …), never unspecified."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if ip.is_loopback:
        return True
    if ip.is_unspecified or ip.is_multicast or ip.is_reserved:
        return False  # 0.0.0.0 counts as "private" to ipaddress: it means everywhere
    if ip.is_link_local:
        return link_local
    return ip.is_private


def check_host(host: str) -> str:
    """The address given by ``--host``, refused unless loopback or private."""
    if not allowed(host, link_local=True):
        raise ValidationError(NOT_PRIVATE, host=host)
    return str(ipaddress.ip_address(host))


def system_ipv4() -> list[str]:
    """Every IPv4 address of this machine's interfaces (phones on hotspots use IPv4)."""
    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and ip.ip not in found:
                found.append(ip.ip)
    return found


def _preference(address: str) -> tuple[int, str]:
    # The address to print in the QR code: home/hotspot networks first.
    ip = ipaddress.ip_address(address)
    if ip.is_loopback:
        return (9, address)
    for rank, net in enumerate(("192.168.0.0/16", "10.0.0.0/8", "172.16.0.0/12")):
        if ip in ipaddress.ip_network(net):
            return (rank, address)
    return (5, address)


def listen_addresses(host: str | None = None, system: Iterable[str] | None = None) -> list[str]:
    """The addresses to bind, best join address first, loopback always included.

    ``host`` given: that address alone (checked). Otherwise loopback and every
    private address of the machine; link-local (169.254/16) only when there is
    no private address (two devices on a network without DHCP).
    """
    if host is not None:
        return [check_host(host)]
    addresses = list(system_ipv4() if system is None else system)
    chosen = [a for a in addresses if allowed(a) and not ipaddress.ip_address(a).is_loopback]
    if not chosen:
        chosen = [a for a in addresses if allowed(a, link_local=True)]
        chosen = [a for a in chosen if not ipaddress.ip_address(a).is_loopback]
    return sorted(set(chosen), key=_preference) + [LOOPBACK]
