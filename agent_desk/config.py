"""Where things live: the data dir (platformdirs, or AGENT_DESK_HOME for tests
and portable installs) and the resources shipped with the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "AgentDesk"
APP_AUTHOR = "AgentDesk"
HOME_ENV = "AGENT_DESK_HOME"


def data_dir() -> Path:
    """The agent's data dir, created on first use."""
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def book_path() -> Path:
    return data_dir() / "book.sqlite3"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def project_root() -> Path:
    """The folder holding resources/ and alembic/: the source checkout, or the
    PyInstaller bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def migrations_dir() -> Path:
    return project_root() / "alembic"


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
