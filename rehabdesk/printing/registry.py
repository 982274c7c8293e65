"""Printable documents by name, for the command line and the GUI's print menu.

    rehabdesk print intake --case KPC-2026-000123 --out intake.pdf
    rehabdesk print blank-intake --out blank.pdf

The caller (a service) builds the document's own request (``IntakeRequest``, …: one frozen
dataclass per document, so the type checker knows what each needs) and calls
:func:`render_document`; adding a document is one module, one request and one entry here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

from rehabdesk.domain.budget import Budget
from rehabdesk.domain.hq_statistics import NationalStatistics
from rehabdesk.domain.records import CentreDetails, EpisodeDetails, PersonDetails
from rehabdesk.domain.reports import MonthlyReport
from rehabdesk.printing.kit.page import PrintContext, write_pdf

if TYPE_CHECKING:  # the document modules load when a document is first printed
    from rehabdesk.printing.documents.certificate import CertificateDetails
    from rehabdesk.printing.documents.court_letter import CourtLetterSheet
    from rehabdesk.printing.documents.decision import DecisionLetter
    from rehabdesk.printing.documents.discharge import DischargeDetails
    from rehabdesk.printing.documents.grievance_receipt import GrievancePaper
    from rehabdesk.printing.documents.hq_recovery_sheet import HqRecoverySheet
    from rehabdesk.printing.documents.incident_report import IncidentPaper
    from rehabdesk.printing.documents.intake import BelongingLike
    from rehabdesk.printing.documents.pay_statement import PayStatementSheet
    from rehabdesk.printing.documents.release_certificate import ReleasePaper
    from rehabdesk.printing.documents.rights_sheet import RightsSheet
    from rehabdesk.printing.documents.roll_call import RollCallSheet
    from rehabdesk.printing.documents.screening import ScreeningResults
    from rehabdesk.printing.documents.work_consent import WorkTerms
    from rehabdesk.printing.documents.work_register import WorkRegisterSheet

__all__ = [
    "DOCUMENTS",
    "BlankIntakeRequest",
    "BudgetRequestRequest",
    "CertificateRequest",
    "ConsentRequest",
    "CourtLetterRequest",
    "DecisionRequest",
    "DischargeRequest",
    "DocumentSpec",
    "GrievanceReceiptRequest",
    "HandoverRequest",
    "HqRecoverySheetRequest",
    "IncidentReportRequest",
    "IntakeRequest",
    "MonthlyReportRequest",
    "NationalStatisticsRequest",
    "PayStatementRequest",
    "PersonRequest",
    "PrintRequest",
    "ReleaseRequest",
    "RightsSheetRequest",
    "RollCallRequest",
    "ScreeningRequest",
    "WorkConsentRequest",
    "WorkRegisterRequest",
    "render_document",
]


@dataclass(frozen=True)
class BlankIntakeRequest:
    """A blank intake form needs only who prints it, where and when."""

    printed: PrintContext


@dataclass(frozen=True)
class PersonRequest:
    """What every document about one person's stay is printed from; each such document's
    request adds what is its own."""

    printed: PrintContext
    person: PersonDetails
    episode: EpisodeDetails


@dataclass(frozen=True)
class IntakeRequest(PersonRequest):
    photo: bytes | None = None
    belongings: Sequence[BelongingLike] | None = None
    """None: the table has empty rows to fill in by hand."""
    clerk: str | None = None
    """Who registered the arrival: the name under the intake clerk's signature box."""


@dataclass(frozen=True)
class ConsentRequest(PersonRequest):
    """The consent form needs nothing beyond the person and the stay."""


@dataclass(frozen=True)
class ScreeningRequest(PersonRequest):
    screening: ScreeningResults


@dataclass(frozen=True)
class DischargeRequest(PersonRequest):
    discharge: DischargeDetails


@dataclass(frozen=True)
class DecisionRequest(PersonRequest):
    decision: DecisionLetter


@dataclass(frozen=True)
class RollCallRequest:
    printed: PrintContext
    roll_call: RollCallSheet


@dataclass(frozen=True)
class WorkRegisterRequest:
    printed: PrintContext
    sheet: WorkRegisterSheet


@dataclass(frozen=True)
class PayStatementRequest(PersonRequest):
    statement: PayStatementSheet


@dataclass(frozen=True)
class CertificateRequest:
    printed: PrintContext
    certificate: CertificateDetails


