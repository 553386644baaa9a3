"""An undoable organise step: a domain ChangeSet wrapped in a QUndoCommand.

The step is done through the domain functions *before* the command is pushed
(a refused input never reaches the stack), so the first ``redo()`` that
``QUndoStack.push`` calls is skipped. Undo writes the previous values back and
redo the new ones, each as one saved transaction that travels in bundles like
any other change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from sim_facilitator.domain.organise import ChangeSet
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store

Reporter = Callable[[DomainError], None]


class ChangeSetCommand(QUndoCommand):
    def __init__(
        self,
        store: Store,
        change: ChangeSet,
        text: str,
        after: Callable[[], None],
        report: Reporter,
    ) -> None:
        super().__init__(text)
        self.store = store
        self.change = change
        self.after = after
        self.report = report
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self.change.redo)

    def undo(self) -> None:
        self._run(self.change.undo)

    def _run(self, step: Callable[[Store], None]) -> None:
        try:
            step(self.store)
        except DomainError as error:
            # Something changed elsewhere (another laptop, another view) so this
            # step can no longer be replayed: say so and drop it from the stack.
            self.setObsolete(True)
            self.report(error)
        self.after()
