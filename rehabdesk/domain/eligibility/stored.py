"""A decision's reasons as stored: each reason's sentence key, outcome and parameters,
read back into reasons in the wording they were stored under.

Source: issue #24, item 2 (a decision stores rule codes and parameters with the wording
version it was made under; the sentence is rebuilt from it). One reason is stored as
``[key, marks]`` or ``[key, marks, params]``: ``marks`` is the outcome's letter (``p``
pass, ``f`` fail, ``w`` pending, as in :func:`.signature.signature`) followed by ``o``
when a supervisor's override lifted it and ``i`` when an override was ignored, e.g.
``["SENTENCE_LEFT.enough", "p", {"days": 123, "min": 90}]``; the rule code is the key's
first part.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

import json
from typing import Any

from rehabdesk.domain.eligibility.decision import Reason, RuleCode, RuleOutcome
from rehabdesk.domain.eligibility.wording import (
    OVERRIDDEN,
    OVERRIDE_IGNORED,
    Templates,
    render,
)

__all__ = ["decode_reasons", "encode_reasons", "reason_keys"]

_LETTER = {RuleOutcome.PASS: "p", RuleOutcome.FAIL: "f", RuleOutcome.PENDING: "w"}
_OUTCOME = {letter: outcome for outcome, letter in _LETTER.items()}


def _stored(reason: Reason) -> list[Any]:
    marks = _LETTER[reason.outcome] + ("o" if reason.overridden else "") + (
        "i" if reason.override_ignored else "")
    return [reason.key, marks, dict(reason.params)] if reason.params else [reason.key, marks]


def encode_reasons(reasons: tuple[Reason, ...]) -> str:
    """The stored form of a decision's reasons (compact JSON, Khmer kept as is)."""
    return json.dumps([_stored(r) for r in reasons], ensure_ascii=False,
                      separators=(",", ":"))


def reason_keys(text: str) -> set[str]:
    """Every template key the stored reasons ``text`` need, to fetch their wording:
    the sentences', their verdict statuses' labels and the override suffixes."""
    keys: set[str] = set()
    for item in json.loads(text):
        keys.add(item[0])
        params = item[2] if len(item) > 2 else {}
        if "status" in params:
            keys.add(f"status.{params['status']}")
        if "o" in item[1]:
            keys.add(OVERRIDDEN)
        if "i" in item[1]:
            keys.add(OVERRIDE_IGNORED)
    return keys


def decode_reasons(text: str, templates: Templates) -> tuple[Reason, ...]:
    """The reasons stored as ``text``, their sentences rebuilt from ``templates`` (the
    wording of the version the decision was made under)."""
    reasons = []
    for item in json.loads(text):
        key, marks = item[0], item[1]
        params: dict[str, Any] = item[2] if len(item) > 2 else {}
        overridden, ignored = "o" in marks, "i" in marks
        suffix = OVERRIDDEN if overridden else OVERRIDE_IGNORED if ignored else None
        text_en, text_km = render(templates, key, params, suffix)
        reasons.append(Reason(RuleCode(key.partition(".")[0]), _OUTCOME[marks[0]], text_en,
                              text_km, overridden, ignored, key, tuple(params.items())))
    return tuple(reasons)
