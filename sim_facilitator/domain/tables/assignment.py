"""Dealing participants to tables: pure functions over a roster, no database.

Every strategy returns one table index per person (0 … tables-1) and keeps the
tables' sizes within one of each other.

- ``count_off``: people numbered off 1, 2, … n in arrival order, as a
  facilitator does at the door, so people who arrived together are split; then
  people of the same organisation sharing a table are swapped apart while
  another table has room for them (``separate_organisations``).
- ``balanced``: each table gets a fair share of every kind of actor and of every
  organisation. People are lined up by kind of actor, then organisation (the
  larger groups first), and counted off along that line: a group of s people
  lands on min(s, n) different tables, at most ceil(s / n) at one table.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sim_facilitator.text.normalise import normalise

STRATEGIES = ("count", "balanced")


@dataclass(frozen=True)
class Person:
    id: str
    organisation: str | None = None
    kind: str | None = None


def organisation_key(person: Person) -> str | None:
    """Spellings of one organisation compare equal (case, accents, spaces)."""
    if not person.organisation or not person.organisation.strip():
        return None
    return normalise(person.organisation)


def count_off(people: Sequence[Person], tables: int) -> list[int]:
    """Arrival order numbered off, then organisations separated where possible."""
    seats = [i % tables for i in range(len(people))]
    return separate_organisations(people, seats, tables)


def balanced(people: Sequence[Person], tables: int) -> list[int]:
    """Kinds of actor and organisations spread evenly over the tables."""
    orgs = Counter(organisation_key(p) for p in people)
    kinds = Counter(p.kind for p in people)
    first_seen = {p.id: i for i, p in enumerate(people)}

    def line_key(i: int) -> tuple[int, str, int, str, int]:
        p = people[i]
        org = organisation_key(p)
        # People without an organisation are each a group of one.
        org_size = orgs[org] if org is not None else 1
        return (-kinds[p.kind], p.kind or "", -org_size, org or "", first_seen[p.id])

    line = sorted(range(len(people)), key=line_key)
    seats = [0] * len(people)
    for position, index in enumerate(line):
        seats[index] = position % tables
    return separate_organisations(people, seats, tables)


def excess(people: Sequence[Person], seats: Sequence[int], tables: int) -> int:
    """How many people share a table with more of their organisation than need be.

    An organisation of s people needs at most ceil(s / tables) at one table; 0
    means every organisation is as spread out as the number of tables allows.
    """
    sizes = Counter(organisation_key(p) for p in people)
    at = Counter((organisation_key(p), seats[i]) for i, p in enumerate(people))
    total = 0
    for (org, _table), n in at.items():
        if org is None:
            continue
        cap = -(-sizes[org] // tables)
        total += max(0, n - cap)
    return total


def same_organisation_pairs(people: Sequence[Person], seats: Sequence[int]) -> int:
    """How many pairs of colleagues (same organisation) share a table."""
    at = Counter((organisation_key(p), seats[i]) for i, p in enumerate(people))
    return sum(n * (n - 1) // 2 for (org, _table), n in at.items() if org is not None)


def separate_organisations(
    people: Sequence[Person], seats: Sequence[int], tables: int
) -> list[int]:
    """Swap pairs of people between tables while that lowers the pairs of colleagues
    sharing a table (``same_organisation_pairs``).

    The number of colleague pairs is lowest when each organisation is spread as
    evenly as the tables allow, and it also prefers mixed tables (2+1+1 over
    2+2). Swaps keep every table's size. Deterministic: people are tried in order.
    """
    result = list(seats)
    keys = [organisation_key(p) for p in people]
    at: defaultdict[tuple[str | None, int], int] = defaultdict(int)
    for i, key in enumerate(keys):
        at[(key, result[i])] += 1

    def gain(key: str | None, frm: int, to: int) -> int:
        """Pairs saved by moving one person of ``key`` from table ``frm`` to ``to``."""
        if key is None:
            return 0
        return (at[(key, frm)] - 1) - at[(key, to)]

    improved = True
    while improved:
        improved = False
        for i, key in enumerate(keys):
            if key is None or at[(key, result[i])] < 2:
                continue
            for j, other in enumerate(keys):
                a, b = result[i], result[j]
                if a == b or other == key:
                    continue
                if gain(key, a, b) + gain(other, b, a) > 0:
                    at[(key, a)] -= 1
                    at[(key, b)] += 1
                    at[(other, b)] -= 1
                    at[(other, a)] += 1
                    result[i], result[j] = b, a
                    improved = True
                    break
    return result


def deal(strategy: str, people: Sequence[Person], tables: int) -> list[int]:
    if strategy == "balanced":
        return balanced(people, tables)
    return count_off(people, tables)
