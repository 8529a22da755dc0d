"""How a client CSV file maps onto client details (DESIGN §4): which header
means which field, and how one row's cells become `ClientDetails`.

Pure Python: no file or database access, so the rules are tested directly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from agent_desk.domain.clients import ClientDetails, Sex, parse_income
from agent_desk.errors import ValidationError

# The columns an export writes, in order; an import accepts the same headers.
CSV_FIELDS = ("name", "name_local", "sex", "birth_date", "phone", "email", "address", "occupation",
              "annual_income", "notes")

# 姓名 holds whatever name the agent typed: Chinese goes to name_local, Latin to name.
NAME_BY_SCRIPT = "姓名"

# The ID number is a client column the details form does not edit; an import may fill it.
ID_NUMBER = "id_number"
MAX_ID_NUMBER_LENGTH = 40
# Every field an import column can be mapped to, in the order the mapping offers them.
IMPORT_FIELDS = (*CSV_FIELDS[:2], NAME_BY_SCRIPT, *CSV_FIELDS[2:], ID_NUMBER)

_HEADER_ALIASES: dict[str, str] = {
    **{field: field for field in CSV_FIELDS},
    "性別": "sex", "性别": "sex",
    "出生日期": "birth_date",
    "電話": "phone", "电话": "phone",
    "電郵": "email", "邮箱": "email",
    "地址": "address",
    "職業": "occupation", "职业": "occupation",
    "年收入": "annual_income",
    "備註": "notes", "备注": "notes",
    "e_mail": "email", "電子郵件": "email", "电子邮件": "email",
    ID_NUMBER: ID_NUMBER, "id_no": ID_NUMBER, "national_id": ID_NUMBER,
    "身分證字號": ID_NUMBER, "身份證字號": ID_NUMBER, "身分證號": ID_NUMBER, "身份證號": ID_NUMBER,
    "身份证号": ID_NUMBER, "身份证号码": ID_NUMBER, "證件號碼": ID_NUMBER, "证件号码": ID_NUMBER,
}

_SEXES = {"f": Sex.FEMALE, "female": Sex.FEMALE, "女": Sex.FEMALE,
          "m": Sex.MALE, "male": Sex.MALE, "男": Sex.MALE}
_DATE = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})")
# Han (with extensions and compatibility forms), kana, bopomofo and hangul.
_CJK = re.compile("[\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                  "\U00020000-\U0003134f]")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def normalise_header(header: str) -> str:
    """ " Birth Date " → "birth_date": how headers are compared."""
    words = header.replace("\ufeff", "").replace("-", " ").replace("_", " ").split()
    return "_".join(words).casefold()


@dataclass(frozen=True)
class ColumnMap:
    """Which cell holds which field. A field is a ClientDetails field name, or
    NAME_BY_SCRIPT for a 姓名 column decided per value."""

    fields: dict[int, str]
    labels: dict[str, str]  # field → the header as the file spells it, for messages
    ignored: tuple[str, ...]  # headers that match no field
    width: int  # cells in the header row

    def label(self, field: str) -> str:
        if field in self.labels:
            return self.labels[field]
        if field in ("name", "name_local") and NAME_BY_SCRIPT in self.labels:
            return self.labels[NAME_BY_SCRIPT]
        return field


class HeaderError(ValueError):
    """A header row the import cannot work with."""


def field_for_header(header: str) -> str | None:
    """The field a header names, if any."""
    key = normalise_header(header)
    return NAME_BY_SCRIPT if key == NAME_BY_SCRIPT else _HEADER_ALIASES.get(key)


def map_headers(headers: Sequence[str]) -> ColumnMap:
    """Match headers to fields: trimmed, case-insensitive, in any order."""
    return column_map(headers, [field_for_header(header) for header in headers])


def suggest_fields(headers: Sequence[str]) -> list[str | None]:
    """A field per column as the headers suggest, for the agent to correct:
    a field named twice goes to its first column only."""
    taken: set[str] = set()
    suggested: list[str | None] = []
    for header in headers:
        field = field_for_header(header)
        suggested.append(None if field in taken else field)
        if field is not None:
            taken.add(field)
    return suggested


def column_map(headers: Sequence[str], chosen: Sequence[str | None]) -> ColumnMap:
    """The map of a field (or None) chosen per column; raises HeaderError when
    two columns hold one field or none holds a name."""
    fields: dict[int, str] = {}
    labels: dict[str, str] = {}
    ignored: list[str] = []
    for index, header in enumerate(headers):
        field = chosen[index] if index < len(chosen) else None
        if field is None:
            if header.strip():  # blank headers (trailing commas) are not worth a mention
                ignored.append(header.strip())
            continue
        if field not in IMPORT_FIELDS:
            raise HeaderError(f"'{field}' is not a client field")
        label = header.strip() or f"#{index + 1}"
        if field in labels:
            raise HeaderError(f"the columns '{labels[field]}' and '{label}' both hold {field}; keep one")
        fields[index], labels[field] = field, label
    if not {"name", "name_local", NAME_BY_SCRIPT} & labels.keys():
        raise HeaderError(_no_name_message(headers))
    fields = _settle_name_by_script(fields, labels)
    return ColumnMap(fields, labels, tuple(ignored), len(headers))


def layout_signature(headers: Sequence[str]) -> str:
    """What makes two files "the same layout": their normalised headers, in order."""
    return "\x1f".join(normalise_header(header) for header in headers)


def _no_name_message(headers: Sequence[str]) -> str:
    found = ", ".join(f"'{h.strip()}'" for h in headers if h.strip()) or "none"
    hint = ""
    if len(headers) == 1 and any(sep in headers[0] for sep in ";\t"):
        hint = " (the columns seem separated by ';' or tabs; save the file as comma-separated CSV)"
    return f"no name column (name, name_local or 姓名) in the header row; found {found}{hint}"


def _settle_name_by_script(fields: dict[int, str], labels: dict[str, str]) -> dict[int, str]:
    """Next to a dedicated name column, 姓名 is the other name, whatever its script."""
    if NAME_BY_SCRIPT not in labels:
        return fields
    has_name, has_local = "name" in labels, "name_local" in labels
    if has_name and has_local:
        raise HeaderError(f"the columns '{labels['name']}', '{labels['name_local']}' and "
                          f"'{labels[NAME_BY_SCRIPT]}' are three name columns; keep two")
    if not (has_name or has_local):
        return fields
    other = "name_local" if has_name else "name"
    labels[other] = labels.pop(NAME_BY_SCRIPT)
    return {index: other if field == NAME_BY_SCRIPT else field for index, field in fields.items()}


def parse_sex(text: str) -> Sex | None:
    value = text.strip()
    if not value:
        return None
    sex = _SEXES.get(value.casefold())
    if sex is None:
        raise ValidationError({"sex": f"'{value}' is not a sex (F or M; female/male and 女/男 also work)"})
    return sex


def parse_birth_date(text: str) -> date | None:
    """YYYY-MM-DD or YYYY/MM/DD (Excel drops leading zeros, so 1985/3/7 too)."""
    value = text.strip()
    if not value:
        return None
    match = _DATE.fullmatch(value)
    try:
        if match is None:
            raise ValueError
        return date(int(match[1]), int(match[3]), int(match[4]))
    except ValueError:
        raise ValidationError({"birth_date": f"'{value}' is not a date (YYYY-MM-DD)"}) from None


_PARSERS = {"sex": parse_sex, "birth_date": parse_birth_date, "annual_income": parse_income}


def extra_cells(cells: Sequence[str], header_width: int) -> int:
    """How many non-blank cells lie beyond the header's columns."""
    return sum(1 for cell in cells[header_width:] if cell.strip())


