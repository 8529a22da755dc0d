"""A proposal as a PDF: the sections in the order a client reads them, laid
out by ReportLab platypus in the proposal's language.

`render_proposal` runs on a worker thread (no Qt here) and reports progress as
sections are built and laid out. The same ProposalData always gives the same
bytes, so a stored sha256 can be checked when a version is re-rendered from
its snapshot.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from reportlab import rl_config
from reportlab.platypus import Flowable

from agent_desk.proposals import sections_closing, sections_compare, sections_intro, sections_plan
from agent_desk.proposals.branding import load_branding
from agent_desk.proposals.context import RenderContext
from agent_desk.proposals.fonts import register_fonts
from agent_desk.proposals.formatting import Formatter
from agent_desk.proposals.model import ProposalData
from agent_desk.proposals.page import FurnishedCanvas, Furniture, ProposalDocTemplate, SectionEnd, frame_width
from agent_desk.proposals.strings import text
from agent_desk.proposals.styles import make_styles

Section = Callable[[RenderContext], list[Flowable]]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RenderedProposal:
    pdf: bytes
    pages: int
    sha256: str  # hex digest of pdf


def sections_for(data: ProposalData) -> list[Section]:
    """The sections in reading order; the comparison only when there are alternatives."""
    sections: list[Section] = [sections_intro.cover, sections_intro.family, sections_intro.needs,
                               sections_plan.plan, sections_plan.schedule, sections_plan.illustrations,
                               sections_compare.before_after]
    if data.alternatives:
        sections.append(sections_compare.alternatives)
    return sections + [sections_closing.important_information, sections_closing.suitability,
                       sections_closing.signatures]


def _furniture(data: ProposalData, ctx: RenderContext) -> Furniture:
    brand, language = ctx.brand, data.language
    footer = text(language, "page.footer", number=data.number, version=ctx.fmt.number(data.version))
    return Furniture(
        brand=brand, company=brand.company(language), tagline=brand.tagline(language),
        address_line=" · ".join(part for part in (brand.address(language), brand.website) if part),
        header_right=text(language, "page.header", client=ctx.name(data.client_key)),
        footer_left=footer,
        page_of=lambda page, pages: text(language, "page.of", page=ctx.fmt.number(page), pages=ctx.fmt.number(pages)),
        as_of=data.as_of, seed=f"agent-desk proposal {data.number} version {data.version}")


def render_proposal(data: ProposalData, progress: Progress | None = None) -> RenderedProposal:
    """Lay the proposal out as a PDF; `progress(done, total)` after each section built and laid out."""
    report = progress or (lambda done, total: None)
    register_fonts()
    # Binary rather than ASCII85 streams: a fifth smaller and faster. A process-wide ReportLab setting;
    # nothing else in the app writes PDF, and the same value every time keeps renders byte-identical.
    rl_config.useA85 = 0
    sections = sections_for(data)
    total, done = 2 * len(sections) + 1, 0

    def step() -> None:
        nonlocal done
        done += 1
        report(done, total)

    brand = load_branding()
    ctx = RenderContext(data, Formatter(data.language, data.currency, data.catalog.rounding.places),
                        make_styles(brand, data.language), brand, frame_width(data.paper))
    furniture = _furniture(data, ctx)
    story: list[Flowable] = []
    for index, build in enumerate(sections):
        story += build(ctx)
        story.append(SectionEnd(index))
        step()
    buffer = BytesIO()
    doc = ProposalDocTemplate(buffer, furniture, data.paper, lambda _index: step(),
                              title=f"{text(data.language, 'cover.title')} {data.number} v{data.version}",
                              author=data.agent.display_name(data.language),
                              subject=data.client.display_name(data.language), lang=data.language)
    canvases: list[FurnishedCanvas] = []

    def make_canvas(*args: object, **kwargs: object) -> FurnishedCanvas:
        canvas = FurnishedCanvas(*args, furniture=furniture, **kwargs)
        canvases.append(canvas)
        return canvas

    doc.build(story, canvasmaker=make_canvas)
    done = total - 1  # the last call says "all done", however many section marks layout met
    step()
    pdf = buffer.getvalue()
    return RenderedProposal(pdf, canvases[-1].page_count, hashlib.sha256(pdf).hexdigest())
