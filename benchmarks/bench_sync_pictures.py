"""Live sync of photos' pictures: how long 40 photos take between two laptops.

Two laptops on 127.0.0.1, each its own process and database: the room
(``sim-facilitator room``) and a note-taker (``sim-facilitator join``, paired
with the room's code, default exchange interval 0.5 s). 40 phone photos (12 MP
originals, ~220 KB once stored) are attached on the note-taker's laptop at once
(as its window would: its own connection), and timed until every picture is in
the room's database; then 40 others on the room's laptop, until all are on the
note-taker's. Meanwhile:

- an idea is added on the sending laptop every 0.3 s and timed until it is on
  the other (ops must not wait behind pictures);
- the room laptop's own window writes (``add_idea`` on its connection, as
  capture does) are timed, during the transfers and before them (pictures must
  not hold the room's database lock long).

Bounded: 2 processes, loopback only, every wait has a timeout; stops by itself.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.photos.images import SafeImage, safe_image
from sim_facilitator.domain.photos.records import store_photo
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.merge import catch_up_clock
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.sync.pictures import missing

from .bench_sync import _cli, _free_port, _has, _wait
from .report import machine, percentile, summary_ms, write_section

TIMEOUT_S = 180.0


def _photos(count: int, first_seed: int) -> list[SafeImage]:
    from tests.helpers.pictures import phone_photo

    return [
        safe_image(phone_photo(4000, 3000, seed=first_seed + n), f"IMG_{n}.jpg")
        for n in range(count)
    ]


class Writes:
    """The room laptop's own writes, timed (its window capturing ideas), in a thread."""

    def __init__(self, path: Path, workshop: str) -> None:
        self.path, self.workshop = path, workshop
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        store = Store(connect(self.path))
        n = 0
        try:
            while not self._stop.is_set():
                catch_up_clock(store)
                start = time.perf_counter()
                add_idea(store, self.workshop, f"saisie {n}")
                self.samples.append(time.perf_counter() - start)
                n += 1
                self._stop.wait(0.05)
        finally:
            store.db.conn.close()

    def __enter__(self) -> Writes:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)


def _carry(
    source: Store, target: Store, workshop: str, photos: list[SafeImage]
) -> tuple[float, list[float]]:
    """Attach ``photos`` on ``source`` (one transaction each, as the window does);
    seconds until every picture is in ``target``, and the ideas' latencies meanwhile."""
    catch_up_clock(source)
    start = time.perf_counter()
    for image in photos:
        store_photo(source, workshop, image)
    wanted = {image.sha256 for image in photos}
    ideas: list[tuple[str, float]] = []
    latencies: list[float] = []
    next_idea = start
    while True:
        now = time.perf_counter()
        if now >= next_idea:
            catch_up_clock(source)
            ideas.append((add_idea(source, workshop, f"pendant {len(ideas)}"), now))
            next_idea = now + 0.3
        for idea, made in list(ideas):
            if _has(target, idea):
                latencies.append(time.perf_counter() - made)
                ideas.remove((idea, made))
        held = {p["sha256"] for p in target.in_workshop("photo", workshop)} - set(
            missing(target.db)
        )
        if wanted <= held:
            done = time.perf_counter() - start
            break
        if now - start > TIMEOUT_S:
            raise TimeoutError("the pictures did not arrive")
        time.sleep(0.01)
    _wait(lambda: all(_has(target, i) for i, _ in ideas))
    latencies += [time.perf_counter() - made for _, made in ideas]
    return done, latencies


