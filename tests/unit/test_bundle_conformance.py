"""The conformance suite (conformance/): the app's reader gives every case its expected verdict.

Each case of ``conformance/cases.json`` names a bundle, whether a reader must
accept or refuse it, and the refusal (a template of
``sim_facilitator/export/bundle/format.py``); see ``conformance/README.md``.
The suite is rebuilt by ``scripts/make_conformance.py``; a test here checks the
committed files are what the script makes.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.format import BundleError
from sim_facilitator.export.bundle.reader import read_bundle

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "conformance"
CASES: list[dict[str, Any]] = json.loads((SUITE / "cases.json").read_text("utf-8"))["cases"]


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_conformance", ROOT / "scripts" / "make_conformance.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def verdict(case: dict[str, Any], tmp_path: Path) -> tuple[str, str]:
    """("valid", "") or ("invalid", the name of the refusal's template)."""
    if case["file"] is None:
        path = tmp_path / f"{case['id']}.simbundle"
        with path.open("wb") as out:
            out.truncate(case["generate_zeros"])  # sparse: no disk space used
        source: Path | bytes = path
    else:
        source = (SUITE / case["file"]).read_bytes()
    try:
        read_bundle(source)
    except BundleError as exc:
        names = [n for n in dir(F) if n.startswith("T_") and getattr(F, n) == exc.template]
        return "invalid", names[0] if names else exc.template
    return "valid", ""


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_reader_gives_the_expected_verdict(case: dict[str, Any], tmp_path: Path) -> None:
    expected = (case["verdict"], case.get("reason", ""))
    assert verdict(case, tmp_path) == expected, case["description"]


def test_every_case_names_a_real_refusal_and_file() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert case["verdict"] in ("valid", "invalid")
        assert case["rules"], case["id"]
        if case["verdict"] == "invalid":
            assert getattr(F, case["reason"]) == case["message"]
        if case["file"] is not None:
            assert (SUITE / case["file"]).is_file()


def test_the_suite_stays_small() -> None:
    total = sum(p.stat().st_size for p in (SUITE / "bundles").iterdir())
    assert total < 2 * 1024 * 1024


def test_the_committed_suite_is_what_the_generator_makes() -> None:
    """Deterministic (fixed key, ids and clocks) and up to date with the format and schema."""
    assert generator().out_of_date() == []
