"""Words for the codes the client page shows (sex, tier, roles, relations,
policy status, payment frequency, activity kinds, why a client has their tier)
and for the rule messages of the domain, translated through Qt."""

from __future__ import annotations

import re

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
from agent_desk.i18n.qt import TranslationContext
from agent_desk.ui.clients.formatting import money_text

ClientLabels = TranslationContext("ClientLabels")  # the name is the context: see TranslationContext


def _tr(text: str) -> str:
    return ClientLabels.tr(text)


def sex_names() -> dict[Sex, str]:
    return {Sex.FEMALE: ClientLabels.tr("Female"), Sex.MALE: ClientLabels.tr("Male")}


def tier_text(tier: Tier | None) -> str:
    return ClientLabels.tr("Tier %1").replace("%1", tier.value) if tier else ClientLabels.tr("No tier")


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
        return ClientLabels.tr("No tier: no live policy and no premium from referrals.")
    if code is ReasonCode.VALUE:
        if reason.threshold is None:
            return (ClientLabels.tr("Value %1 a year (own premium and weighted referrals): tier %2.")
                    .replace("%1", money(reason.amount)).replace("%2", tier))
        return (ClientLabels.tr("Value %1 a year reaches the tier %2 threshold of %3.")
                .replace("%1", money(reason.amount)).replace("%2", tier).replace("%3", money(reason.threshold)))
    if code is ReasonCode.OWN_PREMIUM:
        policies = _count(reason.count, _ONE_POLICY, _POLICIES)
        return (ClientLabels.tr("Own premium %1 a year (%2).")
                .replace("%1", money(reason.amount)).replace("%2", policies))
    if code in (ReasonCode.REFERRALS, ReasonCode.CHAIN):
        if code is ReasonCode.REFERRALS:
            text = _count(reason.count, _ONE_REFERRAL, _REFERRALS)
        else:
            text = _count(reason.count, _ONE_CHAIN, _CHAIN)
        return (text.replace("%2", money(reason.amount)).replace("%3", _percent(reason.weight))
                .replace("%4", money(reason.counted)))
    if code is ReasonCode.LOYALTY:
        return (ClientLabels.tr("Loyal client (%1 for %2 years): up from tier %3 to %4.")
                .replace("%1", _count(reason.count, _ONE_POLICY, _POLICIES))
                .replace("%2", str(reason.years)).replace("%3", reason.from_tier.value if reason.from_tier else "")
                .replace("%4", tier))
    if code is ReasonCode.NEXT_TIER:
        return (ClientLabels.tr("%1 more a year would reach tier %2.")
                .replace("%1", money(reason.amount)).replace("%2", tier))
    return ClientLabels.tr("Premiums in %1 are not counted: the tier rules have no exchange rate for them.").replace(
        "%1", ", ".join(reason.currencies))


def gift_occasion_names() -> dict[str, str]:
    return {
        GiftOccasion.BIRTHDAY.value: ClientLabels.tr("Birthday"),
        GiftOccasion.LUNAR_NEW_YEAR.value: ClientLabels.tr("Lunar New Year"),
        GiftOccasion.MID_AUTUMN.value: ClientLabels.tr("Mid-Autumn Festival"),
        GiftOccasion.POLICY_ANNIVERSARY.value: ClientLabels.tr("Policy anniversary"),
    }


def service_level_text(level: ServiceLevel | None) -> str:
    """"A review every 6 months; gifts for Birthday, Lunar New Year"."""
    if level is None:
        return ""
    review = _count(level.review_months, _ONE_MONTH, _MONTHS)
    if not level.gift_occasions:
        return ClientLabels.tr("%1; no gifts.").replace("%1", review)
    names = gift_occasion_names()
    gifts = ", ".join(names.get(code, code) for code in level.gift_occasions)
    return ClientLabels.tr("%1; gifts for %2.").replace("%1", review).replace("%2", gifts)


def tier_explanation(basis: TierBasis | None, rules: TierRules, level: ServiceLevel | None = None) -> str:
    """Why the client has their tier, a reason a line, and the service it
    brings when `level` is given; a note when tiers were not computed yet."""
    if basis is None:
        return ClientLabels.tr("Not computed yet: tiers are computed from premiums, policies, tenure and referrals.")
    lines = [tier_reason_text(reason) for reason in tier_reasons(basis, rules)]
    if level is not None:
        lines.append(service_level_text(level))
    return "\n".join(lines)


def role_names() -> dict[HouseholdRole, str]:
    return {
        HouseholdRole.HEAD: ClientLabels.tr("Head"),
        HouseholdRole.SPOUSE: ClientLabels.tr("Spouse"),
        HouseholdRole.CHILD: ClientLabels.tr("Child"),
        HouseholdRole.PARENT: ClientLabels.tr("Parent"),
        HouseholdRole.OTHER: ClientLabels.tr("Other"),
    }


def relation_names() -> dict[RelationKind, str]:
    """What the other person is to this client."""
    return {
        RelationKind.SPOUSE: ClientLabels.tr("Spouse"),
        RelationKind.PARENT: ClientLabels.tr("Parent"),
        RelationKind.CHILD: ClientLabels.tr("Child"),
        RelationKind.SIBLING: ClientLabels.tr("Sibling"),
        RelationKind.COLLEAGUE: ClientLabels.tr("Colleague"),
        RelationKind.FRIEND: ClientLabels.tr("Friend"),
        RelationKind.OTHER: ClientLabels.tr("Other"),
    }


