"""The record's Release tab (issue #15, item 6): the stay's expected release and which
date governs it, the reintegration plan's seven pathways, the release itself, and after
it the follow-up points with their attempts and the outcome interviews.

Change pathway… (those who plan releases, while the stay is open), Release… (supervisors,
once), Record attempt… (a point chosen, not closed), Record interview… (a point where
someone was reached and nobody interviewed yet) and the interviews at admission and at
release (once each, on the Release part: the same questions, so change can be measured)
each open a dialog that makes one write.
What the tab shows is read again after each, and after a "release" change made elsewhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.release import followup, planning, releases
from rehabdesk.services.release.common import PointRecord, centre_today
from rehabdesk.services.release.followup import InterviewRecord
from rehabdesk.services.release.planning import ExpectedRelease, PathwayRecord, ReintegrationPlan
from rehabdesk.services.release.releases import ReleaseRecord, ReturnRecord
from rehabdesk.services.vocational import pay
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.list_model import ListTableModel, read_only_table
from rehabdesk.ui.kit.operations import Change, Operations
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.words import word as glossary_word
from rehabdesk.ui.kit.write_dialog import WriteDialog
from rehabdesk.ui.release import texts
from rehabdesk.ui.release.dialogs import (
    AttemptDialog,
    InterviewDialog,
    PathwayDialog,
    ReleaseDialog,
    who,
)
from rehabdesk.ui.release.models import (
    AttemptsModel,
    InterviewsModel,
    PlanModel,
    PointsModel,
    explain_expected,
)

SETTLED = ("done", "not_required", "declined")


@dataclass(frozen=True)
class StayRelease:
    """What the tab shows of the stay, read in one unit of work."""

    episode: EpisodeDetails
    expected: ExpectedRelease
    plan: ReintegrationPlan
    release: ReleaseRecord | None
    returned: ReturnRecord | None
    points: list[PointRecord]
    interviews: list[InterviewRecord]
    savings_riel: int


def stay_release(uow: UnitOfWork, episode_uid: str, on: dt.date) -> StayRelease:
    episode = persons.episode_details(persons.load_episode(uow, episode_uid))
    return StayRelease(episode, planning.expected_release(uow, episode_uid),
                       planning.plan(uow, episode_uid), releases.get_release(uow, episode_uid),
                       releases.return_of(uow, episode_uid),
                       followup.point_statuses(uow, episode_uid, on),
                       followup.interviews(uow, episode_uid),
                       pay.savings_of(uow, episode_uid).saved_riel)


def _selected(view: QTableView, model: ListTableModel[Any]) -> object | None:
    index = view.currentIndex()
    return model.rows[index.row()] if index.isValid() and index.row() < len(model.rows) else None


def _value(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReleaseTab(QWidget):
    def __init__(self, ops: Operations, episode: EpisodeDetails, parent: QWidget | None = None,
                 *, today: Callable[[], dt.date] = centre_today,
                 printer: PaperworkPrinter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseTab")
        self.ops, self.episode, self.today = ops, episode, today
        self.printer = printer
        self.stay: StayRelease | None = None
        self.person_name = ("", "")

        self.summary = QLabel(self)
        self.summary.setObjectName("releaseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.release_button = QPushButton(self.tr("&Release…"), self)
        self.release_button.setObjectName("releaseButton")
        self.release_button.setVisible(ops.may(Action.RELEASE))
        self.error = error_label(self)
        self.error.setObjectName("releaseTabError")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.release_button, 0, Qt.AlignmentFlag.AlignTop)

        # The plan.
        self.plan_model = PlanModel(self)
        self.plan_view = read_only_table(self.plan_model, self, "reintegrationPlan")
        self.plan_view.setToolTip(self.tr("Enter: change the pathway."))
        self.plan_state = QLabel(self)
        self.plan_state.setObjectName("planState")
        self.pathway_button = QPushButton(self.tr("Change &pathway…"), self)
        self.pathway_button.setObjectName("pathwayButton")
        self.pathway_button.setVisible(ops.may(Action.PLAN_RELEASE))
        plan_bar = QHBoxLayout()
        plan_bar.addWidget(self.plan_state, 1)
        plan_bar.addWidget(self.pathway_button)
        plan = QWidget(self)
        plan_layout = QVBoxLayout(plan)
        plan_layout.addWidget(self.plan_view, 1)
        plan_layout.addLayout(plan_bar)

        # The release, and its papers.
        self.release_part = QWidget(self)
        self.release_form = QFormLayout()
        self.print_certificate_button = QPushButton(self.tr("Print release &certificate…"),
                                                    self)
        self.print_certificate_button.setObjectName("printReleaseCertificate")
        self.print_handover_button = QPushButton(self.tr("Print &hand-over sheet…"), self)
        self.print_handover_button.setObjectName("printHandoverSheet")
        self.may_print = ops.may(Action.PRINT)
        papers = QHBoxLayout()
        papers.addStretch(1)
        papers.addWidget(self.print_certificate_button)
        papers.addWidget(self.print_handover_button)
        # The outcome interviews at admission and at release, the baselines of follow-up.
        self.baseline_state = QLabel(self)
        self.baseline_state.setObjectName("baselineInterviews")
        self.baseline_state.setWordWrap(True)
        self.admission_interview_button = QPushButton(
            self.tr("Interview at a&dmission…"), self)
        self.admission_interview_button.setObjectName("admissionInterviewButton")
        self.release_interview_button = QPushButton(self.tr("Interview at r&elease…"), self)
        self.release_interview_button.setObjectName("releaseInterviewButton")
        baseline = QHBoxLayout()
        baseline.addWidget(self.baseline_state, 1)
        baseline.addWidget(self.admission_interview_button, 0, Qt.AlignmentFlag.AlignTop)
        baseline.addWidget(self.release_interview_button, 0, Qt.AlignmentFlag.AlignTop)
        release_layout = QVBoxLayout(self.release_part)
        release_layout.addLayout(self.release_form)
        release_layout.addStretch(1)
        release_layout.addLayout(baseline)
        release_layout.addLayout(papers)

        # Follow-up.
        self.points_model = PointsModel(self)
        self.points_view = read_only_table(self.points_model, self, "followUpPoints")
        self.points_view.setToolTip(self.tr("Enter: record an attempt for the point."))
        self.attempts_model = AttemptsModel(self)
        self.attempts_view = read_only_table(self.attempts_model, self, "contactAttempts")
        self.interviews_model = InterviewsModel(self)
        self.interviews_view = read_only_table(self.interviews_model, self, "outcomeInterviews")
        self.attempt_button = QPushButton(self.tr("Record &attempt…"), self)
        self.attempt_button.setObjectName("attemptButton")
        self.interview_button = QPushButton(self.tr("Record &interview…"), self)
        self.interview_button.setObjectName("interviewButton")
        may = ops.may(Action.RECORD_FOLLOW_UP)
        for button in (self.attempt_button, self.interview_button,
                       self.admission_interview_button, self.release_interview_button):
            button.setVisible(may)
        self.follow_state = QLabel(self)
        self.follow_state.setObjectName("followUpState")
        self.follow_state.setWordWrap(True)
        follow_bar = QHBoxLayout()
        follow_bar.addWidget(self.follow_state, 1)
        follow_bar.addWidget(self.attempt_button)
        follow_bar.addWidget(self.interview_button)
        self.attempts_label = QLabel(self)
        attempts = QWidget(self)
        attempts_layout = QVBoxLayout(attempts)
        attempts_layout.setContentsMargins(0, 0, 0, 0)
        attempts_layout.addWidget(self.attempts_label)
        attempts_layout.addWidget(self.attempts_view, 1)
        interviews = QWidget(self)
        interviews_layout = QVBoxLayout(interviews)
        interviews_layout.setContentsMargins(0, 0, 0, 0)
        interviews_layout.addWidget(QLabel(self.tr("<b>Outcome interviews</b>"), self))
        interviews_layout.addWidget(self.interviews_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.points_view)
        splitter.addWidget(attempts)
        splitter.addWidget(interviews)
        follow = QWidget(self)
        follow_layout = QVBoxLayout(follow)
        follow_layout.addLayout(follow_bar)
        follow_layout.addWidget(splitter, 1)

        self.parts = QTabWidget(self)
        self.parts.addTab(plan, self.tr("Reintegration plan"))
        self.parts.addTab(self.release_part, self.tr("Release"))
        self.parts.addTab(follow, self.tr("Follow-up"))
        self.follow_index = 2
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.parts, 1)

        self.release_button.clicked.connect(self.release)
        self.pathway_button.clicked.connect(self.change_pathway)
        self.plan_view.activated.connect(lambda _: self.change_pathway())
        self.attempt_button.clicked.connect(self.record_attempt)
        self.interview_button.clicked.connect(self.record_interview)
        self.admission_interview_button.clicked.connect(
            lambda: self.record_baseline("admission"))
        self.release_interview_button.clicked.connect(lambda: self.record_baseline("release"))
        self.print_certificate_button.clicked.connect(self.print_certificate)
        self.print_handover_button.clicked.connect(self.print_handover)
        self.points_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_point())
        self.points_view.activated.connect(lambda _: self.record_attempt())
        self.ops.changes.changed.connect(self._changed)
        self.refresh()
        if self.stay is not None and self.stay.release is not None:
            self.parts.setCurrentIndex(self.follow_index)

    def _changed(self, change: Change) -> None:
        """A release, an attempt or a court date changed elsewhere."""
        if change.touches("release", "legal", "enrolment"):
            self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.selected_point()
        keep = chosen.months if chosen is not None else None
        uid, on = self.episode.uid, self.today()
        try:
            stay = self.ops.read(lambda uow, _actor: stay_release(uow, uid, on))
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        show_error(self.error, None)
        self.stay = stay
        self.episode = stay.episode
        self.person_name = (stay.expected.latin_name, stay.expected.khmer_name)
        self.summary.setText(self._summary(stay))
        self.plan_model.set_rows(list(stay.plan.pathways))
        settled = sum(1 for p in stay.plan.pathways if p.status.value in SETTLED)
        self.plan_state.setText(
            self.tr("Plan complete: every pathway is settled.") if stay.plan.complete
            else self.tr("%1 of %2 pathways settled.").replace("%1", str(settled))
            .replace("%2", str(len(stay.plan.pathways))))
        open_stay = stay.episode.closed_on is None
        self.pathway_button.setEnabled(open_stay)
        self.pathway_button.setToolTip(
            self.tr("Set the status, the receiving contact and notes of the selected "
                    "pathway.") if open_stay
            else self.tr("The stay has ended: its plan no longer changes."))
        self.release_button.setEnabled(open_stay and stay.release is None)
        self.release_button.setToolTip(
            self.tr("Release the person: the stay ends everywhere and follow-up begins.")
            if open_stay else self.tr("The stay has ended."))
        self._show_release(stay)
        self._show_baselines(stay)
        self.points_model.set_rows(stay.points)
        self.interviews_model.set_rows(stay.interviews)
        self.follow_state.setText(
            self.tr("Follow-up begins at release.") if stay.release is None else
            self.tr("Points at %1 after the release, each with a window of ±%2 days.")
            .replace("%1", texts.months_list([p.months for p in stay.points]))
            .replace("%2", texts.number((stay.points[0].due_on - stay.points[0].opens_on).days)
                     if stay.points else texts.number(14)))
        rows = [p.months for p in stay.points]
        if rows:
            current = rows.index(keep) if keep in rows else next(
                (i for i, p in enumerate(stay.points)
                 if p.status in ("due", "overdue", "lost")), 0)
            self.points_view.selectRow(current)
        self._show_point()

    def _summary(self, stay: StayRelease) -> str:
        e = stay.expected
        lines = [who(e.case_number, e.latin_name, e.khmer_name) + " — " + escape(
            self.tr("arrived on %1").replace("%1", texts.date(e.arrival_date)))]
        if stay.release is not None:
            r = stay.release
            lines.append(escape(self.tr("Released on %1: %2.").replace(
                "%1", texts.date(r.released_on)).replace(
                "%2", glossary_word("exit_reason", r.reason))))
            if r.readmitted_case is not None and r.returned_after_days is not None:
                lines.append(escape(self.tr("Came back as case %1 after %2 days.")
                                    .replace("%1", r.readmitted_case)
                                    .replace("%2", str(r.returned_after_days))))
        elif stay.episode.closed_on is not None:
            lines.append(escape(self.tr("The stay ended on %1: %2").replace(
                "%1", texts.date(stay.episode.closed_on))
                .replace("%2", stay.episode.close_reason or "")))
        elif e.on is None:
            lines.append(escape(self.tr("Expected release: unknown — no sentence, treatment "
                                        "order or programme end is on file.")))
        else:
            left = e.days_left(self.today()) or 0
            lines.append(escape(self.tr("Expected release: %1 (%2) — governed by: %3.")
                                .replace("%1", texts.date(e.on))
                                .replace("%2", texts.days_left(left))
                                .replace("%3", texts.governs(e.governs))))
            self.summary.setToolTip(explain_expected(e))
        if stay.returned is not None:
            back = stay.returned
            lines.append(escape(self.tr("Returned after %1 days: case %2 was released on %3 "
                                        "(%4).").replace("%1", str(back.returned_after_days))
                                .replace("%2", back.released_case)
                                .replace("%3", texts.date(back.released_on))
                                .replace("%4", glossary_word("exit_reason", back.reason))))
        return "<br>".join(lines)

    def _enable_prints(self, stay: StayRelease) -> None:
        """Each paper on when there is a release, the role may print, and (for the
        certificate) someone was released into someone's hands; its tooltip says which,
        or why not."""
        r = stay.release
        no_certificate = r is not None and r.reason.value in ("died", "absconded")
        self.print_certificate_button.setEnabled(
            self.may_print and r is not None and not no_certificate)
        self.print_handover_button.setEnabled(self.may_print and r is not None)
        if not self.may_print:
            why = self.tr("Your role may not print.")
            self.print_certificate_button.setToolTip(why)
            self.print_handover_button.setToolTip(why)
        elif r is None:
            why = self.tr("The papers print once the person is released.")
            self.print_certificate_button.setToolTip(why)
            self.print_handover_button.setToolTip(why)
        else:
            self.print_certificate_button.setToolTip(
                self.tr("Nobody was released into anyone's hands: no certificate; the "
                        "hand-over sheet lists the belongings.") if no_certificate
                else self.tr("Preview the release certificate, to be signed by the "
                             "person, the receiver and the director."))
            self.print_handover_button.setToolTip(self.tr(
                "Preview the hand-over sheet: every belonging and the savings paid out."))

    def _show_release(self, stay: StayRelease) -> None:
        self._enable_prints(stay)
        form = self.release_form
        while form.rowCount():
            form.removeRow(0)
        r = stay.release
        if r is None:
            held = [b.display() for b in stay.episode.belongings if b.returned_on is None]
            form.addRow(_value(self.tr("Not released yet. A supervisor records the release "
                                       "with Release….")))
            form.addRow(self.tr("Savings kept for release"), _value(texts.riel(
                stay.savings_riel)))
            form.addRow(self.tr("Belongings held"), _value(", ".join(held)))
            return
        reason = glossary_word("exit_reason", r.reason)
        if r.other_reason:
            reason += f": {r.other_reason}"
        rows = [(self.tr("Released on"), texts.date(r.released_on)),
                (self.tr("Exit reason"), reason)]
        if r.case_returned_to:
            rows.append((self.tr("Case returned to"), r.case_returned_to))
        rows += [
            (self.tr("Destination"), texts.address(r.handover.destination)),
            (self.tr("Handed over to"), " · ".join(filter(None, (
                glossary_word("handover", r.handover.kind), r.handover.name,
                r.handover.phone)))),
            (self.tr("Savings paid out"), texts.riel(r.savings_paid_riel)),
            (self.tr("Belongings returned"), str(r.belongings_returned)),
        ]
        if r.circumstances:
            rows.append((self.tr("Circumstances"), r.circumstances))
            for told in r.notifications:
                rows.append((self.tr("%1 told on").replace(
                    "%1", glossary_word("death_notification", told.whom)),
                    texts.date(told.on)))
        rows.append((self.tr("Released by"), r.released_by))
        if r.readmitted_case is not None:
            rows.append((self.tr("Came back"), texts.word(
                "returned after", texts.number(r.returned_after_days or 0))
                + f" · {r.readmitted_case}"))
        for label, value in rows:
            form.addRow(label, _value(value))

    def _show_baselines(self, stay: StayRelease) -> None:
        """Which of the interviews at admission and at release are recorded; each button
        on until its interview is."""
        done = {i.occasion: i for i in stay.interviews if i.point_months is None}
        lines = []
        for occasion, button, missing, recorded in (
                ("admission", self.admission_interview_button,
                 self.tr("Interview at admission: not recorded."),
                 self.tr("Interview at admission: recorded on %1 by %2.")),
                ("release", self.release_interview_button,
                 self.tr("Interview at release: not recorded."),
                 self.tr("Interview at release: recorded on %1 by %2."))):
            taken = done.get(occasion)
            button.setEnabled(taken is None)
            lines.append(missing if taken is None else recorded.replace(
                "%1", texts.date(taken.on)).replace("%2", taken.recorded_by))
            button.setToolTip(self.tr("The interview is recorded; it shows on the Follow-up "
                                      "part.") if taken is not None else
                              self.tr("The same questions as at each follow-up, so change "
                                      "can be measured."))
        self.baseline_state.setText("<br>".join(escape(line) for line in lines))

    def selected_point(self) -> PointRecord | None:
        return cast(PointRecord | None, _selected(self.points_view, self.points_model))

    def _show_point(self) -> None:
        point = self.selected_point()
        stay = self.stay
        if point is None:
            self.attempts_model.set_rows([])
            self.attempts_label.setText(self.tr("<b>Contact attempts</b>"))
        else:
            self.attempts_model.set_rows(list(point.attempts))
            self.attempts_label.setText("<b>" + escape(self.tr(
                "Contact attempts for the point at %1").replace(
                "%1", texts.months(point.months))) + "</b>")
        closed = point is None or point.status == "not_applicable"
        released = stay is not None and stay.release is not None
        self.attempt_button.setEnabled(released and not closed)
        reached = point is not None and any(a.reached for a in point.attempts)
        self.interview_button.setEnabled(released and reached and point is not None
                                         and not point.interviewed)
        self.attempt_button.setToolTip(
            self.tr("Select a follow-up point first.") if point is None
            else self.tr("Nobody is followed up after a death, a transfer, a return to "
                         "prison or a re-admission.") if closed
            else self.tr("Record an attempt to reach the person for the selected point."))
        self.interview_button.setToolTip(
            self.tr("The outcome interview of the selected point is recorded.")
            if point is not None and point.interviewed
            else self.tr("Record the outcome interview of the selected point.") if reached
            else self.tr("An interview follows a reached attempt."))

    # -- printing --------------------------------------------------------------------------
    def _printer(self) -> PaperworkPrinter:
        if self.printer is None:  # a tab built on its own (tests) makes its own
            self.printer = PaperworkPrinter(self.ops, self)
        return self.printer

    def print_certificate(self) -> None:
        if self.print_certificate_button.isEnabled():
            self._printer().release_certificate(self.episode.case_number, self.window())

    def print_handover(self) -> None:
        if self.print_handover_button.isEnabled():
            self._printer().handover_sheet(self.episode.case_number, self.window())

    # -- writing ---------------------------------------------------------------------------
    def _open(self, dialog: WriteDialog) -> WriteDialog:
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _heading(self) -> str:
        latin, khmer = self.person_name
        return who(self.episode.case_number, latin, khmer)

    def release(self) -> WriteDialog | None:
        stay = self.stay
        if (stay is None or not self.release_button.isEnabled()
                or not self.ops.may(Action.RELEASE)):
            return None
        held = [b.display() for b in stay.episode.belongings if b.returned_on is None]
        return self._open(ReleaseDialog(self.ops, self.today, self.episode.uid,
                                        self._heading(), stay.episode.arrival_date,
                                        stay.savings_riel, held, self))

    def change_pathway(self) -> WriteDialog | None:
        stay = self.stay
        if (stay is None or not self.pathway_button.isEnabled()
                or not self.ops.may(Action.PLAN_RELEASE)):
            return None
        row = cast(PathwayRecord | None, _selected(self.plan_view, self.plan_model))
        return self._open(PathwayDialog(self.ops, self.today, stay.plan,
                                        None if row is None else row.pathway, self))

    def record_attempt(self) -> WriteDialog | None:
        point = self.selected_point()
        if (point is None or not self.attempt_button.isEnabled()
                or not self.ops.may(Action.RECORD_FOLLOW_UP)):
            return None
        return self._open(AttemptDialog(self.ops, self.today, point, self._heading(), self))

    def record_interview(self) -> WriteDialog | None:
        point = self.selected_point()
        if (point is None or not self.interview_button.isEnabled()
                or not self.ops.may(Action.RECORD_FOLLOW_UP)):
            return None
        reached = [a.on for a in point.attempts if a.reached]
        return self._open(InterviewDialog(
            self.ops, self.today, self.episode.uid, "follow_up", point,
            reached[-1] if reached else self.today(), self._heading(), self))

    def record_baseline(self, occasion: str) -> WriteDialog | None:
        """The interview at ``admission`` (proposed on the arrival day) or at ``release``
        (on the release day, or today before it)."""
        stay = self.stay
        button = (self.admission_interview_button if occasion == "admission"
                  else self.release_interview_button)
        if (stay is None or not button.isEnabled()
                or not self.ops.may(Action.RECORD_FOLLOW_UP)):
            return None
        day = (stay.episode.arrival_date if occasion == "admission"
               else stay.release.released_on if stay.release is not None else self.today())
        return self._open(InterviewDialog(self.ops, self.today, self.episode.uid, occasion,
                                          None, day, self._heading(), self))
