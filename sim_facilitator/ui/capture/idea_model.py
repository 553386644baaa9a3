"""The ideas of one workshop as a table model: text, guiding question, author.

Rows are cached (one small record per idea, in the order they were captured),
so 20,000 ideas cost one read at load time and nothing per paint. A new,
edited or deleted idea changes one row with ``beginInsertRows`` /
``dataChanged`` / ``beginRemoveRows``, never a reset. Each cell is aligned
by its own text's direction: an Arabic idea is right-aligned in a French
interface and a French idea left-aligned in an Arabic one.

Ideas sent from phones (``origin == "room"``) have no participant as author:
the author column shows that they came from a phone, the name typed there,
and whether they wait for approval or are hidden from the projector.

Ideas typed from a photo of a flipchart (``photo_id``) say so in the author
column: "Amina · photo 3", with the number the minutes' photo annex prints.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sim_facilitator.domain.ideas import edit_idea_text
from sim_facilitator.domain.photos.records import photo_numbers
from sim_facilitator.engine.changes import creation_stamp, creation_stamps
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of, fold_for_search

AnyIndex = QModelIndex | QPersistentModelIndex
# (the id's millisecond, the HLC stamp of the idea's creation or 0, the id)
OrderKey = tuple[str, int, str]

TEXT, QUESTION, AUTHOR = range(3)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 2  # "rtl" or "ltr", of the cell's own text
QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole + 3
AUTHOR_ID_ROLE = Qt.ItemDataRole.UserRole + 4

# AlignAbsolute: "right" means right even in a right-to-left interface.
_ALIGN = {
    "rtl": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    "ltr": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
}
_NEWLINE_MARK = " \u21b5 "  # how a line break shows in the one-line list cell
# What QAbstractTableModel.flags gives a valid cell; the text column is editable.
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable
# A painted cell: its one-line text, its alignment, its text's direction ("rtl"/"ltr").
Cell = tuple[str, Qt.AlignmentFlag, str]


@dataclass
class IdeaRow:
    id: str
    text: str
    direction: str
    question_id: str | None
    author_id: str | None
    origin: str | None = None  # "room": sent from a phone
    display_name: str | None = None  # the name typed on the phone (not a participant)
    moderation: str | None = None  # "pending", "hidden", "approved" or None
    photo_id: str | None = None  # the photo it was typed from


@dataclass(frozen=True)
class Label:
    """A question or a participant as the list shows it."""

    short: str
    full: str
    direction: str


def room_label(row: IdeaRow) -> Label:
    """The author cell of an idea from a phone: "waiting for approval — Phone: Amina".

    The moderation state comes first: in a narrow column it is what must show.

    Translated when painted (only phone ideas pay for it), so a language switch
    needs no reload.
    """

    if row.display_name:  # isolated (FSI … PDI): a Latin name in an Arabic sentence
        text = QCoreApplication.translate("IdeaModel", "Phone: {name}").format(
            name=f"\u2068{row.display_name}\u2069"
        )
    else:
        text = QCoreApplication.translate("IdeaModel", "Phone")
    state = None
    if row.moderation == "pending":
        state = QCoreApplication.translate("IdeaModel", "waiting for approval")
    elif row.moderation == "hidden":
        state = QCoreApplication.translate("IdeaModel", "hidden from the projector")
    if state is not None:
        text = f"{state} — {text}"
    return Label(text, text, direction_of(text))


def photo_mark(author: Label | None, number: int) -> Label:
    """The author cell of an idea typed from a photo: "photo 3", after the author if any."""
    mark = QCoreApplication.translate("IdeaModel", "photo {n}").format(n=number)
    if author is None:
        return Label(
            mark,
            QCoreApplication.translate("IdeaModel", "Typed from photo {n}").format(n=number),
            direction_of(mark),
        )
    text = f"{author.short} · {mark}"
    full = f"{author.full} · " + QCoreApplication.translate(
        "IdeaModel", "typed from photo {n}"
    ).format(n=number)
    return Label(text, full, author.direction)


class IdeaModel(QAbstractTableModel):
    """Ideas of one workshop (deleted and merged-away ideas left out)."""

    failed = Signal(object)  # a DomainError raised by an edit made in the list

    def __init__(self, store: Store, workshop_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self._rows: list[IdeaRow] = []
        self._order: list[OrderKey] = []  # parallel to _rows, ascending, for bisect
        self._known: dict[str, OrderKey] = {}  # every idea's place, kept after removal
        self._keys: list[str] = []  # parallel to _rows: search keys (see search_keys)
        self._questions: dict[str, Label] = {}
        self._authors: dict[str, Label] = {}
        self._photos: dict[str, int] = {}  # photo id -> its number in the minutes
        # Called with (idea_id, new_text) when a cell is edited; the capture
        # view replaces it with one that records an undoable command.
        self.text_editor: Callable[[str, str], None] = self._edit_directly
        self.refresh()

    # -- loading --------------------------------------------------------
    def refresh(self) -> None:
        """Reload every idea, question and participant from the store."""
        self.beginResetModel()
        self._load_labels()
        rows = [
            self._row_from(r)
            for r in self.store.list(
                "idea", "workshop_id = ? AND merged_into IS NULL", [self.workshop_id]
            )
        ]
        # Rows come sorted by id: UUIDv7 ids sort by the millisecond they were
        # made in. Only ideas sharing a millisecond (bulk-created, imported)
        # need their creation stamps to come out in the order they were made.
        tied = [
            r.id
            for i, r in enumerate(rows)
            if (i > 0 and rows[i - 1].id[:13] == r.id[:13])
            or (i + 1 < len(rows) and rows[i + 1].id[:13] == r.id[:13])
        ]
        created = creation_stamps(self.store, "idea", tied) if tied else {}
        keyed = sorted(((r.id[:13], created.get(r.id, 0), r.id), r) for r in rows)
        self._known = {key[2]: key for key, _ in keyed}
        self._rows = [r for _, r in keyed]
        self._order = [key for key, _ in keyed]
        self._keys = [self._key_of(r) for r in self._rows]
        self.endResetModel()

    def refresh_labels(self) -> None:
        """Re-read question and participant names (after set-up or check-in changed them)."""
        before = (self._questions, self._authors, self._photos)
        self._load_labels()
        if (self._questions, self._authors, self._photos) == before:
            return
        self._keys = [self._key_of(r) for r in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, QUESTION), self.index(len(self._rows) - 1, AUTHOR))

    def _load_labels(self) -> None:
        questions = self.store.in_workshop("question", self.workshop_id, order_by="position, id")
        self._questions = {
            q["id"]: Label(str(n), q["text"], direction_of(q["text"]))
            for n, q in enumerate(questions, start=1)
        }
        self._authors = {
            p["id"]: Label(p["name"], p["name"], direction_of(p["name"]))
            for p in self.store.in_workshop("participant", self.workshop_id, order_by="name")
        }
        self._photos = photo_numbers(self.store, self.workshop_id)

    @staticmethod
    def _row_from(record: dict[str, Any]) -> IdeaRow:
        text = record["text"] or ""
        return IdeaRow(
            id=record["id"],
            text=text,
            direction=record["direction"] or direction_of(text),
            question_id=record["question_id"],
            author_id=record["author_id"],
            origin=record.get("origin"),
            display_name=record.get("display_name"),
            moderation=record.get("moderation"),
            photo_id=record.get("photo_id"),
        )

    def _key_of(self, row: IdeaRow) -> str:
        author = self._authors.get(row.author_id or "")
        name = author.full if author is not None else row.display_name
        return fold_for_search(row.text if not name else f"{row.text}\n{name}")

    # -- incremental changes ----------------------------------------------
    def _key_for(self, idea_id: str) -> OrderKey:
        key = self._known.get(idea_id)
        if key is None:
            key = (idea_id[:13], creation_stamp(self.store, "idea", idea_id), idea_id)
            self._known[idea_id] = key
        return key

    def row_of(self, idea_id: str) -> int | None:
        key = self._known.get(idea_id)
        if key is None:
            return None
        pos = bisect.bisect_left(self._order, key)
        if pos < len(self._order) and self._order[pos] == key:
            return pos
        return None

    def idea_id(self, row: int) -> str:
        return self._rows[row].id

    def moderation_of(self, row: int) -> str | None:
        """The room's moderation state of a row's idea (None: not held back)."""
        return self._rows[row].moderation

    def insert_idea(self, idea_id: str) -> int | None:
        """Show one idea that is now in the store; returns its row."""
        existing = self.row_of(idea_id)
        if existing is not None:
            self.reload_idea(idea_id)
            return existing
        record = self.store.get("idea", idea_id)
        if record is None or record["deleted"] or record["merged_into"]:
            return None
        if (record["author_id"] and record["author_id"] not in self._authors) or (
            record.get("photo_id") and record["photo_id"] not in self._photos
        ):
            self._load_labels()  # a participant checked in, a photo added since the last load
        row = self._row_from(record)
        key = self._key_for(idea_id)
        pos = bisect.bisect_left(self._order, key)
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._rows.insert(pos, row)
        self._order.insert(pos, key)
        self._keys.insert(pos, self._key_of(row))
        self.endInsertRows()
        return pos

    def remove_idea(self, idea_id: str) -> None:
        pos = self.row_of(idea_id)
        if pos is None:
            return
        self.beginRemoveRows(QModelIndex(), pos, pos)
        del self._rows[pos], self._order[pos], self._keys[pos]
        self.endRemoveRows()

    def reload_idea(self, idea_id: str) -> None:
        """Re-read one idea after it changed in the store."""
        pos = self.row_of(idea_id)
        if pos is None:
            self.insert_idea(idea_id)
            return
        record = self.store.get("idea", idea_id)
        if record is None or record["deleted"] or record["merged_into"]:
            self.remove_idea(idea_id)
            return
        self._rows[pos] = self._row_from(record)
        self._keys[pos] = self._key_of(self._rows[pos])
        self.dataChanged.emit(self.index(pos, TEXT), self.index(pos, AUTHOR))

    # -- what the filter and the view read ----------------------------------
    @property
    def search_keys(self) -> list[str]:
        """One folded search key per row (text and author), in row order."""
        return self._keys

    def question_labels(self) -> list[tuple[str, Label]]:
        """(question id, label) in the workshop's order."""
        return list(self._questions.items())

    def author_labels(self) -> list[tuple[str, Label]]:
        return list(self._authors.items())

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, TEXT, AUTHOR)

    # -- QAbstractTableModel --------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def _cell(self, row: IdeaRow, column: int) -> Label | None:
        if column == TEXT:
            return Label(row.text.replace("\n", _NEWLINE_MARK), row.text, row.direction)
        if column == QUESTION:
            return self._questions.get(row.question_id or "")
        author = self._authors.get(row.author_id or "")
        if author is None and row.origin == "room":
            author = room_label(row)
        number = self._photos.get(row.photo_id or "") if row.photo_id else None
        if number is None:
            return author
        return photo_mark(author, number)

    @staticmethod
    def _alignment(column: int, cell: Label) -> Qt.AlignmentFlag:
        if column == QUESTION:  # a number: centred reads the same in both directions
            return Qt.AlignmentFlag.AlignCenter
        return _ALIGN[cell.direction] | Qt.AlignmentFlag.AlignVCenter

    def display(self, row: int, column: int) -> Cell | None:
        """What a painted cell shows (text, alignment, direction), in one call.

        The delegate reads this instead of asking ``data()`` for each of the
        roles a QStyledItemDelegate reads (font, colours, check state, icon,
        text, alignment, background: most are empty here), each a call from
        Qt into Python through the filter proxy. A role added to ``data()``
        that changes how a cell looks must be added here too
        (tests/gui/test_idea_paint.py compares both paths).
        """
        cell = self._cell(self._rows[row], column)
        if cell is None:
            return None
        return cell.short, self._alignment(column, cell), cell.direction

    def column_flags(self, column: int) -> Qt.ItemFlag:
        """The flags of every valid cell of ``column`` (they do not depend on the row)."""
        return _EDITABLE_FLAGS if column == TEXT else _FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.data_at(index.row(), index.column(), role)

    def data_at(self, source_row: int, column: int, role: int) -> Any:
        """``data()`` without a model index (the filter proxy calls it directly)."""
        row = self._rows[source_row]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.EditRole:
            return row.text if column == TEXT else None
        if role == QUESTION_ID_ROLE:
            return row.question_id
        if role == AUTHOR_ID_ROLE:
            return row.author_id
        cell = self._cell(row, column)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.short
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.full
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column, cell)
        if role == DIRECTION_ROLE:
            return cell.direction
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        return self.column_flags(index.column())

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TEXT or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if str(value) == row.text:
            return False
        try:
            self.text_editor(row.id, str(value))
        except DomainError as error:
            self.failed.emit(error)
            return False
        return True

    def _edit_directly(self, idea_id: str, text: str) -> None:
        edit_idea_text(self.store, idea_id, text)
        self.reload_idea(idea_id)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("IdeaModel", "Idea"),
            QCoreApplication.translate("IdeaModel", "Question"),
            QCoreApplication.translate("IdeaModel", "Author"),
        )
        return titles[section] if 0 <= section < len(titles) else None
