"""Hybrid logical clock stamps: wall-clock milliseconds, a counter for
events in the same millisecond (or a clock that went back), and the node
that made them. As text they sort in causal order, so the office and every
device compare them as plain strings."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Stamp:
    physical_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.physical_ms:013d}-{self.counter:05d}-{self.node}"

    @staticmethod
    def parse(text: str) -> Stamp:
        physical, counter, node = text.split("-", 2)
        return Stamp(int(physical), int(counter), node)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class Clock:
    """One node's clock. `now()` for a local event, `observe()` for a stamp
    received from elsewhere, so the next local stamp sorts after it even when
    this machine's clock is behind."""

    def __init__(self, node: str, last: Stamp | None = None, wall: Callable[[], int] = wall_clock_ms):
        self.node = node
        self._last = last or Stamp(0, 0, node)
        self._wall = wall

    @property
    def last(self) -> Stamp:
        return self._last

    def now(self) -> Stamp:
        wall = self._wall()
        if wall > self._last.physical_ms:
            self._last = Stamp(wall, 0, self.node)
        else:
            self._last = Stamp(self._last.physical_ms, self._last.counter + 1, self.node)
        return self._last

    def observe(self, text: str) -> None:
        seen = Stamp.parse(text)
        if (seen.physical_ms, seen.counter) > (self._last.physical_ms, self._last.counter):
            self._last = Stamp(seen.physical_ms, seen.counter, self.node)
