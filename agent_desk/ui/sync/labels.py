"""Words for sync: the one-line status, what went wrong (each SyncError as a
translated sentence), and a conflict's record, field, values and winner."""

from __future__ import annotations

import json
import math
import re
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from babel.dates import format_skeleton
from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from agent_desk.errors import (
    BadAnswerError,
    DeviceRevokedError,
    EnrolmentError,
    NotEnrolledError,
    OfflineError,
    SyncError,
    UpdateRequiredError,
)
from agent_desk.i18n.qt import TranslationContext
from agent_desk.services.sync import ConflictRow, SyncReport, SyncStatus
from agent_desk.sync import codec
from agent_desk.ui.clients.formatting import date_text, local_datetime_text, local_time, ui_locale
from agent_desk.ui.clients.labels import stage_names
from agent_desk.ui.clients.page_labels import sex_names, status_names
from agent_desk.ui.sync.scheduler import Phase, SyncState

SyncLabels = TranslationContext("SyncLabels")  # the name is the context: see TranslationContext
SEPARATOR = " · "
VALUE_CHARS = 200  # a long note is cut in the table; the whole of it is in the details below


def _tr(text: str) -> str:
    return SyncLabels.tr(text)


_KEYRING = re.compile(r"in the system keyring \((.+)\)")
_TOKEN_FILE = re.compile(r"in (.+), readable only by you")


def token_kept_text(kept: str) -> str:
    """Where the device token is kept, as the sync engine says it in English, in the UI's language."""
    if match := _KEYRING.fullmatch(kept):
        return SyncLabels.tr("in the system keyring (%1)").replace("%1", match.group(1))
    if match := _TOKEN_FILE.fullmatch(kept):
        return SyncLabels.tr("in %1, readable only by you").replace("%1", match.group(1))
    return kept


def number(count: int) -> str:
    return QLocale().toString(count)


# -- the status line -------------------------------------------------------------------------

def waiting_text(pending: int) -> str:
    return SyncLabels.tr("%1 waiting").replace("%1", number(pending))


def conflicts_text(count: int) -> str:
    return (SyncLabels.tr("1 conflict") if count == 1 else SyncLabels.tr("%1 conflicts")).replace("%1", number(count))


def when_text(stamp_utc: datetime | None, now_local: datetime | None = None) -> str:
    """A stamp from the book, short: the time when it is today, else the day."""
    if stamp_utc is None:
        return SyncLabels.tr("never")
    local = local_time(stamp_utc)
    now_local = now_local or datetime.now()
    if local.date() == now_local.date():
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    if local.year == now_local.year:
        return format_skeleton("MMMd", local, locale=ui_locale())
    return date_text(local.date())


def synced_text(stamp_utc: datetime | None, now_local: datetime | None = None) -> str:
    if stamp_utc is None:
        return SyncLabels.tr("never synced")
    return SyncLabels.tr("synced %1").replace("%1", when_text(stamp_utc, now_local))


def minutes_text(ms: int) -> str:
    """"in 4 min"; under a minute: "in less than a minute"."""
    if ms < 60_000:
        return SyncLabels.tr("in less than a minute") if ms > 1_000 else SyncLabels.tr("now")
    return SyncLabels.tr("in %1 min").replace("%1", number(math.ceil(ms / 60_000)))


def progress_text(stage: str, done: int, total: int) -> str:
    if stage == "push" and total:
        return SyncLabels.tr("sending %1 of %2").replace("%1", number(done)).replace("%2", number(total))
    if stage == "push":
        return SyncLabels.tr("sending %1").replace("%1", number(done))
    if stage == "pull":
        return SyncLabels.tr("receiving %1").replace("%1", number(done))
    return ""


