"""Invitation lists from CSV files as Moroccan spreadsheet programs write them.

Decoding: UTF-8 with or without BOM, UTF-16 (LE/BE with BOM, or without BOM
when the zero bytes give it away), otherwise Windows Arabic (cp1256). The
delimiter is sniffed among ``;`` ``,`` and tab. Columns are mapped to
participant fields from their headers in Arabic, French or English; the user
can correct the mapping. Rows that cannot be read are reported with a reason
and the rest is imported in one transaction.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.domain.workshops import add_participant
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.schema import AGE_BANDS, MAX_TEXT
from sim_facilitator.engine.store import Store
from sim_facilitator.text.spreadsheet_cells import restore

EMPTY_FILE = _("Errors", "The file is empty.")
NO_NAME_COLUMN = _("Errors", "Choose which column holds the names.")
ROW_NO_NAME = _("Errors", "Line {line}: no name.")
ROW_TOO_LONG = _("Errors", "Line {line}: a value is longer than {limit} characters.")
ROW_DUPLICATE = _("Errors", "Line {line}: {name} is already on the list.")
ROW_BAD_VALUE = _("Errors", "Line {line}: “{value}” is not a known {field}; left empty.")
FIELD_KIND = _("Errors", "kind of actor")
FIELD_GENDER = _("Errors", "gender")
FIELD_AGE = _("Errors", "age band")
FIELD_CONSENT = _("Errors", "consent")
FIELD_PRESENT = _("Errors", "presence")

TARGETS = ("name", "organisation", "kind", "gender", "age_band", "consent_named", "present")
DELIMITERS = (";", ",", "\t")


def _norm(text: str) -> str:
    """Casefolded, without Latin accents or Arabic diacritics, alef/ta-marbuta unified."""
    text = unicodedata.normalize("NFKD", text.casefold())
    # combining marks and invisible format characters (zero-width space, joiners, bidi)
    text = "".join(
        ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
    )
    text = re.sub("[\u064b-\u065f\u0670\u0640]", "", text)  # tashkeel, superscript alef, tatweel
    text = re.sub("[إأآا]", "ا", text).replace("ة", "ه").replace("ى", "ي")
    return re.sub(r"[\s_\-'’/.:()*]+", " ", text).strip()


HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "participant",
        "pseudonym",
        "nom",
        "nom complet",
        "nom et prenom",
        "prenom et nom",
        "nom prenom",
        "pseudonyme",
        "الاسم",
        "اسم",
        "الاسم الكامل",
        "الاسم والنسب",
        "الاسم العائلي والشخصي",
        "المشارك",
        "الاسم المستعار",
    ),
    "organisation": (
        "organisation",
        "organization",
        "organism",
        "structure",
        "institution",
        "association",
        "organisme",
        "entite",
        "المؤسسة",
        "الهيئة",
        "المنظمة",
        "الجمعية",
        "الجهة",
        "الانتماء",
    ),
    "kind": (
        "kind",
        "type",
        "actor type",
        "kind of actor",
        "category",
        "type d acteur",
        "type acteur",
        "categorie",
        "nature",
        "نوع الفاعل",
        "صنف الفاعل",
        "الصفة",
        "الفئة",
        "الصنف",
    ),
    "gender": ("gender", "sex", "sexe", "genre", "الجنس", "النوع الاجتماعي", "النوع"),
    "age_band": (
        "age",
        "age band",
        "age group",
        "tranche d age",
        "tranche age",
        "العمر",
        "السن",
        "الفئه العمريه",
        "الفئة العمرية",
    ),
    "consent_named": (
        "consent",
        "consent to be named",
        "consentement",
        "accord",
        "accord nom",
        "الموافقة",
        "موافقة",
        "الموافقة على ذكر الاسم",
    ),
    "present": ("present", "attendance", "presence", "presente", "حاضر", "الحضور", "حضور"),
}

KIND_WORDS: dict[str, tuple[str, ...]] = {
    "association": ("association", "asso", "ong", "ngo", "جمعية", "منظمة غير حكومية"),
    "foundation": ("foundation", "fondation", "مؤسسة", "موسسة"),
    "cooperative": ("cooperative", "cooperative", "coop", "تعاونية"),
    "company": ("company", "entreprise", "societe", "business", "شركة", "مقاولة", "القطاع الخاص"),
    "public_body": (
        "public body",
        "public",
        "administration",
        "organisme public",
        "etablissement public",
        "هيئة عمومية",
        "ادارة",
        "مؤسسة عمومية",
        "جماعة ترابية",
    ),
    "donor": ("donor", "bailleur", "bailleur de fonds", "funder", "مانح", "ممول", "جهة مانحة"),
    "researcher": ("researcher", "chercheur", "chercheuse", "universite", "باحث", "باحثة"),
    "citizen": ("citizen", "citoyen", "citoyenne", "مواطن", "مواطنة"),
    "other": ("other", "autre", "اخرى", "اخر", "غير ذلك"),
}
GENDER_WORDS: dict[str, tuple[str, ...]] = {
    "female": ("female", "f", "woman", "femme", "feminin", "انثى", "امراه"),
    "male": ("male", "m", "h", "man", "homme", "masculin", "ذكر", "رجل", "ذ"),
    "other": ("other", "autre", "اخر", "غير ذلك"),
}
YES = ("yes", "y", "oui", "o", "1", "x", "true", "vrai", "نعم", "موافق", "موافقة", "✓")
NO = ("no", "n", "non", "0", "false", "faux", "لا", "غير موافق")

_WORD_INDEX = {target: {_norm(w) for w in words} for target, words in HEADER_WORDS.items()}


def _lookup(table: Mapping[str, tuple[str, ...]], value: str) -> str | None:
    key = _norm(value)
    for choice, words in table.items():
        if key == _norm(choice) or key in {_norm(w) for w in words}:
            return choice
    return None


@dataclass(frozen=True)
class CsvTable:
    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[list[str]]  # data rows, header excluded
    first_line: int = 2  # file line number of rows[0] (1-based)


@dataclass(frozen=True)
class RowProblem:
    line: int
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    skipped: bool = True  # False: the row is imported, one value left empty

    @property
    def message(self) -> str:
        return self.template.format(line=self.line, **self.params)


@dataclass
class ImportPlan:
    rows: list[dict[str, Any]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the name of the encoding it was in."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le", errors="replace"), "utf-16-le"
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", errors="replace"), "utf-16-be"
    sample = data[:4000]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        # UTF-16 without BOM: the zero high bytes of ASCII sit at odd (LE) or even (BE) offsets.
        odd = sample[1::2].count(0)
        even = sample[0::2].count(0)
        encoding = "utf-16-le" if odd >= even else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1256", errors="replace"), "cp1256"


def sniff_delimiter(text: str) -> str:
    """The delimiter among ; , tab that splits the first lines most consistently."""
    lines = [line for line in text.splitlines() if line.strip()][:20]
    if not lines:
        return ","
    best, best_score = ",", (-1, -1)
    for delim in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delim))
        except csv.Error:
            continue
        widths = [len(r) for r in rows]
        if widths[0] < 2:
            continue
        consistent = sum(1 for w in widths if w == widths[0])
        score = (consistent, widths[0])
        if score > best_score:
            best, best_score = delim, score
    return best


def read_table(data: bytes, delimiter: str | None = None) -> CsvTable:
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValidationError(EMPTY_FILE)
    delim = delimiter or sniff_delimiter(text)
    # Cells the app (or a careful spreadsheet) wrote inert come back as they were typed.
    rows = [[restore(c) for c in r] for r in csv.reader(io.StringIO(text), delimiter=delim)]
    # Keep line numbers as the user sees them in a spreadsheet: count blank lines too.
    first = 0
    while first < len(rows) and not any(c.strip() for c in rows[first]):
        first += 1
    if first == len(rows):
        raise ValidationError(EMPTY_FILE)
    headers = [h.strip() for h in rows[first]]
    return CsvTable(encoding, delim, headers, rows[first + 1 :], first_line=first + 2)


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """For each participant field, the column whose header names it (exact, then partial)."""
    mapping: dict[str, int | None] = dict.fromkeys(TARGETS)
    normed = [_norm(h) for h in headers]
    taken: set[int] = set()
    for exact in (True, False):
        for target in TARGETS:
            if mapping[target] is not None:
                continue
            for index, header in enumerate(normed):
                if index in taken or not header:
                    continue
                words = _WORD_INDEX[target]
                hit = (
                    header in words
                    if exact
                    else any(len(w) > 2 and (w in header.split() or w in header) for w in words)
                )
                if hit:
                    mapping[target] = index
                    taken.add(index)
                    break
    if mapping["name"] is None and headers:
        mapping["name"] = next((i for i in range(len(headers)) if i not in taken), None)
    return mapping


def _age_band(value: str) -> str | None:
    key = value.strip().replace(" ", "").replace("–", "-").replace("ans", "").replace("سنة", "")
    if key in AGE_BANDS:
        return key
    if key.isdigit():
        age = int(key)
        for low, high, band in (
            (0, 24, "under_25"),
            (25, 34, "25_34"),
            (35, 44, "35_44"),
            (45, 54, "45_54"),
            (55, 64, "55_64"),
            (65, 200, "65_plus"),
        ):
            if low <= age <= high:
                return band
    m = re.fullmatch(r"(\d+)[-_à/](\d+)", key)
    if m and f"{m.group(1)}_{m.group(2)}" in AGE_BANDS:
        return f"{m.group(1)}_{m.group(2)}"
    if re.fullmatch(r"(<|-)25|under25|moinsde25|اقلمن25", _norm(key).replace(" ", "")):
        return "under_25"
    if re.fullmatch(r"(65\+|\+65|>65|65plus|65etplus)", key):
        return "65_plus"
    return None


def _yes_no(value: str) -> bool | None:
    key = _norm(value)
    if key in {_norm(w) for w in YES}:
        return True
    if key in {_norm(w) for w in NO}:
        return False
    return None


def plan_import(
    table: CsvTable,
    mapping: Mapping[str, int | None],
    existing_names: set[str] | None = None,
    default_present: bool = False,
) -> ImportPlan:
    """The participants the rows give, and a report of the rows that cannot be read."""
    if mapping.get("name") is None:
        raise ValidationError(NO_NAME_COLUMN)
    seen = {_norm(n) for n in (existing_names or set())}
    plan = ImportPlan()
    for offset, row in enumerate(table.rows):
        line = table.first_line + offset
        if not any(cell.strip() for cell in row):
            continue

        def cell(target: str, row: list[str] = row) -> str:
            index = mapping.get(target)
            if index is None or index >= len(row):
                return ""
            return unicodedata.normalize("NFC", row[index]).strip()

        name = " ".join(cell("name").split())
        if not name:
            plan.problems.append(RowProblem(line, ROW_NO_NAME))
            continue
        if any(len(c) > MAX_TEXT for c in row):
            plan.problems.append(RowProblem(line, ROW_TOO_LONG, {"limit": MAX_TEXT}))
            continue
        if _norm(name) in seen:
            plan.problems.append(RowProblem(line, ROW_DUPLICATE, {"name": name}))
            continue
        seen.add(_norm(name))
        values: dict[str, Any] = {"name": name}
        if cell("organisation"):
            values["organisation"] = cell("organisation")
        parsers: tuple[tuple[str, str, Any], ...] = (
            ("kind", FIELD_KIND, lambda v: _lookup(KIND_WORDS, v)),
            ("gender", FIELD_GENDER, lambda v: _lookup(GENDER_WORDS, v)),
            ("age_band", FIELD_AGE, _age_band),
            ("consent_named", FIELD_CONSENT, _yes_no),
            ("present", FIELD_PRESENT, _yes_no),
        )
        for target, label, parse in parsers:
            raw = cell(target)
            if not raw:
                continue
            parsed = parse(raw)
            if parsed is None:
                plan.problems.append(
                    RowProblem(line, ROW_BAD_VALUE, {"value": raw, "field": label}, skipped=False)
                )
            else:
                values[target] = parsed
        values.setdefault("consent_named", False)
        values.setdefault("present", default_present)
        plan.rows.append(values)
    return plan


def import_participants(store: Store, workshop_id: str, plan: ImportPlan) -> list[str]:
    """Add every planned participant in one transaction; all or nothing."""
    store.require("workshop", workshop_id)
    with store.transaction():
        return [
            add_participant(
                store, workshop_id, row["name"], **{k: v for k, v in row.items() if k != "name"}
            )
            for row in plan.rows
        ]


def existing_names(store: Store, workshop_id: str) -> set[str]:
    return {r["name"] for r in store.in_workshop("participant", workshop_id)}


__all__ = [
    "CsvTable",
    "ImportPlan",
    "RowProblem",
    "TARGETS",
    "decode",
    "existing_names",
    "guess_mapping",
    "import_participants",
    "plan_import",
    "read_table",
    "sniff_delimiter",
]
