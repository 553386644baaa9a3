"""docs/bundle-format.md and the code say the same thing (issue 27).

- every MUST / MUST NOT sentence carries a rule id [B-nn], and every id is
  exercised by at least one case of the conformance suite;
- the field table (section 4.2) is the one generated from schema.py;
- the worked examples of the spec (pseudonyms, nesting depth, the short
  content fingerprint) are what the code computes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from sim_facilitator.engine.canonical import MAX_DEPTH, StrictJSONError, strict_loads
from sim_facilitator.engine.scope import content_fingerprint, short_fingerprint
from sim_facilitator.engine.store import pseudonym
from tests.unit.test_bundle_conformance import CASES, generator

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "docs" / "bundle-format.md").read_text("utf-8")
BODY = SPEC[SPEC.index("## 1.") :]  # the preamble only explains the key words
RULE = re.compile(r"\[(B-\d{2})\]")


def sentences(text: str) -> list[str]:
    """The spec's sentences: paragraphs and list items cut after a full stop."""
    blocks = re.split(r"\n\s*\n|\n(?=\s*(?:[-|]|\d+\.) )", text)
    out: list[str] = []
    for block in blocks:
        flat = " ".join(block.split())
        out += re.split(r"(?<=\.)\s+(?=[A-Z`*])", flat)
    return out


def test_every_must_sentence_has_a_rule_id() -> None:
    missing = [s for s in sentences(BODY) if re.search(r"\bMUST\b", s) and not RULE.search(s)]
    assert missing == []


def test_rule_ids_are_defined_once_in_order() -> None:
    ids = RULE.findall(BODY)
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))
    assert ids == [f"B-{n:02d}" for n in range(1, len(ids) + 1)]


def test_every_rule_is_exercised_by_a_case_and_every_case_names_real_rules() -> None:
    defined = set(RULE.findall(BODY))
    referenced = {rule for case in CASES for rule in case["rules"]}
    assert sorted(defined - referenced) == []
    assert sorted(referenced - defined) == []


def test_every_rule_has_a_refusing_case() -> None:
    """A rule only met by valid bundles would never be seen to refuse anything."""
    defined = set(RULE.findall(BODY))
    refused = {r for c in CASES if c["verdict"] == "invalid" for r in c["rules"]}
    assert sorted(defined - refused) == []


def test_the_field_table_is_generated_from_the_schema() -> None:
    assert generator().spec_with_table(SPEC) == SPEC


def test_the_field_table_lists_deleted_and_the_room_fields() -> None:
    assert "| `idea` | `deleted` | boolean |" in SPEC
    assert "| `idea` | `moderation` | one of `pending`, `approved`, `hidden` |" in SPEC


def _table_after(header: str) -> list[list[str]]:
    start = SPEC.index(header)
    rows = []
    for line in SPEC[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip().strip("`") for cell in line.strip("|").split("|")])
    return rows


def test_pseudonym_examples_of_the_spec() -> None:
    rows = _table_after("| participant id | pseudonym |")
    assert ["p_zzzzzz-qwerty", "P-QWERTY"] in rows
    for participant_id, expected in rows:
        assert pseudonym(participant_id) == expected


def _depth(value: Any) -> int:
    """Section 5's counting: arrays and objects enclosing one another."""
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    return 0


@pytest.mark.parametrize(
    ("text", "depth"),
    [("1", 0), ('"a"', 0), ("{}", 1), ("[]", 1), ('{"a":1}', 1), ('{"a":[{}]}', 3)],
)
def test_depth_examples_of_the_spec(text: str, depth: int) -> None:
    assert f"`{text}`" in SPEC
    assert _depth(json.loads(text)) == depth


@pytest.mark.parametrize("container", ["[", "{"])
def test_depth_16_is_read_and_17_refused(container: str) -> None:
    assert MAX_DEPTH == 16
    assert "Depth 16 is accepted, depth 17 refused" in SPEC

    def nested(depth: int) -> str:
        if container == "[":
            return "[" * depth + "]" * depth
        return '{"a":' * (depth - 1) + "{}" + "}" * (depth - 1)

    assert _depth(strict_loads(nested(16))) == 16
    with pytest.raises(StrictJSONError, match="nesting"):
        strict_loads(nested(17))


def test_short_fingerprint_of_the_spec() -> None:
    full = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert f"`{full}`" in SPEC
    assert "prints as `E3B0-C442-98FC-1C14`" in SPEC
    assert content_fingerprint([]) == full
    assert short_fingerprint(full) == "E3B0-C442-98FC-1C14"