def status_line(state: SyncState, status: SyncStatus | None, now_ms: float | None = None) -> str:
    """"Online · 3 waiting · synced 10:42", "Offline — next try in 4 min · 12 waiting", "Not enrolled"…"""
    phase = state.phase
    if phase is Phase.SYNCING:
        progress = progress_text(state.stage, state.done, state.total)
        return SyncLabels.tr("Syncing…") + (SEPARATOR + progress if progress else "")
    if status is None:
        return SyncLabels.tr("Sync: checking…")
    if phase is Phase.NOT_ENROLLED or not status.enrolled:
        return SyncLabels.tr("Not enrolled")
    waiting = waiting_text(status.pending)
    if phase in (Phase.OFFLINE, Phase.FAILED):
        head = SyncLabels.tr("Offline") if phase is Phase.OFFLINE else SyncLabels.tr("Sync failed")
        wait = state.next_try_in_ms(now_ms)
        if wait is not None:
            head = SyncLabels.tr("%1 — next try %2").replace("%1", head).replace("%2", minutes_text(wait))
        return head + SEPARATOR + waiting
    if phase is Phase.UPDATE_NEEDED:
        return SyncLabels.tr("Update needed") + SEPARATOR + waiting
    if phase is Phase.REVOKED:
        return SyncLabels.tr("Device revoked — enrol again") + SEPARATOR + waiting
    if phase is Phase.TOKEN_MISSING:
        return SyncLabels.tr("No device token — enrol again") + SEPARATOR + waiting
    parts = [waiting, synced_text(status.last_sync_at)]
    if phase is Phase.ONLINE:
        parts.insert(0, SyncLabels.tr("Online"))
    return SEPARATOR.join(parts)


def problem_text(error: BaseException) -> str:
    """What went wrong, as a sentence for the agent; the office's own words are in `str(error)`."""
    if isinstance(error, OfflineError):
        return SyncLabels.tr("Cannot reach the office. Your changes wait on this computer and go up once it answers.")
    if isinstance(error, BadAnswerError):
        return SyncLabels.tr("The office answered something Agent Desk does not understand. Check the office address; "
                             "nothing was changed here.")
    if isinstance(error, UpdateRequiredError):
        return SyncLabels.tr("The office needs a newer Agent Desk. Update the app; your work stays on this computer "
                             "meanwhile.")
    if isinstance(error, DeviceRevokedError):
        return SyncLabels.tr("The office no longer accepts this computer. Ask the office for a new code and enrol "
                             "again; your changes wait here.")
    if isinstance(error, NotEnrolledError):
        return SyncLabels.tr("This computer has no device token for the office. Enrol again with a new code from the "
                             "office; your changes wait here.")
    if isinstance(error, EnrolmentError):
        return SyncLabels.tr("The office refused the code. A code works once and expires: ask the office for a new "
                             "one.")
    if isinstance(error, SyncError):
        return SyncLabels.tr("The office refused: %1").replace("%1", str(error))
    return SyncLabels.tr("Sync stopped by a problem on this computer: %1").replace(
        "%1", str(error) or type(error).__name__)


# -- conflicts -------------------------------------------------------------------------------

_ENTITIES = {
    "agent_profiles": QT_TRANSLATE_NOOP("SyncLabels", "My details"),
    "clients": QT_TRANSLATE_NOOP("SyncLabels", "Client"),
    "households": QT_TRANSLATE_NOOP("SyncLabels", "Household"),
    "household_members": QT_TRANSLATE_NOOP("SyncLabels", "Household member"),
    "relationships": QT_TRANSLATE_NOOP("SyncLabels", "Family tie"),
    "policies": QT_TRANSLATE_NOOP("SyncLabels", "Policy"),
    "beneficiaries": QT_TRANSLATE_NOOP("SyncLabels", "Beneficiary"),
    "claims": QT_TRANSLATE_NOOP("SyncLabels", "Claim"),
    "claim_steps": QT_TRANSLATE_NOOP("SyncLabels", "Claim step"),
    "claim_documents": QT_TRANSLATE_NOOP("SyncLabels", "Claim document"),
    "service_requests": QT_TRANSLATE_NOOP("SyncLabels", "Service request"),
    "complaints": QT_TRANSLATE_NOOP("SyncLabels", "Complaint"),
    "followups": QT_TRANSLATE_NOOP("SyncLabels", "Follow-up"),
    "activities": QT_TRANSLATE_NOOP("SyncLabels", "Contact"),
    "plans": QT_TRANSLATE_NOOP("SyncLabels", "Plan"),
    "plan_items": QT_TRANSLATE_NOOP("SyncLabels", "Plan item"),
    "proposals": QT_TRANSLATE_NOOP("SyncLabels", "Proposal"),
}

