"""Suggested duplicates: groups of live ideas whose normalised texts are the same
or nearly so (word sets or near-identical spelling).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import NamedTuple

from sim_facilitator.domain.organise.dismissals import dismissed_pairs
from sim_facilitator.domain.organise.reads import live_ideas
from sim_facilitator.engine.store import Store
from sim_facilitator.text.normalise import normalise

DUPLICATE_THRESHOLD = 0.8


@dataclass(frozen=True)
class DuplicateSuggestion:
    idea_ids: tuple[str, ...]  # oldest first: the first is the suggested survivor
    score: float  # the lowest pairwise similarity inside the group, 0.0-1.0

    @property
    def key(self) -> frozenset[str]:
        return frozenset(self.idea_ids)


class _Form(NamedTuple):
    id: str
    text: str  # normalised
    words: frozenset[str]
    trigrams: frozenset[str]


def _form(idea_id: str, text: str) -> _Form:
    norm = normalise(text)
    padded = f" {norm} "
    grams = frozenset(padded[i : i + 3] for i in range(max(len(padded) - 2, 1)))
    return _Form(idea_id, norm, frozenset(norm.split()), grams)


TRIGRAM_PREFILTER = 0.35  # below this trigram overlap, no spelling is "near-identical"


def _similar(a: _Form, b: _Form, threshold: float) -> float:
    if a.text == b.text:
        return 1.0
    union = a.words | b.words
    jaccard = len(a.words & b.words) / len(union) if union else 1.0
    if jaccard >= threshold:
        return jaccard
    # Near-identical spelling (typos, a missing letter): cheap filters first.
    if 2 * min(len(a.text), len(b.text)) / max(len(a.text) + len(b.text), 1) < threshold:
        return jaccard
    grams = a.trigrams | b.trigrams
    if grams and len(a.trigrams & b.trigrams) / len(grams) < TRIGRAM_PREFILTER:
        return jaccard
    matcher = SequenceMatcher(None, a.text, b.text, autojunk=False)
    if matcher.quick_ratio() < threshold:
        return jaccard
    return max(jaccard, matcher.ratio())


COMMON_KEY_LIMIT = 40  # a word or trigram found in more ideas than this does not pair them


def candidate_pairs(forms: list[_Form]) -> list[tuple[int, int]]:
    """Pairs (i < j) worth comparing: they share an uncommon word or trigram.

    Comparing every pair is quadratic (17 s at 1,000 ideas, hours at 20,000);
    with keys shared by at most COMMON_KEY_LIMIT ideas the work grows with
    the number of ideas, not its square. Texts alike enough to be duplicates
    share most of their words, or, for a typo, most of their trigrams; pairs
    that share only common words or
    trigrams score below any useful threshold anyway. Identical texts always
    share their keys, so they are always compared.
    """
    limit = COMMON_KEY_LIMIT
    index: dict[str, list[int]] = defaultdict(list)
    for n, form in enumerate(forms):
        for key in form.words:
            index["w" + key].append(n)
        for key in form.trigrams:
            index["t" + key].append(n)
    pairs: set[tuple[int, int]] = set()
    for postings in index.values():
        if len(postings) > limit:
            continue
        for i, a in enumerate(postings):
            for b in postings[i + 1 :]:
                pairs.add((a, b))
    return sorted(pairs)


def similarity(a: str, b: str, threshold: float = DUPLICATE_THRESHOLD) -> float:
    """How alike two texts are once normalised: word-set or character similarity, 0.0-1.0."""
    return _similar(_form("a", a), _form("b", b), threshold)


def pair_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def suggest_duplicates(
    store: Store,
    workshop_id: str,
    threshold: float = DUPLICATE_THRESHOLD,
    dismissed: Iterable[frozenset[str]] = (),
) -> list[DuplicateSuggestion]:
    """Groups of live ideas whose normalised texts are the same or nearly so.

    Pairs the workshop's dismissals hold (domain/organise/dismissals.py) are
    never suggested again, nor pairs in ``dismissed`` (see :func:`pair_key`).
    """
    skip = dismissed_pairs(store, workshop_id) | set(dismissed)
    ideas = live_ideas(store, workshop_id)
    forms = [_form(i["id"], i["text"]) for i in ideas]
    parent = {f.id: f.id for f in forms}
    pair_score: dict[frozenset[str], float] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Identical normalised texts first: even a text repeated by many people
    # (whose words are all "common") is grouped.
    first_with_text: dict[str, str] = {}
    for form in forms:
        earlier = first_with_text.setdefault(form.text, form.id)
        if earlier != form.id and not (skip and pair_key(earlier, form.id) in skip):
            pair_score[pair_key(earlier, form.id)] = 1.0
            parent[root(form.id)] = root(earlier)
    for n, m in candidate_pairs(forms):
        id_a, id_b = forms[n].id, forms[m].id
        if skip and pair_key(id_a, id_b) in skip:
            continue
        score = _similar(forms[n], forms[m], threshold)
        if score >= threshold:
            pair_score[pair_key(id_a, id_b)] = score
            parent[root(id_b)] = root(id_a)
    members: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        members[root(f.id)].append(f.id)
    order = {i["id"]: n for n, i in enumerate(ideas)}
    result = []
    for group in members.values():
        if len(group) < 2:
            continue
        group.sort(key=order.__getitem__)  # live_ideas are in creation order
        scores = [s for k, s in pair_score.items() if k <= set(group)]
        result.append(DuplicateSuggestion(tuple(group), round(min(scores), 3)))
    result.sort(key=lambda s: (-s.score, order[s.idea_ids[0]]))
    return result
