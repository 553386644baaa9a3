"""Hostile and broken bundles: each refused with its own sentence, the database untouched."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.oplog import op_texts_for_keys
from sim_facilitator.engine.scope import workshop_keys
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import own_public_key
from sim_facilitator.export.bundle.importer import IMPORTED, import_bundles
from sim_facilitator.export.bundle.reader import read_bundle
from sim_facilitator.export.bundle.writer import export_bundle
from tests.helpers.paths import TESTS
from tests.helpers.stores import make_store
from tests.hostile.corpus import Case, Sender, cases


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, Sender, list[Case], Path]:
    folder = tmp_path_factory.mktemp("hostile")
    source = make_store(folder / "source.db")
    workshop = create_demo(source)
    target = make_store(folder / "target.db")
    first = export_bundle(source, folder / "first.simbundle", [workshop])
    [report] = import_bundles(target, [first.path], trust_new_devices=True)
    assert report.status == IMPORTED
    lines = [
        text.encode("utf-8")
        for _, text in op_texts_for_keys(source.db, workshop_keys(source.db, [workshop]))
    ]
    sender = Sender(
        source.device_id, source.signing_key(), own_public_key(source), lines, target.device_id
    )
    return target, sender, cases(sender), folder


def _state(store: Store) -> tuple[str, int, list[tuple], list[tuple]]:
    db = store.db
    return (
        dump_text(db),
        db.execute("SELECT count(*) FROM ops").fetchone()[0],
        db.execute("SELECT * FROM trusted_devices ORDER BY device_id").fetchall(),
        db.execute("SELECT * FROM import_history ORDER BY id").fetchall(),
    )


def test_the_corpus_has_at_least_thirty_kinds(world) -> None:  # type: ignore[no-untyped-def]
    _, _, corpus, _ = world
    names = [c.name for c in corpus]
    assert len(set(names)) == len(names) >= 30
    assert len({c.template for c in corpus}) >= 30  # distinct sentences, not one catch-all


def _case_names() -> list[str]:
    # Names are stable; the cases themselves are built once per module from a real demo.
    import ast

    source = (TESTS / "hostile" / "corpus.py").read_text(encoding="utf-8")
    names = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "add"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.append(node.args[0].value)
    return names


@pytest.mark.parametrize("name", _case_names())
def test_hostile_bundle_is_refused_and_changes_nothing(world, name: str) -> None:  # type: ignore[no-untyped-def]
    target, _, corpus, folder = world
    [case] = [c for c in corpus if c.name == name]
    path = folder / f"{name}.simbundle"
    if case.sparse_size:
        with path.open("wb") as handle:
            handle.truncate(case.sparse_size)
    else:
        path.write_bytes(case.data)
    before = _state(target)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        [report] = import_bundles(target, [path])
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.status != IMPORTED, name
    assert report.error is not None
    assert report.error.template == case.template, (name, report.message)
    assert report.message
    assert "{" not in report.message
    assert _state(target) == before
    assert elapsed < 10
    assert peak < 64 * 1024 * 1024 + 3 * len(case.data), peak


def test_every_flipped_byte_is_detected(world) -> None:  # type: ignore[no-untyped-def]
    from sim_facilitator.export.bundle.format import BundleError

    _, sender, _, _ = world
    from tests.hostile.corpus import bundle

    data = bundle(sender, lines=sender.ops[:20])
    read_bundle(data)  # the original is valid
    undetected = []
    for position in range(len(data)):
        for bit in (0x01, 0x80):
            damaged = bytearray(data)
            damaged[position] ^= bit
            try:
                read_bundle(bytes(damaged))
            except BundleError:
                continue
            undetected.append((position, bit))
    assert undetected == []
