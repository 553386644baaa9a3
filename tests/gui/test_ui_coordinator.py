"""Coordinator mode through the real screens: import a folder of bundles, read the dashboard."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.importer import IMPORTED, NEEDS_TRUST
from sim_facilitator.ui.coordinator.coordinator_view import CoordinatorView
from sim_facilitator.ui.coordinator.synthesis_dialog import SynthesisDialog
from tests.helpers.national_bundles import FIVE_WORKSHOPS, make_bundles


@pytest.fixture
def bundles(store: Store, tmp_path: Path) -> Path:
    """Five workshops' bundles in one folder, made on five laptops (kit from this database)."""
    make_bundles(store, tmp_path / "made")
    return tmp_path / "made" / "bundles"


def _view(qtbot, store: Store) -> CoordinatorView:  # type: ignore[no-untyped-def]
    view = CoordinatorView(store)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def _import_folder(qtbot, view: CoordinatorView, folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    view.folder_button.click()
    qtbot.waitUntil(lambda: not view.is_busy() and bool(view.reports), timeout=20_000)


def test_import_a_folder_then_read_the_dashboard(
    qtbot, store: Store, bundles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, store)
    view.trust_check.setChecked(True)  # the files came from the facilitators in person
    _import_folder(qtbot, view, bundles, monkeypatch)
    assert view.report_rows() == [(f"workshop-{n:03d}.simbundle", IMPORTED) for n in range(5)]
    assert view.report.rowCount() == 5
    assert (
        view.report.item(0, 2).text()
        == view.reports[str(bundles / "workshop-000.simbundle")].device_fingerprint
    )
    # Sources: one row per workshop, each from its own laptop, all trusted.
    assert view.sources_table.rowCount() == 5
    fingerprints = {view.sources_table.item(r, 4).text() for r in range(5)}
    assert len(fingerprints) == 5
    assert {view.sources_table.item(r, 6).text() for r in range(5)} == {view.tr("trusted")}
    # The dashboard tab shows the national figures.
    view.tabs.setCurrentWidget(view.dashboard)
    dash = view.dashboard
    locale = dash.locale()
    assert dash.workshop_count.text() == locale.toString(5)
    assert dash.people.text() == locale.toString(sum(n for _, _, n in FIVE_WORKSHOPS))
    assert dash.heatmap.rowCount() == 5
    assert dash.heatmap.columnCount() == 5
    assert dash.heatmap.item(0, 3).text() == dash.tr("none")
    assert [b.value for b in dash.actions_by_owner.bars()] == [5, 5, 5]
    # Consolidated by month due: June, September and December 2025, five each.
    assert [b.value for b in dash.actions_by_due.bars()] == [5, 5, 5]
    assert dash.actions_by_due.bars()[0].label == locale.toString(QDate(2025, 6, 1), "MMMM yyyy")
    # Normalised top options: the best are one dot per voter in every workshop.
    assert dash.top_chart.bars()[0].value == 1.0
    dash.region.setCurrentIndex(dash.region.findData("L'Oriental"))
    assert dash.people.text() == locale.toString(5)


def test_unknown_laptops_wait_for_acceptance_then_import(
    qtbot, store: Store, bundles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, store)
    # Before any import both lists say what will appear there.
    assert not view.report_hint.isHidden()
    assert view.report_hint.text()
    assert not view.sources_hint.isHidden()
    assert view.sources_hint.text()
    _import_folder(qtbot, view, bundles, monkeypatch)
    assert view.report_hint.isHidden()  # one line per file now
    assert {status for _, status in view.report_rows()} == {NEEDS_TRUST}
    assert store.list("workshop", "coalesce(is_kit, 0) = 0") == []
    assert view.accept_button.isEnabled()
    asked: list[str] = []

    def yes(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    view.accept_button.click()
    qtbot.waitUntil(
        lambda: not view.is_busy() and all(s == IMPORTED for _, s in view.report_rows()),
        timeout=20_000,
    )
    # Every laptop's fingerprint was shown before accepting.
    for report in view.reports.values():
        assert report.device_fingerprint in asked[0]
    assert view.sources_table.rowCount() == 5
    assert view.sources_hint.isHidden()
    assert not view.accept_button.isEnabled()


def test_a_refused_file_is_reported_and_the_others_import(
    qtbot, store: Store, bundles: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(bundles, folder)
    damaged = folder / "workshop-002.simbundle"
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    (folder / "notes.txt").write_text("not a bundle")
    view = _view(qtbot, store)
    view.trust_check.setChecked(True)
    _import_folder(qtbot, view, folder, monkeypatch)
    rows = dict(view.report_rows())
    assert len(rows) == 5, "only .simbundle files are taken"
    assert rows.pop("workshop-002.simbundle") == "refused"
    assert set(rows.values()) == {IMPORTED}
    assert view.report.item(2, 4).text() != ""  # the reason, in a sentence
    assert view.dashboard.workshop_count.text() == view.locale().toString(4)


def test_cancel_stops_between_files(
    qtbot, store: Store, bundles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, store)
    view.trust_check.setChecked(True)
    paths = [str(p) for p in sorted(bundles.glob("*.simbundle"))]
    view.import_paths(paths)
    view.cancel_import()
    qtbot.waitUntil(lambda: not view.is_busy() and bool(view.reports), timeout=20_000)
    statuses = [s for _, s in view.report_rows()]
    assert "cancelled" in statuses
    done = statuses.count(IMPORTED)
    assert view.sources_table.rowCount() == done


def test_confirm_a_shared_idea_from_the_review_tab(
    qtbot, store: Store, bundles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, store)
    view.trust_check.setChecked(True)
    _import_folder(qtbot, view, bundles, monkeypatch)
    view.tabs.setCurrentWidget(view.shared_page)
    assert view.suggestion_tree.topLevelItemCount() == 39
    first = view.suggestion_tree.topLevelItem(0)
    assert first.childCount() == 5
    view.suggestion_tree.setCurrentItem(first.child(2))
    view.confirm_button.click()
    assert view.suggestion_tree.topLevelItemCount() == 38
    assert view.cluster_tree.topLevelItemCount() == 1
    assert view.cluster_tree.topLevelItem(0).childCount() == 5
    view.cluster_tree.setCurrentItem(view.cluster_tree.topLevelItem(0))
    view.dissolve_button.click()
    assert view.cluster_tree.topLevelItemCount() == 0


def test_synthesis_dialog_writes_the_pdf_off_the_ui_thread(
    qtbot, store: Store, bundles: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    view = _view(qtbot, store)
    view.trust_check.setChecked(True)
    _import_folder(qtbot, view, bundles, monkeypatch)
    dialog = view.synthesis_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, SynthesisDialog)
    out = tmp_path / "synthese.pdf"
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("ar+fr"))
    dialog.file_edit.setText(str(out))
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.outcome is not None
    assert dialog.outcome.pages >= 3
    assert out.read_bytes().startswith(b"%PDF-")
    assert not dialog.open_file_button.isHidden()