def run(count: int, folder: Path) -> dict[str, Any]:
    to_room, to_laptop = _photos(count, 100), _photos(count, 500)
    dbs = [folder / "room.db", folder / "laptop.db"]
    room_store = Store(connect(dbs[0]))
    workshop = create_workshop(room_store, "Atelier")
    add_idea(room_store, workshop, "première idée")
    Store(connect(dbs[1])).db.conn.close()
    port = _free_port()
    room = _cli("room", "--db", str(dbs[0]), "--workshop", workshop, "--host", "127.0.0.1",
                "--port", str(port), "--no-advertise")  # fmt: skip
    procs = [room]
    try:
        assert room.stdout is not None
        code = json.loads(room.stdout.readline())["pairing_code"]
        log = folder / "join.jsonl"
        url = f"http://127.0.0.1:{port}/"
        procs.append(_cli("join", "--db", str(dbs[1]), url, "--code", code, "--yes", log=log))
        _wait(lambda: '"connected"' in log.read_text())
        laptop_store = Store(connect(dbs[1]))
        _wait(lambda: len(laptop_store.in_workshop("idea", workshop)) == 1)
        with Writes(dbs[0], workshop) as idle:
            time.sleep(3.0)
        with Writes(dbs[0], workshop) as busy_up:
            up, up_ideas = _carry(laptop_store, room_store, workshop, to_room)
        with Writes(dbs[0], workshop) as busy_down:
            down, down_ideas = _carry(room_store, laptop_store, workshop, to_laptop)
        size = sum(len(i.data) for i in to_room + to_laptop) / (2 * count)
        return {
            "up": up,
            "down": down,
            "size": size,
            "ideas": summary_ms(up_ideas + down_ideas),
            "idle": summary_ms(idle.samples),
            "busy": summary_ms(busy_up.samples + busy_down.samples),
            "busy_p99": percentile(busy_up.samples + busy_down.samples, 99) * 1000,
            "idle_p99": percentile(idle.samples, 99) * 1000,
        }
    finally:
        for proc in reversed(procs):
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(20)
            if proc.poll() is None:
                proc.kill()


def main() -> None:
    import tempfile

    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--photos", type=int, default=40)
    args = parser.parse_args()
    count = 6 if args.quick else args.photos
    with tempfile.TemporaryDirectory() as tmp:
        r = run(count, Path(tmp))
    mb = r["size"] * count / 1e6
    table = (
        f"{machine()}\n\n"
        "Two laptops on 127.0.0.1, each its own process and database: `sim-facilitator room`"
        " and `sim-facilitator join` paired with it (exchange every 0.5 s, the default)."
        f" {count} phone photos (12 MP originals; {r['size'] / 1024:.0f} KB each once stored,"
        f" {mb:.1f} MB in all) attached at once on one laptop, timed until every picture is"
        " in the other's database (`benchmarks/bench_sync_pictures.py`).\n\n"
        "| measurement | measured |\n|---|---|\n"
        f"| {count} photos, note-taker → room | {r['up']:.2f} s |\n"
        f"| {count} photos, room → note-taker | {r['down']:.2f} s |\n"
        f"| ideas added every 0.3 s meanwhile, until on the other laptop"
        f" ({r['ideas']['n']:.0f}) | p50 {r['ideas']['p50']:.0f} ms,"
        f" p95 {r['ideas']['p95']:.0f} ms, max {r['ideas']['max']:.0f} ms |\n"
        f"| the room laptop's own `add_idea` during the transfers ({r['busy']['n']:.0f})"
        f" | p50 {r['busy']['p50']:.1f} ms, p95 {r['busy']['p95']:.1f} ms,"
        f" p99 {r['busy_p99']:.1f} ms, max {r['busy']['max']:.1f} ms |\n"
        f"| the same, before them ({r['idle']['n']:.0f})"
        f" | p50 {r['idle']['p50']:.1f} ms, p95 {r['idle']['p95']:.1f} ms,"
        f" p99 {r['idle_p99']:.1f} ms, max {r['idle']['max']:.1f} ms |\n\n"
        "Pictures travel after the ops, at most 8 or 1 MiB per message, one op exchange"
        " between two picture rounds; the room decodes them on a worker thread and holds"
        " its database's write lock only to store them (docs/room-protocol.md §11.2)."
    )
    print(table)
    if args.quick:
        print("(--quick: docs/performance.md not updated)")
        return
    write_section("Live sync: photos' pictures", table)


if __name__ == "__main__":
    main()
