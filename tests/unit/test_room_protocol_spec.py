"""docs/room-protocol.md, its conformance cases and the server's code say the same thing
(issue 27, item 4).

- every MUST / MUST NOT sentence carries a rule id **[R-nn]**, defined once, in order,
  and every id is exercised by at least one case of conformance/room/cases.json
  (and the check notices when one is not);
- every refusal a case expects is a (status, code) of the doc's error tables, and
  every (status, code) the server's code can send is in those tables;
- the committed cases are what scripts/make_conformance.py makes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from conformance.run_room import load
from tests.unit.test_bundle_conformance import generator
from tests.unit.test_bundle_spec import sentences

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "docs" / "room-protocol.md").read_text("utf-8")
CASES: list[dict[str, Any]] = load()["cases"]
DEFINED = re.compile(r"\*\*\[(R-\d{2})\]\*\*")  # a definition; a plain [R-nn] refers to one
# Client-side refusals (the reference client's own checks, section 10), not a server's.
CLIENT_ONLY = {"unexpected_reply", "gap", "not_local"}
# Table rows no case can reach on its own: a bug (500), a facilitator's "no" on the
# laptop's screen, a code five minutes old.
UNREACHABLE = {"internal", "pairing_rejected", "code_expired"}


def body(spec: str) -> str:
    """The doc after its preamble (which only explains the key words)."""
    return spec[spec.index("## 1.") :]


def defined_rules(spec: str) -> list[str]:
    return DEFINED.findall(body(spec))


def musts_without_id(spec: str) -> list[str]:
    return [s for s in sentences(body(spec)) if re.search(r"\bMUST\b", s) and not DEFINED.search(s)]


def unreferenced(spec: str, cases: list[dict[str, Any]]) -> list[str]:
    """Rule ids of the doc that no case exercises."""
    referenced = {rule for case in cases for rule in case["rules"]}
    return sorted(set(defined_rules(spec)) - referenced)


def error_table(spec: str) -> set[tuple[int, str]]:
    """(status, code) of every row of the doc's error tables."""
    pairs: set[tuple[int, str]] = set()
    for line in spec.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not re.fullmatch(r"\d{3}( / \d{3})?", cells[0]):
            continue
        statuses = [int(s) for s in cells[0].split(" / ")]
        codes = re.findall(r"`([a-z_]+)`", cells[1])
        if len(statuses) == 1:
            statuses *= len(codes)
        pairs |= set(zip(statuses, codes, strict=True))
    return pairs


def test_every_must_sentence_has_a_rule_id() -> None:
    assert musts_without_id(SPEC) == []


def test_rule_ids_are_defined_once_in_order() -> None:
    ids = defined_rules(SPEC)
    assert ids == [f"R-{n:02d}" for n in range(1, len(ids) + 1)]
    assert len(ids) >= 50


def test_every_rule_is_exercised_by_a_case_and_every_case_names_real_rules() -> None:
    assert unreferenced(SPEC, CASES) == []
    referenced = {rule for case in CASES for rule in case["rules"]}
    assert sorted(referenced - set(defined_rules(SPEC))) == []


def test_the_check_notices_an_unreferenced_rule_and_an_id_less_must() -> None:
    """The two checks above can fail: a rule whose only cases are gone, a new MUST
    written without an id."""
    only_r44 = [c for c in CASES if "R-44" in c["rules"]]
    assert only_r44
    others = [c for c in CASES if c not in only_r44]
    assert unreferenced(SPEC, others) == ["R-44"]
    extra = SPEC.replace(
        "## 3. Static files", "A client MUST NOT send a body with GET.\n\n## 3. Static files"
    )
    assert musts_without_id(extra) == ["A client MUST NOT send a body with GET."]
    with_rule = extra.replace("with GET.", "with GET **[R-99]**.")
    assert unreferenced(with_rule, CASES) == ["R-99"]


def test_every_refusal_of_a_case_is_in_the_error_tables() -> None:
    table = error_table(SPEC)
    expected = {
        (step["expect"]["status"], step["expect"]["code"])
        for case in CASES
        for step in case["steps"]
        if "code" in step["expect"]
    }
    assert sorted(expected - table) == []
    assert sorted({code for _, code in table} - {c for _, c in expected} - UNREACHABLE) == []


def test_every_refusal_the_server_can_send_is_in_the_error_tables() -> None:
    sent: set[tuple[int, str]] = set()
    for path in (ROOT / "sim_facilitator").glob("*/**/*.py"):
        if path.parts[-2] not in ("room", "sync"):
            continue
        text = path.read_text("utf-8")
        for status, code in re.findall(r"(?:Room|Sync)Error\(\s*(\d{3}),\s*\"([a-z_]+)\"", text):
            sent.add((int(status), code))
    sent |= {(400, "bad_request"), (400, "bad_message")}  # errors.bad_request, bad_message
    assert len(sent) > 30
    server_side = {(s, c) for s, c in sent if c not in CLIENT_ONLY}
    assert sorted(server_side - error_table(SPEC)) == []
    for code in CLIENT_ONLY - {"not_local"}:
        assert f"`{code}`" in SPEC


def test_the_committed_room_cases_are_what_the_generator_makes() -> None:
    assert generator().room_suite() == (ROOT / "conformance" / "room" / "cases.json").read_bytes()
