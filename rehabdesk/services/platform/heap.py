"""Keeping Python's garbage collector to the objects a bulk operation makes.

CPython's collector sweeps every container object of the process each time it runs a
full collection, and a bulk operation that keeps tens of thousands of objects alive (a
5,000-row transfer list: rows, probes, the register's bulk index, the preview) sets off
several full collections. Each of them walked again the objects the process held
before the operation began (the modules, the gazetteer, the application's pages), none
of which the operation can free: on the 200,000-person centre that walking was a sixth
of a transfer list's read and import (issue #24, item 4).

``set_aside`` moves the objects alive when the operation starts into the collector's
permanent generation (``gc.freeze``) and back into its oldest generation when it ends
(``gc.unfreeze``). The collector keeps running throughout, on everything made since;
what was set aside is collected as before at the next full collection after the
operation. Unlike ``gc.disable`` it changes no object's lifetime beyond the operation,
and it is safe beside other threads: they allocate and are collected as usual, and an
operation ending early on one thread only returns the objects to the collector sooner.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["set_aside"]


@contextlib.contextmanager
def set_aside() -> Iterator[None]:
    """The objects alive now are not swept by the collections the block sets off."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
