"""Words for follow-ups on the Today screen: what each kind asks the agent to
do, with its icon, and the subject of a task in plain words (rules store
codes such as "gift", "mid_autumn" or a claim stage)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from agent_desk.domain.claims import ClaimStage
from agent_desk.domain.followups import Festival, FollowUpKind, Repeat
from agent_desk.domain.greetings import GreetingLanguage
from agent_desk.i18n.qt import TranslationContext
from agent_desk.proposals.model import LANGUAGE_NAMES
from agent_desk.services.followups import FollowUpRow
from agent_desk.ui.clients.service_labels import stage_names

Today = TranslationContext("Today")  # the name is the context: see TranslationContext


def kind_names() -> dict[FollowUpKind, str]:
    """What the follow-up asks for, short enough for a table column."""
    return {
        FollowUpKind.RENEWAL: Today.tr("Renewal premium"),
        FollowUpKind.LAPSE_WARNING: Today.tr("Lapse warning"),
        FollowUpKind.ANNIVERSARY: Today.tr("Policy anniversary"),
        FollowUpKind.BIRTHDAY: Today.tr("Birthday"),
        FollowUpKind.DELIVERY: Today.tr("Deliver policy"),
        FollowUpKind.RETURN_VISIT: Today.tr("Return visit"),
        FollowUpKind.CLAIM: Today.tr("Claim follow-up"),
        FollowUpKind.REVIEW: Today.tr("Review"),
        FollowUpKind.GIFT: Today.tr("Festival gift"),
        FollowUpKind.SERVICE_REQUEST: Today.tr("Service request"),
        FollowUpKind.COMPLAINT: Today.tr("Complaint"),
        FollowUpKind.TASK: Today.tr("Task"),
    }


def kind_icon_name(kind: FollowUpKind) -> str:
    """The key of agent_desk.ui.icons for a follow-up kind."""
    return {FollowUpKind.RETURN_VISIT: "call", FollowUpKind.GIFT: "gift"}.get(kind, kind.value)


def claim_stage_names() -> dict[ClaimStage, str]:
    """The claim tab's words for stages, so both screens say the same."""
    return stage_names()


def claim_stage_text(stage: str) -> str:
    try:
        return claim_stage_names()[ClaimStage(stage)]
    except ValueError:
        return stage


def festival_names() -> dict[str, str]:
    return {Festival.LUNAR_NEW_YEAR.value: Today.tr("Lunar New Year"),
            Festival.MID_AUTUMN.value: Today.tr("Mid-Autumn")}


def subject_text(row: FollowUpRow) -> str:
    """What the follow-up is about, in words: "Birthday gift", "Tier A review",
    "TL-000381 · Under review"; the agent's own tasks keep their title."""
    kind, title, number = row.kind, row.title, row.policy_number
    if kind is FollowUpKind.BIRTHDAY:
        return Today.tr("Birthday gift") if title == "gift" else Today.tr("Birthday greeting")
    if kind is FollowUpKind.GIFT:
        festival = festival_names().get(title)
        return Today.tr("%1 gift").replace("%1", festival) if festival else title
    if kind is FollowUpKind.REVIEW:
        return Today.tr("Tier %1 review").replace("%1", title) if title else Today.tr("Review")
    if kind is FollowUpKind.CLAIM:
        stage = claim_stage_text(title)
        return f"{number} · {stage}" if number else stage
    if kind in (FollowUpKind.SERVICE_REQUEST, FollowUpKind.COMPLAINT):
        return f"{number} · {title}" if number and title else (title or number)
    if kind is FollowUpKind.TASK:
        return title
    return number or title  # renewals, lapse warnings, anniversaries, deliveries, return visits: the policy


def repeat_names() -> dict[Repeat, str]:
    return {
        Repeat.NONE: Today.tr("Does not repeat"),
        Repeat.WEEKLY: Today.tr("Every week"),
        Repeat.MONTHLY: Today.tr("Every month"),
        Repeat.QUARTERLY: Today.tr("Every quarter"),
        Repeat.YEARLY: Today.tr("Every year"),
    }


def language_names() -> dict[GreetingLanguage, str]:
    """Each language named in itself, so the agent recognises it whatever the UI language."""
    return {language: LANGUAGE_NAMES[language.value] for language in GreetingLanguage}


def overdue_text(days: int) -> str:
    if days <= 0:
        return ""
    return Today.tr("1 day late") if days == 1 else Today.tr("%1 days late").replace("%1", str(days))


def count_text(count: int, one: str, many: str) -> str:
    """"1 follow-up" / "1,234 follow-ups": `many` holds %1 for the number (in the UI's locale)."""
    return one if count == 1 else many.replace("%1", QLocale().toString(count))
