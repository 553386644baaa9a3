"""Set-up of a workshop: details, framework of principles, agenda, guiding questions."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from sim_facilitator.domain import setup as S
from sim_facilitator.domain.workshops import add_agenda_item, add_question
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.view_contract import WorkspaceView
from sim_facilitator.ui.setup.details_form import DetailsForm
from sim_facilitator.ui.setup.framework_editor import FrameworkEditor
from sim_facilitator.ui.setup.ordered_list_editor import OrderedListEditor
from sim_facilitator.ui.setup.ordered_table_model import Column, OrderedTableModel


class SetupView(WorkspaceView):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, workshop_id, parent)
        self.details = DetailsForm(store, workshop_id, self)
        self.framework = FrameworkEditor(store, workshop_id, self)
        self.agenda_columns = [Column("title"), Column("planned_minutes", "int")]
        self.agenda = OrderedListEditor(
            OrderedTableModel(
                self.agenda_columns,
                lambda: S.agenda_of(store, workshop_id),
                lambda item, key, value: S.update_agenda_item(store, item, **{key: value}),
                self,
            ),
            self._add_agenda_item,
            lambda item, step: S.move_agenda_item(store, item, step),
            lambda item: S.delete_agenda_item(store, item),
            self,
        )
        self.question_columns = [Column("text")]
        self.questions = OrderedListEditor(
            OrderedTableModel(
                self.question_columns,
                lambda: S.questions_of(store, workshop_id),
                lambda item, _key, value: S.update_question(store, item, str(value)),
                self,
            ),
            lambda values: add_question(store, workshop_id, str(values["text"]).strip()),
            lambda item, step: S.move_question(store, item, step),
            lambda item: S.delete_question(store, item),
            self,
        )
        self.agenda.set_empty_hint(
            lambda: self.tr(
                "No agenda item yet. Type the first item's title and its planned "
                "minutes above, then press Enter."
            )
        )
        self.questions.set_empty_hint(
            lambda: self.tr("No guiding question yet. Type the first one above and press Enter.")
        )
        self.sections = QListWidget(self)
        self.sections.addItems(["", "", "", ""])
        self.pages = QStackedWidget(self)
        for page in (self.details, self.framework, self.agenda, self.questions):
            self.pages.addWidget(page)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        self.sections.setMaximumWidth(220)
        layout = QHBoxLayout(self)
        layout.addWidget(self.sections)
        layout.addWidget(self.pages, 1)
        self.retranslate_ui()

    def _add_agenda_item(self, values: dict[str, Any]) -> str:
        return add_agenda_item(
            self.store,
            self.workshop_id,
            str(values["title"]).strip(),
            int(values["planned_minutes"]),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set-up"))
        self.sections.setAccessibleName(self.tr("Set-up"))
        for row, text in enumerate(
            (
                self.tr("Details"),
                self.tr("Framework of principles"),
                self.tr("Agenda"),
                self.tr("Guiding questions"),
            )
        ):
            self.sections.item(row).setText(text)
        self.agenda_columns[0].header = self.tr("Agenda item")
        self.agenda_columns[1].header = self.tr("Planned minutes")
        self.question_columns[0].header = self.tr("Guiding question")
        self.agenda.heading.setText(
            self.tr("Agenda items in order, with their planned duration. Double-click to edit.")
        )
        self.questions.heading.setText(
            self.tr("The questions the ideas answer. Double-click to edit.")
        )
        self.agenda.retranslate_ui()
        self.questions.retranslate_ui()

    def refresh(self) -> None:
        self.details.refresh()
        self.framework.refresh()
        self.agenda.refresh()
        self.questions.refresh()
