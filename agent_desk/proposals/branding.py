"""The insurer's identity printed on proposals, from resources/branding/.

`branding.json` holds the company name, tagline and address line per
language, the website and the colours; the logo is an image file beside it.
Found through `config.resources_dir()`, so a PyInstaller bundle finds it too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.colors import Color, HexColor

from agent_desk.config import resources_dir
from agent_desk.errors import AgentDeskError

COLOUR_NAMES = ("primary", "accent", "existing", "text", "muted", "light", "rule")


class BrandingError(AgentDeskError):
    """resources/branding is missing or malformed; the message names the file and field."""


@dataclass(frozen=True)
class Branding:
    company_names: Mapping[str, str]
    taglines: Mapping[str, str]
    addresses: Mapping[str, str]
    website: str
    colours: Mapping[str, Color]
    logo: bytes  # the image file's content (PNG)

    def company(self, language: str) -> str:
        return self.company_names.get(language) or self.company_names["en"]

    def tagline(self, language: str) -> str:
        return self.taglines.get(language) or self.taglines.get("en", "")

    def address(self, language: str) -> str:
        return self.addresses.get(language) or self.addresses.get("en", "")

    def colour(self, name: str) -> Color:
        return self.colours[name]


def branding_dir() -> Path:
    return resources_dir() / "branding"


@lru_cache(maxsize=4)
def load_branding(directory: Path | None = None) -> Branding:
    """The branding in `directory` (default resources/branding), read once per process."""
    folder = directory or branding_dir()
    path = folder / "branding.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        colours = {name: HexColor(doc["colours"][name]) for name in COLOUR_NAMES}
        logo = (folder / doc["logo"]).read_bytes()
        if not doc["company"].get("en"):
            raise KeyError("company.en")
        return Branding(dict(doc["company"]), dict(doc.get("tagline", {})), dict(doc.get("address", {})),
                        str(doc.get("website", "")), colours, logo)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BrandingError(f"{path}: unusable branding ({type(exc).__name__}: {exc})") from exc
