"""The app never opens a network connection.

GUI start-up, demo, dump, bundle export, verify and import, minutes and the
open-data export run in one process under an audit hook: with the room closed,
no inet socket at all. With the room open and phones (on 127.0.0.1) sending
ideas and ballots, the process connects to no address but loopback and listens
only on loopback and private-range addresses (``tests/helpers/room_network_probe``).
"""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys
from collections import Counter

from sim_facilitator.room.addresses import allowed
from tests.helpers.paths import ROOT


def _probe(open_a_socket: bool = False) -> int:
    env = dict(os.environ)
    if open_a_socket:
        env["SIM_PROBE_OPEN_SOCKET"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.no_network_probe"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert "FAILED" not in result.stderr, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("SOCKETS ")]
    assert lines, result.stderr[-2000:]
    return int(lines[-1].split()[1])


def test_app_opens_no_network_socket() -> None:
    assert _probe() == 0


def test_the_probe_would_notice_a_socket() -> None:
    # Guards against a probe that sees nothing: the same run with one inet
    # socket opened on purpose must count it.
    assert _probe(open_a_socket=True) >= 1


def _room_probe(reach_out: bool = False) -> Counter[tuple[str, str]]:
    env = dict(os.environ)
    env.pop("SIM_PROBE_REACH_OUT", None)
    if reach_out:
        env["SIM_PROBE_REACH_OUT"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.room_network_probe"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen: Counter[tuple[str, str]] = Counter()
    for line in result.stderr.splitlines():
        kind, _sep, value = line.partition(" ")
        if kind in ("CONNECT", "LISTEN", "PHONES_OK", "OPEN_AFTER_CLOSE"):
            seen[(kind, value)] += 1
    return seen


def _outbound(seen: Counter[tuple[str, str]]) -> list[str]:
    return [
        address
        for kind, address in seen
        if kind == "CONNECT" and not ipaddress.ip_address(address).is_loopback
    ]


def _bad_listeners(seen: Counter[tuple[str, str]]) -> list[str]:
    # the app's own rule (loopback or private, never the wildcard) and, whatever
    # that rule says, never a globally routable address
    return [
        address
        for kind, address in seen
        if kind == "LISTEN" and (not allowed(address) or ipaddress.ip_address(address).is_global)
    ]


def test_with_the_room_open_phones_on_loopback_cause_no_outbound_connection() -> None:
    seen = _room_probe()
    assert seen[("PHONES_OK", "40")] == 1, seen  # 10 phones: idea, 2 ballots, state
    assert seen[("CONNECT", "127.0.0.1")] >= 40  # the phones' own requests were seen
    assert _outbound(seen) == []
    listening = [address for kind, address in seen if kind == "LISTEN"]
    assert "127.0.0.1" in listening
    assert _bad_listeners(seen) == []
    assert seen[("OPEN_AFTER_CLOSE", "0")] == 1, seen  # closing the room closes every socket


def test_the_room_probe_would_notice_an_outbound_connection_and_a_wildcard_listener() -> None:
    # The self-test: one attempt to reach 192.0.2.1 (refused by the probe's hook
    # before anything is sent) and one socket listening on 0.0.0.0.
    seen = _room_probe(reach_out=True)
    assert _outbound(seen) == ["192.0.2.1"]
    assert _bad_listeners(seen) == ["0.0.0.0"]
