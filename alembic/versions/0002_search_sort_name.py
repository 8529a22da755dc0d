"""search docs for live clients only, with the client's sort name

Revision ID: 0002_search_sort_name
Revises: 0001_initial
Create Date: 2026-11-25

A broad search ("m", "09") walks client_search's sort_name index in the list's
order instead of joining every hit to clients, and counts its FTS matches
without a join because a deleted client no longer has a search row.
"""
from alembic import op
import sqlalchemy as sa

revision = "0002_search_sort_name"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# Frozen copy of the update trigger as of 0001 (migrations never import app
# code). The backfill below changes no indexed text, so the trigger is set
# aside while it runs rather than re-indexing every row.
UPDATE_TRIGGER = """CREATE TRIGGER client_search_au AFTER UPDATE ON client_search BEGIN
         INSERT INTO client_fts(client_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
         INSERT INTO client_grams(client_grams, rowid, grams) VALUES ('delete', old.rowid, old.grams);
         INSERT INTO client_fts(rowid, body) VALUES (new.rowid, new.body);
         INSERT INTO client_grams(rowid, grams) VALUES (new.rowid, new.grams);
       END"""


def upgrade() -> None:
    # Not batch mode: recreating client_search would drop the FTS triggers.
    op.add_column("client_search", sa.Column("sort_name", sa.String(length=250), nullable=False,
                                             server_default=""))
    op.execute("DROP TRIGGER client_search_au")
    op.execute("UPDATE client_search SET sort_name = "
               "(SELECT sort_name FROM clients WHERE clients.id = client_search.client_id)")
    op.execute(UPDATE_TRIGGER)
    # The delete trigger takes the deleted clients' text out of the FTS indexes.
    op.execute("DELETE FROM client_search WHERE client_id IN (SELECT id FROM clients WHERE deleted_at IS NOT NULL)")
    op.create_index(op.f("ix_client_search_sort_name"), "client_search", ["sort_name"], unique=False)


def downgrade() -> None:
    # Lossy: deleted clients stay without search rows (their text cannot be
    # rebuilt in SQL), and 0001's restore did not rebuild them, so a client
    # restored after a downgrade is found again only once edited.
    op.drop_index(op.f("ix_client_search_sort_name"), table_name="client_search")
    op.drop_column("client_search", "sort_name")
