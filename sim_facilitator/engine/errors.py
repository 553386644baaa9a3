"""Errors the user can read, in their own language.

The domain has no Qt, but its messages must reach the user translated. Each
message template is marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` — a no-op
here that ``pyside6-lupdate`` recognises by name — so the templates land in the
``.ts`` files under the context ``Errors``. The UI translates ``error.template``
in that context and fills in ``error.params``; the CLI prints the English text.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class DomainError(Exception):
    """Base of every refusal the user should see as a sentence."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(DomainError):
    """Input the user gave (or a file carried) is not acceptable."""


class NotFoundError(DomainError):
    """The thing referred to does not exist in this database."""


_ = QT_TRANSLATE_NOOP
EMPTY_TEXT = _("Errors", "The {field} cannot be empty.")
TOO_LONG = _("Errors", "The {field} is too long ({length} characters; at most {limit}).")
NOT_A_DATE = _("Errors", "“{value}” is not a date; write it as YYYY-MM-DD.")
NOT_A_NUMBER = _("Errors", "The {field} must be a whole number.")
OUT_OF_RANGE = _("Errors", "The {field} must be between {low} and {high}.")
NOT_A_CHOICE = _("Errors", "“{value}” is not a valid {field}.")
UNKNOWN_WORKSHOP = _("Errors", "There is no workshop with id {id} in this database.")
UNKNOWN_ENTITY = _("Errors", "There is no {entity} with id {id} in this database.")
WRONG_WORKSHOP = _("Errors", "The {entity} {id} belongs to another workshop.")
BAD_TYPE = _("Errors", "The {field} has the wrong kind of value.")
UNKNOWN_FIELD = _("Errors", "{entity} has no field called {field}.")
