"""Translated labels of the stored codes (regions, statuses, kinds of actor, ...).

The codes are data and never change; what the user reads is translated in the
``Labels`` context at display time, so a language switch relabels everything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _

LABELS: dict[str, str] = {
    # regions (the stored value is the official French-style name)
    "Tanger-Tétouan-Al Hoceïma": _("Labels", "Tanger-Tétouan-Al Hoceïma"),
    "L'Oriental": _("Labels", "L'Oriental"),
    "Fès-Meknès": _("Labels", "Fès-Meknès"),
    "Rabat-Salé-Kénitra": _("Labels", "Rabat-Salé-Kénitra"),
    "Béni Mellal-Khénifra": _("Labels", "Béni Mellal-Khénifra"),
    "Casablanca-Settat": _("Labels", "Casablanca-Settat"),
    "Marrakech-Safi": _("Labels", "Marrakech-Safi"),
    "Drâa-Tafilalet": _("Labels", "Drâa-Tafilalet"),
    "Souss-Massa": _("Labels", "Souss-Massa"),
    "Guelmim-Oued Noun": _("Labels", "Guelmim-Oued Noun"),
    "Laâyoune-Sakia El Hamra": _("Labels", "Laâyoune-Sakia El Hamra"),
    "Dakhla-Oued Ed-Dahab": _("Labels", "Dakhla-Oued Ed-Dahab"),
    "Moroccans of the world": _("Labels", "Moroccans of the world"),
    # workshop statuses
    "draft": _("Labels", "draft"),
    "active": _("Labels", "active"),
    "closed": _("Labels", "closed"),
    "archived": _("Labels", "archived"),
    # kinds of actor
    "association": _("Labels", "association"),
    "foundation": _("Labels", "foundation"),
    "cooperative": _("Labels", "cooperative"),
    "company": _("Labels", "company"),
    "public_body": _("Labels", "public body"),
    "donor": _("Labels", "donor"),
    "researcher": _("Labels", "researcher"),
    "citizen": _("Labels", "citizen"),
    "other": _("Labels", "other"),
    # genders
    "female": _("Labels", "woman"),
    "male": _("Labels", "man"),
    # age bands
    "under_25": _("Labels", "under 25"),
    "25_34": _("Labels", "25–34"),
    "35_44": _("Labels", "35–44"),
    "45_54": _("Labels", "45–54"),
    "55_64": _("Labels", "55–64"),
    "65_plus": _("Labels", "65 and over"),
}
GENDER_OTHER = _("Labels", "another gender")

# Language names are written in their own language, never translated.
LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français", "en": "English"}


def label(code: str | None, gender: bool = False) -> str:
    """The translated label of a stored code; '' for None, the code itself if unknown."""
    if not code:
        return ""
    if gender and code == "other":
        return QCoreApplication.translate("Labels", GENDER_OTHER)
    source = LABELS.get(code)
    return QCoreApplication.translate("Labels", source) if source else code
