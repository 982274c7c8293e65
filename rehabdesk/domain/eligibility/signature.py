"""What a decision says, in one short string, and what changed between two decisions.

A decision is stored anew only when it says something new (DOMAIN.md: decisions keep
their history, and each new one is audited against the person). Its signature is the
outcome, one letter per rule and a digest of what each reason says: its sentence's key
and its parameters other than numbers. "No court case on file" and "No final verdict yet
(status: pre-trial)" differ, "123 days of sentence left" and "122 days …" do not,
because a day count that changes every day would bury the real changes; and a new
wording of the same sentence is not a new decision (issue #24, item 2: a decision
reprinted after the wording changed still quotes what it said when it was made).

Pure: standard library only, no I/O.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from rehabdesk.domain.eligibility.decision import RULE_ORDER, Decision, Reason, RuleOutcome
from rehabdesk.domain.messages import Message, sentence

__all__ = [
    "Signatures",
    "blank_numbers",
    "describe_change",
    "rule_letters",
    "rule_outcomes",
    "says",
    "signature",
]

_OUTCOME_LETTER = {RuleOutcome.PASS: "p", RuleOutcome.FAIL: "f", RuleOutcome.PENDING: "w"}
_LETTER_OUTCOME = {v: k.value for k, v in _OUTCOME_LETTER.items()}
_NUMBER = re.compile(r"\d+")


def blank_numbers(text: str) -> str:
    """A reason's sentence with its numbers (days left, minimum age) blanked: what it
    says, whatever the count."""
    return _NUMBER.sub("#", text)


def says(reason: Reason) -> str:
    """What ``reason`` says, whatever its numbers and its wording: its sentence's key and
    its parameters other than numbers (a verdict status; an override note, its digits
    blanked), e.g. ``VERDICT.not_final.no_order status=pre_trial``."""
    words = [reason.key]
    for name, value in reason.params:
        if not isinstance(value, int):
            words.append(f"{name}={blank_numbers(str(value))}")
    return " ".join(words)


def _digest(reasons: Iterable[Reason]) -> str:
    text = "\n".join(map(says, reasons))
    return hashlib.blake2s(text.encode("utf-8"), digest_size=4).hexdigest()


def signature(decision: Decision) -> str:
    """``outcome|``, one letter per rule (p pass, f fail, w pending; ``o`` after an
    overridden rule), then ``#`` and eight hex digits naming what the reasons
    :func:`says`: what a decision says, without the day counts in its sentences. A
    verdict that moves from pre-trial to first instance leaves every outcome pending but
    changes the explanation, so it is a new decision; tomorrow's count of days left is
    not, and neither is a better wording of the same sentence."""
    letters = [
        _OUTCOME_LETTER[r.outcome] + ("o" if r.overridden else "") for r in decision.reasons
    ]
    return f"{decision.outcome.value}|{''.join(letters)}#{_digest(decision.reasons)}"


def rule_letters(sig: str) -> str:
    """The per-rule letters of a :func:`signature` (between ``|`` and ``#``)."""
    return sig.partition("|")[2].partition("#")[0]


def rule_outcomes(sig: str) -> dict[str, str]:
    """Rule code → outcome ("pass", "fail", "pending", "pass (overridden)"), decoded
    from a :func:`signature`."""
    out: dict[str, str] = {}
    letters = rule_letters(sig)
    i = 0
    for code in RULE_ORDER:
        if i >= len(letters):
            break
        outcome = _LETTER_OUTCOME[letters[i]]
        i += 1
        if i < len(letters) and letters[i] == "o":
            outcome += " (overridden)"
            i += 1
        out[code.value] = outcome
    return out


class Signatures:
    """:func:`signature` of many decisions, each computed once per distinct wording.

    A decision's signature depends only on its outcome (given by its reasons) and, per
    reason, the outcome, override mark and what it :func:`says`. Reasons are shared
    objects of the policy's sentences, but the sentence-left reason has one object per
    number of days, so 200,000 decisions hold tens of thousands of distinct tuples of
    reasons and only a few dozen distinct signatures: each reason object is mapped once
    to its *variant* (an int), and the tuple of variants keys the signature.
    """

    def __init__(self) -> None:
        self._variant_of: dict[int, int] = {}  # id(reason) → variant
        self._variants: dict[tuple[Any, ...], int] = {}
        self._by_variants: dict[tuple[int, ...], str] = {}
        self._keep: list[Reason] = []  # so no id() above is reused while this lives

    def of(self, decision: Decision) -> str:
        """:func:`signature` of ``decision``."""
        variant_of = self._variant_of
        try:
            key = tuple(map(variant_of.__getitem__, map(id, decision.reasons)))
        except KeyError:
            for reason in decision.reasons:
                self._learn(reason)
            key = tuple(map(variant_of.__getitem__, map(id, decision.reasons)))
        sig = self._by_variants.get(key)
        if sig is None:
            sig = self._by_variants[key] = signature(decision)
        return sig

    def _learn(self, reason: Reason) -> None:
        if id(reason) in self._variant_of:
            return
        kind = (reason.outcome, reason.overridden, says(reason))
        self._variant_of[id(reason)] = self._variants.setdefault(kind, len(self._variants))
        self._keep.append(reason)


def describe_change(
    decision: Decision, sig: str, old_sig: str | None, old_reasons: Iterable[Reason] | None
) -> tuple[dict[str, list[Any]], Message]:
    """The audit ``changes`` of a new decision and what its summary says of it, given the
    signature and reasons of the decision it replaces (``None`` for a first one):
    each rule whose outcome changed as [old, new] outcome, and, when no outcome changed,
    each reworded reason as [old, new] sentence."""
    outcome = decision.outcome.value
    old_outcome = old_sig.partition("|")[0] if old_sig else None
    changes: dict[str, list[Any]] = {"outcome": [old_outcome, outcome]}
    before = rule_outcomes(old_sig) if old_sig else {}
    for code, value in rule_outcomes(sig).items():
        if before.get(code) != value:
            changes[code] = [before.get(code), value]
    for old in old_reasons or ():
        new_text = decision.reason(old.code).text_en
        if blank_numbers(old.text_en) != blank_numbers(new_text):
            changes[old.code.value] = [old.text_en, new_text]
    policy = decision.policy_version
    if old_outcome is None:
        return changes, sentence("audit.eligibility_now", outcome=outcome, policy=policy)
    if old_outcome == outcome:
        return changes, sentence("audit.eligibility_reasons_changed", outcome=outcome,
                                 policy=policy)
    return changes, sentence("audit.eligibility_now_was", outcome=outcome, policy=policy,
                             was=old_outcome)
