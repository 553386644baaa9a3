"""The main window: the home screen or one open workshop, and the menus.

It owns the one projector window (F5). The Tables tab asks it for report-back
(``start_report_back``), which is a mode of that window; the Session menu's
report-back actions (next and previous table, all tables, back to the room
view) move it with keys that work wherever focus is in this window, while
the projector is on the second screen.
"""

from __future__ import annotations

import contextlib
import enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import own_fingerprint, trusted_devices
from sim_facilitator.ui.common.labels import LANGUAGE_NAMES
from sim_facilitator.ui.common.projector_window import show_on_projector
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.room.room_status import RoomStatus
from sim_facilitator.ui.room.sync_status import SyncStatus
from sim_facilitator.ui.shell.application import LANGUAGES, current_language, set_language
from sim_facilitator.ui.shell.help_menu import install_help_menu
from sim_facilitator.ui.shell.home_view import HomeView
from sim_facilitator.ui.shell.settings import Settings
from sim_facilitator.ui.shell.workspace_page import WorkspacePage

if TYPE_CHECKING:  # imported when first used: the PDF dialogs pull in reportlab (~0.6 s)
    from sim_facilitator.room.server import RoomInfo
    from sim_facilitator.room.sync_client import SyncReport
    from sim_facilitator.ui.coordinator.coordinator_view import CoordinatorView
    from sim_facilitator.ui.coordinator.dashboard_view import DashboardView
    from sim_facilitator.ui.coordinator.sync_view import SyncView
    from sim_facilitator.ui.record.minutes_dialog import MinutesDialog
    from sim_facilitator.ui.room.join_room_dialog import JoinRoomDialog
    from sim_facilitator.ui.room.join_screen import JoinScreen
    from sim_facilitator.ui.room.live_sync import LiveSync
    from sim_facilitator.ui.room.pairing_dialog import PairingDialog
    from sim_facilitator.ui.room.room_session import RoomSession
    from sim_facilitator.ui.tables.tables_view import TablesView
    from sim_facilitator.ui.votes.projector_view import ProjectorView


class ProjectorMove(enum.Enum):
    """What a report-back action does to the projector."""

    NEXT = "next"
    PREVIOUS = "previous"
    ALL = "all"
    ROOM = "room"


