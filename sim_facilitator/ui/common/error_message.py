"""Domain errors shown as sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP, DomainError

# Field names that reach messages untranslated by the domain (schema.FIELD_LABELS
# covers a few); marked here so they are translated in the "Errors" context too.
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Errors", "planned minutes"),
    QT_TRANSLATE_NOOP("Errors", "organisation"),
    QT_TRANSLATE_NOOP("Errors", "theme"),
    QT_TRANSLATE_NOOP("Errors", "venue"),
    QT_TRANSLATE_NOOP("Errors", "facilitator"),
    QT_TRANSLATE_NOOP("Errors", "region"),
    QT_TRANSLATE_NOOP("Errors", "language"),
    QT_TRANSLATE_NOOP("Errors", "status"),
    QT_TRANSLATE_NOOP("Errors", "text"),
    QT_TRANSLATE_NOOP("Errors", "code"),
    QT_TRANSLATE_NOOP("Errors", "version"),
    QT_TRANSLATE_NOOP("Errors", "what"),
    QT_TRANSLATE_NOOP("Errors", "owner"),
    QT_TRANSLATE_NOOP("Errors", "due"),
    QT_TRANSLATE_NOOP("Errors", "kind"),
    QT_TRANSLATE_NOOP("Errors", "age band"),
)


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
