"""The agent's follow-ups as an .ics file for the phone's calendar."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from agent_desk.domain.followups import FollowUpKind
from agent_desk.domain.ics import CalendarEvent, calendar_text
from agent_desk.services.followups import FollowUpRow, calendar_followups
from agent_desk.store.models import utcnow

REMIND_AT_MINUTES = 9 * 60  # 9:00 on the day
UID_DOMAIN = "agent-desk"
# The phone shows these words, so the file speaks the agent's language (DESIGN: en, zh-Hant, zh-Hans).
KIND_WORDS: dict[str, dict[FollowUpKind, str]] = {
    "en": {
        FollowUpKind.RENEWAL: "Renewal premium due", FollowUpKind.LAPSE_WARNING: "Lapse warning",
        FollowUpKind.ANNIVERSARY: "Policy anniversary", FollowUpKind.BIRTHDAY: "Birthday",
        FollowUpKind.DELIVERY: "Deliver policy", FollowUpKind.RETURN_VISIT: "Return visit",
        FollowUpKind.CLAIM: "Claim follow-up", FollowUpKind.REVIEW: "Annual review", FollowUpKind.GIFT: "Gift",
        FollowUpKind.SERVICE_REQUEST: "Service request due", FollowUpKind.COMPLAINT: "Complaint due",
        FollowUpKind.TASK: "Task",
    },
    "zh-Hant": {
        FollowUpKind.RENEWAL: "續期保費到期", FollowUpKind.LAPSE_WARNING: "停效預警",
        FollowUpKind.ANNIVERSARY: "保單週年", FollowUpKind.BIRTHDAY: "生日", FollowUpKind.DELIVERY: "遞送保單",
        FollowUpKind.RETURN_VISIT: "回訪", FollowUpKind.CLAIM: "理賠追蹤", FollowUpKind.REVIEW: "保單檢視",
        FollowUpKind.GIFT: "節日禮品", FollowUpKind.SERVICE_REQUEST: "保全申請到期",
        FollowUpKind.COMPLAINT: "客訴處理到期", FollowUpKind.TASK: "待辦",
    },
    "zh-Hans": {
        FollowUpKind.RENEWAL: "续期保费到期", FollowUpKind.LAPSE_WARNING: "失效预警",
        FollowUpKind.ANNIVERSARY: "保单周年", FollowUpKind.BIRTHDAY: "生日", FollowUpKind.DELIVERY: "递送保单",
        FollowUpKind.RETURN_VISIT: "回访", FollowUpKind.CLAIM: "理赔跟进", FollowUpKind.REVIEW: "保单检视",
        FollowUpKind.GIFT: "节日礼品", FollowUpKind.SERVICE_REQUEST: "保全申请到期",
        FollowUpKind.COMPLAINT: "投诉处理到期", FollowUpKind.TASK: "待办",
    },
}
CALENDAR_NAMES = {"en": "Agent Desk follow-ups", "zh-Hant": "Agent Desk 待辦追蹤", "zh-Hans": "Agent Desk 待办跟进"}


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    events: int
    first: date | None
    last: date | None


def followup_event(row: FollowUpRow, language: str = "en") -> CalendarEvent:
    words = KIND_WORDS.get(language, KIND_WORDS["en"])
    label = words[row.kind]
    if row.is_own:
        summary = f"{row.title} · {row.client_name}" if row.client_name else row.title
    else:
        about = row.policy_number or ""
        summary = " · ".join(part for part in (label, row.client_name, about) if part)
    description = "\n".join(part for part in (row.notes, row.outcome) if part)
    return CalendarEvent(uid=f"{row.id}@{UID_DOMAIN}", day=row.due, summary=summary, description=description,
                         categories=(label,), reminder_minutes_before=-REMIND_AT_MINUTES)


def followups_calendar(session: Session, today: date, language: str = "en") -> tuple[str, list[FollowUpRow]]:
    rows = calendar_followups(session, today)
    text = calendar_text((followup_event(row, language) for row in rows),
                         calendar_name=CALENDAR_NAMES.get(language, CALENDAR_NAMES["en"]), stamp=utcnow())
    return text, rows


def export_followups_ics(session: Session, path: Path, today: date, language: str = "en") -> CalendarExport:
    """Write the calendar whole or not at all: a half-written file never replaces a good one."""
    text, rows = followups_calendar(session, today, language)
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=".agent-desk-", suffix=".ics", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(text.encode("utf-8"))
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    days = [row.due for row in rows]
    return CalendarExport(path, len(rows), min(days, default=None), max(days, default=None))
