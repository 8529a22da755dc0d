"""Words for the codes of claims, service requests and complaints (stages,
kinds, documents, statuses) and for their rule messages, translated through Qt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from agent_desk.domain.claims import (
    ClaimDocumentCode,
    ClaimKind,
    ClaimStage,
    ComplaintStatus,
    RequestStatus,
    ServiceRequestKind,
)
from agent_desk.i18n.qt import TranslationContext

ServiceLabels = TranslationContext("ServiceLabels")  # the name is the context: see TranslationContext


def stage_names() -> dict[ClaimStage, str]:
    return {
        ClaimStage.REPORTED: ServiceLabels.tr("Reported"),
        ClaimStage.DOCUMENTS_COLLECTED: ServiceLabels.tr("Documents collected"),
        ClaimStage.SUBMITTED: ServiceLabels.tr("Submitted"),
        ClaimStage.UNDER_REVIEW: ServiceLabels.tr("Under review"),
        ClaimStage.APPROVED: ServiceLabels.tr("Approved"),
        ClaimStage.DECLINED: ServiceLabels.tr("Declined"),
        ClaimStage.PAID: ServiceLabels.tr("Paid"),
    }


def claim_kind_names() -> dict[ClaimKind, str]:
    return {
        ClaimKind.DEATH: ServiceLabels.tr("Death"),
        ClaimKind.CRITICAL_ILLNESS: ServiceLabels.tr("Critical illness"),
        ClaimKind.MEDICAL: ServiceLabels.tr("Medical"),
        ClaimKind.ACCIDENT: ServiceLabels.tr("Accident"),
        ClaimKind.DISABILITY: ServiceLabels.tr("Disability"),
        ClaimKind.OTHER: ServiceLabels.tr("Other"),
    }


def document_names() -> dict[str, str]:
    """By code; a document the agent added by name is shown as typed."""
    return {
        ClaimDocumentCode.CLAIM_FORM.value: ServiceLabels.tr("Claim form"),
        ClaimDocumentCode.CLAIMANT_ID.value: ServiceLabels.tr("Claimant's ID"),
        ClaimDocumentCode.BANK_ACCOUNT_PROOF.value: ServiceLabels.tr("Bank account proof"),
        ClaimDocumentCode.MEDICAL_RECEIPTS.value: ServiceLabels.tr("Medical receipts"),
        ClaimDocumentCode.DIAGNOSIS_CERTIFICATE.value: ServiceLabels.tr("Diagnosis certificate"),
        ClaimDocumentCode.DISCHARGE_SUMMARY.value: ServiceLabels.tr("Hospital discharge summary"),
        ClaimDocumentCode.PATHOLOGY_REPORT.value: ServiceLabels.tr("Pathology or test report"),
        ClaimDocumentCode.DEATH_CERTIFICATE.value: ServiceLabels.tr("Death certificate"),
        ClaimDocumentCode.HOUSEHOLD_REGISTER.value: ServiceLabels.tr("Household register (heirs)"),
        ClaimDocumentCode.POLICE_REPORT.value: ServiceLabels.tr("Police report"),
        ClaimDocumentCode.DISABILITY_ASSESSMENT.value: ServiceLabels.tr("Disability assessment"),
    }


def document_text(name: str) -> str:
    return document_names().get(name, name)


def request_kind_names() -> dict[ServiceRequestKind, str]:
    return {
        ServiceRequestKind.ADDRESS_CHANGE: ServiceLabels.tr("Address change"),
        ServiceRequestKind.BENEFICIARY_CHANGE: ServiceLabels.tr("Beneficiary change"),
        ServiceRequestKind.PAYMENT_METHOD: ServiceLabels.tr("Payment method"),
        ServiceRequestKind.POLICY_LOAN: ServiceLabels.tr("Policy loan"),
        ServiceRequestKind.SURRENDER: ServiceLabels.tr("Surrender"),
        ServiceRequestKind.REINSTATEMENT: ServiceLabels.tr("Reinstatement"),
        ServiceRequestKind.CONTACT_DETAILS: ServiceLabels.tr("Contact details"),
        ServiceRequestKind.OTHER: ServiceLabels.tr("Other request"),
    }


def request_status_names() -> dict[RequestStatus, str]:
    return {RequestStatus.OPEN: ServiceLabels.tr("Open"), RequestStatus.CLOSED: ServiceLabels.tr("Closed")}


def complaint_status_names() -> dict[ComplaintStatus, str]:
    return {ComplaintStatus.OPEN: ServiceLabels.tr("Open"), ComplaintStatus.RESOLVED: ServiceLabels.tr("Resolved")}


def days_text(days: int) -> str:
    return ServiceLabels.tr("1 day") if days == 1 else ServiceLabels.tr("%1 days").replace("%1", str(days))


def stalled_text(days_overdue: int) -> str:
    """The flag of a stalled claim: how far past its stage's threshold."""
    return ServiceLabels.tr("Stalled: %1 over").replace("%1", days_text(days_overdue))


