"""Use cases that handle thousands of rows at once, without the garbage collector in the way.

Python's cyclic garbage collector runs whenever allocations outnumber deallocations by
its threshold, and now and then walks every object the program holds. A use case that
reads a 5,000-row transfer list and checks it against a 200,000-person register makes
hundreds of thousands of small objects (cells, rows, candidates) that all stay alive
until it returns, so those walks free nothing: on the bench list they took 0.5 s of a
2.5 s check (issue #24, item 4). Reference counting still frees everything that is not
in a cycle while the collector is paused; the few cycles left are collected after, the
next time the collector runs.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pauses the cyclic garbage collector for the ``with`` block (or, as a decorator,
    the call), and resumes it after unless it was paused already. The collector is one
    per process: another thread's cycles wait too, which for a few seconds costs
    nothing but the memory they hold."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
