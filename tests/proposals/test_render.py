"""The PDF proposal (proposals/render.py), read back with pypdf: the premiums are
the pricing engine's, every page names the proposal and its page count, the
text is in the proposal's language, every font is embedded, and the same data
always gives the same bytes."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import shutil
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from agent_desk.domain.catalog import Catalog
from agent_desk.domain.pricing import CoverRequest, Insured, Quote, quote
from agent_desk.proposals.assemble import assemble
from agent_desk.proposals.formatting import Formatter
from agent_desk.proposals.model import ProposalData
from agent_desk.proposals.render import RenderedProposal, render_proposal
from agent_desk.proposals.request import ProposalRequest
from agent_desk.proposals.strings import STRINGS, text

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
CJK = re.compile(r"[\u3400-\u9fff]")


_TEXTS: dict[str, list[str]] = {}


def page_texts(rendered: RenderedProposal) -> list[str]:
    """Each page's text (extracted once per document: pypdf takes ~0.3 s for a proposal)."""
    if rendered.sha256 not in _TEXTS:
        _TEXTS[rendered.sha256] = [page.extract_text() for page in pypdf.PdfReader(BytesIO(rendered.pdf)).pages]
    return _TEXTS[rendered.sha256]


def fmt(data: ProposalData) -> Formatter:
    return Formatter(data.language, data.currency, data.catalog.rounding.places)


def section(texts: list[str], language: str, title: str, next_title: str) -> str:
    """The text from one section title to the next, across pages."""
    whole = "\n".join(texts)
    start = whole.index(text(language, title))
    return whole[start:whole.index(text(language, next_title), start)]


def tokens_in_order(haystack: str, needles: list[str]) -> bool:
    position = 0
    for needle in needles:
        position = haystack.find(needle, position)
        if position < 0:
            return False
        position += len(needle)
    return True


# --- the API -------------------------------------------------------------------------------------------------------

def test_a_rendered_proposal_is_a_pdf_with_its_page_count_and_digest(rendered_family) -> None:
    rendered = rendered_family("en")
    assert rendered.pdf.startswith(b"%PDF-")
    assert rendered.pages == len(pypdf.PdfReader(BytesIO(rendered.pdf)).pages)
    assert rendered.sha256 == hashlib.sha256(rendered.pdf).hexdigest()


def test_the_same_data_gives_the_same_bytes_and_progress_climbs_to_the_total(
        rendered_family, family_proposal: Callable[..., ProposalData]) -> None:
    calls: list[tuple[int, int]] = []
    again = render_proposal(family_proposal("zh-Hant"), lambda done, total: calls.append((done, total)))
    assert again.sha256 == rendered_family("zh-Hant").sha256
    assert again.pdf == rendered_family("zh-Hant").pdf
    totals = {total for _, total in calls}
    assert len(totals) == 1
    assert [done for done, _ in calls] == list(range(1, totals.pop() + 1))


def test_renders_on_two_worker_threads_at_once_give_the_same_bytes(
        rendered_family, family_proposal: Callable[..., ProposalData]) -> None:
    languages = ("en", "zh-Hans")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda language: render_proposal(family_proposal(language)), languages))
    assert [r.sha256 for r in results] == [rendered_family(language).sha256 for language in languages]


def test_the_creation_date_is_the_proposal_date_and_the_version_changes_the_document(
        rendered_family, family_proposal: Callable[..., ProposalData]) -> None:
    data = family_proposal("en")
    reader = pypdf.PdfReader(BytesIO(rendered_family("en").pdf))
    assert reader.metadata["/CreationDate"].startswith(f"D:{data.as_of:%Y%m%d}")
    assert data.number in reader.metadata["/Title"]
    second = render_proposal(dataclasses.replace(data, version=2))
    assert second.sha256 != rendered_family("en").sha256
    assert all(text("en", "page.footer", number=data.number, version="2") in page for page in page_texts(second))


# --- pages ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "paper", "size"), [
    ("en", "a4", A4), ("zh-Hant", "a4", A4), ("zh-Hans", "a4", A4), ("en", "letter", LETTER)])
def test_every_page_has_the_paper_asked_for_its_number_and_the_page_count(
        rendered_family, family_proposal: Callable[..., ProposalData], language: str, paper: str,
        size: tuple[float, float]) -> None:
    rendered, data = rendered_family(language, paper), family_proposal(language, paper)
    reader = pypdf.PdfReader(BytesIO(rendered.pdf))
    assert 5 <= rendered.pages <= 14
    footer = text(language, "page.footer", number=data.number, version=fmt(data).number(data.version))
    for number, page in enumerate(reader.pages, start=1):
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size, abs=0.01)
        content = page_texts(rendered)[number - 1]
        page_of = text(language, "page.of", page=fmt(data).number(number), pages=fmt(data).number(rendered.pages))
        assert page_of in content, number
        assert footer in content and data.number in content, number