def overdue_text(days_overdue: int) -> str:
    return ServiceLabels.tr("Overdue by %1").replace("%1", days_text(days_overdue))


# The rule messages of domain/claims.py and the services, marked so lupdate
# collects them (translated through page_labels.problem_text); a message with
# a number in it falls back to the English text.
_KNOWN_PROBLEMS = (
    QT_TRANSLATE_NOOP("Problems", "A pending policy gives no cover yet; a claim needs an issued policy."),
    QT_TRANSLATE_NOOP("Problems", "The incident date cannot be in the future."),
    QT_TRANSLATE_NOOP("Problems", "The incident happened before the policy was issued."),
    QT_TRANSLATE_NOOP("Problems", "A claim cannot be reported in the future."),
    QT_TRANSLATE_NOOP("Problems", "A claim is reported on or after the incident."),
    QT_TRANSLATE_NOOP("Problems", "The amount claimed must be above zero."),
    QT_TRANSLATE_NOOP("Problems", "The claim is closed: a paid or declined claim takes no further step."),
    QT_TRANSLATE_NOOP("Problems", "This step cannot follow the claim's current one."),
    QT_TRANSLATE_NOOP("Problems", "A step cannot be dated in the future."),
    QT_TRANSLATE_NOOP("Problems", "A step cannot be dated before the previous one."),
    QT_TRANSLATE_NOOP("Problems", "Enter the amount paid."),
    QT_TRANSLATE_NOOP("Problems", "The amount paid cannot be negative."),
    QT_TRANSLATE_NOOP("Problems", "Only the payment step has an amount paid."),
    QT_TRANSLATE_NOOP("Problems", "Only the report is left; a report cannot be taken back."),
    QT_TRANSLATE_NOOP("Problems", "Name the document."),
    QT_TRANSLATE_NOOP("Problems", "The claim already lists this document."),
    QT_TRANSLATE_NOOP("Problems", "A document cannot be received in the future."),
    QT_TRANSLATE_NOOP("Problems", "This date cannot be in the future."),
    QT_TRANSLATE_NOOP("Problems", "The due date cannot be before the day it was opened."),
    QT_TRANSLATE_NOOP("Problems", "Say what the outcome was."),
    QT_TRANSLATE_NOOP("Problems", "It cannot be closed before it was opened."),
    QT_TRANSLATE_NOOP("Problems", "Say what the complaint is about."),
    QT_TRANSLATE_NOOP("Problems", "Choose one of this client's policies."),
    QT_TRANSLATE_NOOP("Problems", "This request is already closed."),
    QT_TRANSLATE_NOOP("Problems", "This request is open already."),
    QT_TRANSLATE_NOOP("Problems", "This complaint is already resolved."),
    QT_TRANSLATE_NOOP("Problems", "This complaint is open already."),
)
