"""The command line end to end, against a temporary database."""

from __future__ import annotations

import json
from pathlib import Path

from sim_facilitator.cli import main
from tests.helpers.cli import run_cli as run


def test_demo_then_dump_is_deterministic(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    created = run("demo", "--db", db)
    assert created.returncode == 0, created.stderr
    workshop_id = created.stdout.strip()
    first = run("dump", "--db", db)
    second = run("dump", "--db", db)
    assert first.returncode == 0
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert list(data) == sorted(data)
    assert [w["id"] for w in data["workshops"]] == [workshop_id]
    assert len(data["principles"]) == 5
    assert len([p for p in data["participants"] if p["workshop_id"] == workshop_id]) == 12
    assert len(data["ideas"]) == 40
    assert len(data["questions"]) == 3
    assert data["clusters"]
    assert data["mappings"]
    assert data["actions"]
    assert len(data["rounds"]) == 2
    assert data["ballots"]


def test_ideas_add_stores_text_exactly_and_refuses_bad_input(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "w.db")
    assert main(["demo", "--db", db]) == 0
    workshop_id = capsys.readouterr().out.strip()
    texts = ["Idée en français", "فكرة بالعربية", "Mixte : التضامن Tadamon (2025)"]
    for text in texts:
        assert main(["ideas", "add", "--db", db, "--workshop", workshop_id, "--text", text]) == 0
    capsys.readouterr()
    assert main(["dump", "--db", db]) == 0
    before = capsys.readouterr().out
    stored = {i["text"] for i in json.loads(before)["ideas"]}
    assert set(texts) <= stored

    assert main(["ideas", "add", "--db", db, "--workshop", workshop_id, "--text", " "]) == 1
    assert "cannot be empty" in capsys.readouterr().err
    assert main(["ideas", "add", "--db", db, "--workshop", "nope", "--text", "x"]) == 1
    assert "no workshop" in capsys.readouterr().err
    main(["dump", "--db", db])
    assert capsys.readouterr().out == before


def test_workshops_json_and_usage_error(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    run("demo", "--db", db)
    listed = run("workshops", "--db", db, "--json")
    [w] = json.loads(listed.stdout)
    assert w["participants"] == 12
    assert w["ideas"] == 39
    assert run("frobnicate").returncode == 2


def test_env_variable_chooses_the_database(tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("SIM_FACILITATOR_DB", str(db))
    assert main(["demo"]) == 0
    assert db.exists()
