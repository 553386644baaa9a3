"""Invitation lists from CSV: encodings, delimiters, header mapping, report, one transaction."""

from __future__ import annotations

import pytest

from sim_facilitator.domain.csv_import import (
    ROW_BAD_VALUE,
    ROW_DUPLICATE,
    ROW_NO_NAME,
    decode,
    existing_names,
    guess_mapping,
    import_participants,
    plan_import,
    read_table,
    sniff_delimiter,
)
from sim_facilitator.domain.workshops import add_participant, create_workshop
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store

ARABIC_CSV = (
    "الاسم;المؤسسة;نوع الفاعل;الجنس;العمر;الموافقة\r\n"
    "فاطمة الزهراء بنعلي;جمعية الجسر;جمعية;أنثى;38;نعم\r\n"
    "يوسف العمراني;مؤسسة أمان;مؤسسة;ذكر;25-34;لا\r\n"
    "خديجة الإدريسي;تعاونية نساء الأطلس;تعاونية;أنثى;;نعم\r\n"
)

ENCODINGS = {
    "utf-8": ARABIC_CSV.encode("utf-8"),
    "utf-8-sig": b"\xef\xbb\xbf" + ARABIC_CSV.encode("utf-8"),
    "utf-16-le": b"\xff\xfe" + ARABIC_CSV.encode("utf-16-le"),
    "utf-16-be": b"\xfe\xff" + ARABIC_CSV.encode("utf-16-be"),
    "cp1256": ARABIC_CSV.encode("cp1256"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_each_encoding_reads_the_arabic_names(encoding: str) -> None:
    table = read_table(ENCODINGS[encoding])
    assert table.encoding == encoding
    assert table.delimiter == ";"
    assert table.headers[0] == "الاسم"
    assert [r[0] for r in table.rows] == [
        "فاطمة الزهراء بنعلي",
        "يوسف العمراني",
        "خديجة الإدريسي",
    ]


def test_utf16_without_bom_is_recognised() -> None:
    text, encoding = decode("Nom,Organisation\nAmina,Al Jisr\n".encode("utf-16-le"))
    assert encoding == "utf-16-le"
    assert text.startswith("Nom,Organisation")


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiter_is_sniffed(delimiter: str) -> None:
    text = delimiter.join(["Nom", "Organisation", "Sexe"]) + "\n"
    text += delimiter.join(["Amina", '"Fondation, Amane"', "F"]) + "\n"
    assert sniff_delimiter(text) == delimiter


def test_header_mapping_in_three_languages() -> None:
    assert guess_mapping(["Nom et prénom", "Organisme", "Type d'acteur", "Sexe", "Âge"]) == {
        "name": 0,
        "organisation": 1,
        "kind": 2,
        "gender": 3,
        "age_band": 4,
        "consent_named": None,
        "present": None,
    }
    english = guess_mapping(["Organisation", "Full name", "Gender", "Consent", "Present"])
    assert english["name"] == 1
    assert english["organisation"] == 0
    assert english["gender"] == 2
    assert english["consent_named"] == 3
    assert english["present"] == 4
    arabic = guess_mapping(["الاسم", "المؤسسة", "نوع الفاعل", "الجنس", "الفئة العمرية"])
    assert arabic == {
        "name": 0,
        "organisation": 1,
        "kind": 2,
        "gender": 3,
        "age_band": 4,
        "consent_named": None,
        "present": None,
    }


def test_values_are_understood_and_imported_in_one_go(store: Store) -> None:
    workshop = create_workshop(store, "Atelier")
    table = read_table(ENCODINGS["cp1256"])
    plan = plan_import(table, guess_mapping(table.headers))
    assert plan.problems == []
    ids = import_participants(store, workshop, plan)
    assert len(ids) == 3
    first = store.require("participant", ids[0])
    assert first["name"] == "فاطمة الزهراء بنعلي"
    assert first["organisation"] == "جمعية الجسر"
    assert (first["kind"], first["gender"], first["age_band"]) == ("association", "female", "35_44")
    assert first["consent_named"] is True
    second = store.require("participant", ids[1])
    assert (second["kind"], second["gender"], second["age_band"]) == ("foundation", "male", "25_34")
    assert second["consent_named"] is False


def test_report_of_unreadable_rows(store: Store) -> None:
    workshop = create_workshop(store, "Atelier")
    add_participant(store, workshop, "Karim Tazi")
    data = (
        "Nom;Organisation;Sexe\n"
        "Amina Kettani;Al Jisr;F\n"
        ";Sans nom;M\n"
        "karim  tazi;AMH;M\n"
        "Salma;RAM;peut-être\n"
        "Amina Kettani;Doublon;F\n"
    ).encode()
    table = read_table(data)
    plan = plan_import(table, guess_mapping(table.headers), existing_names(store, workshop))
    assert [r["name"] for r in plan.rows] == ["Amina Kettani", "Salma"]
    report = [(p.line, p.template, p.skipped) for p in plan.problems]
    assert report == [
        (3, ROW_NO_NAME, True),
        (4, ROW_DUPLICATE, True),
        (5, ROW_BAD_VALUE, False),
        (6, ROW_DUPLICATE, True),
    ]
    assert "peut-être" in plan.problems[2].message
    assert "Line 3" in plan.problems[0].message


def test_import_is_all_or_nothing(store: Store) -> None:
    workshop = create_workshop(store, "Atelier")
    table = read_table(b"Nom\nAmina\nOmar\n")
    plan = plan_import(table, guess_mapping(table.headers))
    plan.rows.append({"name": "Bad", "kind": "not-a-kind"})
    with pytest.raises(ValidationError):
        import_participants(store, workshop, plan)
    assert store.in_workshop("participant", workshop) == []


def test_empty_file_and_missing_name_column_are_refused() -> None:
    with pytest.raises(ValidationError):
        read_table(b"\xef\xbb\xbf  \n\n")
    table = read_table(b"Nom;Sexe\nAmina;F\n")
    with pytest.raises(ValidationError):
        plan_import(table, {"name": None, "gender": 1})
