"""Hybrid logical clock stamps sort in causal order as plain text."""

from __future__ import annotations

from agent_desk.sync.hlc import Clock, Stamp


def test_stamps_sort_as_text_in_time_order():
    times = iter([1_000, 1_000, 2_000])
    clock = Clock("aaaa", wall=lambda: next(times))
    first, second, third = str(clock.now()), str(clock.now()), str(clock.now())
    assert first < second < third
    assert Stamp.parse(second) == Stamp(1_000, 1, "aaaa")


def test_a_clock_that_goes_back_still_moves_forward():
    times = iter([5_000, 4_000, 4_000])
    clock = Clock("n1", wall=lambda: next(times))
    stamps = [str(clock.now()) for _ in range(3)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3


def test_a_stamp_seen_from_elsewhere_puts_the_next_local_one_after_it():
    clock = Clock("behind", wall=lambda: 1_000)
    ahead = str(Stamp(9_000_000, 7, "office"))
    clock.observe(ahead)
    mine = str(clock.now())
    assert mine > ahead
    assert Stamp.parse(mine).node == "behind"


def test_the_node_breaks_a_tie_between_two_devices_alike_everywhere():
    a, b = str(Stamp(1_000, 0, "a")), str(Stamp(1_000, 0, "b"))
    assert (a < b) == (Stamp.parse(a) < Stamp.parse(b))
