"""Every string of the app is translated into Arabic and French, and none escapes translation.

- the .ts files hold exactly the strings of the source (a fresh lupdate run
  finds no string they lack), each one finished, with its placeholders kept
  and every plural form filled (Arabic six, French two);
- the compiled .qm files are those of the .ts files;
- no f-string, concatenation or English literal is passed straight to a
  text setter (setText, setWindowTitle, addItem, …) in the UI code;
- a French walk of every screen shows no English source text.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT

TRANSLATIONS = ROOT / "translations"
UI = ROOT / "sim_facilitator" / "ui"
PLURAL_FORMS = {"ar": 6, "fr": 2}
PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{[A-Za-z_][A-Za-z0-9_]*\}")
COUNT = re.compile(r"%L?n")


def _bin(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def fresh_sources(tmp: Path) -> set[tuple[str, str]]:
    """(context, source) of every translatable string in the code, as lupdate sees it."""
    target = tmp / "fresh.ts"
    subprocess.run(
        [
            _bin("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-tr-function-alias",
            "QT_TRANSLATE_NOOP+=_",
            str(ROOT / "sim_facilitator"),
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    return {(c, m.findtext("source") or "") for c, m in messages(target)}


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    return fresh_sources(tmp_path_factory.mktemp("lupdate"))


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_source_string_has_a_finished_translation(
    lang: str, sources: set[tuple[str, str]]
) -> None:
    path = TRANSLATIONS / f"sim_facilitator_{lang}.ts"
    held: set[tuple[str, str]] = set()
    problems: list[str] = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        held.add((context, source))
        node = message.find("translation")
        where = f"{context}: {source!r}"
        if node is None:
            problems.append(f"{where}: no translation")
            continue
        kind = node.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where}: {kind}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in node.findall("numerusform")]
            if len(forms) != PLURAL_FORMS[lang] or not all(f.strip() for f in forms):
                problems.append(f"{where}: plural forms {forms!r}")
        elif not (node.text or "").strip():
            problems.append(f"{where}: empty")
    missing = sorted(sources - held)
    assert missing == [], f"strings in the code but not in {path.name}: run update_translations"
    assert sorted(held - sources) == [], f"strings in {path.name} the code no longer has"
    assert problems == []


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_placeholders_are_kept(lang: str) -> None:
    problems: list[str] = []
    for context, message in messages(TRANSLATIONS / f"sim_facilitator_{lang}.ts"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") == "unfinished":
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in node.findall("numerusform")]
            named = [p for p in wanted if not COUNT.fullmatch(p)]
            for form in forms:
                got = sorted(set(PLACEHOLDER.findall(form)) - set(COUNT.findall(form)))
                if got != named:
                    problems.append(f"{context}: {source!r} -> {form!r}")
            counts = set(COUNT.findall(source))
            # Arabic may write "one idea" / "two ideas" in words; the many-form keeps the count.
            if counts and not all(counts <= set(COUNT.findall(f)) for f in forms[-2:]):
                problems.append(f"{context}: {source!r} plural forms lose the count {forms!r}")
        else:
            got = sorted(set(PLACEHOLDER.findall(node.text or "")))
            if got != wanted:
                problems.append(f"{context}: {source!r} -> {node.text!r}")
    assert problems == []


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_compiled_files_match_the_translations(lang: str, tmp_path: Path) -> None:
    target = tmp_path / f"{lang}.qm"
    subprocess.run(
        [
            _bin("pyside6-lrelease"),
            "-silent",
            str(TRANSLATIONS / f"sim_facilitator_{lang}.ts"),
            "-qm",
            str(target),
        ],
        check=True,
    )
    shipped = TRANSLATIONS / f"sim_facilitator_{lang}.qm"
    assert target.read_bytes() == shipped.read_bytes(), "run scripts/update_translations.sh"


# -- strings that escape translation --------------------------------------------------
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "addItem",
    "addItems",
    "insertItem",
    "setToolTip",
    "setPlaceholderText",
    "setTitle",
    "setTabText",
    "setItemText",
    "addTab",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "showMessage",
}
TEXT_AT_SECOND = {"insertItem", "setTabText", "addTab", "setItemText"}
# Words that are the same in every language: key names, formats, acronyms.
NOT_ENGLISH = {
    "ctrl", "alt", "shift", "tab", "del", "esc", "enter", "return", "home", "end",
    "pgup", "pgdown", "up", "down", "left", "right", "space", "meta", "cmd",
    "sim", "csv", "pdf", "json", "simbundle", "id", "ok", "png", "svg", "utf",
}  # fmt: skip


def _literal_parts(node: ast.expr) -> list[str]:
    """The literal text of a string expression built by f-string or +, else []."""
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]  # type: ignore[misc]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_parts(node.left) + _literal_parts(node.right)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return []


def english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() not in NOT_ENGLISH]


def untranslated_calls(source: str, filename: str) -> list[str]:
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in TEXT_SETTERS or not node.args:
            continue
        text_at = 1 if node.func.attr in TEXT_AT_SECOND else 0
        if len(node.args) <= text_at:
            continue
        arg = node.args[text_at]
        data = node.args[1] if node.func.attr == "addItem" and len(node.args) > 1 else None
        if (
            isinstance(arg, ast.Constant)
            and isinstance(data, ast.Constant)
            and arg.value == data.value
        ):
            continue  # a stored code as its own first label, relabelled by retranslate_ui
        words = [w for part in _literal_parts(arg) for w in english_words(part)]
        if words:
            found.append(f"{filename}:{node.lineno} {node.func.attr}(…{' '.join(words)}…)")
    return found


def built_tr_sources(source: str, filename: str) -> list[str]:
    """tr()/translate() given an f-string or a concatenation: lupdate cannot extract it."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        if name not in ("tr", "translate", "QT_TRANSLATE_NOOP", "_"):
            continue
        with_context = name in ("translate", "QT_TRANSLATE_NOOP", "_")
        if with_context and len(node.args) < 2:
            continue
        text = node.args[1] if with_context else node.args[0]
        if isinstance(text, (ast.JoinedStr, ast.BinOp)):
            found.append(f"{filename}:{node.lineno} {name}(built string)")
    return found


