"""Alembic environment for the local book. The app passes its own connection
(store/migrations.py); the alembic command line uses sqlalchemy.url or the
agent's default book."""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy.engine import make_url

from agent_desk import config as app_config
from agent_desk.store.book import make_engine
from agent_desk.store.models import Base
from agent_desk.store.search import FTS_TABLE_PREFIXES

target_metadata = Base.metadata


def include_name(name, type_, parent_names) -> bool:  # noqa: ANN001
    # The FTS5 virtual tables and their shadow tables are made by raw DDL.
    return not (type_ == "table" and name and name.startswith(FTS_TABLE_PREFIXES))


def run_with(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    # `alembic -x url=sqlite:///scratch.sqlite3 upgrade head` names another file.
    url = (context.get_x_argument(as_dictionary=True).get("url")
           or context.config.get_main_option("sqlalchemy.url")
           or f"sqlite:///{app_config.book_path()}")
    # The book is SQLite; the app's engine makes DDL transactional here too (store/book.py).
    engine = make_engine(Path(make_url(url).database))
    with engine.begin() as conn:
        run_with(conn)
    engine.dispose()