_FIELDS = {
    "*": QT_TRANSLATE_NOOP("SyncLabels", "The whole change"),
    "name": QT_TRANSLATE_NOOP("SyncLabels", "Name"),
    "name_local": QT_TRANSLATE_NOOP("SyncLabels", "Name in Chinese"),
    "sex": QT_TRANSLATE_NOOP("SyncLabels", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("SyncLabels", "Date of birth"),
    "id_number": QT_TRANSLATE_NOOP("SyncLabels", "ID number"),
    "phone": QT_TRANSLATE_NOOP("SyncLabels", "Phone"),
    "email": QT_TRANSLATE_NOOP("SyncLabels", "E-mail"),
    "address": QT_TRANSLATE_NOOP("SyncLabels", "Address"),
    "occupation": QT_TRANSLATE_NOOP("SyncLabels", "Occupation"),
    "occupation_class": QT_TRANSLATE_NOOP("SyncLabels", "Occupation class"),
    "annual_income": QT_TRANSLATE_NOOP("SyncLabels", "Annual income"),
    "smoker": QT_TRANSLATE_NOOP("SyncLabels", "Smoker"),
    "stage": QT_TRANSLATE_NOOP("SyncLabels", "Stage"),
    "consent_marketing": QT_TRANSLATE_NOOP("SyncLabels", "Marketing consent"),
    "referred_by_id": QT_TRANSLATE_NOOP("SyncLabels", "Referred by"),
    "assigned_agent": QT_TRANSLATE_NOOP("SyncLabels", "Assigned agent"),
    "notes": QT_TRANSLATE_NOOP("SyncLabels", "Notes"),
    "note": QT_TRANSLATE_NOOP("SyncLabels", "Note"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncLabels", "Deleted"),
    "status": QT_TRANSLATE_NOOP("SyncLabels", "Status"),
    "policy_number": QT_TRANSLATE_NOOP("SyncLabels", "Policy number"),
    "product_name": QT_TRANSLATE_NOOP("SyncLabels", "Product"),
    "sum_assured": QT_TRANSLATE_NOOP("SyncLabels", "Sum assured"),
    "annual_premium": QT_TRANSLATE_NOOP("SyncLabels", "Annual premium"),
    "modal_premium": QT_TRANSLATE_NOOP("SyncLabels", "Premium per payment"),
    "frequency": QT_TRANSLATE_NOOP("SyncLabels", "Payment frequency"),
    "issue_date": QT_TRANSLATE_NOOP("SyncLabels", "Issue date"),
    "next_due_date": QT_TRANSLATE_NOOP("SyncLabels", "Next premium due"),
    "term_years": QT_TRANSLATE_NOOP("SyncLabels", "Term (years)"),
    "payment_term_years": QT_TRANSLATE_NOOP("SyncLabels", "Payment term (years)"),
    "title": QT_TRANSLATE_NOOP("SyncLabels", "Title"),
    "due_date": QT_TRANSLATE_NOOP("SyncLabels", "Due date"),
    "due_on": QT_TRANSLATE_NOOP("SyncLabels", "Due date"),
    "snoozed_until": QT_TRANSLATE_NOOP("SyncLabels", "Snoozed until"),
    "outcome": QT_TRANSLATE_NOOP("SyncLabels", "Outcome"),
    "summary": QT_TRANSLATE_NOOP("SyncLabels", "Summary"),
    "kind": QT_TRANSLATE_NOOP("SyncLabels", "Kind"),
    "relation": QT_TRANSLATE_NOOP("SyncLabels", "Relation"),
    "role": QT_TRANSLATE_NOOP("SyncLabels", "Role"),
    "share_percent": QT_TRANSLATE_NOOP("SyncLabels", "Share (%)"),
    "licence_number": QT_TRANSLATE_NOOP("SyncLabels", "Licence number"),
    "company": QT_TRANSLATE_NOOP("SyncLabels", "Company"),
    "amount_claimed": QT_TRANSLATE_NOOP("SyncLabels", "Amount claimed"),
    "amount_paid": QT_TRANSLATE_NOOP("SyncLabels", "Amount paid"),
    "budget": QT_TRANSLATE_NOOP("SyncLabels", "Budget"),
    "occurred_at": QT_TRANSLATE_NOOP("SyncLabels", "When"),
}

_WINNERS = {
    "office": QT_TRANSLATE_NOOP("SyncLabels", "The office's"),
    "server": QT_TRANSLATE_NOOP("SyncLabels", "A later edit"),
    "device": QT_TRANSLATE_NOOP("SyncLabels", "This device's"),
    "refused": QT_TRANSLATE_NOOP("SyncLabels", "Not accepted"),
}
_WINNER_TIPS = {
    "office": QT_TRANSLATE_NOOP("SyncLabels", "The office decides this field: its value was kept, and only "
                                              "the office can change it."),
    "server": QT_TRANSLATE_NOOP("SyncLabels", "A later edit, on another device or at the office, was kept."),
    "device": QT_TRANSLATE_NOOP("SyncLabels", "This device's later edit was kept over another device's."),
    "refused": QT_TRANSLATE_NOOP("SyncLabels", "The office did not accept the change: the record is no longer "
                                               "in your book (for example, the client moved to another agent)."),
}


def entity_text(entity: str) -> str:
    return _tr(_ENTITIES[entity]) if entity in _ENTITIES else entity.replace("_", " ").capitalize()


def field_text(field: str) -> str:
    return _tr(_FIELDS[field]) if field in _FIELDS else field.removesuffix("_id").replace("_", " ").capitalize()


def winner_text(winner: str) -> str:
    return _tr(_WINNERS[winner]) if winner in _WINNERS else winner


def winner_tip(winner: str) -> str:
    return _tr(_WINNER_TIPS[winner]) if winner in _WINNER_TIPS else ""


def record_text(row: ConflictRow) -> str:
    """"Wang Dawei", "Policy of Wang Dawei", or the kind of record when it belongs to no client."""
    if row.entity == "clients" and row.client_name:
        return row.client_name
    if row.client_name:
        return SyncLabels.tr("%1 of %2").replace("%1", entity_text(row.entity)).replace("%2", row.client_name)
    return entity_text(row.entity)


def _named(entity: str, field: str, value: Any) -> str | None:
    """A code the app has words for (stage, sex, policy status)."""
    names: dict[str, str] = {}
    if entity == "clients" and field == "stage":
        names = stage_names()
    elif entity == "clients" and field == "sex":
        names = {str(key): text for key, text in sex_names().items()}
    elif field == "status" and entity == "policies":
        names = {str(key): text for key, text in status_names().items()}
    return names.get(str(value))


def value_text(entity: str, field: str, value: Any, *, limit: int | None = VALUE_CHARS) -> str:
    """A value as it travelled (JSON), in words: dates in the locale, yes/no, codes named."""
    if field == "*":
        return _whole_change_text(entity, value, limit)
    if field == "deleted_at":
        if value is None:
            return SyncLabels.tr("Not deleted")
        typed = _typed(entity, field, value)
        return SyncLabels.tr("Deleted %1").replace("%1", _plain(typed) if isinstance(typed, datetime) else str(value))
    if value is None or value == "":
        return SyncLabels.tr("(empty)")
    named = _named(entity, field, value)
    text = named if named is not None else _plain(_typed(entity, field, value))
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "…"
    return text


def _typed(entity: str, field: str, value: Any) -> Any:
    try:
        return codec.from_json(entity, field, value)
    except (KeyError, ValueError, TypeError):
        return value


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return SyncLabels.tr("Yes") if value else SyncLabels.tr("No")
    if isinstance(value, datetime):
        return local_datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, Decimal):
        return format_decimal(value, locale=ui_locale(), decimal_quantization=False)
    if isinstance(value, uuid.UUID):
        return SyncLabels.tr("another record (%1…)").replace("%1", str(value)[:8])
    if isinstance(value, bytes):
        return SyncLabels.tr("a file (%1 KB)").replace("%1", number(max(1, len(value) // 1024)))
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return " / ".join(str(value).splitlines())


def _whole_change_text(entity: str, fields: Any, limit: int | None) -> str:
    if not isinstance(fields, dict):
        return SyncLabels.tr("(empty)") if fields is None else _plain(fields)
    shown = [SyncLabels.tr("%1: %2").replace("%1", field_text(name))
             .replace("%2", value_text(entity, name, value, limit=40))
             for name, value in fields.items() if value not in (None, "") and name != "deleted_at"]
    text = "; ".join(shown) or SyncLabels.tr("(no values)")
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "…"
    return text


def kept_text(row: ConflictRow, *, limit: int | None = VALUE_CHARS) -> str:
    if row.field == "*":
        return SyncLabels.tr("Nothing: the office keeps the record for another agent")
    return value_text(row.entity, row.field, row.kept, limit=limit)


def lost_text(row: ConflictRow, *, limit: int | None = VALUE_CHARS) -> str:
    return value_text(row.entity, row.field, row.lost, limit=limit)


def conflict_details(row: ConflictRow) -> str:
    """The whole story of one conflict, for the lines under the table."""
    if row.field == "*":
        return "\n".join((
            SyncLabels.tr("%1: the office did not accept your change.").replace("%1", record_text(row)),
            SyncLabels.tr("Your change: %1").replace("%1", lost_text(row, limit=None)),
            winner_tip(row.winner) + " " + SyncLabels.tr("It can only be dismissed.")))
    lines = [f"{record_text(row)} · {field_text(row.field)}",
             SyncLabels.tr("Kept: %1").replace("%1", kept_text(row, limit=None)),
             SyncLabels.tr("Lost: %1").replace("%1", lost_text(row, limit=None))]
    why = winner_tip(row.winner)
    if not row.restorable and row.winner != "office":  # the office's own fields say why already
        why = (why + " " if why else "") + SyncLabels.tr("The lost value cannot be put back here.")
    if why:
        lines.append(why)
    return "\n".join(lines)


def report_text(report: SyncReport) -> str:
    """"Synced: 3 sent, 5 received, 1 conflict to review"; empty when nothing moved."""
    parts = []
    if report.pushed:
        parts.append(SyncLabels.tr("%1 sent").replace("%1", number(report.pushed)))
    if report.pulled:
        parts.append(SyncLabels.tr("%1 received").replace("%1", number(report.pulled)))
    if report.removed:
        parts.append(SyncLabels.tr("%1 moved to another agent").replace("%1", number(report.removed)))
    if report.conflicts:
        parts.append((SyncLabels.tr("1 conflict to review") if report.conflicts == 1 else
                      SyncLabels.tr("%1 conflicts to review")).replace("%1", number(report.conflicts)))
    if report.refused:
        parts.append(SyncLabels.tr("%1 not accepted").replace("%1", number(report.refused)))
    if report.catalog:
        parts.append(SyncLabels.tr("catalog %1 installed").replace("%1", report.catalog))
    if report.catalog_problem:
        parts.append(SyncLabels.tr("catalog not installed: %1").replace("%1", report.catalog_problem))
    return SyncLabels.tr("Synced: %1").replace("%1", ", ".join(parts)) if parts else ""
