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
