"""End to end with the command line: a facilitator and a note-taker exchange bundles."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import run_cli as run


def ok(*args: str) -> str:
    result = run(*args)
    assert result.returncode == 0, (args, result.stderr)
    return result.stdout


def test_two_laptops_capture_concurrently_and_converge(tmp_path: Path) -> None:
    facilitator = str(tmp_path / "facilitator.db")
    note_taker = str(tmp_path / "note-taker.db")
    workshop = ok("demo", "--db", facilitator).strip()
    # The facilitator hands the workshop to the note-taker's laptop.
    ok("export", "--db", facilitator, "--workshop", workshop, "-o", str(tmp_path / "f0.simbundle"))
    refused = run("import", "--db", note_taker, str(tmp_path / "f0.simbundle"))
    assert refused.returncode == 1
    assert "f0.simbundle" in refused.stderr
    assert "--trust-new-devices" in refused.stderr
    assert "fingerprint" in refused.stderr
    ok("import", "--db", note_taker, "--trust-new-devices", str(tmp_path / "f0.simbundle"))
    # Both capture at the same time, and both retitle the workshop differently.
    for n in range(3):
        ok("ideas", "add", "--db", facilitator, "--workshop", workshop, "--text", f"Idée F{n}")
        ok("ideas", "add", "--db", note_taker, "--workshop", workshop, "--text", f"فكرة {n}")
    from sim_facilitator.engine.storage import connect
    from sim_facilitator.engine.store import Store

    for path, title in ((facilitator, "Atelier de Fès"), (note_taker, "ورشة فاس")):
        store = Store(connect(path))
        store.update("workshop", workshop, {"title": title})
        store.db.conn.close()
    # Exchange both ways.
    ok("export", "--db", facilitator, "--workshop", workshop, "-o", str(tmp_path / "f1.simbundle"))
    ok("export", "--db", note_taker, "--workshop", workshop, "-o", str(tmp_path / "n1.simbundle"))
    verified = ok("verify", str(tmp_path / "n1.simbundle"))
    assert "valid" in verified
    assert "device fingerprint" in verified
    out = ok("import", "--db", facilitator, "--trust-new-devices", str(tmp_path / "n1.simbundle"))
    assert "3 new" in out
    assert "1 conflicts" in out
    out = ok("import", "--db", note_taker, str(tmp_path / "f1.simbundle"))
    assert "3 new" in out
    assert "1 conflicts" in out
    dump_f = ok("dump", "--db", facilitator)
    dump_n = ok("dump", "--db", note_taker)
    assert dump_f == dump_n
    data = json.loads(dump_f)
    assert len(data["ideas"]) == 46
    [conflict] = data["conflicts"]
    assert conflict["field"] == "title"
    assert {c["value"] for c in conflict["candidates"]} == {"Atelier de Fès", "ورشة فاس"}
    # Importing again changes nothing.
    ok(
        "import",
        "--db",
        facilitator,
        str(tmp_path / "n1.simbundle"),
        str(tmp_path / "f1.simbundle"),
    )
    assert ok("dump", "--db", facilitator) == dump_f


def test_import_names_the_refused_file_and_exit_code(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    workshop = ok("demo", "--db", db).strip()
    good = tmp_path / "good.simbundle"
    ok("export", "--db", db, "--workshop", workshop, "--kit", "-o", str(good))
    broken = tmp_path / "broken.simbundle"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x10
    broken.write_bytes(bytes(data))
    other = str(tmp_path / "b.db")
    result = run("import", "--db", other, "--trust-new-devices", str(good), str(broken))
    assert result.returncode == 1
    assert "good.simbundle: imported" in result.stdout
    [line] = result.stderr.strip().splitlines()
    assert "broken.simbundle: refused:" in line
    result = run("verify", str(broken))
    assert result.returncode == 1
    assert "broken.simbundle" in result.stderr
    assert run("import", "--db", other, str(good)).returncode == 0
