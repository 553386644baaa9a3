"""A name for a field that has no visible label of its own, read by every screen reader.

``setAccessibleName`` is enough for a line edit, but on Linux Qt names a combo box by
the choice it shows and gives its label only through the labelled-by relation, which
comes from a QLabel buddy. A combo box without a visible label (a filter, a field whose
first choice says what it is for) gets a hidden label as its buddy, so Orca reads
"Region: All regions" and not "All regions" alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

HIDDEN_LABEL = "field_name_label"


def name_field(field: QWidget, name: str) -> None:
    """Name ``field`` (already translated); call again when the language changes."""
    field.setAccessibleName(name)
    if not isinstance(field, QComboBox):
        return
    parent = field.parentWidget()
    label = next(
        (
            child
            for child in (parent.findChildren(QLabel, HIDDEN_LABEL) if parent else [])
            if child.buddy() is field
        ),
        None,
    )
    if label is None:
        label = QLabel(parent)
        label.setObjectName(HIDDEN_LABEL)
        label.setBuddy(field)
        label.hide()  # the field shows its purpose already (its first choice, its place)
    label.setText(name)
