"""The schema comes only from Alembic migrations, and they match the models."""

from __future__ import annotations

import ast
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from agent_desk import config
from agent_desk.store import migrations
from agent_desk.store.book import SCHEMA_HEAD, make_engine, open_book, read_revision
from agent_desk.store.models import Base

ROOT = Path(__file__).resolve().parents[2]
FTS_TABLES = {"client_fts", "client_grams"}
FTS_TRIGGERS = {"client_search_ai", "client_search_ad", "client_search_au"}


def env_include_name() -> Callable[..., bool]:
    """The very include_name of alembic/env.py (which cannot be imported outside Alembic)."""
    tree = ast.parse((ROOT / "alembic" / "env.py").read_text(encoding="utf-8"))
    (function,) = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "include_name"]
    namespace: dict = {}
    exec("from agent_desk.store.search import FTS_TABLE_PREFIXES", namespace)  # noqa: S102
    exec(compile(ast.Module(body=[function], type_ignores=[]), "alembic/env.py", "exec"), namespace)  # noqa: S102
    return namespace["include_name"]


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def upgrade_with_command(path: Path, target: str = "head") -> None:
    command.upgrade(migrations.alembic_config(url(path)), target)


def downgrade_with_command(path: Path, target: str = "base") -> None:
    command.downgrade(migrations.alembic_config(url(path)), target)


def drift(path: Path) -> list:
    engine = create_engine(url(path))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"include_name": env_include_name(), "compare_type": True,
                      "target_metadata": Base.metadata, "render_as_batch": True},
            )
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def schema_objects(path: Path, kind: str) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))}
    finally:
        connection.close()


def stored_revision(path: Path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return row[0] if row else None


def test_schema_head_is_alembics_head() -> None:
    assert SCHEMA_HEAD == migrations.head_revision()


def test_every_revision_on_the_way_to_head_is_known() -> None:
    assert migrations.is_known_revision(SCHEMA_HEAD)
    assert not migrations.is_known_revision("9999_future")


def test_migrations_are_found_next_to_the_package() -> None:
    assert config.migrations_dir() == ROOT / "alembic"


def test_the_filter_of_env_py_skips_only_the_fts_tables() -> None:
    include_name = env_include_name()
    assert not include_name("client_fts", "table", {})
    assert not include_name("client_grams_data", "table", {})
    assert include_name("client_search", "table", {})
    assert include_name("clients", "table", {})
    assert include_name("ix_clients_tier", "index", {})


def test_upgrade_on_an_empty_file_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    upgrade_with_command(path)
    assert stored_revision(path) == SCHEMA_HEAD
    assert drift(path) == []


def test_every_model_table_exists_after_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    upgrade_with_command(path)
    assert set(Base.metadata.tables) <= schema_objects(path, "table")


def test_the_fts_tables_and_their_triggers_exist_after_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    upgrade_with_command(path)
    assert FTS_TABLES <= schema_objects(path, "table")
    assert FTS_TRIGGERS <= schema_objects(path, "trigger")
    connection = sqlite3.connect(path)
    try:
        sql = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE name IN ('client_fts', 'client_grams')"))
    finally:
        connection.close()
    assert "fts5" in sql["client_fts"] and "trigram" in sql["client_fts"]
    assert "fts5" in sql["client_grams"]


def test_the_app_migrates_a_new_book_to_the_same_schema(book_path: Path) -> None:
    assert drift(book_path) == []
    assert FTS_TABLES <= schema_objects(book_path, "table")


def test_downgrade_to_base_then_upgrade_again_works(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    upgrade_with_command(path)
    downgrade_with_command(path, "base")
    assert stored_revision(path) is None
    assert schema_objects(path, "table") == {"alembic_version"}
    assert schema_objects(path, "trigger") == set()
    upgrade_with_command(path)
    assert stored_revision(path) == SCHEMA_HEAD
    assert drift(path) == []
    assert FTS_TABLES <= schema_objects(path, "table")


def test_a_downgraded_book_is_upgraded_again_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    upgrade_with_command(path)
    downgrade_with_command(path, "base")
    assert read_revision(path) is None
    open_book(path).close()
    assert stored_revision(path) == SCHEMA_HEAD


def test_migrations_through_the_app_engine_run_in_one_transaction(tmp_path: Path) -> None:
    # A book where a table the migration creates late already exists: the
    # migration fails half way and must leave nothing of itself behind.
    path = tmp_path / "book.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE sync_state (key TEXT)")
    connection.commit()
    connection.close()
    engine = make_engine(path)
    try:
        with pytest.raises(Exception, match="already exists"):
            migrations.upgrade(engine)
    finally:
        engine.dispose()
    assert schema_objects(path, "table") == {"sync_state"}


def test_the_alembic_command_line_upgrades_the_book_in_agent_desk_home(tmp_path: Path) -> None:
    home = tmp_path / "cli-home"
    environment = {**os.environ, "AGENT_DESK_HOME": str(home)}
    alembic = Path(sys.executable).parent / "alembic"
    result = subprocess.run([str(alembic), "-c", "alembic.ini", "upgrade", "head"], cwd=ROOT, env=environment,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    path = home / "book.sqlite3"
    assert stored_revision(path) == SCHEMA_HEAD
    assert drift(path) == []
    current = subprocess.run([str(alembic), "-c", "alembic.ini", "current"], cwd=ROOT, env=environment,
                             capture_output=True, text=True, timeout=120, check=False)
    assert SCHEMA_HEAD in current.stdout


def test_the_alembic_command_api_with_a_url_upgrades_that_file(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.sqlite3"
    upgrade_with_command(path)
    inspector_engine = create_engine(url(path))
    try:
        assert "clients" in inspect(inspector_engine).get_table_names()
    finally:
        inspector_engine.dispose()
    assert not config.book_path().exists()  # the default book was not touched


def test_the_alembic_command_line_upgrades_the_file_named_with_x_url(tmp_path: Path) -> None:
    # alembic.ini documents `alembic -x ... upgrade head`; a developer pointing
    # it at a scratch file must not have the agent's own book migrated instead.
    home = tmp_path / "cli-home"
    target = tmp_path / "scratch.sqlite3"
    environment = {**os.environ, "AGENT_DESK_HOME": str(home)}
    alembic = Path(sys.executable).parent / "alembic"
    result = subprocess.run([str(alembic), "-c", "alembic.ini", "-x", f"url={url(target)}", "upgrade", "head"],
                            cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert target.exists() and stored_revision(target) == SCHEMA_HEAD
    assert not (home / "book.sqlite3").exists()
