"""Words for the codes the client page shows (sex, tier, roles, relations,
policy status, payment frequency, activity kinds, why a client has their tier)
and for the rule messages of the domain, translated through Qt."""

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
from agent_desk.domain.segments import (
    GiftOccasion,
    ReasonCode,
    ServiceLevel,
    TierBasis,
    TierReason,
    TierRules,
    tier_reasons,
)
from agent_desk.ui.clients.formatting import money_text

_CONTEXT = "ClientLabels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def sex_names() -> dict[Sex, str]:
    return {Sex.FEMALE: _tr("Female"), Sex.MALE: _tr("Male")}


def tier_text(tier: Tier | None) -> str:
    return _tr("Tier %1").replace("%1", tier.value) if tier else _tr("No tier")


# Texts chosen at run time, marked so lupdate collects them; _count translates them.
_ONE_POLICY = QT_TRANSLATE_NOOP("ClientLabels", "1 live policy")
_POLICIES = QT_TRANSLATE_NOOP("ClientLabels", "%1 live policies")
_ONE_REFERRAL = QT_TRANSLATE_NOOP("ClientLabels", "1 client they referred pays %2 a year, counted at %3: %4.")
_REFERRALS = QT_TRANSLATE_NOOP("ClientLabels", "%1 clients they referred pay %2 a year, counted at %3: %4.")
_ONE_CHAIN = QT_TRANSLATE_NOOP("ClientLabels",
                               "1 client referred by their referrals pays %2 a year, counted at %3: %4.")
_CHAIN = QT_TRANSLATE_NOOP("ClientLabels",
                           "%1 clients referred by their referrals pay %2 a year, counted at %3: %4.")
_ONE_MONTH = QT_TRANSLATE_NOOP("ClientLabels", "A review every month")
_MONTHS = QT_TRANSLATE_NOOP("ClientLabels", "A review every %1 months")


def _count(count: int, one: str, many: str) -> str:
    """"1 policy" / "3 policies": the form for the count, the number put in."""
    return (_tr(one) if count == 1 else _tr(many)).replace("%1", str(count))


def _percent(weight) -> str:  # noqa: ANN001
    return f"{format((weight * 100).normalize(), 'f')}%"


def tier_reason_text(reason: TierReason) -> str:
    """One reason for a client's tier, in words, its figures formatted."""
    money = lambda amount: money_text(amount, reason.currency)  # noqa: E731
    tier = reason.tier.value if reason.tier else ""
    code = reason.code
    if code is ReasonCode.PROSPECT:
        return _tr("No tier: no live policy and no premium from referrals.")
    if code is ReasonCode.VALUE:
        if reason.threshold is None:
            return (_tr("Value %1 a year (own premium and weighted referrals): tier %2.")
                    .replace("%1", money(reason.amount)).replace("%2", tier))
        return (_tr("Value %1 a year reaches the tier %2 threshold of %3.")
                .replace("%1", money(reason.amount)).replace("%2", tier).replace("%3", money(reason.threshold)))
    if code is ReasonCode.OWN_PREMIUM:
        policies = _count(reason.count, _ONE_POLICY, _POLICIES)
        return _tr("Own premium %1 a year (%2).").replace("%1", money(reason.amount)).replace("%2", policies)
    if code in (ReasonCode.REFERRALS, ReasonCode.CHAIN):
        if code is ReasonCode.REFERRALS:
            text = _count(reason.count, _ONE_REFERRAL, _REFERRALS)
        else:
            text = _count(reason.count, _ONE_CHAIN, _CHAIN)
        return (text.replace("%2", money(reason.amount)).replace("%3", _percent(reason.weight))
                .replace("%4", money(reason.counted)))
    if code is ReasonCode.LOYALTY:
        return (_tr("Loyal client (%1 for %2 years): up from tier %3 to %4.")
                .replace("%1", _count(reason.count, _ONE_POLICY, _POLICIES))
                .replace("%2", str(reason.years)).replace("%3", reason.from_tier.value if reason.from_tier else "")
                .replace("%4", tier))
    if code is ReasonCode.NEXT_TIER:
        return _tr("%1 more a year would reach tier %2.").replace("%1", money(reason.amount)).replace("%2", tier)
    return _tr("Premiums in %1 are not counted: the tier rules have no exchange rate for them.").replace(
        "%1", ", ".join(reason.currencies))


def gift_occasion_names() -> dict[str, str]:
    return {
        GiftOccasion.BIRTHDAY.value: _tr("Birthday"),
        GiftOccasion.LUNAR_NEW_YEAR.value: _tr("Lunar New Year"),
        GiftOccasion.MID_AUTUMN.value: _tr("Mid-Autumn Festival"),
        GiftOccasion.POLICY_ANNIVERSARY.value: _tr("Policy anniversary"),
    }


def service_level_text(level: ServiceLevel | None) -> str:
    """"A review every 6 months; gifts for Birthday, Lunar New Year"."""
    if level is None:
        return ""
    review = _count(level.review_months, _ONE_MONTH, _MONTHS)
    if not level.gift_occasions:
        return _tr("%1; no gifts.").replace("%1", review)
    names = gift_occasion_names()
    gifts = ", ".join(names.get(code, code) for code in level.gift_occasions)
    return _tr("%1; gifts for %2.").replace("%1", review).replace("%2", gifts)


def tier_explanation(basis: TierBasis | None, rules: TierRules, level: ServiceLevel | None = None) -> str:
    """Why the client has their tier, a reason a line, and the service it
    brings when `level` is given; a note when tiers were not computed yet."""
    if basis is None:
        return _tr("Not computed yet: tiers are computed from premiums, policies, tenure and referrals.")
    lines = [tier_reason_text(reason) for reason in tier_reasons(basis, rules)]
    if level is not None:
        lines.append(service_level_text(level))
    return "\n".join(lines)


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
