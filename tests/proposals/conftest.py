"""Fixtures of the proposal tests: the family plan on the demo catalog, as
ProposalData per language and paper, and each PDF rendered once per run
(a render costs ~0.4 s; many tests read the same one)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from agent_desk.domain.catalog import Catalog, load_catalog
from agent_desk.proposals.assemble import assemble
from agent_desk.proposals.model import ProposalData
from agent_desk.proposals.render import RenderedProposal, render_proposal
from agent_desk.proposals.request import ProposalRequest, load_plan_file

ROOT = Path(__file__).resolve().parents[2]
DEMO_CATALOG = ROOT / "resources" / "catalogs" / "demo.json"
FAMILY_PLAN = Path(__file__).with_name("family_plan.json")

# Names as long as people's names get: 40 characters of English, a long Chinese name.
LONG_NAMES = {
    "dad": ("Maximilian Alexander Chen-Worthington III", "歐陽陳大偉思遠明德"),
    "mum": ("Christabel Evangeline Lin-Montgomery Jr.", "司馬林美華慧心如意"),
    "kid1": ("Anastasia Josephine Chen-Worthington IV", "歐陽陳雨婷欣怡雅琪"),
    "kid2": ("Bartholomew Fitzgerald Chen-Worthington", "歐陽陳宇豪浩然正氣"),
}

Renderer = Callable[..., RenderedProposal]


@pytest.fixture(scope="session")
def demo_catalog() -> Catalog:
    return load_catalog(DEMO_CATALOG)


@pytest.fixture(scope="session")
def family_request() -> ProposalRequest:
    return load_plan_file(FAMILY_PLAN)


@pytest.fixture(scope="session")
def long_names_request(family_request: ProposalRequest) -> ProposalRequest:
    """The family with very long names, occupations and agent details."""
    members = tuple(dataclasses.replace(m, name=LONG_NAMES[m.id][0], name_local=LONG_NAMES[m.id][1],
                                        occupation="Senior principal structural engineer (bridges and tunnels)")
                    for m in family_request.members)
    agent = dataclasses.replace(family_request.agent, name="Grace Evangeline Lin-Worthington-Smythe",
                                name_local="林佳恩美玲慧心", email="grace.evangeline.lin-worthington@example.com")
    return dataclasses.replace(family_request, members=members, agent=agent,
                               notes=family_request.notes + " " + "長期照護與退休規劃將於明年再檢視。" * 3)


@pytest.fixture(scope="session")
def family_proposal(family_request: ProposalRequest, demo_catalog: Catalog) -> Callable[..., ProposalData]:
    def make(language: str = "en", paper: str = "a4") -> ProposalData:
        return assemble(family_request, demo_catalog, language, paper)
    return make


@pytest.fixture(scope="session")
def rendered_family(family_proposal: Callable[..., ProposalData]) -> Renderer:
    """The family plan rendered in a language on a paper, once per run."""
    cache: dict[tuple[str, str], RenderedProposal] = {}

    def render(language: str = "en", paper: str = "a4") -> RenderedProposal:
        if (language, paper) not in cache:
            cache[language, paper] = render_proposal(family_proposal(language, paper))
        return cache[language, paper]
    return render


@pytest.fixture(scope="session")
def rendered_long_names(long_names_request: ProposalRequest, demo_catalog: Catalog) -> Renderer:
    cache: dict[tuple[str, str], RenderedProposal] = {}

    def render(language: str = "en", paper: str = "a4") -> RenderedProposal:
        if (language, paper) not in cache:
            cache[language, paper] = render_proposal(assemble(long_names_request, demo_catalog, language, paper))
        return cache[language, paper]
    return render
