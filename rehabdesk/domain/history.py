"""A person's audit entries as sentences anyone can read aloud, in English or Khmer.

The History tab is read by clerks, supervisors and inspectors, not by programmers:
"Sokha Chan changed birth year from 1990 to 1991 on 03 Mar 2026" instead of
``update person {"birth_date": ["1990-07-01", "1991-07-01"]}``. Each line is a
:class:`~rehabdesk.domain.messages.Message` (issue #21): the fields are named by the
glossary (``person_field``), the day is written as every date is (``shown_dates``), and
the service's own summary is a sentence in the reader's language too. Pure, so every
wording is tested without a database or a display.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from rehabdesk.domain.glossary import wording
from rehabdesk.domain.messages import Message, Named, sentence

__all__ = ["change_phrase", "sentence_of_entry"]

_MID_YEAR = "-07-01"
"""Where a birth year or an estimated age is stored (``records.BirthDate``)."""


def _shown(field: str, value: Any) -> object:
    """A stored value as the sentence says it: a date as a date, sex as its word."""
    if value in (None, ""):
        return sentence("history.empty")
    if field == "sex":
        return Named(*wording("sex", value))
    if isinstance(value, str) and field.endswith("_date"):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return str(value)


def change_phrase(field: str, old: Any, new: Any) -> Message:
    """``birth year from 1990 to 1991``, ``national id to 0123``."""
    if (field == "birth_date" and isinstance(old, str) and isinstance(new, str)
            and old.endswith(_MID_YEAR) and new.endswith(_MID_YEAR)):
        return sentence("history.birth_year_changed", old=int(old[:4]), new=int(new[:4]))
    if old in (None, ""):
        return sentence("history.field_set", field=field, new=_shown(field, new))
    return sentence("history.field_changed", field=field, old=_shown(field, old),
                    new=_shown(field, new))


def sentence_of_entry(actor_name: str, at: dt.datetime, action: str,
                      changes: Mapping[str, tuple[Any, Any]],
                      summary: Message | None) -> Message:
    """One audit entry as one sentence.

    An update lists its changed fields; anything else uses the service's summary
    ("registered Sok Dara", "admitted as KPC-2026-000123"), so no entry is ever hidden.
    """
    day = at.date()
    if action == "update" and changes:
        phrases = [change_phrase(f, old, new) for f, (old, new) in changes.items()
                   if f != "birth_precision" or "birth_date" not in changes]
        return sentence("history.changed", actor=actor_name, changes=phrases, day=day)
    if summary is None or not summary.said().strip():
        return sentence("history.did_action", actor=actor_name, action=action, day=day)
    return sentence("history.did", actor=actor_name, what=summary, day=day)