def test_no_translation_is_asked_for_a_built_string() -> None:
    problems: list[str] = []
    for path in sorted((ROOT / "sim_facilitator").rglob("*.py")):
        problems += built_tr_sources(path.read_text(encoding="utf-8"), path.name)
    assert problems == []
    assert built_tr_sources("self.tr(f'{n} ideas')\nself.tr('x' + y)\nself.tr('ok')", "x.py") == [
        "x.py:1 tr(built string)",
        "x.py:2 tr(built string)",
    ]


def test_no_english_literal_or_built_string_goes_straight_to_the_screen() -> None:
    problems: list[str] = []
    for path in sorted(UI.glob("*.py")):
        problems += untranslated_calls(path.read_text(encoding="utf-8"), path.name)
    assert problems == []


def test_the_code_check_can_fail() -> None:
    code = (
        "label.setText(f'{count} ideas saved')\n"
        "box.addItem('All ' + name)\n"
        "label.setText(self.tr('Saved'))\n"
        "label.setText(f'{name} (Ctrl+{n})')\n"
    )
    found = untranslated_calls(code, "x.py")
    assert [f.split()[0] for f in found] == ["x.py:1", "x.py:2"]


def test_a_french_walk_of_every_screen_shows_no_english(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from sim_facilitator.domain.demo import create_demo
    from sim_facilitator.ui.shell.application import set_language
    from sim_facilitator.ui.shell.screen_tour import tour
    from tests.helpers.stores import make_store
    from tests.helpers.ui_walk import english_leaks

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    store = make_store(tmp_path / "demo.db")
    create_demo(store)
    set_language(app, "fr")
    try:
        leaks = [
            f"{name}: {leak}"
            for name, widget in tour(store, tmp_path, empty=make_store(tmp_path / "e.db"))
            for leak in english_leaks(widget, "fr")
        ]
    finally:
        set_language(app, "en")
    assert leaks == []


# -- the glossary ---------------------------------------------------------------------
# English term -> (French, Arabic) stems every translation of a sentence using it must
# contain: the terms of translations/GLOSSARY.md, always translated the same way.
GLOSSARY = {
    r"\bclusters?\b": ("groupe", "مجموع"),
    r"\bballots?\b": ("bulletin|vote", "ورق|وراق|اقتراع"),
    r"\bbundles?\b": ("paquet", "حزم"),
    r"\bnote-takers?\b": ("rapporteur", "مقرر"),
    r"\bfacilitators?\b": ("facilitat", "ميس"),
    r"\bprinciples?\b": ("principe", "مبد|مباد"),
    r"\bworkshops?\b": ("atelier", "ورش|مشترك"),
    r"\bcoordinators?\b": ("coordinat", "منس"),
    r"\bduplicates?\b": ("doublon", "مكرر"),
    r"\btall(y|ies)\b": ("décompte", "فرز"),
}


@pytest.mark.parametrize(("lang", "column"), [("fr", 0), ("ar", 1)])
def test_glossary_terms_are_translated_consistently(lang: str, column: int) -> None:
    problems: list[str] = []
    for context, message in messages(TRANSLATIONS / f"sim_facilitator_{lang}.ts"):
        source = (message.findtext("source") or "").replace("SIM Facilitator", "")
        node = message.find("translation")
        if node is None:
            continue
        text = (node.text or "") + " ".join(f.text or "" for f in node.findall("numerusform"))
        for term, stems in GLOSSARY.items():
            if re.search(term, source, re.I) and not re.search(stems[column], text, re.I):
                problems.append(f"{context}: {source!r} -> {text!r} (glossary: {stems[column]})")
    assert problems == []
