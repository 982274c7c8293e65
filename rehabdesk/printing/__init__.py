"""Printed paperwork: forms and letters as PDF (ReportLab, Khmer shaped by HarfBuzz).

Fonts, styles and the page live in one place each (``fonts``, ``styles``, ``page``); a
document module holds only its content and exposes one ``render_…`` function returning
the PDF bytes. ``registry.DOCUMENTS`` lists them by name for the command line.
"""

from rehabdesk.printing.documents.consent import render_consent_form
from rehabdesk.printing.documents.intake import (
    Belonging,
    IntakeSheet,
    render_blank_intake_form,
    render_intake_form,
    render_intake_forms,
)
from rehabdesk.printing.documents.screening import ScreeningResults, render_screening_summary
from rehabdesk.printing.kit.fonts import register_fonts
from rehabdesk.printing.kit.page import DocumentMeta, PrintContext, build_pdf, build_pdf_batch
from rehabdesk.printing.registry import (
    DOCUMENTS,
    BlankIntakeRequest,
    CertificateRequest,
    ConsentRequest,
    CourtLetterRequest,
    DecisionRequest,
    DischargeRequest,
    DocumentSpec,
    GrievanceReceiptRequest,
    HandoverRequest,
    IncidentReportRequest,
    IntakeRequest,
    PayStatementRequest,
    PersonRequest,
    PrintRequest,
    ReleaseRequest,
    RightsSheetRequest,
    RollCallRequest,
    ScreeningRequest,
    WorkConsentRequest,
    WorkRegisterRequest,
    render_document,
)

__all__ = [
    "DOCUMENTS",
    "Belonging",
    "BlankIntakeRequest",
    "CertificateRequest",
    "ConsentRequest",
    "CourtLetterRequest",
    "DecisionRequest",
    "DischargeRequest",
    "DocumentMeta",
    "DocumentSpec",
    "GrievanceReceiptRequest",
    "HandoverRequest",
    "IncidentReportRequest",
    "IntakeRequest",
    "IntakeSheet",
    "PayStatementRequest",
    "PersonRequest",
    "PrintContext",
    "PrintRequest",
    "ReleaseRequest",
    "RightsSheetRequest",
    "RollCallRequest",
    "ScreeningRequest",
    "ScreeningResults",
    "WorkConsentRequest",
    "WorkRegisterRequest",
    "build_pdf",
    "build_pdf_batch",
    "register_fonts",
    "render_blank_intake_form",
    "render_consent_form",
    "render_document",
    "render_intake_form",
    "render_intake_forms",
    "render_screening_summary",
    "warm_up",
]


def warm_up() -> None:
    """Register the fonts and load the gazetteer now, so the first print is fast."""
    from rehabdesk.domain.gazetteer import warm_up as _gazetteer

    register_fonts()
    _gazetteer()
