"""Acceptance of live sync: two laptops in two processes, the room killed and restarted.

``sim-facilitator room`` serves database A on 127.0.0.1; ``sim-facilitator join``
pairs database B with it and keeps syncing. Both laptops are edited at random
(ideas, clusters, mappings, ballots, and one field edited on both while they
cannot talk); the room's process is killed with SIGKILL and restarted several
times at random points. In the end both dumps are identical and the concurrent
edit is a visible conflict on both. All traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.clusters import create_cluster
from sim_facilitator.domain.organise.mappings import set_strength
from sim_facilitator.domain.organise.reads import principles_of
from sim_facilitator.domain.votes.ballots import cast_ballot
from sim_facilitator.domain.votes.lifecycle import create_round, open_round
from sim_facilitator.domain.workshops import add_participant, create_workshop
from sim_facilitator.engine.dump import dump_data, dump_text
from sim_facilitator.engine.merge import catch_up_clock
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from tests.helpers.paths import ROOT

DEADLINE_S = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cli(*args: str, stdout: IO[Any] | int = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sim_facilitator", *args],
        stdout=stdout,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )


def start_room(db: Path, workshop: str, port: int) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    proc = cli("room", "--db", str(db), "--workshop", workshop, "--host", "127.0.0.1",
               "--port", str(port), "--no-advertise")  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line, "the room did not start"
    return proc, json.loads(line)


def wait_for(condition: Callable[[], bool], timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("not reached in time")


class Laptop:
    """Edits made on one database, as the window would make them (its own connection)."""

    def __init__(self, path: Path, workshop: str, rng: random.Random) -> None:
        self.path, self.workshop, self.rng = path, workshop, rng
        self.store = Store(connect(path))

    def edit(self) -> None:
        store = self.store
        catch_up_clock(store)  # another process (the sync) wrote: stamp after it
        ideas = [r["id"] for r in store.in_workshop("idea", self.workshop)]
        kind = self.rng.choice(["idea", "idea", "cluster", "map", "ballot"])
        if kind == "idea" or len(ideas) < 2:
            add_idea(store, self.workshop, f"idée {self.rng.randrange(10**6)}")
        elif kind == "cluster":
            create_cluster(store, self.workshop, f"groupe {self.rng.randrange(100)}",
                           self.rng.sample(ideas, 2))  # fmt: skip
        elif kind == "map":
            principles = principles_of(store, self.workshop)
            if principles:
                principle = self.rng.choice(principles)["id"]
                set_strength(store, "idea", self.rng.choice(ideas), principle,
                             self.rng.randint(1, 3))  # fmt: skip
        else:
            rounds = store.in_workshop("round", self.workshop)
            voters = store.in_workshop("participant", self.workshop)
            if rounds and voters:
                round_id = rounds[0]["id"]
                options = rounds[0]["options"]
                cast_ballot(store, round_id, self.rng.choice(voters)["id"],
                            {self.rng.choice(options): 1})  # fmt: skip

    def dump(self) -> str:
        return dump_text(self.store.db)


def test_two_processes_converge_through_kills_and_restarts(tmp_path: Path) -> None:
    start = time.monotonic()
    rng = random.Random(os.environ.get("SYNC_SEED", "18"))
    room_db, join_db = tmp_path / "room.db", tmp_path / "laptop.db"
    origin = Store(connect(room_db))
    workshop = create_workshop(origin, "Atelier du quartier")
    ideas = [add_idea(origin, workshop, t) for t in ("eau", "école", "marché")]
    for name in ("Amal", "Omar", "Sara"):
        person = add_participant(origin, workshop, name)
        origin.update("participant", person, {"present": True})
    open_round(origin, create_round(origin, workshop, "Priorités", options=ideas[:2]))
    origin.db.conn.close()
    Store(connect(join_db)).db.conn.close()
    port = free_port()
    room, info = start_room(room_db, workshop, port)
    url = f"http://127.0.0.1:{port}/"
    log = (tmp_path / "join.jsonl").open("w", encoding="utf-8")
    joiner = cli("join", "--db", str(join_db), url, "--code", info["pairing_code"], "--yes",
                 "--interval", "0.2", stdout=log)  # fmt: skip
    try:
        a = Laptop(room_db, workshop, rng)
        wait_for(lambda: "paired" in (tmp_path / "join.jsonl").read_text(), 20)
        b = Laptop(join_db, workshop, rng)
        wait_for(lambda: a.dump() == b.dump(), 20)
        kills = 0
        for step in range(40):
            rng.choice([a, b]).edit()
            if step == 20:  # one field edited on both while they cannot talk
                room.send_signal(signal.SIGKILL)
                room.wait()
                kills += 1
                catch_up_clock(a.store)
                catch_up_clock(b.store)
                a.store.update("workshop", workshop, {"title": "Atelier (salle)"})
                b.store.update("workshop", workshop, {"title": "Atelier (notes)"})
                room, _ = start_room(room_db, workshop, port)
            elif rng.random() < 0.12:
                time.sleep(rng.random() * 0.4)  # a kill in the middle of whatever is under way
                room.send_signal(signal.SIGKILL)
                room.wait()
                kills += 1
                time.sleep(rng.random() * 0.5)
                room, _ = start_room(room_db, workshop, port)
            time.sleep(rng.random() * 0.1)
        assert kills >= 3
        wait_for(lambda: a.dump() == b.dump(), 30)
        for laptop in (a, b):
            conflicts = dump_data(laptop.store.db)["conflicts"]
            assert [c["field"] for c in conflicts if c["entity_id"] == workshop] == ["title"]
            check = laptop.store.db.execute("PRAGMA integrity_check").fetchone()[0]
            assert check == "ok"
        lines = [json.loads(x) for x in (tmp_path / "join.jsonl").read_text().splitlines()]
        statuses = {line.get("status") for line in lines}
        assert {"paired", "connected", "offline"} <= statuses
        assert sum(line.get("received", 0) for line in lines) > 0
        assert sum(line.get("sent", 0) for line in lines) > 0
    finally:
        joiner.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            joiner.wait(20)
        if joiner.poll() is None:
            joiner.kill()
        room.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            room.wait(20)
        if room.poll() is None:
            room.kill()
        log.close()
    assert joiner.returncode == 0
    assert time.monotonic() - start < 120