def read_row(cells: Sequence[str], columns: ColumnMap) -> tuple[ClientDetails, dict[str, str]]:
    """One row's details and the format problems (field → message) found reading it.

    A cell that does not parse is left empty in the details, so validate_client
    can still report every other problem of the row in the same pass."""
    details, _id_number, problems = read_import_row(cells, columns)
    return details, problems


def read_import_row(cells: Sequence[str], columns: ColumnMap) -> tuple[ClientDetails, str, dict[str, str]]:
    """`read_row`, with the ID number, which is not a detail the form edits."""
    values: dict[str, object] = {}
    problems: dict[str, str] = {}
    id_number = ""
    for index, field in columns.fields.items():
        text = cells[index] if index < len(cells) else ""  # short rows: the rest is blank
        if field == NAME_BY_SCRIPT:
            field = "name_local" if has_cjk(text) else "name"
        elif field == ID_NUMBER:
            id_number = normalise_id_number(text)
            if len(id_number) > MAX_ID_NUMBER_LENGTH:
                problems[ID_NUMBER] = f"At most {MAX_ID_NUMBER_LENGTH} characters."
            continue
        parser = _PARSERS.get(field)
        if parser is None:
            values[field] = text
            continue
        try:
            values[field] = parser(text)
        except ValidationError as exc:
            problems.update(exc.problems)
    return ClientDetails(**{"name": "", **values}), id_number, problems


def normalise_id_number(text: str) -> str:
    """ " a123 456 789 " → "A123456789": ID numbers are compared and kept without spaces, in capitals."""
    return "".join(text.split()).upper()


def is_blank(cells: Sequence[str]) -> bool:
    """An empty line, or a row of empty cells as spreadsheets save them."""
    return not any(cell.strip() for cell in cells)
