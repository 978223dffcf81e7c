"""The fund's allocations indexed by year and amount together

Revision ID: 0004_fund_sums
Revises: 0003_search
Create Date: 2026-12-03 09:30:00

Each year's allocated sum was read from every allocation's row (22 ms at 20 000 projects,
on every open of the fund page and every refresh of the dashboard); with the amount in the
year's index it is read from the index alone. The index on year alone is its prefix, so it
goes.
"""

from __future__ import annotations

from alembic import op

revision = "0004_fund_sums"
down_revision = "0003_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_fund_allocation_year_amount", "fund_allocation", ["year", "amount"])
    op.drop_index("ix_fund_allocation_year", table_name="fund_allocation")


def downgrade() -> None:
    op.create_index("ix_fund_allocation_year", "fund_allocation", ["year"])
    op.drop_index("ix_fund_allocation_year_amount", table_name="fund_allocation")
