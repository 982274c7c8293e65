"""What one person's screening found, as the summary shows and prints it.

Read from the records by ``services.screening`` and shown by the Screening tab and the
printed summary alike, so it belongs to neither: a plain value of the screening domain.
(It lived in ``printing``, which made every screen that shows a screening load ReportLab
at start-up, ~0.2 s; issue #24, item 6.)

Pure: standard library only, no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from rehabdesk.domain.screening.assist import AssistSummary, SubstanceScore
from rehabdesk.domain.screening.health import HealthScreen
from rehabdesk.domain.screening.urine import UrineTest

__all__ = ["ScreeningResults"]


@dataclass(frozen=True)
class ScreeningResults:
    """What the summary prints; any part not done yet is ``None`` ("not done").

    ``assist`` is an ``AssistSummary`` (``summarise_assist``), or the raw
    ``score_assist`` mapping together with ``assist_injection`` (the Q8 answer).
    ``dast10`` and ``audit`` are the ``(score, band/zone)`` pairs their scoring returns;
    a band or zone left empty is derived from the score. ``ScreeningResults()`` is a
    person nobody has screened yet: every section prints "not done" and the date line
    stays empty rather than claiming a screening happened on the day of printing.
    """

    screened_on: dt.date | None = None
    screened_by: str | None = None
    assist: AssistSummary | Mapping[str, SubstanceScore] | None = None
    assist_injection: str | None = None
    dast10: tuple[int, str | None] | None = None
    audit: tuple[int, str | None] | None = None
    urine: UrineTest | None = None
    health: HealthScreen | None = None
