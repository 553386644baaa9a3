"""The room-protocol conformance suite (conformance/room/cases.json) against the app's server.

Every case runs through ``conformance/run_room.py`` (the runner another
implementation uses) against the app's room server on 127.0.0.1, holding the
fixture workshop (``conformance/app_room.py``): statuses, error codes and
bodies as the cases say, and a database that changes exactly when a case says
it does (the record, the op log and the trusted laptops are compared around
every step). Cases of the ``shared`` setup share one server, in any order;
the others each get a fresh server with their setup's limits.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conformance.app_room import build_fixture, serve, snapshot, values_of
from conformance.run_room import Target, hello, load, run_case

SUITE = load()
SHARED = [c for c in SUITE["cases"] if c["setup"] == "shared"]
OWN = [c for c in SUITE["cases"] if c["setup"] != "shared"]


def _target(db_path: Path, setup: str) -> tuple[Any, Target]:
    fixture = build_fixture(db_path, SUITE)
    server = serve(db_path, fixture["workshop"], SUITE["setups"][setup])
    assert server.info is not None
    target = Target(
        f"http://127.0.0.1:{server.info.port}",
        values_of(server, fixture),
        lambda: snapshot(db_path),
    )
    hello(target)
    return server, target


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    server, target = _target(tmp_path_factory.mktemp("room") / "shared.db", "shared")
    try:
        yield target
    finally:
        server.stop()


@pytest.mark.parametrize("case", SHARED, ids=[c["id"] for c in SHARED])
def test_shared_case(case: dict[str, Any], shared: Target) -> None:
    assert run_case(case, shared, SUITE) == "", case["description"]


@pytest.mark.parametrize("case", OWN, ids=[c["id"] for c in OWN])
def test_case_on_its_own_server(case: dict[str, Any], tmp_path: Path) -> None:
    server, target = _target(tmp_path / "room.db", case["setup"])
    try:
        assert run_case(case, target, SUITE) == "", case["description"]
    finally:
        server.stop()


def _changed(case: dict[str, Any], **expect: Any) -> dict[str, Any]:
    """A copy of ``case`` whose first step expects something else."""
    first = {**case["steps"][0], "expect": {**case["steps"][0]["expect"], **expect}}
    return {**case, "steps": [first, *case["steps"][1:]]}


def test_the_runner_notices_a_wrong_answer(shared: Target) -> None:
    """A case whose expectation the server does not meet fails, and says why: the
    status, the code, a body value, and the database changing or not."""
    by_id = {c["id"]: c for c in SUITE["cases"]}
    state, refusal = by_id["state"], by_id["room_code_missing"]
    assert run_case(_changed(state, status=500), shared, SUITE).startswith("step 1: status 200")
    assert "workshop.title" in run_case(
        _changed(state, json={"workshop": {"title": "Autre"}}), shared, SUITE
    )
    assert "code 'bad_room'" in run_case(_changed(refusal, code="bad_json"), shared, SUITE)
    assert run_case(_changed(refusal, changes=True), shared, SUITE) == (
        "step 1: nothing was stored"
    )
    stored = by_id["idea_500_and_501"]
    assert run_case(_changed(stored, changes=False), shared, SUITE) == (
        "step 1: the database changed"
    )
