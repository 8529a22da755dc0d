"""sync with the home office

Revision ID: 0006_sync
Revises: 0005_proposal_files
Create Date: 2026-12-07

- sync_outbox.base: the pull cursor when the change was made, so the office
  can tell an edit made without seeing another device's from one made after.
- sync_outbox (entity, row_id): applying the office's changes skips the
  fields of a row that still wait to be pushed.
- sync_conflicts.winner: whose value was kept, for the Sync screen.
- proposals (number, proposal_version) is no longer unique: two devices of one
  agent may print the same version of a proposal while offline, and both
  printed documents are kept. The app still refuses a taken version locally.
"""
from alembic import op
import sqlalchemy as sa

revision = "0006_sync"
down_revision = "0005_proposal_files"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.add_column(sa.Column("base", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_sync_outbox_row", "sync_outbox", ["entity", "row_id"])
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.add_column(sa.Column("winner", sa.String(10), nullable=False, server_default="server"))
    op.drop_index("ix_proposals_number_version", "proposals")
    op.create_index("ix_proposals_number_version", "proposals", ["number", "proposal_version"])


def downgrade() -> None:
    op.drop_index("ix_proposals_number_version", "proposals")
    op.create_index("ix_proposals_number_version", "proposals", ["number", "proposal_version"], unique=True)
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.drop_column("winner")
    op.drop_index("ix_sync_outbox_row", "sync_outbox")
    with op.batch_alter_table("sync_outbox") as batch:
        batch.drop_column("base")