@dataclass(frozen=True)
class WorkConsentRequest(PersonRequest):
    terms: WorkTerms


@dataclass(frozen=True)
class ReleaseRequest(PersonRequest):
    release: ReleasePaper


@dataclass(frozen=True)
class HandoverRequest(PersonRequest):
    """The hand-over sheet: the release, and the stay's belongings (``episode``) with the
    day each was handed back."""

    release: ReleasePaper


@dataclass(frozen=True)
class MonthlyReportRequest:
    """The monthly centre report (issue #18): the figures gathered by
    ``services.reports.monthly``."""

    printed: PrintContext
    report: MonthlyReport


@dataclass(frozen=True)
class CourtLetterRequest:
    """The request letter to a court (issue #25): the court's list as the letter prints it."""

    printed: PrintContext
    letter: CourtLetterSheet


@dataclass(frozen=True)
class RightsSheetRequest(PersonRequest):
    """The rights sheet handed over at admission (issue #19, item 2)."""

    sheet: RightsSheet


@dataclass(frozen=True)
class GrievanceReceiptRequest:
    """The receipt given to whoever filed a grievance (issue #19, item 3)."""

    printed: PrintContext
    grievance: GrievancePaper


@dataclass(frozen=True)
class IncidentReportRequest:
    """An incident's report (issue #19, item 5)."""

    printed: PrintContext
    incident: IncidentPaper


@dataclass(frozen=True)
class BudgetRequestRequest:
    """The budget request (issue #18, item 4): a year's costs and the next year's."""

    printed: PrintContext
    budget: Budget


@dataclass(frozen=True)
class NationalStatisticsRequest:
    """Headquarters' national statistics of a year (issue #18, item 3): printed at
    headquarters, not at a centre, so only who printed and when."""

    printed_by: str
    printed_on: dt.date
    statistics: NationalStatistics


@dataclass(frozen=True)
class HqRecoverySheetRequest:
    """Headquarters' recovery sheet (issue #17): ``printed.centre`` is
    ``printing.kit.page.HEADQUARTERS``."""

    printed: PrintContext
    sheet: HqRecoverySheet


PrintRequest: TypeAlias = (BlankIntakeRequest | IntakeRequest | ConsentRequest
                           | ScreeningRequest | RollCallRequest | DischargeRequest
                           | DecisionRequest | WorkRegisterRequest | PayStatementRequest
                           | CertificateRequest | WorkConsentRequest | ReleaseRequest
                           | HandoverRequest | MonthlyReportRequest
                           | BudgetRequestRequest | CourtLetterRequest
                           | RightsSheetRequest | GrievanceReceiptRequest
                           | IncidentReportRequest | NationalStatisticsRequest
                           | HqRecoverySheetRequest)
"""A request for one document. Its type says which document and what it needs, so a
request missing a part fails in the type checker, not at print time."""

_R = TypeVar("_R")


@dataclass(frozen=True)
class DocumentSpec(Generic[_R]):
    name: str
    title_km: str
    title_en: str
    request: type[_R]
    """The request the document is printed from."""
    render: Callable[[_R], bytes]


def _who(printed: PrintContext) -> tuple[CentreDetails, str, dt.date]:
    return printed.centre, printed.printed_by, printed.printed_on


def _intake(r: IntakeRequest) -> bytes:
    from rehabdesk.printing.documents.intake import render_intake_form

    return render_intake_form(r.person, r.episode, *_who(r.printed), photo=r.photo,
                              belongings=r.belongings, clerk=r.clerk)


def _blank_intake(r: BlankIntakeRequest) -> bytes:
    from rehabdesk.printing.documents.intake import render_blank_intake_form

    return render_blank_intake_form(*_who(r.printed))


def _consent(r: ConsentRequest) -> bytes:
    from rehabdesk.printing.documents.consent import render_consent_form

    return render_consent_form(r.person, r.episode, *_who(r.printed))


def _screening(r: ScreeningRequest) -> bytes:
    from rehabdesk.printing.documents.screening import render_screening_summary

    return render_screening_summary(r.person, r.episode, r.screening, *_who(r.printed))


def _roll_call(r: RollCallRequest) -> bytes:
    from rehabdesk.printing.documents.roll_call import render_roll_call

    return render_roll_call(r.roll_call, *_who(r.printed))


