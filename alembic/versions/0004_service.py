"""customer service: tiers keep their basis, follow-ups the rule's date, book-wide rules

Revision ID: 0004_service
Revises: 0003_plan_assumptions
Create Date: 2026-11-25

- clients.tier_basis: the figures a client's tier was computed from, so the
  list and the page explain the tier without recomputing the book.
- followups.rule_due: the due date the rule gave; when the agent reschedules,
  due_date differs and regeneration leaves the task alone.
- activities.followup_id indexed: a follow-up's logged contact is found by it,
  and SQLite checks it on every follow-up delete.
- book_settings: tier thresholds and follow-up rule parameters, kept with the
  book whose tiers and tasks they decide.
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_service"
down_revision = "0003_plan_assumptions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE: adding or dropping a column SQLite can do in place, and
    # batch mode would recreate clients, which foreign keys refer to.
    op.add_column("clients", sa.Column("tier_basis", sa.JSON(), nullable=True))
    op.add_column("followups", sa.Column("rule_due", sa.Date(), nullable=True))
    op.create_index("ix_followups_status_due", "followups", ["status", "due_date"])
    op.create_index("ix_activities_followup_id", "activities", ["followup_id"])
    op.create_table(
        "book_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_book_settings")),
    )


def downgrade() -> None:
    op.drop_table("book_settings")
    op.drop_index("ix_activities_followup_id", "activities")
    op.drop_index("ix_followups_status_due", "followups")
    op.drop_column("followups", "rule_due")  # SQLite 3.35+ drops in place
    op.drop_column("clients", "tier_basis")
