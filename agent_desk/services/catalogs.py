"""The product catalogs kept in the book: the current one prices new plans,
older ones stay so a saved plan can be shown as it was priced."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from agent_desk import config
from agent_desk.domain.catalog import Catalog, CatalogError, parse_catalog
from agent_desk.errors import NotFoundError
from agent_desk.store.models import Catalog as CatalogRow

_parsed: dict[str, Catalog] = {}  # content digest → parsed catalog; parsing the demo file takes ~0.15 s
_parsed_lock = threading.Lock()


@dataclass(frozen=True)
class CatalogInfo:
    catalog_id: str
    version: str
    currency: str
    products: int
    is_current: bool


def demo_catalog_path() -> Path:
    return config.resources_dir() / "catalogs" / "demo.json"


def parsed(content: str) -> Catalog:
    digest = hashlib.sha256(content.encode()).hexdigest()
    with _parsed_lock:
        catalog = _parsed.get(digest)
    if catalog is None:
        catalog = parse_catalog(content)
        with _parsed_lock:
            _parsed[digest] = catalog
    return catalog


def install_catalog(session: Session, content: str, etag: str = "") -> CatalogInfo:
    """Check a catalog and make it the current one. A refused file changes nothing."""
    catalog = parsed(content)
    row = session.scalars(select(CatalogRow).where(
        CatalogRow.catalog_id == catalog.catalog_id, CatalogRow.catalog_version == catalog.version)).one_or_none()
    if row is not None and row.content != content:
        raise CatalogError([("$.version", f"version {catalog.version} of catalog {catalog.catalog_id} is already "
                                          "installed with different content; the office must publish a new version")])
    session.execute(update(CatalogRow).values(is_current=False))
    if row is None:
        row = CatalogRow(catalog_id=catalog.catalog_id, catalog_version=catalog.version,
                         currency=catalog.currency, content=content, etag=etag)
        session.add(row)
    row.is_current = True
    session.flush()
    return _info(catalog, True)


def install_catalog_file(session: Session, path: Path | str) -> CatalogInfo:
    try:
        content = Path(path).read_text(encoding="utf-8-sig")  # as json.loads reads bytes: a BOM is allowed
    except UnicodeDecodeError as exc:
        raise CatalogError([("$", "the file is not UTF-8 text")]) from exc
    except OSError as exc:
        raise CatalogError([("$", f"cannot read {path}: {exc.strerror or exc}")]) from exc
    return install_catalog(session, content)


def current_catalog(session: Session) -> Catalog:
    """The current catalog; a book without one gets the demo catalog shipped with the app."""
    row = session.scalars(select(CatalogRow).where(CatalogRow.is_current.is_(True))).first()
    if row is None:
        install_catalog(session, demo_catalog_path().read_text(encoding="utf-8"))
        row = session.scalars(select(CatalogRow).where(CatalogRow.is_current.is_(True))).one()
    return parsed(row.content)


def catalog_version(session: Session, catalog_id: str, version: str) -> Catalog:
    """A catalog the book has kept, e.g. the one a saved plan was priced on."""
    row = session.scalars(select(CatalogRow).where(
        CatalogRow.catalog_id == catalog_id, CatalogRow.catalog_version == version)).one_or_none()
    if row is None:
        raise NotFoundError(f"catalog {catalog_id} {version} is not in this book")
    return parsed(row.content)


def _info(catalog: Catalog, is_current: bool) -> CatalogInfo:
    return CatalogInfo(catalog.catalog_id, catalog.version, catalog.currency, len(catalog.products), is_current)
