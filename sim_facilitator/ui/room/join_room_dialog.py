"""The note-taker's "Join a room…": find the room, type its pairing code, compare the
fingerprints, wait for the facilitator's confirmation.

Three pages. (1) Rooms found on the network (mDNS, browsed on a worker thread,
never on the UI thread) or the address shown on the room's screen typed in,
the pairing code and this laptop's name. (2) The room's fingerprint and this
laptop's, to compare with the facilitator's screen. (3) Waiting for the
facilitator to confirm, the fingerprints still shown (Cancel stops waiting).
Network calls all run on worker threads (``run_in_thread``); their outcomes
come back queued. The dialog is accepted once both laptops trust each other;
``url`` is then the room to sync with.
"""

from __future__ import annotations

import platform
import threading
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.room.sync_client import PairingOffer, finish_pairing, start_pairing
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.room.sync_texts import (
    WorkerBridge,
    fingerprint_label,
    isolated,
    run_in_thread,
    sync_error_text,
)

FIND, COMPARE, WAIT = 0, 1, 2
BROWSE_S = 3.0
WAIT_S = 300.0  # the room forgets a pairing after 5 minutes


def default_label() -> str:
    return platform.node()[:64]


class JoinRoomDialog(Retranslating, QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None, discover: bool = True) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.discover = discover
        self.offer: PairingOffer | None = None
        self.url = ""
        self.error = ""
        self.browsing = False
        self.waiting = False
        self.found_count = 0
        self._cancel = threading.Event()
        self.bridge = WorkerBridge(self)
        self.bridge.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.pages = QStackedWidget(self)
        self._build_find()
        self._build_compare()
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        self.pair_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.pair_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.next_button.clicked.connect(self.send_code)
        self.pair_button.clicked.connect(self.pair)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_window(self, "join_room", QSize(560, 480))
        self._show_page(FIND)
        self.retranslate_ui()
        if discover:
            self.browse()

    # -- pages -----------------------------------------------------------------
    def _build_find(self) -> None:
        page = QWidget(self.pages)
        self.find_intro = QLabel(page)
        self.find_intro.setWordWrap(True)
        self.found_title = QLabel(page)
        self.found_list = QListWidget(page)
        self.found_title.setBuddy(self.found_list)
        self.found_list.currentItemChanged.connect(self._room_chosen)
        self.browse_status = QLabel(page)
        self.browse_status.setWordWrap(True)
        self.browse_button = QPushButton(page)
        self.browse_button.clicked.connect(self.browse)
        self.address_edit = QLineEdit(page)
        self.address_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.address_edit.setPlaceholderText("192.168.1.10:8080")
        self.code_edit = QLineEdit(page)
        self.code_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code_edit.setMaxLength(16)
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.name_edit = QLineEdit(default_label(), page)
        self.name_edit.setMaxLength(64)
        self.address_title = QLabel(page)
        self.address_title.setWordWrap(True)
        self.address_title.setBuddy(self.address_edit)
        self.code_title = QLabel(page)
        self.code_title.setWordWrap(True)
        self.code_title.setBuddy(self.code_edit)
        self.name_title = QLabel(page)
        self.name_title.setBuddy(self.name_edit)
        browse_row = QHBoxLayout()
        browse_row.addWidget(self.browse_status, 1)
        browse_row.addWidget(self.browse_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.find_intro)
        layout.addWidget(self.found_title)
        layout.addWidget(self.found_list, 1)
        layout.addLayout(browse_row)
        # Title above field, in a plain column: a wrapped title in a QFormLayout
        # overlaps its field in long (French, Arabic) sentences.
        for title, field in (
            (self.address_title, self.address_edit),
            (self.code_title, self.code_edit),
            (self.name_title, self.name_edit),
        ):
            layout.addSpacing(4)
            layout.addWidget(title)
            layout.addWidget(field)
        self.pages.addWidget(page)

    def _build_compare(self) -> None:
        page = QWidget(self.pages)
        self.compare_intro = QLabel(page)
        self.compare_intro.setWordWrap(True)
        font = self.compare_intro.font()
        font.setBold(True)
        self.compare_intro.setFont(font)
        self.room_title = QLabel(page)
        self.room_fingerprint = fingerprint_label(page)
        self.own_title = QLabel(page)
        self.own_fingerprint = fingerprint_label(page)
        self.compare_advice = QLabel(page)
        self.compare_advice.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.compare_intro)
        for title, value in (
            (self.room_title, self.room_fingerprint),
            (self.own_title, self.own_fingerprint),
        ):
            layout.addSpacing(8)
            layout.addWidget(title)
            layout.addWidget(value)
        layout.addSpacing(8)
        layout.addWidget(self.compare_advice)
        # Waiting stays on this page: the facilitator compares with these fingerprints.
        self.wait_label = QLabel(page)
        self.wait_label.setWordWrap(True)
        font = self.wait_label.font()
        font.setBold(True)
        self.wait_label.setFont(font)
        self.wait_bar = QProgressBar(page)
        self.wait_bar.setRange(0, 0)
        self.wait_bar.setTextVisible(False)
        layout.addSpacing(8)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.wait_bar)
        layout.addStretch(1)
        self.pages.addWidget(page)

    def _show_page(self, page: int) -> None:
        self.waiting = page == WAIT
        self.pages.setCurrentIndex(COMPARE if page == WAIT else page)
        self.wait_label.setVisible(self.waiting)
        self.wait_bar.setVisible(self.waiting)
        self.compare_advice.setVisible(page == COMPARE)
        self.next_button.setVisible(page == FIND)
        self.pair_button.setVisible(page == COMPARE)
        if page == COMPARE:
            self.pair_button.setDefault(True)
            self.pair_button.setFocus()
        elif page == FIND:
            self.next_button.setDefault(True)

    @property
    def page(self) -> int:
        return WAIT if self.waiting else self.pages.currentIndex()

    # -- steps -------------------------------------------------------------------
    def browse(self) -> None:
        """Look for rooms on the network for a few seconds (on a worker thread)."""
        if self.browsing:
            return
        from sim_facilitator.room.discovery import browse

        self.browsing = True
        self.browse_button.setEnabled(False)
        self._say_browsing()
        run_in_thread(self.bridge, "browse", lambda: browse(BROWSE_S))

    def send_code(self) -> None:
        """Send the pairing code to the typed or chosen room (on a worker thread)."""
        url = self.address_edit.text().strip()
        code = "".join(self.code_edit.text().split())
        if not url:
            self._fail(self.tr("Type the address shown on the room's screen, or choose a room."))
            return
        if not code:
            self._fail(self.tr("Type the pairing code shown on the room's laptop."))
            return
        self._clear_error()
        self.next_button.setEnabled(False)
        db_path, label = self.db_path, self.name_edit.text().strip()
        run_in_thread(self.bridge, "pair", lambda: start_pairing(db_path, url, code, label))

    def pair(self) -> None:
        """The fingerprints match: prove this laptop's key and wait for the facilitator."""
        offer = self.offer
        if offer is None:
            return
        self._clear_error()
        self._cancel.clear()
        self._show_page(WAIT)
        db_path, cancel = self.db_path, self._cancel
        run_in_thread(
            self.bridge, "finish", lambda: finish_pairing(db_path, offer, WAIT_S, cancel.is_set)
        )

    def reject(self) -> None:
        self._cancel.set()  # a waiting finish_pairing gives up within half a second
        super().reject()

    def _finished(self, tag: str, outcome: object) -> None:
        if tag == "browse":
            self.browsing = False
            self.browse_button.setEnabled(True)
            self._show_found(outcome)
        elif tag == "pair":
            self.next_button.setEnabled(True)
            if isinstance(outcome, PairingOffer):
                self.offer = outcome
                self.room_fingerprint.setText(isolated(outcome.room_fingerprint))
                self.own_fingerprint.setText(isolated(outcome.own_fingerprint))
                self._show_page(COMPARE)
            elif isinstance(outcome, BaseException):
                self._fail(sync_error_text(outcome))
        elif tag == "finish":
            if self._cancel.is_set():
                return  # the person cancelled: the dialog is closing
            if isinstance(outcome, BaseException):
                self.offer = None
                self._show_page(FIND)
                self._fail(sync_error_text(outcome))
            elif self.offer is not None:
                self.url = self.offer.url
                self.accept()

    def _show_found(self, outcome: object) -> None:
        self.found_list.clear()
        rooms = outcome if isinstance(outcome, list) else []
        for room in rooms:
            title = room.title or self.tr("Room")
            text = "\n".join(
                (
                    f"{title} — {isolated(room.url.rstrip('/'))}",
                    self.tr("Fingerprint: %1").replace("%1", isolated(room.fingerprint)),
                )
            )
            item = QListWidgetItem(text, self.found_list)
            item.setData(Qt.ItemDataRole.UserRole, room.url)
        self.found_count = len(rooms)
        if rooms and not self.address_edit.text().strip():
            self.found_list.setCurrentRow(0)
        self._say_found()

    def _room_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.address_edit.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    def _fail(self, message: str) -> None:
        self.error = message
        self.error_label.setText(message)
        self.error_label.show()

    def _clear_error(self) -> None:
        self.error = ""
        self.error_label.clear()
        self.error_label.hide()

    # -- texts ---------------------------------------------------------------------
    def _say_browsing(self) -> None:
        self.browse_status.setText(self.tr("Looking for rooms on the network…"))

    def _say_found(self) -> None:
        if not self.discover:
            self.browse_status.setText("")
        elif self.browsing:
            self._say_browsing()
        elif self.found_count:
            self.browse_status.setText(self.tr("%n room(s) found.", "", self.found_count))
        else:
            self.browse_status.setText(
                self.tr(
                    "No room found (many hotspots block this search)."
                    " Type the address shown on the room's screen."
                )
            )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Join a room"))
        self.find_intro.setText(
            self.tr(
                "Sync this laptop with the facilitator's laptop, on the room's network:"
                " what either of you captures appears on both."
            )
        )
        self.found_title.setText(self.tr("Rooms found on the network:"))
        self.browse_button.setText(self.tr("Search again"))
        self._say_found()
        self.address_title.setText(self.tr("Address of the room (shown on the room's screen):"))
        self.code_title.setText(
            self.tr("Pairing code (6 digits, shown beside the join screen on the room's laptop):")
        )
        self.name_title.setText(self.tr("Name of this laptop:"))
        self.compare_intro.setText(
            self.tr("Compare these two fingerprints with the ones on the facilitator's screen.")
        )
        self.room_title.setText(self.tr("The room's laptop:"))
        self.own_title.setText(self.tr("This laptop:"))
        self.compare_advice.setText(
            self.tr(
                "If a single character differs, cancel: you reached another laptop."
                " If they match, pair, then the facilitator confirms on the room's laptop."
            )
        )
        self.wait_label.setText(
            self.tr("Waiting for the facilitator to confirm on the room's laptop…")
        )
        self.next_button.setText(self.tr("&Next"))
        self.pair_button.setText(self.tr("They match — &pair"))
        self.cancel_button.setText(self.tr("Cancel"))