def status_names() -> dict[PolicyStatus, str]:
    return {
        PolicyStatus.PENDING: ClientLabels.tr("Pending"),
        PolicyStatus.IN_FORCE: ClientLabels.tr("In force"),
        PolicyStatus.GRACE: ClientLabels.tr("In grace period"),
        PolicyStatus.LAPSED: ClientLabels.tr("Lapsed"),
        PolicyStatus.SURRENDERED: ClientLabels.tr("Surrendered"),
        PolicyStatus.MATURED: ClientLabels.tr("Matured"),
        PolicyStatus.TERMINATED: ClientLabels.tr("Terminated"),
    }


def premium_per(frequency: PaymentFrequency, amount: str) -> str:
    """"NT$1,200.00 per month": an amount already formatted, and its period."""
    template = {
        PaymentFrequency.ANNUAL: ClientLabels.tr("%1 per year"),
        PaymentFrequency.SEMIANNUAL: ClientLabels.tr("%1 per half-year"),
        PaymentFrequency.QUARTERLY: ClientLabels.tr("%1 per quarter"),
        PaymentFrequency.MONTHLY: ClientLabels.tr("%1 per month"),
    }[frequency]
    return template.replace("%1", amount)


def activity_names() -> dict[ActivityKind, str]:
    return {
        ActivityKind.CALL: ClientLabels.tr("Call"),
        ActivityKind.VISIT: ClientLabels.tr("Visit"),
        ActivityKind.MEETING: ClientLabels.tr("Meeting"),
        ActivityKind.MESSAGE: ClientLabels.tr("Message"),
        ActivityKind.GIFT: ClientLabels.tr("Gift"),
    }


def activity_icon_name(kind: ActivityKind) -> str:
    """The key of agent_desk.ui.icons for an activity kind (they share names)."""
    return kind.value


# The domain's and services' rule messages, marked so lupdate collects them;
# the few with a value in them are matched by _PROBLEM_FORMS, any other stays English.
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
    QT_TRANSLATE_NOOP("Problems", "Only a done or cancelled follow-up can be reopened."),
    QT_TRANSLATE_NOOP("Problems", "This follow-up is already closed."),
    QT_TRANSLATE_NOOP("Problems", "Snooze until a day after today."),
    QT_TRANSLATE_NOOP("Problems", "Only an accepted plan becomes policies."),
    QT_TRANSLATE_NOOP("Problems", "The plan has no products yet: add some before printing a proposal."),
    QT_TRANSLATE_NOOP("Problems", "The office decides this field; ask the office to change it"),
    QT_TRANSLATE_NOOP("Problems", "The record is no longer in your book"),
    QT_TRANSLATE_NOOP("Problems", "Enter your name in My details: the proposal's cover prints them."),
    QT_TRANSLATE_NOOP("Problems", "Enter your licence number in My details: the proposal's cover prints them."),
    QT_TRANSLATE_NOOP("Problems", "Enter your name and licence number in My details: the proposal's cover "
                                  "prints them."),
    QT_TRANSLATE_NOOP("Problems", "The office did not accept this change (the record left your book); it can only be "
                                  "dismissed"),
)
_PROBLEM_FORMS = tuple((re.compile(pattern), template) for pattern, template in (
    (r"At most (\d+) characters\.", QT_TRANSLATE_NOOP("Problems", "At most %1 characters.")),
    (r"'(.*)' is not an amount\.", QT_TRANSLATE_NOOP("Problems", "'%1' is not an amount.")),
    (r"'(.*)' is not a date \(YYYY-MM-DD\)", QT_TRANSLATE_NOOP("Problems", "'%1' is not a date (YYYY-MM-DD)")),
    (r"'(.*)' is not a sex \(F or M; female/male and 女/男 also work\)",
     QT_TRANSLATE_NOOP("Problems", "'%1' is not a sex (F or M; female/male and 女/男 also work)")),
    (r"(.+) cannot be priced; fix or remove before issuing\.",
     QT_TRANSLATE_NOOP("Problems", "%1 cannot be priced; fix or remove before issuing.")),
    (r"A plan has at most (\d+) alternatives; remove one before restoring this one\.",
     QT_TRANSLATE_NOOP("Problems", "A plan has at most %1 alternatives; remove one before restoring this one.")),
    (r"Version (\d+) of (\S+) was printed meanwhile: make the proposal again\.",
     QT_TRANSLATE_NOOP("Problems", "Version %1 of %2 was printed meanwhile: make the proposal again.")),
))


def problem_text(message: str) -> str:
    """A rule message of the domain or services in the UI's language."""
    for pattern, template in _PROBLEM_FORMS:
        if match := pattern.fullmatch(message):
            text = QCoreApplication.translate(_PROBLEMS_CONTEXT, template)
            for index, value in enumerate(match.groups(), start=1):
                text = text.replace(f"%{index}", value)
            return text
    return QCoreApplication.translate(_PROBLEMS_CONTEXT, message)
