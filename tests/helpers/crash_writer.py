"""A writer process for the crash tests: captures ideas until it is killed.

It prints ``ACK <idea id>`` only after ``add_idea`` returned, i.e. after the
transaction committed: exactly what the user sees as "saved" on screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store


def main() -> None:
    db_path, workshop_id = Path(sys.argv[1]), sys.argv[2]
    store = Store(connect(db_path))
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        idea = add_idea(store, workshop_id, f"فكرة رقم {n} — idée numéro {n}")
        sys.stdout.write(f"ACK {idea}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
