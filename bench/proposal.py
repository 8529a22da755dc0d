"""The PDF proposal for the 4-person family of tests/proposals/family_plan.json in
Traditional Chinese (names, catalog texts and the agent's notes mix English and
Chinese): the cold first render in a new process, N warm renders, and as the
floor a one-page ReportLab document with the same embedded font."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "tests" / "proposals" / "family_plan.json"
CATALOG = ROOT / "resources" / "catalogs" / "demo.json"
RUNS = int(os.environ.get("BENCH_RUNS", "20"))
LANGUAGE = os.environ.get("BENCH_LANGUAGE", "zh-Hant")
GOAL_MS = 500

COLD = f"""
import time
started = time.perf_counter()
from agent_desk.domain.catalog import load_catalog
from agent_desk.proposals.assemble import assemble
from agent_desk.proposals.render import render_proposal
from agent_desk.proposals.request import load_plan_file
imported = time.perf_counter()
data = assemble(load_plan_file({str(PLAN)!r}), load_catalog({str(CATALOG)!r}), {LANGUAGE!r})
assembled = time.perf_counter()
render_proposal(data)
done = time.perf_counter()
print(imported - started, assembled - imported, done - assembled)
"""


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def summary(samples: list[float]) -> str:
    return (f"min {min(samples):6.1f}  median {statistics.median(samples):6.1f}  "
            f"p95 {percentile(samples, 95):6.1f}")


def timed(fn, runs: int) -> list[float]:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def one_page_floor() -> None:
    """One page, one paragraph, the same embedded font, invariant: what any PDF costs."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from agent_desk.proposals.fonts import FONT

    style = ParagraphStyle("floor", fontName=FONT, fontSize=10, leading=15, wordWrap="CJK")
    SimpleDocTemplate(BytesIO(), invariant=1, initialFontName=FONT).build(
        [Paragraph("保險建議書 Insurance proposal 陳大偉 Chen Da-wei NT$185,306", style)])


def main() -> None:
    cold = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True, cwd=ROOT)
    imports, assembling, first = (float(x) * 1000 for x in cold.stdout.split())

    from agent_desk.domain.catalog import load_catalog
    from agent_desk.proposals.assemble import assemble
    from agent_desk.proposals.render import render_proposal
    from agent_desk.proposals.request import load_plan_file

    data = assemble(load_plan_file(PLAN), load_catalog(CATALOG), LANGUAGE)
    rendered = render_proposal(data)
    warm = timed(lambda: render_proposal(data), RUNS)
    floor = timed(one_page_floor, RUNS)
    size = len(rendered.pdf) / 1024
    print(f"proposal PDF, family of four, {LANGUAGE}, A4: {rendered.pages} pages, {size:.0f} KiB; times in ms")
    print(f"  cold, new process: first render {first:6.1f} (imports {imports:.1f}, catalog and assembly "
          f"{assembling:.1f} before it)")
    print(f"  warm, {RUNS} runs after one:   {summary(warm)}  goal median <= {GOAL_MS}")
    print(f"  floor, 1-page ReportLab doc: {summary(floor)}")


if __name__ == "__main__":
    main()
