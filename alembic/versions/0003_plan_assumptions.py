"""plans keep the needs-analysis assumptions the agent set for them

Revision ID: 0003_plan_assumptions
Revises: 0002_search_sort_name
Create Date: 2026-11-25

The inputs of the needs analysis (mortgage, debts, savings, ratios, years…)
belong to the plan they justify: a proposal must show the numbers it was
built on, even after the agent changes them for the next plan.
"""
from alembic import op
import sqlalchemy as sa

revision = "0003_plan_assumptions"
down_revision = "0002_search_sort_name"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("assumptions", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("assumptions")
