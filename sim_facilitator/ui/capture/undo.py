"""Undoable capture edits: add, edit and delete ideas.

Each is a ``SavedEditCommand``, pushed after its action succeeded; a delete is
undone by ``Store.restore``, an edit by writing the previous text back, each
step in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from sim_facilitator.domain.ideas import edit_idea_text
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.idea_model import IdeaModel
from sim_facilitator.ui.common.saved_edit_command import Reporter, SavedEditCommand


class IdeaCommand(SavedEditCommand):
    def __init__(self, store: Store, model: IdeaModel, report: Reporter, text: str) -> None:
        super().__init__(store, report, text)
        self.model = model

    def perform(self, step: Callable[[], None]) -> None:
        with self.store.transaction():
            step()


class AddIdeaCommand(IdeaCommand):
    def __init__(self, store: Store, model: IdeaModel, report: Reporter, idea_id: str) -> None:
        super().__init__(store, model, report, QCoreApplication.translate("Undo", "add an idea"))
        self.idea_id = idea_id

    def apply(self) -> None:
        self.store.restore("idea", self.idea_id)
        self.model.insert_idea(self.idea_id)

    def revert(self) -> None:
        self.store.delete("idea", self.idea_id)
        self.model.remove_idea(self.idea_id)


class EditIdeaCommand(IdeaCommand):
    def __init__(
        self,
        store: Store,
        model: IdeaModel,
        report: Reporter,
        idea_id: str,
        old_text: str,
        new_text: str,
    ) -> None:
        super().__init__(store, model, report, QCoreApplication.translate("Undo", "edit an idea"))
        self.idea_id = idea_id
        self.old_text = old_text
        self.new_text = new_text

    def apply(self) -> None:
        edit_idea_text(self.store, self.idea_id, self.new_text)
        self.model.reload_idea(self.idea_id)

    def revert(self) -> None:
        edit_idea_text(self.store, self.idea_id, self.old_text)
        self.model.reload_idea(self.idea_id)


class UndoTexts(QObject):
    """Plural labels of the undo stack: lupdate extracts a plural only from ``self.tr``."""

    def delete_ideas(self, count: int) -> str:
        return self.tr("delete %n idea(s)", "", count)


class DeleteIdeasCommand(IdeaCommand):
    def __init__(
        self, store: Store, model: IdeaModel, report: Reporter, idea_ids: list[str]
    ) -> None:
        super().__init__(store, model, report, UndoTexts().delete_ideas(len(idea_ids)))
        self.idea_ids = list(idea_ids)

    def apply(self) -> None:
        for idea_id in self.idea_ids:
            self.store.delete("idea", idea_id)
        for idea_id in self.idea_ids:
            self.model.remove_idea(idea_id)

    def revert(self) -> None:
        for idea_id in self.idea_ids:
            self.store.restore("idea", idea_id)
        for idea_id in self.idea_ids:
            self.model.insert_idea(idea_id)
