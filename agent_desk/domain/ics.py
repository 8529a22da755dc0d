"""Follow-ups as an iCalendar file (RFC 5545) for the agent's phone calendar.

Each follow-up is an all-day VEVENT, not a VTODO, although a follow-up is a
task: phone calendars import events everywhere, while tasks are another
story — Google Calendar's import takes only events and drops VTODO, iOS
Calendar files tasks under Reminders (and only from CalDAV, not from an
imported file), and Android calendar apps mostly ignore them. An event on
the due day is what reliably shows up where the agent looks.

The UID is the caller's stable id of the follow-up, so importing a newer
file updates the events already on the phone instead of adding copies; the
SEQUENCE (the row's version) tells the phone which copy is newer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

PRODID = "-//Agent Desk//Follow-ups 1.0//EN"
MAX_LINE_OCTETS = 75  # RFC 5545 §3.1, not counting the CRLF
CRLF = "\r\n"
DONE_MARK = "✓ "

# TEXT may hold no control character but HTAB (RFC 5545 §3.3.11); newlines are escaped first.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class CalendarEvent:
    """One follow-up on the calendar: an all-day event on `day`.

    `reminder_minutes_before` counts back from the start of the day (local
    midnight): 0 is midnight, 900 is 9:00 the day before, and a negative
    number is a time on the day itself (-540 is 9:00 that morning).
    `sequence` is the follow-up's version: bump it when the follow-up changes.
    """

    uid: str
    day: date
    summary: str
    description: str = ""
    categories: tuple[str, ...] = ()
    url: str = ""
    reminder_minutes_before: int | None = None
    done: bool = False
    sequence: int = 0


def calendar_text(events: Iterable[CalendarEvent], *, calendar_name: str, stamp: datetime) -> str:
    """The whole calendar as RFC 5545 text: CRLF line ends, folded lines.

    `stamp` is when the file is made (DTSTAMP); a naive stamp is taken as
    UTC, the book's convention. Encode the result as UTF-8."""
    stamp_text = _utc_text(stamp)
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    for event in events:
        lines.extend(_event_lines(event, stamp_text))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def _event_lines(event: CalendarEvent, stamp_text: str) -> list[str]:
    summary = (DONE_MARK + event.summary) if event.done else event.summary
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"DTSTAMP:{stamp_text}",
        f"SEQUENCE:{max(0, event.sequence)}",
        f"DTSTART;VALUE=DATE:{_date_text(event.day)}",
        f"DTEND;VALUE=DATE:{_date_text(event.day + timedelta(days=1))}",  # DTEND is exclusive
        f"SUMMARY:{escape_text(summary)}",
        # A follow-up is a reminder, not a meeting: it must not block the day for invitations.
        "TRANSP:TRANSPARENT",
        # VEVENT has no "completed" status (COMPLETED belongs to VTODO) and CANCELLED
        # would say it never happened — phones strike it through or drop it. So a done
        # follow-up stays CONFIRMED, shows a tick in its title and loses its alarm.
        "STATUS:CONFIRMED",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    categories = [escape_text(c) for c in event.categories if c.strip()]
    if categories:
        lines.append(f"CATEGORIES:{','.join(categories)}")
    url = _CONTROL.sub("", _NEWLINE.sub("", event.url)).strip()
    if url:
        lines.append(f"URL:{url}")  # a URI: no TEXT escaping
    if event.reminder_minutes_before is not None and not event.done:
        lines.extend([
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(summary)}",  # required with ACTION:DISPLAY
            # Relative to the start of an all-day event, i.e. to the floating local
            # midnight of its day: the alert rings at the same wall-clock time wherever
            # the phone is, as the phone's own all-day alerts do ("9:00 on the day" is
            # PT9H). An absolute UTC trigger would need a time zone and move with travel.
            f"TRIGGER:{duration_text(-event.reminder_minutes_before)}",
            "END:VALARM",
        ])
    lines.append("END:VEVENT")
    return lines


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines
    escaped; other control characters, which TEXT cannot hold, dropped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = _NEWLINE.sub("\\\\n", value)
    return _CONTROL.sub("", value)


def fold_line(line: str) -> str:
    """Fold a content line so no physical line exceeds 75 UTF-8 octets.

    Continuation lines start with one space, which counts in their 75; a break
    only ever falls between characters, never inside a multi-byte one."""
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_LINE_OCTETS - 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def duration_text(minutes: int) -> str:
    """An RFC 5545 duration: 540 → "PT9H", -900 → "-PT15H", 1470 → "P1DT30M"."""
    sign = "-" if minutes < 0 else ""
    days, rest = divmod(abs(minutes), 24 * 60)
    hours, mins = divmod(rest, 60)
    text = f"{sign}P"
    if days:
        text += f"{days}D"
    if hours or mins or not days:
        text += "T"
        if hours:
            text += f"{hours}H"
        if mins or not hours:
            text += f"{mins}M"
    return text


def _date_text(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _utc_text(stamp: datetime) -> str:
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(timezone.utc)
    return stamp.strftime("%Y%m%dT%H%M%SZ")
