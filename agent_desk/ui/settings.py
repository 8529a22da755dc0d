"""Every setting declared once, with its default, read through one registry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from agent_desk import config

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
CLIENTS_SPLITTER = Setting("clients/splitter", QByteArray, QByteArray())
CLIENT_LIST_HEADER = Setting("clients/header", QByteArray, QByteArray())
LAST_SCREEN = Setting("window/last_screen", str, "today")  # Today is the home screen
LAST_CLIENT = Setting("clients/last_client", str, "")
PLANS_SPLITTER = Setting("plans/splitter", QByteArray, QByteArray())
PROPOSAL_PAPER = Setting("proposals/paper", str, "a4")  # the paper of the agent's last proposal
PROPOSAL_SAVE_DIR = Setting("proposals/save_dir", str, "")  # where "Save as…" last put a proposal
PROPOSAL_DIALOG_GEOMETRY = Setting("proposals/dialog_geometry", QByteArray, QByteArray())
SYNC_INTERVAL = Setting("sync/interval_minutes", int, 5)  # between automatic syncs while the office answers
SYNC_SERVER = Setting("sync/last_server", str, "http://127.0.0.1:8765")  # the office address last enrolled with
# Column mappings of client import files, as JSON {layout signature: [field or null per column]}.
CLIENT_IMPORT_MAPPINGS = Setting("import/client_mappings", str, "{}")
IMPORT_DIR = Setting("import/last_dir", str, "")  # where the last import file was picked
EXPORT_DIR = Setting("export/last_dir", str, "")  # where the last CSV export was saved
LOCK_AFTER_MINUTES = Setting("security/lock_after_minutes", int, 10)  # a protected book locks after this long unused; 0 never
LANGUAGE = Setting("ui/language", str, "")  # "en", "zh_TW" or "zh_CN"; "" follows the system, else English


class Settings:
    """Settings in an .ini file in the data dir (so AGENT_DESK_HOME isolates tests)."""

    def __init__(self, path: str | None = None):
        self._store = QSettings(str(path or config.settings_path()), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._store.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.type is bool and isinstance(value, str):
            return value.lower() in ("true", "1")  # type: ignore[return-value]
        if setting.type in (int, float, str) and not isinstance(value, setting.type):
            try:
                return setting.type(value)
            except (TypeError, ValueError):
                return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()
