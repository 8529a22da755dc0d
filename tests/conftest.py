"""Shared fixtures. Every test runs with its own AGENT_DESK_HOME in tmp_path,
so no test ever touches the real book."""

from __future__ import annotations

import os

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


@pytest.fixture
def book(agent_home: Path) -> Iterator[Book]:
    opened = open_book(agent_home / "book.sqlite3")
    yield opened
    opened.close()
