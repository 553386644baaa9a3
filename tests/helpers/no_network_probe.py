"""Run the app's main paths with an audit hook that records every socket.

Prints one line ``SOCKETS <n>`` (inet sockets created from Python, plus any
inet socket still open in this process at the end, wherever it came from).
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from pathlib import Path

events: list[str] = []


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family in (socket.AF_INET, socket.AF_INET6):
            events.append(event)
    elif event in ("socket.connect", "socket.bind", "socket.getaddrinfo", "socket.sendto"):
        events.append(event)


def _open_inet_sockets() -> int:
    inodes: set[str] = set()
    for name in ("tcp", "tcp6", "udp", "udp6"):
        try:
            lines = Path(f"/proc/net/{name}").read_text().splitlines()[1:]
        except OSError:
            continue
        inodes.update(line.split()[9] for line in lines if len(line.split()) > 9)
    count = 0
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] in inodes:
            count += 1
    return count


def main() -> None:
    sys.addaudithook(_hook)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from sim_facilitator.cli import main as cli_main
    from sim_facilitator.paths import open_store
    from sim_facilitator.ui.shell.application import install_fonts, set_language
    from sim_facilitator.ui.shell.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "probe.db"
        app = QApplication([])
        install_fonts()
        set_language(app, "ar")
        store = open_store(db)
        window = MainWindow(store)
        window.show()
        app.processEvents()
        cli_main(["demo", "--db", str(db)])
        workshop = store.list("workshop")[0]["id"]
        bundle = str(Path(tmp) / "w.simbundle")
        for args in (
            ["dump", "--db", str(db)],
            ["export", "--db", str(db), "-o", bundle],
            ["verify", bundle],
            ["import", "--db", str(Path(tmp) / "other.db"), "--trust-new-devices", bundle],
            [
                "minutes",
                "--db",
                str(db),
                "--workshop",
                workshop,
                "--lang",
                "ar+fr",
                "--quiet",
                "-o",
                str(Path(tmp) / "minutes.pdf"),
            ],
            ["opendata", "--db", str(db), "-o", str(Path(tmp) / "csv")],
        ):
            code = cli_main(args)
            if code != 0:
                sys.stderr.write(f"FAILED {args[0]} {code}\n")
        if os.environ.get("SIM_PROBE_OPEN_SOCKET"):
            leak = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # the self-test's socket
        window.close()
        app.processEvents()
    sys.stderr.write(f"SOCKETS {len(events) + _open_inet_sockets()}\n")
    if os.environ.get("SIM_PROBE_OPEN_SOCKET"):
        leak.close()


if __name__ == "__main__":
    main()
