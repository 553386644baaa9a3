"""Translations for the Qt-free room server, read from the app's own ``.ts`` files.

The desktop app translates through Qt (compiled ``.qm`` catalogues). The room
server must not import Qt, so it reads the source ``translations/*.ts`` XML
with ElementTree: the same strings, one source of truth, no generated copy to
keep in step. Catalogues are parsed once per language and cached.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from sim_facilitator.resources import translations_dir

LANGUAGES = ("ar", "fr", "en")
DIRECTIONS = {"ar": "rtl", "fr": "ltr", "en": "ltr"}

Catalogue = dict[str, dict[str, str]]  # context -> source text -> translation


def ts_path(lang: str) -> Path:
    return translations_dir() / f"sim_facilitator_{lang}.ts"


def parse_ts(path: Path) -> Catalogue:
    """Every finished, non-empty translation of a ``.ts`` file, by context.

    Unfinished or empty translations are left out, so lookups fall back to the
    English source text (as Qt does).
    """
    catalogue: Catalogue = {}
    # The .ts files are ours, shipped in the package: no untrusted XML here.
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        messages = catalogue.setdefault(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = node.findall("numerusform")
            text = forms[0].text if forms else node.text
            if text:
                messages[source] = text
    return catalogue


@functools.cache
def catalogue(lang: str) -> Catalogue:
    """The catalogue of one language (``{}`` when the file is missing)."""
    if lang not in LANGUAGES:
        return {}
    try:
        return parse_ts(ts_path(lang))
    except (OSError, ET.ParseError):
        return {}


def translate(lang: str, context: str, source: str) -> str:
    return catalogue(lang).get(context, {}).get(source, source)


def context_messages(lang: str, context: str) -> dict[str, str]:
    """Source text -> translation of every message of ``context`` (for the phone page)."""
    return dict(catalogue(lang).get(context, {}))
