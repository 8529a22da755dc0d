"""Reading an import file's text: UTF-8 (with or without a BOM), or Big5 and
GB18030 as older Taiwanese, Hong Kong and mainland systems save them.

Detection: UTF-8 when the bytes are UTF-8 (Big5 and GB text almost never is);
otherwise whichever of Big5 and GB18030 decodes the file, and when both do (they
share most byte ranges) the one that reads as more *common* characters: Big5
bytes read as GB18030 give rare characters, and the other way round. A file
whose best reading is still mostly rare characters is in neither (Latin-1 text
with an accent decodes as one rare character): it is refused, not guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from agent_desk.errors import ImportFileError


class TextEncoding(StrEnum):
    UTF8 = "utf-8"  # a BOM, when there is one, is dropped
    BIG5 = "big5"
    GB18030 = "gb18030"

    @property
    def label(self) -> str:
        return {"utf-8": "UTF-8", "big5": "Big5", "gb18030": "GB18030"}[self.value]


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: TextEncoding
    detected: bool  # False when the caller chose the encoding


# Windows' Big5 (cp950) is what Excel in Taiwan saves; HKSCS adds Hong Kong's characters.
_CODECS: dict[TextEncoding, tuple[str, ...]] = {
    TextEncoding.UTF8: ("utf-8-sig",),
    TextEncoding.BIG5: ("cp950", "big5hkscs"),
    TextEncoding.GB18030: ("gb18030",),
}
_SAMPLE_CHARS = 20_000  # enough Han characters to tell Big5 from GB; scoring all of a big file costs seconds
_LEAST_COMMON_SHARE = 0.5  # real Chinese text scores above 0.9 in its own encoding


def read_text(path: Path, encoding: TextEncoding | None = None) -> DecodedText:
    """The file's text in the given encoding, or in the one detected (None).
    Raises ImportFileError naming the file and what is wrong with it."""
    path = Path(path)
    data = read_bytes(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(f"{path} is UTF-16 text, not UTF-8; save it as 'CSV UTF-8' and import it again")
    if encoding is not None:
        try:
            return DecodedText(_decode(data, encoding), encoding, detected=False)
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"{path} is not {encoding.label} text ({_where(data, exc)}); "
                                  "choose another encoding") from None
    return _detect(path, data)


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"No such file: {path}") from None
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}") from None


def _decode(data: bytes, encoding: TextEncoding) -> str:
    codecs = _CODECS[encoding]
    for codec in codecs[:-1]:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode(codecs[-1])


def _detect(path: Path, data: bytes) -> DecodedText:
    try:
        return DecodedText(data.decode("utf-8-sig"), TextEncoding.UTF8, detected=True)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    readings: dict[TextEncoding, str] = {}
    for encoding in (TextEncoding.BIG5, TextEncoding.GB18030):
        try:
            readings[encoding] = _decode(data, encoding)
        except UnicodeDecodeError:
            continue
    scores = {encoding: _common_share(text, encoding) for encoding, text in readings.items()}
    best = max(scores, key=scores.__getitem__, default=None)
    if best is None or scores[best] < _LEAST_COMMON_SHARE:
        raise ImportFileError(
            f"{path} is not text in UTF-8, Big5 or GB18030 ({_where(data, utf8_error)}); "
            "save it as 'CSV UTF-8' and import it again")
    return DecodedText(readings[best], best, detected=True)


def _common_share(text: str, encoding: TextEncoding) -> float:
    """The share of the Han characters in `text` that are in the encoding's
    level-1 set of frequent characters (Big5 A440–C67E, GB2312 B0A1–D7F9)."""
    han = common = 0
    for char in text:
        # Han characters, and the private-use ones a wrong reading often gives; not
        # full-width digits and punctuation, which both encodings have outside level 1.
        if not ("\u3400" <= char <= "\u9fff" or "\ue000" <= char <= "\uf8ff"):
            continue
        if han >= _SAMPLE_CHARS:
            break
        han += 1
        common += _is_common(char, encoding)
    return common / han if han else 0.0


def _is_common(char: str, encoding: TextEncoding) -> bool:
    try:
        code = char.encode("big5" if encoding is TextEncoding.BIG5 else "gb2312")
    except UnicodeEncodeError:
        return False
    if len(code) != 2:
        return False
    value = code[0] << 8 | code[1]
    if encoding is TextEncoding.BIG5:
        return 0xA440 <= value <= 0xC67E
    return 0xB0A1 <= value <= 0xD7F9


def _where(data: bytes, error: UnicodeDecodeError) -> str:
    line = data.count(b"\n", 0, error.start) + 1
    return f"byte 0x{data[error.start]:02x} on line {line}"
