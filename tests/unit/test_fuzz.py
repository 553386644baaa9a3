"""Property-based fuzzing of the two readers of foreign files: bundles and CSV lists.

Whatever bytes arrive, only the project's own error type (DomainError, which
the UI shows as a sentence) may escape, within bounded time, and a refused
file changes nothing in the database.
"""

from __future__ import annotations

import contextlib
import io
import time
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim_facilitator.domain.csv_import import guess_mapping, plan_import, read_table
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.export.bundle.importer import import_bundles
from sim_facilitator.export.bundle.reader import read_bundle
from sim_facilitator.export.bundle.writer import build_bundle
from tests.helpers.stores import make_store

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def valid_bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    store = make_store(tmp_path_factory.mktemp("fuzz") / "source.db")
    workshop = create_demo(store, participants=4)
    data, _manifest = build_bundle(store, [workshop], False)
    return data


def _only_domain_errors(call) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    with contextlib.suppress(DomainError):
        call()
    assert time.perf_counter() - start < 5.0


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_refused_as_bundles(data: bytes) -> None:
    _only_domain_errors(lambda: read_bundle(data))


@FUZZ
@given(st.data())
def test_mutated_bundles_are_refused_or_identical(valid_bundle: bytes, data: st.DataObject) -> None:
    mutated = bytearray(valid_bundle)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(mutated) - 1))
        mutated[position] = data.draw(st.integers(0, 255))
    if bytes(mutated) == valid_bundle:
        return
    # Any change to the signed bytes must be refused, never accepted or crashed.
    with pytest.raises(DomainError):
        read_bundle(bytes(mutated))


@FUZZ
@given(
    names=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=4),
    payload=st.binary(max_size=2048),
)
def test_zips_with_arbitrary_members_are_refused(names: list[str], payload: bytes) -> None:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")  # duplicate names are part of the attack
        for name in names:
            try:
                archive.writestr(name, payload)
            except (ValueError, UnicodeEncodeError, IndexError):  # zipfile itself refuses
                return
    with pytest.raises(DomainError):
        read_bundle(buffer.getvalue())


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_as_csv_lists(data: bytes) -> None:
    def attempt() -> None:
        table = read_table(data)
        plan_import(table, guess_mapping(table.headers), set(), True)

    _only_domain_errors(attempt)


@FUZZ
@given(
    rows=st.lists(st.lists(st.text(max_size=20), min_size=1, max_size=6), min_size=1, max_size=20),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_spreadsheet_like_csv_never_crashes(
    rows: list[list[str]], encoding: str, delimiter: str
) -> None:
    text = "\r\n".join(delimiter.join(cell.replace(delimiter, " ") for cell in r) for r in rows)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return

    def attempt() -> None:
        table = read_table(data)
        plan_import(table, guess_mapping(table.headers), set(), True)

    _only_domain_errors(attempt)


def test_a_refused_fuzzed_file_leaves_the_database_unchanged(
    tmp_path: Path, valid_bundle: bytes
) -> None:
    store = make_store(tmp_path / "target.db")
    create_demo(store)
    before = dump_text(store.db)
    broken = bytearray(valid_bundle)
    broken[len(broken) // 2] ^= 0xFF
    path = tmp_path / "broken.simbundle"
    path.write_bytes(bytes(broken))
    [report] = import_bundles(store, [path], trust_new_devices=True)
    assert not report.ok
    assert report.message
    assert dump_text(store.db) == before
