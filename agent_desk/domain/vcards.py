"""Contacts from a vCard file (2.1, 3.0 or 4.0, as phones and mail programs
export them) as rows of client cells, so a .vcf goes through the same
checks, duplicate search and import as a CSV file.

vobject parses each card; what is normalised here: `ORG` is a list, `TEL` may be
a `tel:` URI (4.0), `BDAY` comes as 19850307, 1985-03-07 or with a time, and a
card has one name in `FN` and another in `N`, in either script.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from agent_desk.domain.client_csv_rules import ColumnMap, column_map, has_cjk

# The cells of a card's row, and the property each comes from (errors name it).
VCARD_FIELDS = ("name", "name_local", "sex", "birth_date", "phone", "email", "address", "occupation", "notes")
VCARD_HEADERS = ("FN/N", "FN/N", "GENDER", "BDAY", "TEL", "EMAIL", "ADR", "TITLE/ORG", "NOTE")
_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)
_BASIC_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})")


@dataclass(frozen=True)
class VCardRow:
    line: int  # the card's BEGIN:VCARD line
    cells: list[str]  # in VCARD_FIELDS order; empty when the card is unreadable
    problem: str = ""  # why the card could not be read at all


def vcard_columns() -> ColumnMap:
    return column_map(VCARD_HEADERS, VCARD_FIELDS)


def read_vcards(text: str) -> list[VCardRow]:
    """A row per card; a card vobject cannot read is a row with its problem,
    so one bad card is reported by line rather than refusing the file."""
    import vobject  # on first use: 50 ms (it brings pytz and its iCalendar half) the app's start does without

    rows = []
    for line, card_text in _cards(text):
        try:
            card = vobject.readOne(card_text, allowQP=True)  # 2.1 quoted-printable with soft line breaks
        except Exception as exc:  # noqa: BLE001 - vobject raises ParseError and assorted others
            detail = re.sub(r"^At line \d+: ", "", str(exc)) or type(exc).__name__
            rows.append(VCardRow(line, [], f"not a readable vCard ({detail})"))
            continue
        rows.append(VCardRow(line, _cells(card)))
    return rows


def _cards(text: str) -> Iterator[tuple[int, str]]:
    start, lines = 0, []
    for number, line in enumerate(text.splitlines(), start=1):
        if _BEGIN.match(line):
            start, lines = number, [line]
        elif start:
            lines.append(line)
            if _END.match(line):
                yield start, "\r\n".join(lines) + "\r\n"
                start, lines = 0, []
    if start:
        yield start, "\r\n".join(lines) + "\r\n"  # vobject names the missing END:VCARD


def _values(card, name: str) -> list:  # noqa: ANN001 - a vobject Component
    return [child for child in card.getChildren() if child.name == name.upper()]


def _text(value: object) -> str:
    if isinstance(value, (list, tuple)):  # ORG and a few others are lists of parts
        return " ".join(_text(part) for part in value if _text(part))
    return str(value or "").strip()


def _names(card) -> tuple[str, str]:  # noqa: ANN001
    """(Latin name, local-script name) from FN and N, whichever script each is in."""
    candidates = [_text(child.value) for child in _values(card, "FN")]
    for child in _values(card, "N"):
        n = child.value
        family, given = _text(getattr(n, "family", "")), _text(getattr(n, "given", ""))
        joined = family + given if has_cjk(family + given) else " ".join(filter(None, [given, family]))
        candidates.append(joined)
    latin = next((c for c in candidates if c and not has_cjk(c)), "")
    local = next((c for c in candidates if c and has_cjk(c)), "")
    return latin, local


def _types(child) -> set[str]:  # noqa: ANN001
    """TYPE parameters however the version writes them: TEL;CELL (2.1),
    TYPE=CELL,VOICE (3.0) or TYPE="voice,cell" (4.0)."""
    found = {str(t).upper() for t in getattr(child, "singletonparams", [])}
    for value in child.params.get("TYPE", []):
        found.update(part.strip().strip('"').upper() for part in str(value).split(","))
    if "PREF" in child.params:
        found.add("PREF")
    return found


def _phone(value: str) -> str:
    """A tel: URI (4.0) as the number: "tel:+886-912-000-111;ext=5" → "+886-912-000-111"."""
    value = value.strip()
    if value.lower().startswith("tel:"):
        value = value[4:].split(";", 1)[0]
    return value


def _ranked(children: list) -> list[str]:  # noqa: ANN001
    """Values with the preferred (PREF, then mobile) first."""
    def rank(child) -> int:  # noqa: ANN001
        types = _types(child)
        return 0 if "PREF" in types else 1 if "CELL" in types else 2
    return [_text(child.value) for child in sorted(children, key=rank) if _text(child.value)]


def _birth_date(card, extra: list[str]) -> str:  # noqa: ANN001
    """BDAY as YYYY-MM-DD; a birthday without a year goes to the notes
    (the book keeps whole dates only); anything else is passed on to fail."""
    for child in _values(card, "BDAY"):
        value = _text(child.value)
        match = _BASIC_DATE.match(value)
        if match:
            return f"{match[1]}-{match[2]}-{match[3]}"
        no_year = _NO_YEAR.fullmatch(value)
        if no_year:
            extra.append(f"Birthday: {no_year[1]}-{no_year[2]}")
            return ""
        return value
    return ""


def _sex(card) -> str:  # noqa: ANN001
    """GENDER (4.0: "F", "M;…"; O, N and U leave it blank) or X-GENDER ("Female")."""
    for name in ("GENDER", "X-GENDER"):
        for child in _values(card, name):
            value = _text(child.value).split(";", 1)[0].strip()
            if value.upper() in ("O", "N", "U"):
                return ""
            return value
    return ""


def _address(card) -> str:  # noqa: ANN001
    for child in _values(card, "ADR"):
        adr = child.value
        parts = [_text(getattr(adr, key, "")) for key in ("box", "extended", "street", "city", "region", "code",
                                                          "country")]
        parts = [part for part in parts if part]
        if not parts:
            continue
        if has_cjk("".join(parts)):  # Chinese addresses run from the country down, without commas
            return "".join(reversed(parts))
        return ", ".join(parts)
    return ""


def _cells(card) -> list[str]:  # noqa: ANN001
    extra: list[str] = []
    latin, local = _names(card)
    phones = [_phone(value) for value in _ranked(_values(card, "TEL"))]
    emails = _ranked(_values(card, "EMAIL"))
    title = next((_text(c.value) for c in _values(card, "TITLE") + _values(card, "ROLE") if _text(c.value)), "")
    org = next((_text(c.value) for c in _values(card, "ORG") if _text(c.value)), "")
    birth_date = _birth_date(card, extra)
    # The book has one phone and one e-mail: the others stay with the client, in the notes.
    if phones[1:]:
        extra.append("Other phones: " + ", ".join(phones[1:]))
    if emails[1:]:
        extra.append("Other e-mails: " + ", ".join(emails[1:]))
    notes = [_text(child.value) for child in _values(card, "NOTE") if _text(child.value)]
    return [latin, local, _sex(card), birth_date, phones[0] if phones else "", emails[0] if emails else "",
            _address(card), ", ".join(filter(None, [title, org])), "\n".join(notes + extra)]
