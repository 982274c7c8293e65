"""Dates and times on screen, in the interface's language and the centre's time: the
one place screens format them (``domain.shown_dates``, issue #21, item 5)."""

from __future__ import annotations

import datetime as dt

from rehabdesk.domain.shown_dates import date_text, moment_text, month_text
from rehabdesk.ui.shell.i18n import current_language

__all__ = ["shown_date", "shown_moment", "shown_month"]


def shown_date(day: dt.date | None) -> str:
    """A date in the interface's language."""
    return date_text(day, current_language())


def shown_moment(stamp: dt.datetime | None) -> str:
    """A stored (UTC) timestamp as date and time on the centre's clock."""
    return moment_text(stamp, current_language())


def shown_month(day: dt.date) -> str:
    """The month of ``day`` (a chart's axis)."""
    return month_text(day, current_language())
