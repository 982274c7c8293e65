"""The rights papers (issue #19, items 2, 3 and 5) read back: the rights sheet is one page
saying why and until when the person is held, each right and the monitors, with the
person's and the staff member's signatures; a grievance receipt hides a confidential
grievance's words; an incident report lists every notification."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from pypdf import PdfReader

from rehabdesk.printing import (
    DOCUMENTS,
    GrievanceReceiptRequest,
    IncidentReportRequest,
    PrintContext,
    RightsSheetRequest,
    render_document,
    samples,
)

S = samples
PRINTED = PrintContext(S.CENTRE, S.PRINTED_BY, S.PRINTED_ON)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _sheet(pdf: Any, **changes: Any) -> tuple[str, bytes]:
    sheet = dataclasses.replace(S.sample_rights_sheet(), **changes)
    data = render_document("rights-sheet", RightsSheetRequest(PRINTED, S.PERSON, S.EPISODE,
                                                              sheet))
    return _flat(pdf.text(data)), data


def _pages(data: bytes) -> int:
    import io

    return len(PdfReader(io.BytesIO(data)).pages)


def test_the_three_papers_are_registered_and_drawn_by_make_forms() -> None:
    assert {"rights-sheet", "grievance-receipt", "incident-report"} <= set(DOCUMENTS)
    assert {"rights-sheet", "grievance-receipt", "incident-report"} <= set(S._documents())


def test_the_rights_sheet_is_one_page_with_every_right(pdf: Any) -> None:
    text, data = _sheet(pdf)
    assert _pages(data) == 1
    for expected in ("Rights sheet", S.EPISODE.case_number, "Order 123/2026",
                     "11 Sep 2026", "withdraw your consent to treatment",
                     "refuse vocational work", "answered within 14 days", "never deleted",
                     "Visits", "CHEA Sophea (LICADHO)", "Person who received this sheet",
                     "read it aloud"):
        assert expected in text, expected


def test_a_sheet_without_a_basis_says_so_and_still_fits(pdf: Any) -> None:
    text, data = _sheet(pdf, basis_kind=None, starts_on=None, ends_on=None, reference="",
                        monitors=())
    assert "No legal basis is on record yet" in text
    assert "Ask any staff member who the independent monitor is" in text
    assert _pages(data) == 1


def test_a_receipt_prints_the_deadline_and_hides_confidential_words(pdf: Any) -> None:
    grievance = S.sample_grievance()
    data = render_document("grievance-receipt", GrievanceReceiptRequest(PRINTED, grievance))
    text = _flat(pdf.text(data))
    assert "G-2026-0014" in text and "26 Mar 2026" in text and "twice a day" in text
    secret = dataclasses.replace(grievance, confidential=True)
    text = _flat(pdf.text(render_document("grievance-receipt",
                                          GrievanceReceiptRequest(PRINTED, secret))))
    assert "twice a day" not in text and "kept confidential on record" in text


def test_an_incident_report_lists_people_and_every_notification(pdf: Any) -> None:
    incident = dataclasses.replace(S.sample_incident(), notified=(("family", S.PRINTED_ON),))
    text = _flat(pdf.text(render_document("incident-report",
                                          IncidentReportRequest(PRINTED, incident))))
    for expected in ("I-2026-0003", "use of force or restraint", "CHAN Vuthy",
                     "Bruise on the left forearm", "prosecutor", "headquarters"):
        assert expected in text, expected
    # parties not told print a dash beside them
    assert re.search(r"headquarters\s+—", text)
