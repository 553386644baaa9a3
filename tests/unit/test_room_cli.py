"""`sim-facilitator room` end to end in a subprocess: listen, take an idea and a ballot
from a simulated phone, stop on SIGTERM (exit 0); the dump, the minutes and an
exported bundle then hold them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sim_facilitator.domain.votes.ballots import issue_numbers
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from tests.unit.test_room_server_support import Phone, make_round, make_workshop

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "sim_facilitator", *args],
        cwd=ROOT,
        capture_output=True,
        timeout=timeout,
    )


@pytest.mark.parametrize("child", [False, True], ids=["thread", "child-process"])
def test_headless_room_end_to_end(tmp_path: Path, child: bool) -> None:
    db = tmp_path / "room.db"
    store = Store(connect(db))
    ws = make_workshop(store)
    round_id = make_round(store, ws, "dots", {"budget": 3})
    code = issue_numbers(store, round_id, 1)[0]
    store.db.conn.close()
    qr = tmp_path / "join.png"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sim_facilitator",
            "room",
            "--db",
            str(db),
            "--workshop",
            ws.id,
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--qr",
            str(qr),
            *(["--child-process"] if child else []),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        info = json.loads(line)
        assert info["url"].startswith("http://127.0.0.1:")
        assert info["code"] in info["url"]
        assert info["urls"] == [info["url"]]
        assert qr.read_bytes().startswith(b"\x89PNG")
        assert len(info["pairing_code"]) == 6  # the live-sync desk answers in both ways
        phone = Phone(info["port"], info["code"])
        status, body = phone.idea("Idée venue du téléphone", question_id=ws.question)
        assert status == 201, body
        status, body = phone.ballot(round_id, {ws.options[0]: 2, ws.options[1]: 1}, code)
        assert status == 201, body
        process.send_signal(signal.SIGTERM)
        assert process.wait(15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    dumped = json.loads(_cli("dump", "--db", str(db)).stdout)
    ideas = [i for i in dumped["ideas"] if i["origin"] == "room"]
    assert [i["text"] for i in ideas] == ["Idée venue du téléphone"]
    ballots = [b for b in dumped["ballots"] if b["round_id"] == round_id]
    assert len(ballots) == 1
    assert ballots[0]["choices"] == {ws.options[0]: 2, ws.options[1]: 1}
    bundle = tmp_path / "out.simbundle"
    assert _cli("export", "--db", str(db), "--workshop", ws.id, "-o", str(bundle)).returncode == 0
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        ops = archive.read("ops.jsonl").decode()
    assert manifest["format_version"] == "1.2"
    assert "Idée venue du téléphone" in ops
    assert '"origin":"room"' in ops
    assert ballots[0]["id"] in ops
    minutes = tmp_path / "minutes.pdf"
    result = _cli("minutes", "--db", str(db), "--workshop", ws.id, "-o", str(minutes), "--quiet")
    assert result.returncode == 0, result.stderr
    from sim_facilitator.export.minutes.document import collect

    record = collect(Store(connect(db)), ws.id)
    assert "Idée venue du téléphone" in repr(record)


def test_public_host_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "room.db"
    store = Store(connect(db))
    ws = make_workshop(store)
    store.db.conn.close()
    for host in ("0.0.0.0", "8.8.8.8"):
        result = _cli("room", "--db", str(db), "--workshop", ws.id, "--host", host, timeout=30)
        assert result.returncode == 1
        assert b"private" in result.stderr


def test_unknown_workshop_is_refused(tmp_path: Path) -> None:
    result = _cli(
        "room",
        "--db",
        str(tmp_path / "x.db"),
        "--workshop",
        "nope",
        "--host",
        "127.0.0.1",
        timeout=30,
    )
    assert result.returncode == 1
    assert b"workshop" in result.stderr
