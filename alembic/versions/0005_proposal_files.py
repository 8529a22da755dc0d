"""proposals keep the PDF they printed

Revision ID: 0005_proposal_files
Revises: 0004_service
Create Date: 2026-12-07

- proposals.pdf: the document exactly as it was printed, inside the book, so
  an earlier version reopens byte for byte (checked against sha256), travels
  with the book's backups and is covered by the book's encryption; a loose
  file beside the book would be neither.
- proposals.pages: shown in the history without opening the document.
- one version number per proposal number.
"""
from alembic import op
import sqlalchemy as sa

revision = "0005_proposal_files"
down_revision = "0004_service"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("proposals", sa.Column("pdf", sa.LargeBinary(), nullable=True))
    op.add_column("proposals", sa.Column("pages", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_proposals_number_version", "proposals", ["number", "proposal_version"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_proposals_number_version", "proposals")
    op.drop_column("proposals", "pages")
    op.drop_column("proposals", "pdf")
