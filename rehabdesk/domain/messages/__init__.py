"""Sentences a person reads, as a code and parameters, worded in English or Khmer.

Source: issue #21, item 3. The domain and the services never raise an English sentence:
they raise an error carrying a *code* (``"intake.birth_in_future"``) and its parameters
(a date, a case number, a status code); the UI and the command line word it in the
reader's language from this catalogue. A test reads every raise site and every
:class:`Message` in the source and checks that its code exists and that both languages'
templates use exactly the parameters given (``tests/domain/test_messages.py``).

Templates are :meth:`str.format` strings; each area of the application keeps its own in
a module of this package (``intake``, ``legal`` …), merged into :data:`CATALOGUE`. A
parameter is written by its type, in the sentence's language:

* ``int`` — Western digits in English, Khmer digits in Khmer. In English, a spec with
  a bar picks the singular or plural noun: ``{days:day|days}`` reads "1 day", "3 days";
  Khmer nouns have no plural, so the Khmer template writes ``{days} ថ្ងៃ``.
* ``float`` / ``Decimal`` — formatted by the spec (``{hours:.1f}``), Khmer digits in
  Khmer.
* ``date`` / ``datetime`` — ``domain.shown_dates``: ``14 Mar 2026`` / ``១៤ មីនា ២០២៦``;
  a datetime on the centre's clock.
* a code — the spec names its kind in ``domain.glossary``:
  ``{status:enrolment_status}`` reads "waitlisted" / "ក្នុងបញ្ជីរង់ចាំ".
* a :class:`Message` — its own sentence, in the same language (a name's problem inside
  the sentence about the name).
* a :class:`Named` — a name kept in both languages (a programme, a workshop): the Khmer
  name in a Khmer sentence while one is recorded, else the English one.
* a list or tuple — its items, each worded as above, joined by commas.
* any other string (a name, a case number, a file name, a user's note) — as it is.

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rehabdesk.domain.glossary import GLOSSARY, language_index, word
from rehabdesk.domain.khmer_dates import khmer_digits
from rehabdesk.domain.messages import (
    audit,
    court_liaison,
    deployment,
    eligibility,
    enrolment,
    exchange,
    history,
    hq,
    intake,
    legal,
    paperwork,
    platform,
    register,
    release,
    reports,
    rights,
    screening,
    statistics,
    vocational,
)
from rehabdesk.domain.shown_dates import date_text, moment_text

__all__ = ["CATALOGUE", "Message", "Named", "Templates", "say", "sentence"]

Templates = Mapping[str, tuple[str, str]]
"""Code → (English template, Khmer template)."""


def _merged(*areas: Templates) -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in areas:
        clash = merged.keys() & area.keys()
        if clash:
            raise RuntimeError(f"message codes defined twice: {sorted(clash)}")
        merged.update(area)
    return merged


CATALOGUE: Templates = _merged(
    audit.MESSAGES, court_liaison.MESSAGES, deployment.MESSAGES,
    eligibility.MESSAGES, enrolment.MESSAGES, history.MESSAGES, intake.MESSAGES, legal.MESSAGES,
    paperwork.MESSAGES, platform.MESSAGES, register.MESSAGES, release.MESSAGES, rights.MESSAGES,
    screening.MESSAGES,
    vocational.MESSAGES, reports.MESSAGES, exchange.MESSAGES, hq.MESSAGES,
    statistics.MESSAGES)
"""Every sentence the application can say to a person about a problem."""


@dataclass(frozen=True)
class Message:
    """A sentence not yet worded: its code in :data:`CATALOGUE` and its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def said(self, language: str = "en") -> str:
        """This sentence in ``language`` (``"en"`` or ``"km"``)."""
        return say(self.code, self.params, language)

    def __str__(self) -> str:
        return self.said("en")


@dataclass(frozen=True)
class Named:
    """A name the centre keeps in English and Khmer, said in the sentence's language."""

    english: str
    khmer: str = ""

    def said(self, language: str = "en") -> str:
        return self.khmer if language_index(language) and self.khmer else self.english

    def __str__(self) -> str:
        return self.english


def sentence(code: str, /, **params: Any) -> Message:
    """The sentence ``code`` with ``params``, worded later in the reader's language (a
    problem a function reports rather than raises, a sentence inside another)."""
    return Message(code, params)


def say(code: str, params: Mapping[str, Any], language: str = "en") -> str:
    """The sentence ``code`` with ``params`` in ``language``. A code or parameter the
    catalogue does not know still gives a readable line (the code and its values) rather
    than a crash while showing an error: the test keeps that from happening."""
    templates = CATALOGUE.get(code)
    if templates is None:
        return _fallback(code, params)
    fields = {name: _Value(value, language) for name, value in params.items()}
    try:
        return templates[language_index(language)].format_map(fields)
    except (KeyError, ValueError, IndexError):
        return _fallback(code, params)


def _fallback(code: str, params: Mapping[str, Any]) -> str:
    values = ", ".join(f"{name}={value}" for name, value in params.items())
    return f"{code} ({values})" if values else code


class _Value:
    """One parameter, written by its type in the sentence's language (module docstring)."""

    __slots__ = ("language", "value")

    def __init__(self, value: Any, language: str) -> None:
        self.value = value
        self.language = language

    def __format__(self, spec: str) -> str:
        return _written(self.value, spec, self.language)


def _written(value: Any, spec: str, language: str) -> str:
    if isinstance(value, Message | Named):
        return value.said(language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return _count(value, spec, language)
    if isinstance(value, float | Decimal):
        text = format(value, spec)
        return khmer_digits(text) if language == "km" else text
    if isinstance(value, dt.datetime):
        return moment_text(value, language)
    if isinstance(value, dt.date):
        return date_text(value, language)
    if isinstance(value, list | tuple | frozenset | set):
        return ", ".join(_written(item, spec, language) for item in value)
    if spec in GLOSSARY:
        return word(spec, value, language)
    return format(str(value), spec)


def _count(value: int, spec: str, language: str) -> str:
    digits = khmer_digits(value) if language == "km" else str(value)
    if "|" not in spec:
        return digits if language == "km" or not spec else format(value, spec)
    if language == "km":
        return digits
    singular, plural = spec.split("|", 1)
    return f"{digits} {singular if value == 1 else plural}"
