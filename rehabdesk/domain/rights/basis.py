"""The legal basis of a stay: why the centre may hold this person, and until when.

Source: issue #19, item 1. Every open stay has one on record — a court order for
treatment, a sentence with its transfer order, or a voluntary admission with signed
consent — with its first and last day. A stay may have several over time (an order
renewed): the one in force is the one ending last. Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError

__all__ = ["BasisKind", "LegalBasis", "check_basis"]


class BasisKind(StrEnum):
    TREATMENT_ORDER = "treatment_order"
    """A court's order for compulsory treatment."""
    SENTENCE = "sentence"
    """A sentence served here, with the prison's transfer order."""
    VOLUNTARY = "voluntary"
    """A voluntary admission with the person's signed consent."""


@dataclass(frozen=True)
class LegalBasis:
    kind: BasisKind
    starts_on: dt.date
    ends_on: dt.date
    reference: str
    """The order's or the consent form's number and issuer, as written on the paper."""


def check_basis(basis: LegalBasis, arrival: dt.date, today: dt.date) -> LegalBasis:
    """``basis`` with its reference trimmed, or a sentence saying what is wrong: no
    reference, an end before the start, a start in the future, or a basis that ended
    before the person arrived (it cannot be why they are held)."""
    reference = basis.reference.strip()
    if not reference:
        raise ValidationError("rights.basis_without_reference")
    if basis.ends_on < basis.starts_on:
        raise ValidationError("rights.basis_ends_before_start", start=basis.starts_on,
                              end=basis.ends_on)
    if basis.starts_on > today:
        raise ValidationError("rights.basis_in_future", day=basis.starts_on)
    if basis.ends_on < arrival:
        raise ValidationError("rights.basis_before_arrival", end=basis.ends_on,
                              arrival=arrival)
    return LegalBasis(basis.kind, basis.starts_on, basis.ends_on, reference)