RESTART_EXIT_CODE = 75  # app.run_app reopens the database when the window exits with it


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self,
        store: Store,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        db_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.db_path = db_path
        self.dashboard: DashboardView | None = None
        self.projector: ProjectorView | None = None
        self.coordinator: CoordinatorView | None = None
        self.sync: SyncView | None = None
        # The room (phones on the local network): made when first opened, since the
        # server pulls in aiohttp; with the room closed nothing listens.
        self.room: RoomSession | None = None
        self.join_screen: JoinScreen | None = None
        self.room_host: str | None = None  # None: every private address; tests: 127.0.0.1
        self.room_error = ""  # why the room last failed to open (shown in a message box)
        self._room_message: QMessageBox | None = None
        # Live sync with the facilitator's laptop (this laptop as a note-taker's).
        self.live_sync: LiveSync | None = None
        self.room_discovery = True  # look for rooms by mDNS; tests type the address
        self.join_dialog: JoinRoomDialog | None = None
        self.pairing_dialogs: dict[str, PairingDialog] = {}  # the facilitator's questions
        self.settings = settings or Settings()
        self.stack = QStackedWidget(self)
        self.home = HomeView(store, self.settings, self.stack)
        self.home.open_requested.connect(self.open_workshop)
        self.stack.addWidget(self.home)
        self.workspace: WorkspacePage | None = None
        self.setCentralWidget(self.stack)
        self._build_menus()
        fit_window(self, "main", QSize(1280, 800), self.settings)
        self.retranslate_ui()
        app = QApplication.instance()
        if app is not None:  # quitting some other way than this window's close: stop the room
            app.aboutToQuit.connect(self.close_room)
            app.aboutToQuit.connect(self.leave_room)
        self._reopen_last()

    # -- menus ----------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.home.new_workshop())
        self.home_action = QAction(self)
        self.home_action.setShortcut(QKeySequence("Alt+Home"))
        self.home_action.triggered.connect(self.show_home)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.new_action, self.home_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = QMenu(self)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], self)
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _=False, lang=lang: self.switch_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.session_menu = QMenu(self)
        self.minutes_action = QAction(self)
        self.minutes_action.setShortcut(QKeySequence("Ctrl+Alt+P"))
        self.minutes_action.triggered.connect(self.show_minutes_dialog)
        self.projector_action = QAction(self)
        self.projector_action.setShortcut(QKeySequence("F5"))
        self.projector_action.triggered.connect(self.show_projector)
        self.note_taker_action = QAction(self)
        self.note_taker_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.note_taker_action.triggered.connect(self.show_note_taker_window)
        self.session_menu.addActions(
            [self.minutes_action, self.projector_action, self.note_taker_action]
        )
        self.report_menu = self.session_menu.addMenu("")
        self.report_next_action = QAction(self)
        self.report_next_action.setShortcut(QKeySequence("Alt+PgDown"))
        self.report_next_action.triggered.connect(lambda: self._report(ProjectorMove.NEXT))
        self.report_previous_action = QAction(self)
        self.report_previous_action.setShortcut(QKeySequence("Alt+PgUp"))
        self.report_previous_action.triggered.connect(lambda: self._report(ProjectorMove.PREVIOUS))
        self.report_all_action = QAction(self)
        self.report_all_action.setShortcut(QKeySequence("Alt+End"))
        self.report_all_action.triggered.connect(lambda: self._report(ProjectorMove.ALL))
        self.room_view_action = QAction(self)
        self.room_view_action.setShortcut(QKeySequence("Shift+F5"))
        self.room_view_action.triggered.connect(lambda: self._report(ProjectorMove.ROOM))
        self.report_actions = [
            self.report_previous_action,
            self.report_next_action,
            self.report_all_action,
            self.room_view_action,
        ]
        self.report_menu.addActions(self.report_actions)
        for action in self.report_actions:  # their keys work with the menu closed
            self.addAction(action)
        self.open_room_action = QAction(self)
        self.open_room_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.open_room_action.triggered.connect(self.open_room)
        self.close_room_action = QAction(self)
        self.close_room_action.triggered.connect(self.close_room)
        self.session_menu.addSeparator()
        self.session_menu.addActions([self.open_room_action, self.close_room_action])
        self.join_room_action = QAction(self)
        self.join_room_action.triggered.connect(self.show_join_room_dialog)
        self.leave_room_action = QAction(self)
        self.leave_room_action.triggered.connect(self.leave_room)
        self.session_menu.addSeparator()
        self.session_menu.addActions([self.join_room_action, self.leave_room_action])
        self.status_corner = corner = QWidget(self)
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 0)
        corner_layout.setSpacing(4)
        self.room_status = RoomStatus(corner)
        self.room_status.clicked.connect(self.show_join_screen)
        self.sync_status = SyncStatus(corner)
        self.sync_status.leave_requested.connect(self.leave_room)
        self.sync_status.sync_now_requested.connect(self.sync_now)
        corner_layout.addWidget(self.sync_status)
        corner_layout.addWidget(self.room_status)
        corner.installEventFilter(self)
        self.data_menu = QMenu(self)
        self.dashboard_action = QAction(self)
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.dashboard_action.triggered.connect(self.show_dashboard)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.sync_action.triggered.connect(self.show_sync)
        self.coordination_action = QAction(self)
        self.coordination_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.coordination_action.triggered.connect(self.show_coordination)
        self.synthesis_action = QAction(self)
        self.synthesis_action.triggered.connect(self.show_synthesis_dialog)
        self.backups_action = QAction(self)
        self.backups_action.triggered.connect(self.show_backups)
        self.data_menu.addAction(self.sync_action)
        self.data_menu.addAction(self.coordination_action)
        self.data_menu.addAction(self.dashboard_action)
        self.data_menu.addAction(self.synthesis_action)
        self.data_menu.addSeparator()
        self.data_menu.addAction(self.backups_action)
        self.menuBar().addMenu(self.file_menu)
        self.menuBar().addMenu(self.session_menu)
        self.menuBar().addMenu(self.data_menu)
        self.menuBar().addMenu(self.language_menu)
        self.help_menu = install_help_menu(self)
        self.menuBar().setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def retranslate_ui(self) -> None:
        title = self.tr("SIM Facilitator")
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            title = f"{self.workspace.windowTitle()} — {title}"
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&Workshop"))
        self.new_action.setText(self.tr("&New workshop…"))
        self.home_action.setText(self.tr("All &workshops"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.session_menu.setTitle(self.tr("&Session"))
        self.minutes_action.setText(self.tr("&Minutes (PDF or Word)…"))
        self.projector_action.setText(self.tr("&Projector view"))
        self.note_taker_action.setText(self.tr("Small &note-taker window"))
        self.report_menu.setTitle(self.tr("&Report-back on the projector"))
        self.report_previous_action.setText(self.tr("&Previous table"))
        self.report_next_action.setText(self.tr("&Next table"))
        self.report_all_action.setText(self.tr("&All tables side by side"))
        self.room_view_action.setText(self.tr("Back to the &room view"))
        self._update_report_actions()
        workshop_open = self.workspace is not None and self.stack.currentWidget() is self.workspace
        for action in (self.minutes_action, self.projector_action, self.note_taker_action):
            action.setEnabled(workshop_open)
        self.open_room_action.setText(self.tr("Open the &room to phones…"))
        self.close_room_action.setText(self.tr("&Close the room"))
        self.open_room_action.setEnabled(workshop_open)
        self.close_room_action.setEnabled(self.room_is_open())
        self.join_room_action.setText(self.tr("&Join a room (note-taker's laptop)…"))
        self.join_room_action.setEnabled(not self.room_is_open())
        self.leave_room_action.setText(self.tr("&Leave the room"))
        self.leave_room_action.setEnabled(self.in_a_room())
        self.data_menu.setTitle(self.tr("&Data"))
        self.dashboard_action.setText(self.tr("&National dashboard"))
        self.sync_action.setText(self.tr("&Exchange bundles (export, import)…"))
        self.coordination_action.setText(self.tr("&Coordination: import bundles, sources…"))
        self.synthesis_action.setText(self.tr("National &synthesis (PDF)…"))
        self.backups_action.setText(self.tr("&Backups and restore…"))
        self.backups_action.setEnabled(self.db_path is not None)
        app = QApplication.instance()
        lang = current_language(app) if app is not None else "en"
        if lang in self.language_actions:
            self.language_actions[lang].setChecked(True)

    def switch_language(self, lang: str) -> None:
        """Switch the whole app now (texts, direction, locale) and remember the choice."""
        app = QApplication.instance()
        if app is None:
            return
        set_language(app, lang)
        self.settings.set_value("language", lang)
        self.retranslate_ui()

    # -- navigation -----------------------------------------------------
    def open_workshop(self, workshop_id: str) -> WorkspacePage:
        self._close_workspace()
        self.workspace = WorkspacePage(self.store, workshop_id, self.stack)
        self.workspace.home_requested.connect(self.show_home)
        self.workspace.tabs.currentChanged.connect(
            lambda index: self.settings.set_value("last_tab", int(index))
        )
        tables = self._tables_view()
        if tables is not None:
            tables.report_back_requested.connect(self.start_report_back)
        from sim_facilitator.ui.votes.votes_view import VotesView

        votes = self.workspace.view_of(VotesView)
        if votes is not None:
            votes.shared_projector = self.show_round_on_projector
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.show_tab(self.settings.value("last_tab"))
        self.settings.set_value("last_workshop", workshop_id)
        self.retranslate_ui()
        return self.workspace

    def show_home(self) -> None:
        if self.workspace is not None:
            self.leave_room()  # closing the workshop leaves the room, as it closes it
        self._close_workspace()
        self.settings.set_value("last_workshop", "")
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)
        self.retranslate_ui()

    def show_minutes_dialog(self) -> MinutesDialog | None:
        from sim_facilitator.ui.record.minutes_dialog import MinutesDialog

        if self.workspace is None:
            return None
        dialog = MinutesDialog(self.store, self.workspace.workshop_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_projector(self, activate: bool = True) -> ProjectorView | None:
        """The large-type window for the projector, opened again in the room view: full
        screen on the second screen, or a window to drag there. Without ``activate``,
        focus stays in this window (report-back is driven from here)."""
        from sim_facilitator.ui.votes.projector_view import ProjectorView

        if self.workspace is None:
            return None
        if self.projector is not None:
            # Deleted later: by then self.projector is the new window, to keep.
            self.projector.destroyed.disconnect(self._forget_projector)
            self.projector.close()
        projector = ProjectorView(self.store, self.workspace.workshop_id)
        self.projector = projector
        projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        projector.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        # A bound method, not a lambda: Qt drops the connection if this window goes first.
        projector.destroyed.connect(self._forget_projector)
        projector.report_back_changed.connect(self._update_report_actions)
        tables = self._tables_view()
        if tables is not None:
            tables.follow_projector(projector)
        show_on_projector(projector, self)
        self._update_report_actions()
        return projector

    def show_round_on_projector(self, round_id: str | None) -> ProjectorView | None:
        """The Votes tab's round in the projector window (opened if closed; report-back,
        if on, gives way to it): one window for the room's screen, never two."""
        projector = self.projector or self.show_projector()
        if projector is None:
            return None
        projector.show_room_view()
        projector.show_round(round_id)
        return projector

    def _forget_projector(self) -> None:
        self.projector = None
        self._update_report_actions()

    def _tables_view(self) -> TablesView | None:
        from sim_facilitator.ui.tables.tables_view import TablesView

        return self.workspace.view_of(TablesView) if self.workspace is not None else None

    def start_report_back(self, agenda_id: str) -> ProjectorView | None:
        """Report-back on ``agenda_id``'s tables in the projector window (opened if closed)."""
        opened = self.projector is None
        projector = self.projector or self.show_projector(activate=False)
        if projector is None:
            return None
        projector.show_report_back(agenda_id)
        if opened and projector.screen() is not self.screen():
            # Where the window system activates a new window anyway: the keys and the
            # controls are on the laptop's screen. (On one screen, maybe mirrored to the
            # projector, raising this window would cover the room's view.)
            self.activateWindow()
        return projector

    def _report(self, move: ProjectorMove) -> None:
        projector = self.projector
        if projector is None or not projector.in_report_back():
            return
        if move is ProjectorMove.NEXT:
            projector.report.next()
        elif move is ProjectorMove.PREVIOUS:
            projector.report.previous()
        elif move is ProjectorMove.ALL:
            projector.report.show_all()
        else:
            projector.show_room_view()

    def _update_report_actions(self) -> None:
        projector = self.projector
        on = projector is not None and projector.in_report_back()
        for action in self.report_actions:
            action.setEnabled(on)
        if projector is not None and on:
            self.report_previous_action.setEnabled(not projector.report.at_first())
            self.report_next_action.setEnabled(not projector.report.at_last())
        self.report_menu.setEnabled(on)

    def show_note_taker_window(self) -> QWidget | None:
        if self.workspace is None:
            return None
        from sim_facilitator.ui.capture.capture_view import CaptureView

        capture = self.workspace.view_of(CaptureView)
        if capture is None:
            return None
        return capture.open_small_window()

    def show_dashboard(self) -> DashboardView:
        """The coordinator's view of every workshop in this database."""
        from sim_facilitator.ui.coordinator.dashboard_view import DashboardView

        self._close_workspace()
        if self.dashboard is None:
            self.dashboard = DashboardView(self.store, self.stack)
            self.stack.addWidget(self.dashboard)
        else:
            self.dashboard.refresh()
        self.stack.setCurrentWidget(self.dashboard)
        self.setWindowTitle(f"{self.dashboard.windowTitle()} — {self.tr('SIM Facilitator')}")
        return self.dashboard

    def show_sync(self) -> SyncView:
        """Export and import signed bundles; this laptop's fingerprint; import history."""
        from sim_facilitator.ui.coordinator.sync_view import SyncView

        self._close_workspace()
        if self.sync is None:
            self.sync = SyncView(self.store, self.stack)
            self.stack.addWidget(self.sync)
        else:
            self.sync.refresh()
        self.stack.setCurrentWidget(self.sync)
        self.setWindowTitle(f"{self.sync.windowTitle()} — {self.tr('SIM Facilitator')}")
        return self.sync

    def show_coordination(self) -> CoordinatorView:
        """The coordinator's view: import many bundles, sources, conflicts, shared ideas."""
        from sim_facilitator.ui.coordinator.coordinator_view import CoordinatorView

        self._close_workspace()
        if self.coordinator is None:
            self.coordinator = CoordinatorView(self.store, self.stack)
            self.coordinator.imported.connect(lambda _reports: self.home.refresh())
            self.stack.addWidget(self.coordinator)
        self.coordinator.refresh()
        self.stack.setCurrentWidget(self.coordinator)
        self.setWindowTitle(f"{self.coordinator.windowTitle()} — {self.tr('SIM Facilitator')}")
        return self.coordinator

    def show_synthesis_dialog(self) -> None:
        from sim_facilitator.ui.coordinator.synthesis_dialog import SynthesisDialog

        showing_dashboard = self.dashboard is not None and (
            self.stack.currentWidget() is self.dashboard
        )
        flt = self.dashboard.current_filter() if showing_dashboard and self.dashboard else None
        dialog = SynthesisDialog(self.store, self, flt=flt)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_backups(self) -> None:
        from sim_facilitator.ui.shell.backups_dialog import BackupsDialog

        if self.db_path is None:
            return
        dialog = BackupsDialog(self.db_path, self)
        dialog.exec()
        if dialog.restored:
            # The data changed under the open Store: reopen the app on the restored file.
            app = QApplication.instance()
            if app is not None:
                app.exit(RESTART_EXIT_CODE)

    # -- the room -------------------------------------------------------
    def room_is_open(self) -> bool:
        """Open or opening (a server thread exists)."""
        return self.room is not None and (self.room.running or self.room.starting)

    def _room_session(self) -> RoomSession:
        from sim_facilitator.ui.room.room_session import RoomSession

        if self.room is None:
            self.room = RoomSession(self)
            self.room.opened.connect(self._room_opened)
            self.room.failed.connect(self._room_failed)
            self.room.ended.connect(self._room_ended)
            self.room.closed.connect(self._room_closed)
            self.room.changed.connect(self._room_changed)
        return self.room

    def open_room(self) -> None:
        """Serve the open workshop to phones; the join screen shows once it listens."""
        from sim_facilitator.ui.room.room_session import database_file

        if self.workspace is None:
            return
        session = self._room_session()
        if self.room_is_open() and session.workshop_id == self.workspace.workshop_id:
            self.show_join_screen()
            return
        db_path = self.db_path or database_file(self.store)
        if db_path is None:  # an in-memory database: nothing another thread could open
            self._room_failed(self.tr("The room needs a workshop saved in a file."))
            return
        workshop_id = self.workspace.workshop_id
        moderated = workshop_id in self._moderated_workshops()
        session.open(db_path, workshop_id, self.room_host, moderated=moderated)
        self.retranslate_ui()

    def close_room(self) -> None:
        """Stop serving phones (every socket closed when this returns); nothing is lost."""
        if self.room is not None:
            self.room.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.status_corner and event.type() == QEvent.Type.LayoutRequest:
            # The menu bar sizes its corner widget only when it is shown or the bar
            # resized: a sign that changed its text or appeared would be cut short.
            bar = self.menuBar()
            QApplication.sendEvent(bar, QResizeEvent(bar.size(), bar.size()))
        return super().eventFilter(watched, event)

    def _room_opened(self, info: RoomInfo) -> None:
        self.room_error = ""
        self.room_status.show_open(info.code, 0)
        self.show_join_screen()
        self.retranslate_ui()

    def _room_failed(self, message: str) -> None:
        self._room_warning(self.tr("The room did not open"), message)

    def _room_ended(self, message: str) -> None:
        self._room_warning(self.tr("The room closed"), message)

    def _room_warning(self, title: str, message: str) -> None:
        self.room_error = message
        self.room_status.show_closed()
        box = QMessageBox(QMessageBox.Icon.Warning, title, message)
        box.setParent(self, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window stays responsive behind it
        self._room_message = box
        self.retranslate_ui()

    def _room_closed(self) -> None:
        self.room_status.show_closed()
        dialogs, self.pairing_dialogs = list(self.pairing_dialogs.values()), {}
        for dialog in dialogs:  # nothing left to confirm: the room forgot them
            dialog.decided.disconnect(self._pairing_decided)
            dialog.close()
        screen, self.join_screen = self.join_screen, None  # deleted later, forgotten now
        if screen is not None:
            screen.close()
        self.retranslate_ui()

    def _room_changed(self, kind: str) -> None:
        """A change from phones (on the UI thread): update the screens that show it."""
        room = self.room
        if room is None or not room.running:
            return
        if kind in ("pairing", "desk", "paired", "sync", "codes", "phones"):
            self._room_desk_changed(kind, room)
            return
        if self.workspace is not None:
            for view in self.workspace.views:
                react = getattr(view, "room_changed", None)
                if react is not None:
                    react(kind)
        if self.projector is not None:
            self.projector.room_changed(kind)

    def _room_desk_changed(self, kind: str, room: RoomSession) -> None:
        """What only the facilitator's side shows: laptops, wrong codes, phones."""
        screen = self.join_screen
        if kind in ("pairing", "desk"):  # the desk's state: waiting pairings, the code
            self._ask_pairings()
        if kind in ("desk", "paired", "sync") and screen is not None:
            screen.laptops.refresh()
        if kind == "sync":  # a note-taker's laptop brought changes
            self.refresh_after_sync()
        if kind == "codes" and screen is not None:
            screen.set_wrong_codes(room.wrong_codes)
        if kind == "phones":
            phones = room.connected_phones
            if room.info is not None:
                self.room_status.show_open(room.info.code, phones)
            if screen is not None:
                screen.set_phones(phones)

    def show_join_screen(self) -> JoinScreen | None:
        """The QR code and the room code, for the projector (while the room is open)."""
        from sim_facilitator.ui.room.join_screen import JoinScreen

        room = self.room
        if room is None or room.info is None:
            return None
        if self.join_screen is None:
            self.join_screen = JoinScreen()
            self.join_screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.join_screen.destroyed.connect(self._forget_join_screen)
            self.join_screen.moderation_toggled.connect(self._set_moderated)
            self.join_screen.wifi_changed.connect(self._remember_wifi)
            self.join_screen.close_requested.connect(self.close_room)
            self.join_screen.show_room(room.info, room.moderated)
            self.join_screen.show_wifi(
                self.settings.value("room_wifi_name"), self.settings.value("room_wifi_password")
            )
            self.join_screen.set_wrong_codes(room.wrong_codes)
            self.join_screen.laptops.show_room(
                room.server.sync if room.server is not None else None,
                own_fingerprint(self.store),
                self._laptop_name,
            )
        self.join_screen.set_phones(room.connected_phones)
        if self.join_screen.isVisible():
            self.join_screen.raise_()
        else:
            show_on_projector(self.join_screen, self)
        return self.join_screen

    def _forget_join_screen(self) -> None:
        self.join_screen = None

    # -- laptops of the room: the facilitator's side ----------------------
    def _laptop_name(self, device_id: str) -> str:
        for device in trusted_devices(self.store):
            if device.device_id == device_id and device.label:
                return device.label
        return device_id[-8:]

    def _ask_pairings(self) -> None:
        """A laptop typed the pairing code: ask the facilitator, one dialog per laptop."""
        from sim_facilitator.ui.room.pairing_dialog import PairingDialog

        room = self.room
        if room is None or room.server is None:
            return
        from sim_facilitator.room.process import RoomUnavailable

        own = own_fingerprint(self.store)
        try:
            waiting = room.server.sync.waiting_pairings()
        except RoomUnavailable:  # the room is closing: nobody is waiting any more
            return
        for pairing in waiting:
            if pairing.pairing_id in self.pairing_dialogs:
                continue
            dialog = PairingDialog(pairing, own, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.decided.connect(self._pairing_decided)
            self.pairing_dialogs[pairing.pairing_id] = dialog
            dialog.open()

    def _pairing_decided(self, pairing_id: str, confirmed: bool) -> None:
        self.pairing_dialogs.pop(pairing_id, None)
        room = self.room
        if room is None or room.server is None:
            return
        from sim_facilitator.room.process import RoomUnavailable

        sync = room.server.sync
        # The room closing: nothing left to decide (an expired pairing is the child's).
        with contextlib.suppress(RoomUnavailable):
            if confirmed:
                sync.confirm(pairing_id)
            else:
                sync.reject(pairing_id)

    # -- live sync: the note-taker's side -----------------------------------
    def in_a_room(self) -> bool:
        """This laptop syncs with a room (joined, whether connected or not)."""
        return self.live_sync is not None and self.live_sync.active

    def show_join_room_dialog(self) -> JoinRoomDialog | None:
        """Find a room, type its pairing code, compare fingerprints, then sync with it."""
        from sim_facilitator.ui.room.join_room_dialog import JoinRoomDialog
        from sim_facilitator.ui.room.room_session import database_file

        db_path = self.db_path or database_file(self.store)
        if db_path is None:
            QMessageBox.warning(
                self, self.tr("Join a room"), self.tr("Live sync needs a database saved in a file.")
            )
            return None
        if self.join_dialog is not None:
            self.join_dialog.raise_()
            return self.join_dialog
        dialog = JoinRoomDialog(db_path, self, discover=self.room_discovery)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._joined)
        dialog.destroyed.connect(self._forget_join_dialog)
        self.join_dialog = dialog
        dialog.open()
        return dialog

    def _joined(self) -> None:
        if self.join_dialog is not None:
            self.join_room(self.join_dialog.url)

    def _forget_join_dialog(self) -> None:
        self.join_dialog = None

    def join_room(self, url: str) -> None:
        """Keep this database in step with the (paired) room at ``url``."""
        from sim_facilitator.ui.room.live_sync import LiveSync
        from sim_facilitator.ui.room.room_session import database_file

        db_path = self.db_path or database_file(self.store)
        if db_path is None or not url:
            return
        if self.live_sync is None:
            self.live_sync = LiveSync(self)
            self.live_sync.reported.connect(self._sync_reported)
        self.live_sync.start(db_path, url)
        self.retranslate_ui()

    def leave_room(self) -> None:
        """Stop syncing with the room; this laptop keeps everything it has."""
        if self.live_sync is not None and self.live_sync.active:
            self.live_sync.stop()
            self.retranslate_ui()

    def sync_now(self) -> None:
        if self.live_sync is not None:
            self.live_sync.sync_now()

    def _sync_reported(self, report: SyncReport) -> None:
        self.sync_status.show_report(report, self.in_a_room())
        if report.received or report.pictures_received:
            self.refresh_after_sync()

    def refresh_after_sync(self) -> None:
        """Another laptop's changes were merged here: show them in what is on screen."""
        from sim_facilitator.ui.common.view_contract import WorkspaceView

        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            view = self.workspace.current_view()
            if isinstance(view, WorkspaceView):
                view.refresh()
            self.workspace.update_title()
        elif self.stack.currentWidget() is self.home:
            self.home.refresh()
        if self.projector is not None:
            self.projector.room_changed("sync")

    def _set_moderated(self, moderated: bool) -> None:
        if self.room is not None:
            self.room.set_moderated(moderated)
            if self.room.workshop_id is not None:
                self._remember_moderated(self.room.workshop_id, moderated)

    def _moderated_workshops(self) -> set[str]:
        return set(str(self.settings.value("room_moderated")).split())

    def _remember_moderated(self, workshop_id: str, moderated: bool) -> None:
        """The facilitator's choice holds for this workshop's room the next time too."""
        workshops = self._moderated_workshops()
        if moderated:
            workshops.add(workshop_id)
        else:
            workshops.discard(workshop_id)
        self.settings.set_value("room_moderated", " ".join(sorted(workshops)))

    def _remember_wifi(self, name: str, password: str) -> None:
        self.settings.set_value("room_wifi_name", name)
        self.settings.set_value("room_wifi_password", password)

    def _close_workspace(self) -> None:
        self.close_room()  # the room serves the open workshop only
        if self.projector is not None:
            self.projector.close()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None

    def _reopen_last(self) -> None:
        last = self.settings.value("last_workshop")
        row = self.store.get("workshop", last) if last else None
        if row is not None and not row["deleted"]:
            self.open_workshop(last)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every edit is already saved; the window's place is kept as it hides.
        self.close_room()
        self.leave_room()
        super().closeEvent(event)
