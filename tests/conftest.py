"""Shared fixtures. Every test runs with its own AGENT_DESK_HOME in tmp_path,
so no test ever touches the real book."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from agent_desk.store.book import Book, open_book  # noqa: E402


@pytest.fixture(autouse=True)
def agent_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "agent-home"
    monkeypatch.setenv("AGENT_DESK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty book migrated once per run; tests get copies (migrating costs ~0.4 s)."""
    path = tmp_path_factory.mktemp("template") / "book.sqlite3"
    open_book(path).close()
    return path


@pytest.fixture
def book_path(agent_home: Path, migrated_template: Path) -> Path:
    """The path of a fresh, migrated, empty book in this test's AGENT_DESK_HOME."""
    agent_home.mkdir(parents=True, exist_ok=True)
    path = agent_home / "book.sqlite3"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def book(book_path: Path) -> Iterator[Book]:
    opened = open_book(book_path)
    yield opened
    opened.close()
