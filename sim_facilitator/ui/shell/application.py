"""Application-wide settings that must be set once: fonts, language, direction."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from sim_facilitator.resources import fonts_dir, translations_dir

RTL_LANGUAGES = {"ar"}
_translators: weakref.WeakKeyDictionary[QCoreApplication, list[QTranslator]] = (
    weakref.WeakKeyDictionary()
)
LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_GB"}
LANGUAGES = tuple(LOCALES)


# The application font's families, in order: Qt takes each character from the first
# family that has it, so Tifinagh and emoji (Symbola's monochrome outlines) show on a
# machine whose system fonts lack them. Registering all eight files costs under 10 ms
# (Qt reads a font's tables only when it draws with it), so it stays on the start path.
FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Tifinagh", "Symbola"]


def install_fonts() -> list[str]:
    """Register the bundled fonts so Arabic, Tifinagh and emoji render with no system fonts."""
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and "Noto Sans" in families:
        font = app.font()
        # Noto Sans for Latin, then Arabic, Tifinagh and emoji: Qt falls back per character.
        font.setFamilies([f for f in FAMILIES if f in families])
        app.setFont(font)
    return families


def set_language(app: QCoreApplication, lang: str) -> None:
    """Switch every translator, the locale and the layout direction at once.

    Installing translators posts a LanguageChange event to every widget, whose
    ``changeEvent`` re-runs its ``retranslate_ui``. ``lang`` is "ar", "fr" or
    "en"; anything else falls back to English.
    """
    if lang not in LOCALES:
        lang = "en"
    # The translators installed last time, kept here rather than found again with
    # app.findChildren: that wraps every child of the app in Python, the style
    # among them, and building QStyle's enums costs ~10 ms at start.
    installed = _translators.setdefault(app, [])
    for old in installed:
        app.removeTranslator(old)
        old.deleteLater()
    installed.clear()
    if lang != "en":
        qt_tr = QTranslator(app)  # parented to the app: kept alive
        if qt_tr.load(
            f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_tr)
            installed.append(qt_tr)
    ours = QTranslator(app)
    if ours.load(f"sim_facilitator_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    QLocale.setDefault(QLocale(LOCALES[lang]))
    app.setProperty("sim_language", lang)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if lang in RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
    # Widgets get their LanguageChange as posted events: deliver them now, so the
    # whole interface has switched when this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def current_language(app: QCoreApplication | None = None) -> str:
    app = app or QCoreApplication.instance()
    value = app.property("sim_language") if app is not None else None
    return str(value) if value else "en"
