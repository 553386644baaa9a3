"""The app never opens a network connection: GUI start-up, demo, dump (and more as added)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _probe(extra: str = "") -> int:
    env = {"SIM_PROBE_EXTRA": extra} if extra else {}
    import os

    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.no_network_probe"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=300,
    )
    lines = [line for line in result.stderr.splitlines() if line.startswith("SOCKETS ")]
    assert lines, result.stderr[-2000:]
    return int(lines[-1].split()[1])


def test_app_opens_no_network_socket() -> None:
    assert _probe() == 0


def test_the_probe_would_notice_a_socket() -> None:
    # The probe runs extra commands; make one of them open a socket through Python
    # to prove a socket would be counted (guards against a probe that sees nothing).
    code = "import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM)"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import tests.helpers.no_network_probe as p, sys; "
            f"sys.addaudithook(p._hook); {code}; print(len(p.events))",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.stdout.strip() == "1", result.stderr
