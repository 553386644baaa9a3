"""Every setting of the app, with its default and type, behind one QSettings.

Settings live in an INI file: ``SIM_FACILITATOR_SETTINGS`` names it (tests
point it at a temporary folder), otherwise the user's config folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from sim_facilitator.paths import APP_NAME

ENV_SETTINGS = "SIM_FACILITATOR_SETTINGS"
WINDOWS_GROUP = "windows"


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    type: type


SETTINGS: dict[str, Setting] = {
    "language": Setting("ui/language", "ar", str),
    "last_workshop": Setting("workspace/last_workshop", "", str),
    "last_tab": Setting("workspace/last_tab", 0, int),
    "home_sort_column": Setting("home/sort_column", 1, int),
    "home_sort_descending": Setting("home/sort_descending", True, bool),
    "show_archived": Setting("home/show_archived", False, bool),
    "csv_folder": Setting("checkin/csv_folder", "", str),
    "welcome_shown": Setting("ui/welcome_shown", False, bool),
    # The room: workshops whose phone ideas wait for approval (ids, space-separated),
    # and the room's Wi-Fi as the join screen shows it. The password is the one the
    # projector shows to everyone in the room: nothing secret is kept here.
    "room_moderated": Setting("room/moderated_workshops", "", str),
    "room_wifi_name": Setting("room/wifi_name", "", str),
    "room_wifi_password": Setting("room/wifi_password", "", str),
}


def default_settings_path() -> Path:
    if os.environ.get(ENV_SETTINGS):
        return Path(os.environ[ENV_SETTINGS])
    import platformdirs  # only when SIM_FACILITATOR_SETTINGS does not name the file

    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "settings.ini"


class Settings:
    """Typed access to the declared settings; unknown names are a programming error."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def value(self, name: str) -> Any:
        setting = SETTINGS[name]
        raw = self._qsettings.value(setting.key, setting.default)
        if raw is None:
            return setting.default
        if setting.type is bool:
            if isinstance(raw, str):
                return raw.lower() in ("true", "1", "yes")
            return bool(raw)
        if setting.type is int:
            try:
                return int(str(raw))
            except (TypeError, ValueError):
                return setting.default
        if setting.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else setting.default
        return str(raw)

    def set_value(self, name: str, value: Any) -> None:
        setting = SETTINGS[name]
        if not isinstance(value, setting.type):
            raise TypeError(f"setting {name} expects {setting.type.__name__}")
        self._qsettings.setValue(setting.key, value)
        self._qsettings.sync()

    # Window places (ui/common/window_geometry.py) are keyed by window and screen, so
    # their names are made at run time rather than declared above.
    def window_place(self, key: str) -> str:
        raw = self._qsettings.value(f"{WINDOWS_GROUP}/{key}", "")
        return raw if isinstance(raw, str) else ""

    def set_window_place(self, key: str, value: str) -> None:
        self._qsettings.setValue(f"{WINDOWS_GROUP}/{key}", value)
        self._qsettings.sync()
