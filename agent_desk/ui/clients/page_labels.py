"""Words for the codes the client page shows (sex, tier, roles, relations,
policy status, payment frequency, activity kinds) and for the rule messages of
the domain, translated through Qt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agent_desk.domain.clients import (
    ActivityKind,
    HouseholdRole,
    PaymentFrequency,
    PolicyStatus,
    RelationKind,
    Sex,
    Tier,
)

_CONTEXT = "ClientLabels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def sex_names() -> dict[Sex, str]:
    return {Sex.FEMALE: _tr("Female"), Sex.MALE: _tr("Male")}


def tier_text(tier: Tier | None) -> str:
    return _tr("Tier %1").replace("%1", tier.value) if tier else _tr("No tier")


def role_names() -> dict[HouseholdRole, str]:
    return {
        HouseholdRole.HEAD: _tr("Head"),
        HouseholdRole.SPOUSE: _tr("Spouse"),
        HouseholdRole.CHILD: _tr("Child"),
        HouseholdRole.PARENT: _tr("Parent"),
        HouseholdRole.OTHER: _tr("Other"),
    }


def relation_names() -> dict[RelationKind, str]:
    """What the other person is to this client."""
    return {
        RelationKind.SPOUSE: _tr("Spouse"),
        RelationKind.PARENT: _tr("Parent"),
        RelationKind.CHILD: _tr("Child"),
        RelationKind.SIBLING: _tr("Sibling"),
        RelationKind.COLLEAGUE: _tr("Colleague"),
        RelationKind.FRIEND: _tr("Friend"),
        RelationKind.OTHER: _tr("Other"),
    }


def status_names() -> dict[PolicyStatus, str]:
    return {
        PolicyStatus.PENDING: _tr("Pending"),
        PolicyStatus.IN_FORCE: _tr("In force"),
        PolicyStatus.GRACE: _tr("In grace period"),
        PolicyStatus.LAPSED: _tr("Lapsed"),
        PolicyStatus.SURRENDERED: _tr("Surrendered"),
        PolicyStatus.MATURED: _tr("Matured"),
        PolicyStatus.TERMINATED: _tr("Terminated"),
    }


def premium_per(frequency: PaymentFrequency, amount: str) -> str:
    """"NT$1,200.00 per month": an amount already formatted, and its period."""
    template = {
        PaymentFrequency.ANNUAL: _tr("%1 per year"),
        PaymentFrequency.SEMIANNUAL: _tr("%1 per half-year"),
        PaymentFrequency.QUARTERLY: _tr("%1 per quarter"),
        PaymentFrequency.MONTHLY: _tr("%1 per month"),
    }[frequency]
    return template.replace("%1", amount)


def activity_names() -> dict[ActivityKind, str]:
    return {
        ActivityKind.CALL: _tr("Call"),
        ActivityKind.VISIT: _tr("Visit"),
        ActivityKind.MEETING: _tr("Meeting"),
        ActivityKind.MESSAGE: _tr("Message"),
        ActivityKind.GIFT: _tr("Gift"),
    }


def activity_icon_name(kind: ActivityKind) -> str:
    """The key of agent_desk.ui.icons for an activity kind (they share names)."""
    return kind.value


# The domain's and services' rule messages, marked so lupdate collects them;
# a message with a number in it falls back to the English text.
_PROBLEMS_CONTEXT = "Problems"
_KNOWN_PROBLEMS = (
    QT_TRANSLATE_NOOP("Problems", "A name is required (in either script)."),
    QT_TRANSLATE_NOOP("Problems", "The birth date cannot be in the future."),
    QT_TRANSLATE_NOOP("Problems", "The birth date is more than 130 years ago."),
    QT_TRANSLATE_NOOP("Problems", "A phone number has 6 to 15 digits and only + ( ) - . # or spaces besides."),
    QT_TRANSLATE_NOOP("Problems", "This is not an e-mail address (name@example.com)."),
    QT_TRANSLATE_NOOP("Problems", "Income cannot be negative."),
    QT_TRANSLATE_NOOP("Problems", "Occupation class is 1 to 6."),
    QT_TRANSLATE_NOOP("Problems", "A client cannot be referred, directly or not, by themselves."),
    QT_TRANSLATE_NOOP("Problems", "This client already belongs to a household."),
    QT_TRANSLATE_NOOP("Problems", "This client already belongs to another household."),
    QT_TRANSLATE_NOOP("Problems", "A client cannot be related to themselves."),
)


def problem_text(message: str) -> str:
    return QCoreApplication.translate(_PROBLEMS_CONTEXT, message)
