"""The participant page's texts: every one it shows is marked for translation, and translated.

No browser here. The page marks its texts with ``t("…")``/``N("…")`` in
room.js and ``data-i18n="…"`` in index.html; ``page_texts.py`` marks the
same list for pyside6-lupdate (context "RoomPage"). A text only in the page
would show in English to everyone; one only in page_texts.py is dead weight.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sim_facilitator.room import page_texts
from sim_facilitator.room.catalogue import context_messages

STATIC = Path(page_texts.__file__).parent / "static"
CALL = re.compile(r'\b(?:t|N)\("((?:[^"\\]|\\.)*)"')
ATTRIBUTE = re.compile(r'data-i18n="([^"]*)"')
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def page_keys() -> set[str]:
    script = (STATIC / "room.js").read_text(encoding="utf-8")
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    return set(CALL.findall(script)) | set(ATTRIBUTE.findall(html))


def test_the_page_and_the_marked_texts_agree() -> None:
    marked = set(page_texts.PAGE_TEXTS)
    assert len(marked) == len(page_texts.PAGE_TEXTS), "a text is marked twice"
    assert sorted(page_keys() - marked) == [], "shown by the page but not marked"
    assert sorted(marked - page_keys()) == [], "marked but no longer used by the page"


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_page_text_is_translated_with_its_placeholders(lang: str) -> None:
    messages = context_messages(lang, "RoomPage")
    for source in page_texts.PAGE_TEXTS:
        assert source in messages, f"{lang}: no translation of {source!r}"
        translation = messages[source]
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source))


def test_the_page_stays_small_and_self_contained() -> None:
    total = 0
    for path in STATIC.iterdir():
        text = path.read_text(encoding="utf-8")
        total += len(text.encode())
        # Nothing from outside the room: no absolute URL to another host.
        assert not re.search(r"(?:src|href)=\"(?:https?:)?//", text), path.name
        assert "@import" not in text, path.name
        assert "url(http" not in text, path.name
    assert total < 100_000
    script = (STATIC / "room.js").read_text(encoding="utf-8")
    # Old phones: no optional chaining, nullish coalescing or modules.
    assert "?." not in re.sub(r'"(?:[^"\\]|\\.)*"', '""', script)
    assert "??" not in script
    assert "import " not in script
