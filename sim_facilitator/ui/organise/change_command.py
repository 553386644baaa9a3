"""An undoable organise step: a domain ChangeSet wrapped in a ``SavedEditCommand``.

Undo writes the previous values back and redo the new ones, each as one saved
transaction of the ChangeSet; ``after`` runs after every step, done or refused.
"""

from __future__ import annotations

from collections.abc import Callable

from sim_facilitator.domain.organise.changeset import ChangeSet
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.saved_edit_command import Reporter, SavedEditCommand


class ChangeSetCommand(SavedEditCommand):
    def __init__(
        self,
        store: Store,
        change: ChangeSet,
        text: str,
        after: Callable[[], None],
        report: Reporter,
    ) -> None:
        super().__init__(store, report, text)
        self.change = change
        self.after = after

    def apply(self) -> None:
        self.change.redo(self.store)

    def revert(self) -> None:
        self.change.undo(self.store)

    def after_step(self) -> None:
        self.after()
