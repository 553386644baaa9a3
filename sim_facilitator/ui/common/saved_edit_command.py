"""The undo command both undo histories share: an edit saved before it is pushed.

The edit is done through the domain functions *before* the command is pushed
(a refused input never reaches the stack, and nothing is done twice), so the
first ``redo()`` that ``QUndoStack.push`` calls is skipped. Undo and redo are
themselves ordinary saved edits, each on disk at once and travelling in bundles
like any other change. A step the store refuses drops the command from the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store

Reporter = Callable[[DomainError], None]


class SavedEditCommand(QUndoCommand):
    def __init__(self, store: Store, report: Reporter, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.report = report
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the edit was saved before the push
            self._pushed = True
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            self.perform(step)
        except DomainError as error:
            # The data changed elsewhere (another laptop, another view) in a way
            # this step cannot follow: say so, and drop the command rather than
            # pretend it worked.
            self.setObsolete(True)
            self.report(error)
        self.after_step()

    def perform(self, step: Callable[[], None]) -> None:
        """Run one undo or redo step; a subclass wraps it (in a transaction, say)."""
        step()

    def after_step(self) -> None:
        """What follows every step, done or refused (a repaint, say)."""

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError
