"""The national dashboard shows the figures of the national picture and follows filters."""

from __future__ import annotations

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.coordinator.dashboard_view import DashboardView


def test_dashboard_reads_the_national_picture(qtbot, store: Store) -> None:
    create_demo(store, region="Fès-Meknès", participants=12)
    create_demo(store, region="Souss-Massa", date="2025-04-02", participants=8)
    view = DashboardView(store)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    assert view.people.text() == view.locale().toString(20)
    assert view.heatmap.rowCount() == 2
    assert view.heatmap.columnCount() == 5
    # The fourth example principle is served by nothing: its cells say so.
    assert view.heatmap.item(0, 3).text() == view.tr("none")
    assert view.top_chart.bars(), "closed rounds give top-voted options"
    view.region.setCurrentIndex(view.region.findData("Souss-Massa"))
    assert view.people.text() == view.locale().toString(8)
    assert view.heatmap.rowCount() == 1


def test_main_window_opens_the_dashboard_from_the_data_menu(qtbot, store: Store) -> None:
    from sim_facilitator.ui.shell.main_window import MainWindow

    create_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.dashboard_action.trigger()
    assert window.stack.currentWidget() is window.dashboard
    assert window.dashboard is not None
    assert window.dashboard.people.text() != ""
