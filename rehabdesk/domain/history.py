"""A person's audit entries as sentences anyone can read aloud.

The History tab is read by clerks, supervisors and inspectors, not by programmers:
"Sokha Chan changed birth year from 1990 to 1991 on 3 March 2026" instead of
``update person {"birth_date": ["1990-07-01", "1991-07-01"]}``. Pure, so every wording
is tested without a database or a display.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

FIELD_LABELS: dict[str, str] = {
    "khmer_name": "Khmer name",
    "latin_name": "Latin name",
    "sex": "sex",
    "birth_date": "birth date",
    "birth_precision": "how much of the birth date is known",
    "national_id": "national id",
    "origin_prison": "origin prison",
    "inmate_number": "inmate number",
    "province_code": "home province",
    "district_code": "home district",
    "commune_code": "home commune",
    "village_code": "home village",
    "kin_name": "next of kin",
    "kin_relation": "next of kin's relation",
    "kin_phone": "next of kin's phone",
    "photo": "photo",
}
_SEX = {"M": "male", "F": "female"}
_MID_YEAR = "-07-01"
"""Where a birth year or an estimated age is stored (``records.BirthDate``)."""


def long_date(day: dt.date) -> str:
    """``3 March 2026``: no leading zero, the month in words, as people say it."""
    return f"{day.day} {day.strftime('%B %Y')}"


def _shown(field: str, value: Any) -> str:
    if value in (None, ""):
        return "(empty)"
    if field == "sex":
        return _SEX.get(str(value), str(value))
    if isinstance(value, str) and field.endswith("_date"):
        try:
            return long_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def change_phrase(field: str, old: Any, new: Any) -> str:
    """``birth year from 1990 to 1991``, ``national id from (empty) to 0123``."""
    if (field == "birth_date" and isinstance(old, str) and isinstance(new, str)
            and old.endswith(_MID_YEAR) and new.endswith(_MID_YEAR)):
        return f"birth year from {old[:4]} to {new[:4]}"
    label = FIELD_LABELS.get(field, field.replace("_", " "))
    if old in (None, ""):
        return f"{label} to {_shown(field, new)}"
    if new in (None, ""):
        return f"{label} from {_shown(field, old)} to (empty)"
    return f"{label} from {_shown(field, old)} to {_shown(field, new)}"


def sentence(
    actor_name: str,
    at: dt.datetime,
    action: str,
    changes: Mapping[str, tuple[Any, Any]],
    summary: str,
) -> str:
    """One audit entry as one sentence.

    An update lists its changed fields; anything else uses the service's summary
    ("registered Sok Dara", "admitted as KPC-2026-000123"), so no entry is ever hidden.
    """
    day = long_date(at.date())
    if action == "update" and changes:
        phrases = [change_phrase(f, old, new) for f, (old, new) in changes.items()
                   if f != "birth_precision" or "birth_date" not in changes]
        listed = phrases[0] if len(phrases) == 1 else (
            ", ".join(phrases[:-1]) + " and " + phrases[-1])
        return f"{actor_name} changed {listed} on {day}"
    what = summary.strip() or f"{action} record"
    return f"{actor_name} {what} on {day}"
