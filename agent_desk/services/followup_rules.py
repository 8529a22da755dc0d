"""The follow-up rules of a book: the day counts the agent may change (stored
in the book), and each tier's service level (from the tier rules)."""

from __future__ import annotations

from dataclasses import asdict, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from agent_desk.domain.followups import FollowUpRules, TierService
from agent_desk.errors import ValidationError
from agent_desk.services.book_settings import read_setting, write_setting
from agent_desk.services.changes import Changes
from agent_desk.services.segments import tier_rules

SETTING_KEY = "followup_rules"
_DAY_FIELDS = tuple(f.name for f in fields(FollowUpRules) if f.name != "tiers")


def rules_to_json(rules: FollowUpRules) -> dict[str, int]:
    return {name: value for name, value in asdict(rules).items() if name in _DAY_FIELDS}


def rules_from_json(value: dict[str, Any]) -> FollowUpRules:
    """Rules from stored JSON; unknown keys are ignored (a newer app may add some)."""
    problems, days = {}, {}
    for name in _DAY_FIELDS:
        if name not in value:
            continue
        number = value[name]
        if isinstance(number, bool) or not isinstance(number, int):
            problems[name] = f"'{number}' is not a whole number of days."
        else:
            days[name] = number
    if problems:
        raise ValidationError(problems)
    return FollowUpRules(**days)


def followup_rules(session: Session) -> FollowUpRules:
    """The book's rules, with each tier's review interval and gifts from its service level."""
    stored = read_setting(session, SETTING_KEY)
    rules = rules_from_json(stored) if stored else FollowUpRules()
    return replace(rules, tiers=_tier_services(session, rules))


def save_followup_rules(session: Session, rules: FollowUpRules) -> Changes:
    write_setting(session, SETTING_KEY, rules_to_json(rules))
    return Changes(followup_list=True)


def _tier_services(session: Session, rules: FollowUpRules) -> dict[str, TierService]:
    """Each tier's review interval and gifts, from the tier rules (they own service levels)."""
    levels = tier_rules(session).levels
    return {tier.value: TierService(level.review_months, frozenset(level.gift_occasions))
            for tier, level in levels.items()} or dict(rules.tiers)