def _discharge(r: DischargeRequest) -> bytes:
    from rehabdesk.printing.documents.discharge import render_discharge_summary

    return render_discharge_summary(r.person, r.episode, r.discharge, *_who(r.printed))


def _decision(r: DecisionRequest) -> bytes:
    from rehabdesk.printing.documents.decision import render_decision_letter

    return render_decision_letter(r.person, r.episode, r.decision, *_who(r.printed))


def _work_register(r: WorkRegisterRequest) -> bytes:
    from rehabdesk.printing.documents.work_register import render_work_register

    return render_work_register(r.sheet, *_who(r.printed))


def _pay_statement(r: PayStatementRequest) -> bytes:
    from rehabdesk.printing.documents.pay_statement import render_pay_statement

    return render_pay_statement(r.person, r.episode, r.statement, *_who(r.printed))


def _certificate(r: CertificateRequest) -> bytes:
    from rehabdesk.printing.documents.certificate import render_certificate

    return render_certificate(r.certificate, *_who(r.printed))


def _work_consent(r: WorkConsentRequest) -> bytes:
    from rehabdesk.printing.documents.work_consent import render_work_consent

    return render_work_consent(r.person, r.episode, r.terms, *_who(r.printed))


def _release(r: ReleaseRequest) -> bytes:
    from rehabdesk.printing.documents.release_certificate import render_release_certificate

    return render_release_certificate(r.person, r.episode, r.release, *_who(r.printed))


def _handover(r: HandoverRequest) -> bytes:
    from rehabdesk.printing.documents.handover import render_handover_sheet

    return render_handover_sheet(r.person, r.episode, r.release, *_who(r.printed))


def _monthly_report(r: MonthlyReportRequest) -> bytes:
    from rehabdesk.printing.documents.monthly_report import render_monthly_report

    return render_monthly_report(r.report, r.printed.printed_by, r.printed.printed_on)


def _court_letter(r: CourtLetterRequest) -> bytes:
    from rehabdesk.printing.documents.court_letter import render_court_letter

    return render_court_letter(r.letter, *_who(r.printed))


def _rights_sheet(r: RightsSheetRequest) -> bytes:
    from rehabdesk.printing.documents.rights_sheet import render_rights_sheet

    return render_rights_sheet(r.person, r.episode, r.sheet, *_who(r.printed))


def _grievance_receipt(r: GrievanceReceiptRequest) -> bytes:
    from rehabdesk.printing.documents.grievance_receipt import render_grievance_receipt

    return render_grievance_receipt(r.grievance, *_who(r.printed))


def _incident_report(r: IncidentReportRequest) -> bytes:
    from rehabdesk.printing.documents.incident_report import render_incident_report

    return render_incident_report(r.incident, *_who(r.printed))


def _budget_request(r: BudgetRequestRequest) -> bytes:
    from rehabdesk.printing.documents.budget_request import render_budget_request

    return render_budget_request(r.budget, r.printed.printed_by, r.printed.printed_on)


def _national_statistics(r: NationalStatisticsRequest) -> bytes:
    from rehabdesk.printing.documents.national_statistics import render_national_statistics

    return render_national_statistics(r.statistics, r.printed_by, r.printed_on)


def _hq_recovery_sheet(r: HqRecoverySheetRequest) -> bytes:
    from rehabdesk.printing.documents.hq_recovery_sheet import render_hq_recovery_sheet

    return render_hq_recovery_sheet(r.sheet, r.printed)


