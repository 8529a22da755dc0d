"""The language tests drive real windows: garbage is collected on the GUI
thread only, as the app collects it (agent_desk/ui/gc_timer.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent_desk.ui.gc_timer import GuiThreadCollector


@pytest.fixture(autouse=True)
def gui_thread_gc(qapp) -> Iterator[None]:  # noqa: ANN001
    collector = GuiThreadCollector()
    collector.start()
    yield
    collector.stop()
    collector.deleteLater()
