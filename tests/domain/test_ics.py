"""The follow-ups calendar parses back with the `icalendar` package, and its
bytes follow RFC 5545: CRLF everywhere, lines of at most 75 octets folded
between characters, never inside one."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from agent_desk.domain.ics import CalendarEvent, calendar_text, duration_text, escape_text, fold_line

STAMP = datetime(2025, 3, 1, 8, 30, 0)  # naive: UTC, as the book keeps stamps

EVENTS = [
    CalendarEvent(
        uid="6f1c2a52-1d55-4c5e-9b8e-3a3f0f0c0a01@agent-desk",
        day=date(2025, 3, 3),
        summary="續約：王小明, 保單 TW-00012; 年繳保費 NT$24,000",
        description="第一行\n第二行; with a comma, and a back\\slash\r\nthird line",
        categories=("續約", "renewal, premium"),
        url="https://example.com/policies/TW-00012?tab=premium&x=1",
        reminder_minutes_before=-540,
        sequence=3,
    ),
    CalendarEvent(uid="birthday-2@agent-desk", day=date(2024, 2, 29), summary="Birthday: Ann Lee"),
    CalendarEvent(
        uid="visit-3@agent-desk",
        day=date(2025, 12, 31),  # DTEND falls in the next year
        summary="回訪 陳美玲" * 12,  # far longer than one line
        description="長" * 200,
        done=True,
        reminder_minutes_before=900,
    ),
]


def _parse(text: str) -> Calendar:
    return Calendar.from_ical(text.encode("utf-8"))


def _events(calendar: Calendar) -> list:
    return [c for c in calendar.walk() if c.name == "VEVENT"]


def test_every_event_round_trips_through_icalendar() -> None:
    text = calendar_text(EVENTS, calendar_name="Agent Desk — 追蹤, follow-ups", stamp=STAMP)
    calendar = _parse(text)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["PRODID"]).startswith("-//Agent Desk//")
    # icalendar leaves X- properties raw; RFC 5545 §3.8.8.2 makes their default type TEXT, escaped.
    assert calendar["X-WR-CALNAME"].to_ical().decode() == "Agent Desk — 追蹤\\, follow-ups"
    parsed = _events(calendar)
    assert len(parsed) == len(EVENTS)
    for event, vevent in zip(EVENTS, parsed, strict=True):
        assert str(vevent["UID"]) == event.uid
        assert vevent["DTSTART"].dt == event.day
        assert not isinstance(vevent["DTSTART"].dt, datetime)  # an all-day date
        assert vevent["DTEND"].dt == event.day + timedelta(days=1)
        assert vevent["DTSTAMP"].dt == STAMP.replace(tzinfo=timezone.utc)
        assert str(vevent["TRANSP"]) == "TRANSPARENT"
        expected_summary = ("✓ " if event.done else "") + event.summary
        assert str(vevent["SUMMARY"]) == expected_summary
        if event.description:
            # Any newline comes back as "\n".
            assert str(vevent["DESCRIPTION"]) == event.description.replace("\r\n", "\n")
        else:
            assert "DESCRIPTION" not in vevent


def test_special_characters_survive_exactly() -> None:
    vevent = _events(_parse(calendar_text(EVENTS[:1], calendar_name="x", stamp=STAMP)))[0]
    assert str(vevent["SUMMARY"]) == "續約：王小明, 保單 TW-00012; 年繳保費 NT$24,000"
    assert str(vevent["DESCRIPTION"]) == "第一行\n第二行; with a comma, and a back\\slash\nthird line"
    assert [str(c) for c in vevent["CATEGORIES"].cats] == ["續約", "renewal, premium"]
    assert str(vevent["URL"]) == "https://example.com/policies/TW-00012?tab=premium&x=1"
    assert int(vevent["SEQUENCE"]) == 3


def test_reminder_is_relative_to_the_start_of_the_day() -> None:
    text = calendar_text(EVENTS[:1], calendar_name="x", stamp=STAMP)
    assert "TRIGGER:PT9H\r\n" in text  # 9:00 on the day
    alarm = [c for c in _parse(text).walk() if c.name == "VALARM"][0]
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(hours=9)
    assert str(alarm["DESCRIPTION"])


def test_reminder_the_day_before_and_none_when_done() -> None:
    early = CalendarEvent(uid="u", day=date(2025, 1, 2), summary="s", reminder_minutes_before=900)
    text = calendar_text([early], calendar_name="x", stamp=STAMP)
    alarm = [c for c in _parse(text).walk() if c.name == "VALARM"][0]
    assert alarm["TRIGGER"].dt == timedelta(hours=-15)  # 9:00 the day before
    done = calendar_text(EVENTS[2:], calendar_name="x", stamp=STAMP)
    assert "BEGIN:VALARM" not in done
    assert "STATUS:CONFIRMED" in done  # VEVENT knows no COMPLETED; the title says it


def test_no_reminder_without_minutes() -> None:
    text = calendar_text(EVENTS[1:2], calendar_name="x", stamp=STAMP)
    assert "VALARM" not in text


def test_every_line_ends_in_crlf_and_fits_in_75_octets() -> None:
    data = calendar_text(EVENTS, calendar_name="名" * 80, stamp=STAMP).encode("utf-8")
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # a fold inside a character would leave a broken sequence here
    assert any(line.startswith(b" ") for line in lines)  # long lines were really folded


@pytest.mark.parametrize("prefix", ["", "a", "ab", "abc"])
def test_folding_never_splits_a_character_at_any_offset(prefix: str) -> None:
    # Shift 3-octet characters (and a 4-octet one) across every fold position.
    line = "SUMMARY:" + prefix + "王小明🙂" * 40
    folded = fold_line(line).encode("utf-8")
    physical = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in physical)
    assert all(p.startswith(b" ") for p in physical[1:])
    assert [p.decode("utf-8") for p in physical]  # each piece is whole characters
    unfolded = b"".join([physical[0], *(p[1:] for p in physical[1:])]).decode("utf-8")
    assert unfolded == line


def test_a_line_of_exactly_75_octets_is_not_folded() -> None:
    line = "X" * 75
    assert fold_line(line) == line
    assert fold_line(line + "Y") == "X" * 75 + "\r\n Y"


def test_empty_calendar_is_still_a_calendar() -> None:
    text = calendar_text([], calendar_name="Follow-ups", stamp=STAMP)
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    calendar = _parse(text)
    assert str(calendar["VERSION"]) == "2.0"
    assert _events(calendar) == []


def test_uid_stays_the_same_across_exports() -> None:
    first = calendar_text(EVENTS, calendar_name="x", stamp=STAMP)
    later = calendar_text(EVENTS, calendar_name="x", stamp=STAMP + timedelta(days=3))
    uids = [str(e["UID"]) for e in _events(_parse(first))]
    assert uids == [str(e["UID"]) for e in _events(_parse(later))]
    assert first != later  # only DTSTAMP differs


def test_aware_stamp_is_written_in_utc() -> None:
    taipei = timezone(timedelta(hours=8))
    text = calendar_text(EVENTS[1:2], calendar_name="x", stamp=datetime(2025, 3, 1, 9, 0, tzinfo=taipei))
    assert "DTSTAMP:20250301T010000Z\r\n" in text


def test_escape_text() -> None:
    assert escape_text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"
    assert escape_text("bell\x07 tab\tok") == "bell tab\tok"


@pytest.mark.parametrize(("minutes", "text"), [
    (0, "PT0M"), (540, "PT9H"), (-540, "-PT9H"), (570, "PT9H30M"), (30, "PT30M"),
    (1440, "P1D"), (1470, "P1DT30M"), (-900, "-PT15H"),
])
def test_duration_text(minutes: int, text: str) -> None:
    assert duration_text(minutes) == text