DOCUMENTS: Mapping[str, DocumentSpec[Any]] = MappingProxyType(
    {
        spec.name: spec
        for spec in (
            DocumentSpec(
                "intake",
                "ទម្រង់ទទួលអ្នកជាប់ឃុំចូលមណ្ឌល",
                "Intake form",
                IntakeRequest,
                _intake,
            ),
            DocumentSpec(
                "blank-intake",
                "ទម្រង់ទទួលអ្នកជាប់ឃុំចូលមណ្ឌល (ទទេ)",
                "Intake form (blank)",
                BlankIntakeRequest,
                _blank_intake,
            ),
            DocumentSpec(
                "consent",
                "លិខិតយល់ព្រមចូលរួមកម្មវិធីព្យាបាល",
                "Consent to treatment",
                ConsentRequest,
                _consent,
            ),
            DocumentSpec(
                "screening",
                "សេចក្ដីសង្ខេបលទ្ធផលនៃការពិនិត្យ",
                "Screening summary",
                ScreeningRequest,
                _screening,
            ),
            DocumentSpec("roll-call", "បញ្ជីវត្តមាន", "Roll call", RollCallRequest, _roll_call),
            DocumentSpec(
                "discharge",
                "សេចក្ដីសង្ខេបពេលចេញពីកម្មវិធី",
                "Discharge summary",
                DischargeRequest,
                _discharge,
            ),
            DocumentSpec(
                "decision",
                "សេចក្ដីសម្រេចអំពីលក្ខណៈសម្បត្តិ",
                "Eligibility decision",
                DecisionRequest,
                _decision,
            ),
            DocumentSpec("work-register", "បញ្ជីការងារប្រចាំថ្ងៃ", "Daily work register",
                         WorkRegisterRequest, _work_register),
            DocumentSpec("pay-statement", "តារាងប្រាក់ឈ្នួលប្រចាំខែ", "Monthly pay statement",
                         PayStatementRequest, _pay_statement),
            DocumentSpec("certificate", "វិញ្ញាបនបត្របញ្ជាក់ការបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ",
                         "Certificate of vocational training", CertificateRequest,
                         _certificate),
            DocumentSpec("work-consent", "លិខិតយល់ព្រមចូលរៀន និងធ្វើការក្នុងថ្នាក់វិជ្ជាជីវៈ",
                         "Consent to train and work in a workshop", WorkConsentRequest,
                         _work_consent),
            DocumentSpec("release", "លិខិតបញ្ជាក់ការដោះលែង", "Release certificate",
                         ReleaseRequest, _release),
            DocumentSpec("handover", "បញ្ជីប្រគល់របស់របរ និងប្រាក់សន្សំ",
                         "Hand-over sheet: belongings and savings", HandoverRequest,
                         _handover),
            DocumentSpec("court-letter", "លិខិតស្នើសុំកំណត់សវនាការ ឬចេញដីកាបង្គាប់ឱ្យព្យាបាល",
                         "Request for a hearing date or a treatment order",
                         CourtLetterRequest, _court_letter),
            DocumentSpec("rights-sheet", "សន្លឹកសិទ្ធិ", "Rights sheet", RightsSheetRequest,
                         _rights_sheet),
            DocumentSpec("grievance-receipt", "បង្កាន់ដៃទទួលពាក្យបណ្ដឹង", "Grievance receipt",
                         GrievanceReceiptRequest, _grievance_receipt),
            DocumentSpec("incident-report", "របាយការណ៍ឧប្បត្តិហេតុ", "Incident report",
                         IncidentReportRequest, _incident_report),
            DocumentSpec("monthly-report", "របាយការណ៍ប្រចាំខែរបស់មណ្ឌល", "Monthly centre report",
                         MonthlyReportRequest, _monthly_report),
            DocumentSpec("budget-request", "សំណើថវិកា", "Budget request",
                         BudgetRequestRequest, _budget_request),
            DocumentSpec("hq-recovery-sheet", "សន្លឹកសង្គ្រោះកូនសោរបស់ទីស្នាក់ការកណ្ដាល",
                         "Headquarters key recovery sheet", HqRecoverySheetRequest,
                         _hq_recovery_sheet),
            DocumentSpec("national-statistics", "ស្ថិតិថ្នាក់ជាតិ", "National statistics",
                         NationalStatisticsRequest, _national_statistics),
        )
    }
)


def render_document(name: str, request: PrintRequest, *, out: Any = None) -> bytes:
    """Render the document called ``name``; also write it to ``out`` (path or file) if given.

    Raises ``ValueError`` with a sentence for an unknown name, or a request of another
    document (naming what it lacks).
    """
    spec = DOCUMENTS.get(name)
    if spec is None:
        raise ValueError(
            f'There is no document called "{name}"; choose one of: {", ".join(DOCUMENTS)}.'
        )
    if not isinstance(request, spec.request):
        lacking = [f.name for f in fields(spec.request)
                   if f.default is MISSING and f.default_factory is MISSING
                   and not hasattr(request, f.name)]
        raise ValueError(
            f"The {spec.title_en.lower()} needs: {', '.join(lacking)}." if lacking else
            f"The {spec.title_en.lower()} is printed from a {spec.request.__name__}, "
            f"not a {type(request).__name__}.")
    data = spec.render(request)
    write_pdf(data, out)
    return data
