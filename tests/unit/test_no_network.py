"""The app never opens a network connection.

GUI start-up, demo, dump, bundle export, verify and import, minutes and the
open-data export run in one process under an audit hook.
"""

from __future__ import annotations

import os
import subprocess
import sys

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
