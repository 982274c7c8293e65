"""Printable documents by name, for the command line and the GUI's print menu.

    rehabdesk print intake --case KPC-2026-000123 --out intake.pdf
    rehabdesk print blank-intake --out blank.pdf

The caller (a service) loads what the document :attr:`~DocumentSpec.needs` and calls
:func:`render_document`; adding a document is one module and one entry here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from rehabdesk.domain.records import CentreDetails, EpisodeDetails, PersonDetails
from rehabdesk.printing.kit.page import write_pdf

__all__ = ["DOCUMENTS", "DocumentSpec", "PrintRequest", "render_document"]


@dataclass(frozen=True)
class PrintRequest:
    """Everything a document may be printed from; each document uses what it needs."""

    centre: CentreDetails
    printed_by: str
    printed_on: dt.date
    person: PersonDetails | None = None
    episode: EpisodeDetails | None = None
    photo: bytes | None = None
    belongings: Sequence[Any] | None = None
    screening: Any = None  # rehabdesk.printing.documents.screening.ScreeningResults
    roll_call: Any = None  # rehabdesk.printing.documents.roll_call.RollCallSheet
    discharge: Any = None  # rehabdesk.printing.documents.discharge.DischargeDetails
    decision: Any = None  # rehabdesk.printing.documents.decision.DecisionLetter


@dataclass(frozen=True)
class DocumentSpec:
    name: str
    title_km: str
    title_en: str
    needs: tuple[str, ...]
    """Fields of :class:`PrintRequest` that must be given (besides centre, who, when)."""
    render: Callable[[PrintRequest], bytes]


def _intake(r: PrintRequest) -> bytes:
    from rehabdesk.printing.documents.intake import render_intake_form

    assert r.person is not None and r.episode is not None
    return render_intake_form(
        r.person,
        r.episode,
        r.centre,
        r.printed_by,
        r.printed_on,
        photo=r.photo,
        belongings=r.belongings,
    )


def _blank_intake(r: PrintRequest) -> bytes:
    from rehabdesk.printing.documents.intake import render_blank_intake_form

    return render_blank_intake_form(r.centre, r.printed_by, r.printed_on)


def _consent(r: PrintRequest) -> bytes:
    from rehabdesk.printing.documents.consent import render_consent_form

    assert r.person is not None and r.episode is not None
    return render_consent_form(r.person, r.episode, r.centre, r.printed_by, r.printed_on)


def _screening(r: PrintRequest) -> bytes:
    from rehabdesk.printing.documents.screening import render_screening_summary

    assert r.person is not None and r.episode is not None and r.screening is not None
    return render_screening_summary(
        r.person, r.episode, r.screening, r.centre, r.printed_by, r.printed_on
    )


def _roll_call(r: PrintRequest) -> bytes:
    from rehabdesk.printing.documents.roll_call import render_roll_call

    return render_roll_call(r.roll_call, r.centre, r.printed_by, r.printed_on)


def _discharge(r: PrintRequest) -> bytes:
    from rehabdesk.printing.documents.discharge import render_discharge_summary

    assert r.person is not None and r.episode is not None
    return render_discharge_summary(r.person, r.episode, r.discharge, r.centre, r.printed_by,
                                    r.printed_on)


def _decision(r: PrintRequest) -> bytes:
    from rehabdesk.printing.documents.decision import render_decision_letter

    assert r.person is not None and r.episode is not None
    return render_decision_letter(r.person, r.episode, r.decision, r.centre, r.printed_by,
                                  r.printed_on)


DOCUMENTS: Mapping[str, DocumentSpec] = MappingProxyType(
    {
        spec.name: spec
        for spec in (
            DocumentSpec(
                "intake",
                "ទម្រង់ទទួលជនចូលមណ្ឌល",
                "Intake form",
                ("person", "episode"),
                _intake,
            ),
            DocumentSpec(
                "blank-intake",
                "ទម្រង់ទទួលជនចូលមណ្ឌល (ទទេ)",
                "Intake form (blank)",
                (),
                _blank_intake,
            ),
            DocumentSpec(
                "consent",
                "លិខិតយល់ព្រមចូលរួមកម្មវិធីព្យាបាល",
                "Consent to treatment",
                ("person", "episode"),
                _consent,
            ),
            DocumentSpec(
                "screening",
                "សេចក្តីសង្ខេបលទ្ធផលនៃការពិនិត្យ",
                "Screening summary",
                ("person", "episode", "screening"),
                _screening,
            ),
            DocumentSpec("roll-call", "បញ្ជីវត្តមាន", "Roll call", ("roll_call",), _roll_call),
            DocumentSpec(
                "discharge",
                "សេចក្តីសង្ខេបពេលចេញពីកម្មវិធី",
                "Discharge summary",
                ("person", "episode", "discharge"),
                _discharge,
            ),
            DocumentSpec(
                "decision",
                "សេចក្តីសម្រេចអំពីលក្ខណៈសម្បត្តិ",
                "Eligibility decision",
                ("person", "episode", "decision"),
                _decision,
            ),
        )
    }
)


def render_document(name: str, request: PrintRequest, *, out: Any = None) -> bytes:
    """Render the document called ``name``; also write it to ``out`` (path or file) if given.

    Raises ``ValueError`` with a sentence for an unknown name or a missing input.
    """
    spec = DOCUMENTS.get(name)
    if spec is None:
        raise ValueError(
            f'There is no document called "{name}"; choose one of: {", ".join(DOCUMENTS)}.'
        )
    missing = [field for field in spec.needs if getattr(request, field) is None]
    if missing:
        raise ValueError(f"The {spec.title_en.lower()} needs: {', '.join(missing)}.")
    data = spec.render(request)
    write_pdf(data, out)
    return data
