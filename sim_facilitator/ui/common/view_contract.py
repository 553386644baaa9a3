"""The contract every tab of an open workshop keeps.

A tab is built as ``View(store, workshop_id, parent)``, sets its translated
title with ``setWindowTitle`` (the tab bar shows it and follows its changes),
retranslates itself on a language switch and reloads from the store in
``refresh()``, which the workspace calls each time the tab is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.retranslating import Retranslating


class WorkspaceView(Retranslating, QWidget):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id

    def refresh(self) -> None:
        raise NotImplementedError
