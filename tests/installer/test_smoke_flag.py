"""`agent-desk gui --smoke`, the self-test an installed build runs (issue 14):
the main window on a demo book, shown, then exit 0 with one line to check, and
never in the agent's own data dir.

Run from source as a real process, as the frozen test runs the bundle."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from agent_desk.config import HOME_ENV
from agent_desk.domain.clients import ClientDetails
from agent_desk.services.clients import create_client
from agent_desk.store.book import open_book
from agent_desk.ui.app import SMOKE_DEMO_CLIENTS

OK = "agent-desk smoke: ok: main window shown on a book of "


def run_smoke(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "agent_desk", "gui", "--smoke"], env=env, capture_output=True,
                          text=True, timeout=120)


def env_without_home(tmp_path: Path) -> dict[str, str]:
    """A process environment whose per-user folders all lie under tmp_path, so
    a book written to the agent's default place would be seen there."""
    env = {key: value for key, value in os.environ.items() if key != HOME_ENV}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "TMPDIR"):
        env[name] = str(tmp_path / name.lower())
        Path(env[name]).mkdir()
    env.update(QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")  # the same locale on every machine
    return env


def test_smoke_opens_the_window_on_a_demo_book_in_a_throwaway_dir_and_leaves_the_agents_book_alone(
        tmp_path: Path) -> None:
    env = env_without_home(tmp_path)

    result = run_smoke(env)

    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith(f"{OK}{SMOKE_DEMO_CLIENTS} clients at "), line
    assert "; screens: today, clients, plans, " in line  # the main window, with its screens
    book = Path(line.split(" clients at ")[1].split(";")[0])
    assert book.parent.parent == Path(env["TMPDIR"]) and book.parent.name.startswith("agent-desk-smoke-")
    assert not book.parent.exists()  # the throwaway dir is gone
    assert list(Path(env["TMPDIR"]).glob("agent-desk-smoke-*")) == []
    for name in ("home", "xdg_data_home", "xdg_config_home"):  # where the agent's book and settings live
        assert list((tmp_path / name).iterdir()) == [], name


def test_smoke_in_a_named_data_dir_opens_the_book_there_and_adds_nothing_to_it(tmp_path: Path) -> None:
    home = tmp_path / "agent-home"
    home.mkdir()
    book = open_book(home / "book.sqlite3")
    with book.session() as session:
        for name in ("Wang Hsiao-ming", "Ann Lee", "Peter Lin"):
            create_client(session, ClientDetails(name=name))
    book.close()
    env = {**env_without_home(tmp_path), HOME_ENV: str(home)}

    result = run_smoke(env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{OK}3 clients at {home / 'book.sqlite3'};"), result.stdout
    with sqlite3.connect(home / "book.sqlite3") as connection:
        assert connection.execute("select count(*) from clients").fetchone() == (3,)


def test_smoke_on_a_book_it_cannot_open_fails_with_one_line_and_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    home = tmp_path / "agent-home"
    home.mkdir()
    damaged = home / "book.sqlite3"
    damaged.write_bytes(b"not a book at all" * 100)
    env = {**env_without_home(tmp_path), HOME_ENV: str(home)}

    result = run_smoke(env)

    assert result.returncode == 2
    assert "agent-desk smoke: ok" not in result.stdout
    assert result.stderr.strip().splitlines()[-1].startswith("agent-desk: error: ")
    assert damaged.read_bytes() == b"not a book at all" * 100
