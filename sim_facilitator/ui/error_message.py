"""Domain errors shown as sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..models.errors import DomainError


def error_text(error: DomainError) -> str:
    """The error's template translated in the ``Errors`` context, then filled in.

    Text parameters (field names such as "title") are translated in the same
    context, so "The title cannot be empty." reads right in every language.
    """
    template = QCoreApplication.translate("Errors", error.template)
    params = {
        key: QCoreApplication.translate("Errors", value) if isinstance(value, str) else value
        for key, value in error.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return error.template.format(**error.params)


def show_error(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Errors", "This was not saved"), error_text(error)
    )
