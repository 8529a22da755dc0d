"""Cyclic garbage is collected on the GUI thread only, while the app runs."""

from __future__ import annotations

import gc
import threading
import weakref

from agent_desk.ui.gc_timer import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_collection_moves_to_the_gui_thread_and_comes_back_on_stop(qtbot) -> None:  # noqa: ANN001
    collected_on: list[str] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "stop":
            collected_on.append(threading.current_thread().name)

    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(interval_ms=20)
    collector.start()
    gc.callbacks.append(record)
    try:
        assert not gc.isenabled()
        garbage = Node()
        gone = weakref.ref(garbage)
        del garbage
        # Allocate from another thread past every threshold: nothing is collected there.
        worker = threading.Thread(target=lambda: [Node() for _ in range(3 * gc.get_threshold()[0])], name="worker")
        worker.start()
        worker.join()
        assert gone() is not None and "worker" not in collected_on
        qtbot.waitUntil(lambda: gone() is None)  # the timer on the GUI thread collected it
        assert set(collected_on) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(record)
        collector.stop()
    assert gc.isenabled() == was_enabled
