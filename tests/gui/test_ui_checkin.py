"""Check-in: typed entry with the keyboard, CSV import in every encoding, live counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.checkin.checkin_view import CheckinView
from sim_facilitator.ui.checkin.participant_model import NAME, PRESENT
from tests.helpers.dialogs import record_messages

ROWS = [
    ("الاسم الكامل", "الجمعية", "الصفة", "الجنس", "السن", "الموافقة"),
    ("فاطمة الزهراء بنعلي", "جمعية الجسر", "جمعية", "أنثى", "38", "نعم"),
    ("يوسف العمراني", "مؤسسة أمان", "مؤسسة", "ذكر", "52", "لا"),
    ("", "سطر بدون اسم", "", "", "", ""),
    ("Nadia Chraibi", "Fondation Amane", "fondation", "femme", "29", "oui"),
]


def _csv(delimiter: str) -> str:
    return "\r\n".join(delimiter.join(r) for r in ROWS) + "\r\n"


ENCODED = {
    "utf-8 without BOM": _csv(";").encode("utf-8"),
    "utf-8 with BOM": "\ufeff".encode() + _csv(",").encode("utf-8"),
    "utf-16 LE": _csv("\t").encode("utf-16"),  # Python writes a BOM, little-endian here
    "utf-16 BE": b"\xfe\xff" + _csv(";").encode("utf-16-be"),
    "windows-1256": _csv(";").encode("cp1256"),
}


@pytest.fixture
def view(qtbot, store: Store) -> CheckinView:
    workshop = create_workshop(store, "ورشة الرباط")
    widget = CheckinView(store, workshop)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _names(view: CheckinView) -> list[str]:
    model = view.model
    return sorted(
        model.index(r, NAME).data(Qt.ItemDataRole.EditRole) for r in range(model.rowCount())
    )


def test_typed_entry_with_enter(qtbot, view: CheckinView) -> None:
    view.name_edit.setFocus()
    # QTest cannot synthesise Arabic key events: insert the text as an input method would.
    view.name_edit.insert("خديجة الإدريسي")
    view.org_edit.insert("تعاونية نساء الأطلس")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("cooperative"))
    view.gender_combo.setCurrentIndex(view.gender_combo.findData("female"))
    qtbot.keyClick(view.org_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(view.name_edit, "Karim Tazi")
    view.gender_combo.setCurrentIndex(view.gender_combo.findData("male"))
    qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)
    assert _names(view) == ["Karim Tazi", "خديجة الإدريسي"]
    assert view.name_edit.text() == ""
    assert view.name_edit.hasFocus()
    rows = view.store.in_workshop("participant", view.workshop_id)
    khadija = next(r for r in rows if r["organisation"])
    assert (khadija["kind"], khadija["gender"], khadija["present"]) == (
        "cooperative",
        "female",
        True,
    )
    assert "Present: 2 of 2" in view.counts_label.text()
    assert "woman: 1" in view.counts_label.text()
    assert "man: 1" in view.counts_label.text()
    assert "cooperative: 1" in view.counts_label.text()


def test_empty_name_is_refused_with_a_message(qtbot, view: CheckinView, monkeypatch) -> None:
    shown = record_messages(monkeypatch)
    qtbot.keyClicks(view.org_edit, "Al Jisr")
    qtbot.keyClick(view.org_edit, Qt.Key.Key_Return)
    assert shown == ["The name cannot be empty."]
    assert view.model.rowCount() == 0
    assert view.org_edit.text() == "Al Jisr"  # nothing typed is lost


def test_presence_toggle_updates_counts(qtbot, view: CheckinView) -> None:
    qtbot.keyClicks(view.name_edit, "Amina")
    qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)
    index = view.model.index(0, PRESENT)
    assert view.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "Present: 0 of 1" in view.counts_label.text()
    assert view.store.in_workshop("participant", view.workshop_id)[0]["present"] is False


@pytest.mark.parametrize("encoding", sorted(ENCODED))
def test_csv_import_in_each_encoding(qtbot, view: CheckinView, tmp_path: Path, encoding) -> None:
    path = tmp_path / "invites.csv"
    path.write_bytes(ENCODED[encoding])
    dialog = view.open_import_dialog(path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {
        "name": 0,
        "organisation": 1,
        "kind": 2,
        "gender": 3,
        "age_band": 4,
        "consent_named": 5,
        "present": None,
    }
    assert dialog.preview.item(0, 0).text() == "فاطمة الزهراء بنعلي"
    assert dialog.report.count() == 1
    assert dialog.report.item(0).text() == "Line 4: no name."
    assert "3 participants will be added" in dialog.summary.text()
    dialog.present_check.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert _names(view) == ["Nadia Chraibi", "فاطمة الزهراء بنعلي", "يوسف العمراني"]
    fatima = next(
        r
        for r in view.store.in_workshop("participant", view.workshop_id)
        if r["age_band"] == "35_44"
    )
    assert (fatima["kind"], fatima["gender"], fatima["consent_named"]) == (
        "association",
        "female",
        True,
    )
    assert "Present: 3 of 3" in view.counts_label.text()


def test_mapping_can_be_corrected_before_import(qtbot, view: CheckinView, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Col A;Col B\nAl Jisr;Amina\nAmane;Omar\n", encoding="utf-8")
    dialog = view.open_import_dialog(path)
    qtbot.addWidget(dialog)
    combo = dialog.mapping_combos["name"]
    combo.setCurrentIndex(combo.findData(1))
    org = dialog.mapping_combos["organisation"]
    org.setCurrentIndex(org.findData(0))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert _names(view) == ["Amina", "Omar"]
    assert {r["organisation"] for r in view.store.in_workshop("participant", view.workshop_id)} == {
        "Al Jisr",
        "Amane",
    }


def test_remove_a_mistaken_entry(qtbot, view: CheckinView) -> None:
    for name in ("Amina", "Amnia"):
        qtbot.keyClicks(view.name_edit, name)
        qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)
    assert not view.remove_button.isEnabled()
    row = next(
        r for r in range(view.proxy.rowCount()) if "Amnia" in view.proxy.index(r, NAME).data()
    )
    view.table.selectRow(row)
    assert view.remove_button.isEnabled()
    view.remove_button.click()
    assert _names(view) == ["Amina"]
    assert [p["name"] for p in view.store.in_workshop("participant", view.workshop_id)] == ["Amina"]
    assert "Present: 1 of 1" in view.counts_label.text()
