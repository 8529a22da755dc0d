"""The book's daily upkeep: tiers by the book's rules, then the follow-ups
they and the policies call for (reviews and gifts depend on the tier).

Run when the app starts and when the date changes, after a demo book is
made, and before `agent-desk followups` answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from agent_desk.services.changes import Changes
from agent_desk.services.followup_regeneration import RegenerationReport, regenerate_followups
from agent_desk.services.segments import recompute_tiers

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class UpkeepReport:
    tiers_changed: int
    followups: RegenerationReport

    def summary(self) -> str:
        return f"{self.tiers_changed} tiers changed; follow-ups: {self.followups.summary()}"


def daily_upkeep(session: Session, today: date, progress: Progress | None = None) -> tuple[UpkeepReport, Changes]:
    """Progress counts two steps of a hundred each: tiers, then follow-ups."""
    report = progress or (lambda _done, _total: None)
    tier_changes = recompute_tiers(session, today, lambda done, total: report(done * 100 // max(total, 1), 200))
    followups, followup_changes = regenerate_followups(
        session, today, lambda done, total: report(100 + done * 100 // max(total, 1), 200))
    # Tiers "changed" only when one did: screens that redo work on a tier change need not.
    tier_changes = replace(tier_changes, tiers=bool(tier_changes.clients))
    return UpkeepReport(len(tier_changes.clients), followups), tier_changes | followup_changes