def test_every_font_is_embedded_and_none_is_helvetica(rendered_family) -> None:
    for language in ("en", "zh-Hant"):
        rendered = rendered_family(language)
        reader = pypdf.PdfReader(BytesIO(rendered.pdf))
        fonts = {}

        def collect(resources: object) -> None:
            resources = resources.get_object() if resources is not None else {}
            for font in (resources.get("/Font") or {}).values():
                font = font.get_object()
                fonts[font["/BaseFont"]] = font
            for xobject in (resources.get("/XObject") or {}).values():
                xobject = xobject.get_object()
                if xobject.get("/Subtype") == "/Form":
                    collect(xobject.get("/Resources"))

        for page in reader.pages:
            collect(page.get("/Resources"))
        assert fonts, language
        for name, font in fonts.items():
            assert "Helvetica" not in name and "WenQuanYi" in name
            descriptor = font["/FontDescriptor"].get_object()
            assert any(key in descriptor for key in ("/FontFile2", "/FontFile", "/FontFile3")), name
        assert b"Helvetica" not in rendered.pdf


def test_pdftoppm_renders_every_page(rendered_family, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: .ci/system-packages installs it")
    rendered = rendered_family("zh-Hant")
    source = tmp_path / "proposal.pdf"
    source.write_bytes(rendered.pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "20", str(source), str(tmp_path / "page")], check=True,
                   capture_output=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == rendered.pages
    for image in images:
        colours = Image.open(image).convert("L").getextrema()
        assert colours[0] < 128 < colours[1], f"{image.name} is blank"


# --- language ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["zh-Hant", "zh-Hans"])
def test_chinese_names_products_and_titles_can_be_read_back(
        rendered_family, family_proposal: Callable[..., ProposalData], language: str) -> None:
    data = family_proposal(language)
    whole = "\n".join(page_texts(rendered_family(language)))
    for member in data.members:
        assert member.name_local in whole
    for code in data.products_used():
        assert data.catalog.product(code).name(language) in whole
    for key in ("cover.title", "section.needs", "section.plan", "section.illustration", "section.important",
                "section.signatures"):
        assert text(language, key) in whole, key
    assert data.agent.name_local in whole
    other = "zh-Hans" if language == "zh-Hant" else "zh-Hant"
    assert text(other, "section.illustration") not in whole


def test_the_english_proposal_reads_in_english(rendered_family, family_proposal: Callable[..., ProposalData]) -> None:
    data = family_proposal("en")
    whole = "\n".join(page_texts(rendered_family("en")))
    for key in ("cover.title", "section.family", "section.needs", "section.plan", "section.schedule",
                "section.illustration", "section.important", "section.suitability", "section.signatures"):
        assert STRINGS["en"][key] in whole, key
    assert "Term Life 20" in whole and "Chen Da-wei" in whole and "Grace Lin" in whole
    assert text("zh-Hant", "section.plan") not in whole and text("zh-Hant", "cover.title") not in whole
    # Only the family's names in Chinese script and nothing else.
    assert set(CJK.findall(whole)) <= set("".join(m.name_local for m in data.members))


# --- numbers -------------------------------------------------------------------------------------------------------

def test_money_is_printed_exactly_with_the_catalog_places_and_the_locale() -> None:
    whole = Formatter("en", "TWD", Decimal("1"))
    assert whole.money(Decimal("22700")) == "NT$22,700"
    assert whole.money(Decimal("14280000.0")) == "NT$14,280,000"  # a whole amount, whatever its exponent
    assert whole.money(Decimal("864196.9")) == "NT$864,196.9"  # never rounded here
    assert Formatter("zh-Hant", "TWD", Decimal("1")).money(Decimal("22700")) == "$22,700"
    assert Formatter("zh-Hans", "TWD", Decimal("1")).money(Decimal("22700")) == "NT$22,700"
    cents = Formatter("en", "USD", Decimal("0.01"))
    assert (cents.money(Decimal("1234.5")), cents.money(Decimal("7"))) == ("$1,234.50", "$7.00")
    assert Formatter("zh-Hant", "USD", Decimal("0.01")).money(Decimal("1234.5")) == "US$1,234.50"
    assert whole.percent(Decimal("0.9651354166")) == "96.5%"
    assert Formatter("zh-Hant", "TWD").date(date(2026, 11, 25)) == "2026年11月25日"


def expected_plan_rows(data: ProposalData) -> list[str]:
    """The amounts of the plan table in reading order: each line's, each person's subtotal, the totals."""
    f, plan = fmt(data), data.recommended.plan
    tokens: list[str] = []
    for key in data.insured_keys:
        lines = [line for line in plan.lines if line.line.insured_key == key]
        for line in lines:
            cover = line.result
            tokens += [cover.product.name(data.language),
                       "—" if cover.sum_assured is None else f.money(cover.sum_assured),
                       text(data.language, f"frequency.{cover.frequency}"), f.money(cover.annual_premium),
                       f.money(cover.modal_premium), f.money(line.yearly_outlay)]
        tokens += [text(data.language, "plan.subtotal"),
                   f.money(sum((line.annual_premium for line in lines), Decimal(0))),
                   f.money(sum((line.yearly_outlay for line in lines), Decimal(0)))]
    return tokens + [text(data.language, "plan.total"), f.money(plan.total_annual_premium), f.money(plan.yearly_outlay)]


@pytest.mark.parametrize("language", ["en", "zh-Hant", "zh-Hans"])
def test_the_plan_table_prints_the_pricing_engine_premiums_and_totals(
        rendered_family, family_proposal: Callable[..., ProposalData], language: str) -> None:
    data = family_proposal(language)
    plan_text = section(page_texts(rendered_family(language)), language, "section.plan", "section.schedule")
    assert tokens_in_order(plan_text, expected_plan_rows(data))
    budget = data.budget
    assert fmt(data).money(budget.yearly) in plan_text
    assert fmt(data).percent(budget.used_share(data.recommended.plan)) in plan_text


def priced_by_quote(request: ProposalRequest, catalog: Catalog, insured: str, product: str, sum_assured: int,
                    riders: list[tuple[str, Decimal | None]], frequency: str, term: int | None = None,
                    payment_term: int | None = None) -> Quote:
    person = next(m for m in request.members if m.id == insured)
    result = quote(catalog, Insured(person.sex, person.birth_date, person.smoker),
                   CoverRequest(product, Decimal(sum_assured), term, payment_term, frequency), riders, request.as_of)
    assert isinstance(result, Quote), result
    return result


def test_the_printed_premiums_are_what_the_quote_command_prices(
        rendered_family, family_request: ProposalRequest, demo_catalog: Catalog,
        family_proposal: Callable[..., ProposalData]) -> None:
    # Worked out again from the plan file through pricing.quote (what `agent-desk quote` runs), not through the plan.
    f = fmt(family_proposal("en"))
    plan_text = section(page_texts(rendered_family("en")), "en", "section.plan", "section.schedule")
    term_life = priced_by_quote(family_request, demo_catalog, "dad", "TL20", 5_000_000,
                                [("ADB", Decimal(2_000_000)), ("WP", None)], "annual", term=20)
    dad = ["Term Life 20", f.money(Decimal(5_000_000)), f.money(term_life.base.annual_premium),
           f.money(term_life.base.modal_premium)]
    for rider in term_life.riders:
        dad += [rider.product.name("en"), f.money(rider.annual_premium), f.money(rider.modal_premium)]
    dad += ["Subtotal", f.money(term_life.total_annual_premium)]
    assert tokens_in_order(plan_text, dad)
    whole_life = priced_by_quote(family_request, demo_catalog, "mum", "WL", 2_000_000, [], "monthly", payment_term=20)
    assert tokens_in_order(plan_text, ["Whole Life", f.money(whole_life.base.annual_premium),
                                       f.money(whole_life.base.modal_premium),
                                       f.money(whole_life.base.modal_premium * 12)])


def test_a_waiver_rider_shows_no_sum_assured_but_says_it_waives_premiums(rendered_family) -> None:
    plan_text = section(page_texts(rendered_family("en")), "en", "section.plan", "section.schedule")
    assert tokens_in_order(plan_text, ["Waiver of Premium Rider", STRINGS["en"]["plan.rider_waiver"], "—", "20 years"])
    assert "NT$0" not in plan_text


def test_the_illustration_marks_years_without_a_cash_value(
        rendered_family, family_proposal: Callable[..., ProposalData]) -> None:
    data = family_proposal("zh-Hant")
    texts = page_texts(rendered_family("zh-Hant"))
    illustration = section(texts, "zh-Hant", "section.illustration", "section.before_after")
    assert text("zh-Hant", "illustration.note_no_cash_value") in illustration.replace("\n", "")
    mum = next(i for i in data.illustrations if i.person_key == "mum")
    f = fmt(data)
    last = mum.rows[-1]
    assert last.cash_value is None
    assert tokens_in_order(illustration, [f.number(last.year), f.number(last.age), f.money(last.premium),
                                          f.money(last.cumulative_premium), f.money(last.death_benefit),
                                          f.money(last.critical_illness_benefit), "—"])
    year_20 = next(row for row in mum.rows if row.year == 20)  # the last year the product's table gives
    assert year_20.cash_value is not None and f.money(year_20.cash_value) in illustration


def test_without_alternatives_budget_or_cooling_off_those_parts_say_so(
        family_request: ProposalRequest, demo_catalog: Catalog) -> None:
    request = dataclasses.replace(family_request, options=family_request.options[:1], budget=None)
    catalog = dataclasses.replace(demo_catalog, cooling_off_days=None)
    data = assemble(request, catalog, "en")
    whole = "\n".join(page_texts(render_proposal(data))).replace("\n", " ")
    assert STRINGS["en"]["section.alternatives"] not in whole
    assert text("en", "suitability.no_budget", outlay=fmt(data).money(data.recommended.plan.yearly_outlay)) in whole
    assert STRINGS["en"]["important.cooling_off_contract"] in whole
