"""Worker for the crash tests of bundle import and export: killed mid-way by the test.

python -m tests.helpers.crash_bundles import DB FILE
python -m tests.helpers.crash_bundles export DB WORKSHOP_ID OUT
"""

from __future__ import annotations

import sys
from pathlib import Path

from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.importer import import_bundles
from sim_facilitator.export.bundle.writer import export_bundle


def main() -> None:
    action, db = sys.argv[1], Path(sys.argv[2])
    store = Store(connect(db))
    print("READY", flush=True)
    if action == "import":
        [report] = import_bundles(store, [sys.argv[3]], trust_new_devices=True)
        print("DONE" if report.ok else f"REFUSED {report.message}", flush=True)
    else:
        while True:  # export again and again until killed
            export_bundle(store, sys.argv[4], [sys.argv[3]])
            print("DONE", flush=True)


if __name__ == "__main__":
    main()
