"""The command line as a user runs it: a child process, UTF-8 output, a time limit."""

from __future__ import annotations

import subprocess
import sys


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sim_facilitator", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
