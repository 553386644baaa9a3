"""The sync and conflicts views: export, import several files with progress, accept a laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sim_facilitator.domain.conflicts import list_conflicts
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import (
    accept_device,
    own_fingerprint,
    own_public_key,
    trusted_devices,
)
from sim_facilitator.export.bundle.writer import export_bundle
from sim_facilitator.ui.coordinator.conflicts_view import ConflictsView
from sim_facilitator.ui.coordinator.sync_view import DETAILS, FILE, NEW, RESULT, SyncView
from tests.helpers.dialogs import answer_questions, record_messages
from tests.helpers.stores import make_store

pytestmark = pytest.mark.gui


@pytest.fixture
def other(tmp_path: Path) -> tuple[Store, str]:
    store = make_store(tmp_path / "other.db")
    return store, create_demo(store)


def _view(qtbot, store: Store) -> SyncView:  # type: ignore[no-untyped-def]
    view = SyncView(store)
    qtbot.addWidget(view)
    view.show()
    return view


def test_shows_this_laptops_fingerprint(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, store)
    assert own_fingerprint(store) in view.fingerprint_label.text()


def test_import_asks_to_accept_a_new_laptop_then_imports(  # type: ignore[no-untyped-def]
    qtbot, store: Store, other, tmp_path: Path, monkeypatch
) -> None:
    source, workshop = other
    good = export_bundle(source, tmp_path / "fes.simbundle", [workshop]).path
    bad = tmp_path / "broken.simbundle"
    bad.write_bytes(b"PK\x03\x04 truncated")
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(good), str(bad)], "")
    )
    view = _view(qtbot, store)
    with qtbot.waitSignal(view.imported, timeout=30_000):
        view.import_button.click()
    assert len(asked) == 1
    assert own_fingerprint(source) in asked[0]
    assert [d.device_id for d in trusted_devices(store)] == [source.device_id]
    rows = {view.results.item(r, FILE).text(): r for r in range(view.results.rowCount())}
    assert set(rows) == {"fes.simbundle", "broken.simbundle"}
    assert view.results.item(rows["fes.simbundle"], RESULT).text() == "imported"
    assert int(view.results.item(rows["fes.simbundle"], NEW).text()) > 100
    assert view.results.item(rows["broken.simbundle"], RESULT).text() == "refused"
    assert "damaged" in view.results.item(rows["broken.simbundle"], DETAILS).text()
    assert dump_text(store.db) == dump_text(source.db)
    assert view.history.rowCount() == 1
    assert view.history.item(0, 1).text() == "fes.simbundle"
    assert view.workshops.count() == 1  # the imported workshop can now be exported


def test_refusing_a_new_laptop_imports_nothing(  # type: ignore[no-untyped-def]
    qtbot, store: Store, other, tmp_path: Path, monkeypatch
) -> None:
    source, workshop = other
    path = export_bundle(source, tmp_path / "fes.simbundle", [workshop]).path
    before = dump_text(store.db)
    answer_questions(monkeypatch, yes=False)
    view = _view(qtbot, store)
    with qtbot.waitSignal(view.imported, timeout=30_000):
        view.import_files([str(path)])
    assert view.results.item(0, RESULT).text() == "not accepted"
    assert dump_text(store.db) == before
    assert trusted_devices(store) == []


def test_export_writes_a_verified_bundle(  # type: ignore[no-untyped-def]
    qtbot, other, tmp_path: Path, monkeypatch
) -> None:
    source, workshop = other
    target = tmp_path / "out" / "kit"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = record_messages(monkeypatch, "information")
    view = _view(qtbot, source)
    view.set_selected_workshops([workshop])
    view.kit_check.setChecked(True)
    with qtbot.waitSignal(view.exported, timeout=30_000) as signal:
        view.export_button.click()
    info = signal.args[0]
    assert info.kind == "kit"
    assert info.path == target.with_name("kit.simbundle")
    assert info.path.exists()
    qtbot.waitUntil(lambda: bool(shown))
    assert "kit.simbundle" in shown[0]


def test_conflicts_view_lists_values_and_resolves(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    from sim_facilitator.domain.workshops import create_workshop
    from sim_facilitator.export.bundle.importer import import_bundles

    a = make_store(tmp_path / "a.db")
    b = make_store(tmp_path / "b.db")
    workshop = create_workshop(a, "Atelier")
    import_bundles(b, [export_bundle(a, tmp_path / "1.simbundle", [workshop]).path], True)
    a.update("workshop", workshop, {"title": "Atelier de Fès"})
    b.update("workshop", workshop, {"title": "ورشة فاس"})
    import_bundles(a, [export_bundle(b, tmp_path / "2.simbundle", [workshop]).path], True)
    view = ConflictsView(a, workshop)
    qtbot.addWidget(view)
    view.show()
    assert view.tree.topLevelItemCount() == 1
    top = view.tree.topLevelItem(0)
    values = {top.child(i).text(1) for i in range(top.childCount())}
    assert values == {"Atelier de Fès", "ورشة فاس"}
    laptops = {top.child(i).text(2) for i in range(top.childCount())}
    assert "this laptop" in laptops
    arabic = next(
        top.child(i) for i in range(top.childCount()) if top.child(i).text(1) == "ورشة فاس"
    )
    view.tree.setCurrentItem(arabic)
    assert view.keep_button.isEnabled()
    view.keep_button.click()
    assert view.tree.topLevelItemCount() == 0
    assert view.empty_label.isVisible()
    assert a.require("workshop", workshop)["title"] == "ورشة فاس"
    assert list_conflicts(a, workshop) == []


def test_cancel_stops_the_import_between_files(  # type: ignore[no-untyped-def]
    qtbot, store: Store, other, tmp_path: Path
) -> None:
    source, workshop = other
    accept_device(store, source.device_id, own_public_key(source))
    paths = [
        str(export_bundle(source, tmp_path / f"fes-{n}.simbundle", [workshop]).path)
        for n in range(3)
    ]
    view = _view(qtbot, store)
    with qtbot.waitSignal(view.imported, timeout=30_000):
        view.import_files(paths)
        assert view.is_busy()
        assert view.progress is not None
        view.progress.canceled.emit()  # the progress dialog's Cancel button
    results = [view.results.item(r, RESULT).text() for r in range(view.results.rowCount())]
    assert len(results) == 3
    assert "cancelled" in results
    assert not view.is_busy()
