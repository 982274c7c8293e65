"""Urine drug test: the panel, the per-analyte result and one recorded test.

DOMAIN.md ("Urine drug test"): a multi-drug cassette is read for eight analytes, each
positive, negative or invalid, and the record keeps the date, kit, lot number and who
read it, so a disputed result can be traced to a batch and a person.

Benzodiazepines are on the panel but a positive benzodiazepine alone does *not* count as
illicit drug use: they are prescribed in Cambodia for anxiety, sleep and alcohol
withdrawal (detainees may arrive on them from a prison clinic), and the eligibility rule
``DRUG_USE`` must not send someone to drug treatment for taking a prescription. Every
other analyte on the panel is treated as illicit use in this setting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from rehabdesk.domain.glossary import wording
from rehabdesk.domain.screening._common import ScreeningAnswerError

_INSTRUMENT = "urine"


class Analyte(StrEnum):
    """The analytes of the panel, in the order printed on the form."""

    METHAMPHETAMINE = "methamphetamine"
    AMPHETAMINE = "amphetamine"
    MDMA = "mdma"
    OPIATES = "opiates"
    CANNABIS = "cannabis"
    KETAMINE = "ketamine"
    COCAINE = "cocaine"
    BENZODIAZEPINES = "benzodiazepines"

    @property
    def label_en(self) -> str:
        """Name with the usual cassette abbreviation, as the reader sees it on the strip."""
        return wording("analyte", self.value)[0]

URINE_PANEL: tuple[Analyte, ...] = tuple(Analyte)
"""Every analyte a test must report, in form order."""

ILLICIT_ANALYTES: frozenset[Analyte] = frozenset(URINE_PANEL) - {Analyte.BENZODIAZEPINES}
"""Analytes whose positive result counts as illicit use (all but benzodiazepines)."""


class UrineResult(StrEnum):
    """How one analyte read: an invalid strip (no control line) proves nothing."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    INVALID = "invalid"


@dataclass(frozen=True)
class UrineTest:
    """One urine drug test as recorded at the centre.

    ``results`` must give a result for every analyte of the panel and nothing else;
    values may be passed as plain strings and are stored as ``UrineResult``. The stored
    mapping is read-only and in panel order.
    """

    date: dt.date
    kit: str
    lot_number: str
    read_by: str
    results: Mapping[Analyte, UrineResult]

    def __post_init__(self) -> None:
        if not str(self.kit).strip():
            raise ScreeningAnswerError(
                "screening.urine_kit_missing", instrument=_INSTRUMENT, question="kit")
        if not str(self.lot_number).strip():
            raise ScreeningAnswerError(
                "screening.urine_lot_number_missing", instrument=_INSTRUMENT,
                question="lot_number")
        if not str(self.read_by).strip():
            raise ScreeningAnswerError(
                "screening.urine_reader_missing", instrument=_INSTRUMENT, question="read_by")
        given: dict[Analyte, UrineResult] = {}
        for key, value in self.results.items():
            try:
                analyte = Analyte(key)
            except ValueError:
                raise ScreeningAnswerError(
                    "screening.urine_unknown_analyte",
                    instrument=_INSTRUMENT,
                    question=str(key),
                    key=str(key),
                ) from None
            try:
                given[analyte] = UrineResult(value)
            except ValueError:
                raise ScreeningAnswerError(
                    "screening.urine_unknown_result",
                    instrument=_INSTRUMENT,
                    question=analyte.value,
                    analyte=analyte.value,
                    value=str(value),
                ) from None
        missing = [a for a in URINE_PANEL if a not in given]
        if missing:
            raise ScreeningAnswerError(
                "screening.urine_results_missing",
                instrument=_INSTRUMENT,
                question=missing[0].value,
                analytes=[a.value for a in missing],
            )
        ordered = {a: given[a] for a in URINE_PANEL}
        object.__setattr__(self, "results", MappingProxyType(ordered))

    def __hash__(self) -> int:
        return hash((self.date, self.kit, self.lot_number, self.read_by, *self.results.items()))

    def positives(self) -> tuple[Analyte, ...]:
        """Analytes that read positive, in panel order (benzodiazepines included)."""
        return tuple(a for a, r in self.results.items() if r is UrineResult.POSITIVE)

    def invalid_analytes(self) -> tuple[Analyte, ...]:
        """Analytes whose strip was invalid: these should be tested again."""
        return tuple(a for a, r in self.results.items() if r is UrineResult.INVALID)

    def any_illicit_positive(self) -> bool:
        """Whether any illicit drug read positive; a benzodiazepine alone does not count."""
        return any(a in ILLICIT_ANALYTES for a in self.positives())
