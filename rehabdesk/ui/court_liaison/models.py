"""The Courts page's tables: the courts with their figures, and people waiting — a
court's, or those due for a second request (thousands at a large centre: read a page at
a time as the list scrolls)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rehabdesk.services.court_liaison.figures import CourtLine
from rehabdesk.services.court_liaison.listing import WaitingPerson
from rehabdesk.ui.kit.list_model import ListTableModel, PagedTableModel
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.shell.dates import shown_date

CONTEXT = "CourtModels"


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


class CourtsModel(ListTableModel[CourtLine]):
    CONTEXT = CONTEXT
    HEADERS = (str(QT_TRANSLATE_NOOP("CourtModels", "Court")),
               str(QT_TRANSLATE_NOOP("CourtModels", "Waiting")),
               str(QT_TRANSLATE_NOOP("CourtModels", "Median days")),
               str(QT_TRANSLATE_NOOP("CourtModels", "Letters")),
               str(QT_TRANSLATE_NOOP("CourtModels", "Answers")),
               str(QT_TRANSLATE_NOOP("CourtModels", "Days to hearing")))

    def __init__(self, parent: object = None, *, khmer: bool = False) -> None:
        super().__init__(parent)
        self.khmer = khmer

    def cells(self, row: CourtLine) -> tuple[str, ...]:
        court = row.court
        if court is None:
            name = QCoreApplication.translate("CourtModels", "No court on file")
        else:
            name = court.name_km if self.khmer else court.name_en
        return (name, str(row.waiting), _days(row.median_days_waited), str(row.letters_sent),
                str(row.answers), _days(row.median_days_to_hearing))

    def tooltip(self, row: CourtLine) -> str | None:
        court = row.court
        if court is None:
            return QCoreApplication.translate(
                "CourtModels", "Cases whose court is not one on file: correct the court on "
                "the record's Legal tab.")
        return f"{court.code} · {court.name_en} · {court.name_km}"


class CourtPeopleModel(PagedTableModel[WaitingPerson]):
    """People waiting — a court's, or those due for a second request — in the list's
    order, read a page at a time."""

    CONTEXT = CONTEXT
    HEADERS: tuple[str, ...] = (
        str(QT_TRANSLATE_NOOP("CourtModels", "Case no.")),
        str(QT_TRANSLATE_NOOP("CourtModels", "Name")),
        str(QT_TRANSLATE_NOOP("CourtModels", "Court file no.")),
        str(QT_TRANSLATE_NOOP("CourtModels", "Verdict status")),
        str(QT_TRANSLATE_NOOP("CourtModels", "Days held")),
        str(QT_TRANSLATE_NOOP("CourtModels", "Days here")),
        str(QT_TRANSLATE_NOOP("CourtModels", "Expected release")),
        str(QT_TRANSLATE_NOOP("CourtModels", "Order enough")),
        str(QT_TRANSLATE_NOOP("CourtModels", "Letters")),
        str(QT_TRANSLATE_NOOP("CourtModels", "Last answer")),
        str(QT_TRANSLATE_NOOP("CourtModels", "Hearing")),
    )

    def cells(self, row: WaitingPerson) -> tuple[str, ...]:
        last = word("court_answer", row.last_answer) if row.last_answer else "—"
        if row.follow_up_due:
            last = QCoreApplication.translate(
                "CourtModels", "%1 · second request due").replace("%1", last)
        ready = QCoreApplication.translate("CourtModels", "yes")
        return (row.case_number, f"{row.khmer_name} · {row.latin_name}",
                row.court_file_number or "—", word("verdict_status", row.verdict_status) or "—",
                "—" if row.days_in_custody is None else str(row.days_in_custody),
                str(row.days_waited),
                shown_date(row.expected_release) if row.expected_release else "—",
                ready if row.order_would_make_eligible else "",
                str(row.letters_sent), last,
                shown_date(row.hearing_on) if row.hearing_on else "—")

    def tooltip(self, row: WaitingPerson) -> str | None:
        charges = ", ".join(word("charge_kind", c) for c in row.charges)
        sent = shown_date(row.last_letter_on) if row.last_letter_on else "—"
        return (QCoreApplication.translate("CourtModels", "Charges: %1. Last letter: %2.")
                .replace("%1", charges or "—").replace("%2", sent))

