"""List or fill the unfinished entries of translations/*.ts (a translator's helper).

Usage:
  uv run python scripts/ts_pending.py list            # JSON of unfinished ar/fr entries
  uv run python scripts/ts_pending.py apply FILE.json # fill them from FILE.json

FILE.json is a list of {"context", "source", "ar", "fr"}; a plural (numerus)
entry takes a list of forms (Arabic six, French two).
Run scripts/update_translations.sh afterwards to normalise the files and
compile the .qm files.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("ar", "fr")


def ts_path(lang: str) -> Path:
    return ROOT / "translations" / f"sim_facilitator_{lang}.ts"


def pending() -> list[dict[str, object]]:
    seen: dict[tuple[str, str], dict[str, object]] = {}
    for lang in LANGS:
        tree = ET.parse(ts_path(lang))
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") != "unfinished":
                    continue
                source = message.findtext("source") or ""
                entry = seen.setdefault(
                    (name, source),
                    {"context": name, "source": source, "numerus": message.get("numerus") == "yes"},
                )
                comment = message.findtext("comment")
                if comment:
                    entry["comment"] = comment
    return list(seen.values())


def apply(path: Path) -> int:
    entries = json.loads(path.read_text(encoding="utf-8"))
    wanted = {(e["context"], e["source"]): e for e in entries}
    filled = 0
    for lang in LANGS:
        file = ts_path(lang)
        tree = ET.parse(file)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                entry = wanted.get((name, source))
                translation = message.find("translation")
                if entry is None or translation is None or lang not in entry:
                    continue
                text = entry[lang]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                if message.get("numerus") == "yes":
                    forms = text if isinstance(text, list) else [text]
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text if isinstance(text, str) else text[0]
                translation.attrib.pop("type", None)
                filled += 1
        body = ET.tostring(tree.getroot(), encoding="unicode")
        file.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def main(argv: list[str]) -> int:
    if argv[:1] == ["list"]:
        print(json.dumps(pending(), ensure_ascii=False, indent=1))
        return 0
    if len(argv) == 2 and argv[0] == "apply":
        print(f"filled {apply(Path(argv[1]))} entries")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
