"""The catalogs a book keeps, on a real book file: the demo catalog by default,
new versions made current, old ones kept, bad files refused without a trace."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_desk.domain.catalog import Catalog, CatalogError, load_catalog
from agent_desk.errors import NotFoundError
from agent_desk.services.catalogs import (
    CatalogInfo,
    catalog_version,
    current_catalog,
    demo_catalog_path,
    install_catalog,
    install_catalog_file,
)
from agent_desk.store.book import Book
from agent_desk.store.models import Catalog as CatalogRow

DEMO = Path(__file__).resolve().parents[2] / "resources" / "catalogs" / "demo.json"
DEMO_VERSION = "2026.11.1"


def demo_text() -> str:
    return DEMO.read_text(encoding="utf-8")


def next_version(version: str = "2027.1.1", first_tl20_rate: str = "0.99") -> str:
    """The demo catalog as the office would publish its next version, with one rate changed."""
    document = json.loads(demo_text())
    document["version"] = version
    tl20 = next(p for p in document["products"] if p["code"] == "TL20")
    tl20["premium"]["rates"]["rows"][0][-1] = first_tl20_rate
    return json.dumps(document, ensure_ascii=False, indent=1)


def first_tl20_rate(catalog: Catalog) -> Decimal | None:
    return catalog.products["TL20"].rates.lookup({"age": 18, "sex": "F", "smoker": False, "term": 20})


def stored(book: Book) -> list[tuple[str, str, bool, int, str]]:
    with book.session() as s:
        return [(r.catalog_id, r.catalog_version, r.is_current, r.version, r.content)
                for r in s.scalars(select(CatalogRow).order_by(CatalogRow.created_at))]


def current_version(book: Book) -> str:
    with book.session() as s:
        return current_catalog(s).version


def test_the_shipped_demo_catalog_is_the_one_the_service_falls_back_to() -> None:
    assert demo_catalog_path().resolve() == DEMO.resolve()


def test_a_book_without_a_catalog_gets_the_demo_one_as_current(book: Book) -> None:
    assert stored(book) == []
    with book.session() as s:
        catalog = current_catalog(s)
    demo = load_catalog(DEMO)
    assert (catalog.catalog_id, catalog.version, catalog.currency) == ("demo", DEMO_VERSION, "TWD")
    assert list(catalog.products) == list(demo.products)
    assert stored(book) == [("demo", DEMO_VERSION, True, 1, demo_text())]
    with book.session() as s:  # asked again, the stored one is used: no second row
        assert current_catalog(s).version == DEMO_VERSION
    assert len(stored(book)) == 1


def test_a_new_version_becomes_current_and_the_old_one_stays_retrievable(book: Book) -> None:
    assert current_version(book) == DEMO_VERSION
    with book.session() as s:
        info = install_catalog(s, next_version(), etag='"v2"')
    assert info == CatalogInfo("demo", "2027.1.1", "TWD", len(load_catalog(DEMO).products), True)

    assert [(cid, version, current) for cid, version, current, _, _ in stored(book)] == [
        ("demo", DEMO_VERSION, False), ("demo", "2027.1.1", True)]
    with book.session() as s:
        assert s.scalar(select(CatalogRow.etag).where(CatalogRow.catalog_version == "2027.1.1")) == '"v2"'
        now, old = current_catalog(s), catalog_version(s, "demo", DEMO_VERSION)
        assert catalog_version(s, "demo", "2027.1.1").version == "2027.1.1"
    assert now.version == "2027.1.1" and first_tl20_rate(now) == Decimal("0.99")
    assert old.version == DEMO_VERSION and first_tl20_rate(old) == Decimal("0.95")


def test_asking_for_a_version_the_book_never_had_names_it(book: Book) -> None:
    with book.session() as s, pytest.raises(NotFoundError, match="catalog demo 1999.1 is not in this book"):
        catalog_version(s, "demo", "1999.1")


@pytest.mark.parametrize(("content", "path"), [
    ("{ not json", "$"),
    (json.dumps({"catalog_id": "demo", "version": "9", "currency": "TWD"}), "$.products"),
    (next_version("2027.2.1").replace('"currency": "TWD"', '"currency": "twd"'), "$.currency"),
], ids=["not json", "no products", "bad currency"])
def test_a_malformed_catalog_is_refused_and_changes_nothing(book: Book, content: str, path: str) -> None:
    assert current_version(book) == DEMO_VERSION
    before = stored(book)
    with book.session() as s, pytest.raises(CatalogError) as refused:
        install_catalog(s, content)
    assert refused.value.problems[0][0] == path
    assert stored(book) == before
    assert current_version(book) == DEMO_VERSION


def test_a_malformed_file_is_refused_and_changes_nothing(book: Book, tmp_path: Path) -> None:
    assert current_version(book) == DEMO_VERSION
    with book.session() as s:
        install_catalog(s, next_version())
    before = stored(book)
    broken = tmp_path / "broken.json"
    broken.write_text(next_version("2027.3.1").replace('"premium"', '"premiums"', 1), encoding="utf-8")
    with book.session() as s, pytest.raises(CatalogError, match=r"products\[0\]"):
        install_catalog_file(s, broken)
    assert stored(book) == before
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(CatalogRow)) == 2
        assert current_catalog(s).version == "2027.1.1"


def test_reinstalling_the_same_content_is_a_no_op(book: Book) -> None:
    with book.session() as s:
        install_catalog(s, next_version())
    with book.session() as s:
        ids = s.scalars(select(CatalogRow.id).order_by(CatalogRow.created_at)).all()
    before = stored(book)
    with book.session() as s:
        info = install_catalog(s, next_version())
    assert info.version == "2027.1.1" and info.is_current
    assert stored(book) == before
    with book.session() as s:
        assert s.scalars(select(CatalogRow.id).order_by(CatalogRow.created_at)).all() == ids


def test_the_same_version_with_different_content_is_refused(book: Book) -> None:
    with book.session() as s:
        install_catalog(s, next_version())
    before = stored(book)
    with book.session() as s, pytest.raises(CatalogError) as refused:
        install_catalog(s, next_version(first_tl20_rate="1.11"))
    assert refused.value.problems[0][0] == "$.version"
    assert "2027.1.1" in str(refused.value) and "different content" in str(refused.value)
    assert stored(book) == before
    with book.session() as s:
        assert first_tl20_rate(current_catalog(s)) == Decimal("0.99")


def test_installing_from_a_file(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "next.json"
    path.write_text(next_version(), encoding="utf-8")
    with book.session() as s:
        assert install_catalog_file(s, path).version == "2027.1.1"
    assert current_version(book) == "2027.1.1"


def test_a_missing_file_is_refused_naming_it(book: Book, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "catalog.json"
    with book.session() as s, pytest.raises(CatalogError) as refused:
        install_catalog_file(s, missing)
    assert str(missing) in str(refused.value)
    assert "No such file" in str(refused.value)
    assert stored(book) == []


def test_a_file_that_is_not_utf8_is_refused_saying_so(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "big5.json"
    path.write_bytes(next_version().encode("big5", errors="replace"))  # the Chinese names in Big5
    with book.session() as s, pytest.raises(CatalogError, match="not UTF-8"):
        install_catalog_file(s, path)
    assert stored(book) == []


def test_a_utf8_file_with_a_byte_order_mark_installs_as_load_catalog_reads_it(book: Book, tmp_path: Path) -> None:
    # Editors on Windows often save UTF-8 with a BOM; `agent-desk quote --catalog` (load_catalog) accepts it.
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + next_version().encode("utf-8"))
    assert load_catalog(path).version == "2027.1.1"
    with book.session() as s:
        assert install_catalog_file(s, path).version == "2027.1.1"
