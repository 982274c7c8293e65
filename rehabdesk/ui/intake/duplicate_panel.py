"""Possible duplicates beside the intake form, each with the reasons it matched.

DOMAIN.md: "a person who returns gets a new episode, never a new person". The clerk either
re-admits a candidate (a new episode) or explicitly confirms a new person; that
confirmation is audited with the candidates' uids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.duplicates import requires_decision
from rehabdesk.ui.kit.errors import said
from rehabdesk.ui.kit.language import current_language


class CandidateCard(QFrame):
    """One possible duplicate: who they are and why they matched."""

    def __init__(self, candidate: Any, readmit: Callable[[Any], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("candidateCard")
        facts = " · ".join(filter(None, (
            candidate.case_number, candidate.birth and self.tr("born %1").replace(
                "%1", candidate.birth.display(current_language())),
            candidate.origin_prison, candidate.inmate_number)))
        title = QLabel(f"<b>{_esc(candidate.latin_name)}</b> "
                       f"<span style='font-size:13pt'>{_esc(candidate.khmer_name)}</span>", self)
        title.setWordWrap(True)
        score = QLabel(self.tr("%1% alike").replace("%1", f"{candidate.score:.0f}"), self)
        score.setToolTip(self.tr("How closely this record matches what you typed."))
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(score)
        details = QLabel(_esc(facts), self)
        details.setWordWrap(True)
        reasons = QLabel("<ul style='margin:0 0 0 -20px'>" + "".join(
            f"<li>{_esc(said(r.message))}</li>" for r in candidate.reasons) + "</ul>", self)
        reasons.setWordWrap(True)
        reasons.setToolTip(self.tr("Why this record was suggested."))
        self.name_only = not requires_decision(candidate.score)
        if self.name_only:
            score.setText(self.tr("same name only"))
            score.setToolTip(self.tr("Only the name matches so far: type the birth year to "
                                     "see whether this is the same person."))
        # Alt+M: Alt+R is the arrival date's ("A&rrived", issue #22).
        self.readmit_button = QPushButton(self.tr("Re-ad&mit this person"), self)
        self.readmit_button.setObjectName("readmitButton")
        self.readmit_button.setToolTip(self.tr("This form becomes a new admission of this "
                                               "person: fill in the arrival, then Save."))
        self.readmit_button.clicked.connect(lambda: readmit(candidate))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(details)
        layout.addWidget(reasons)
        layout.addWidget(self.readmit_button, 0, Qt.AlignmentFlag.AlignRight)


def _esc(text: object) -> str:
    from html import escape

    return escape(str(text or ""))


class DuplicatePanel(QWidget):
    """Possible duplicates of the person being typed, beside the form."""

    readmit_requested = Signal(object)
    confirmation_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self.candidates: list[Any] = []
        self.confirmed: set[str] = set()
        heading = QLabel(self.tr("<b>Possible duplicates</b>"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("&Confirm new person"), self)
        self.confirm_button.setObjectName("confirmNewPerson")
        self.confirm_button.setCheckable(True)
        self.confirm_button.setToolTip(self.tr("None of these records is the person in front "
                                               "of you: register a new person (recorded in "
                                               "the audit log)."))
        self.confirm_button.setVisible(False)
        self.confirm_button.toggled.connect(self._confirm_toggled)
        self.cards = QWidget(self)
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.status)
        layout.addWidget(self.confirm_button)
        layout.addWidget(scroll, 1)
        self.show_candidates([])

    def show_candidates(self, candidates: Sequence[Any]) -> None:
        self.candidates = list(candidates)
        while self.cards_layout.count() > 1:
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, candidate in enumerate(self.candidates):
            card = CandidateCard(candidate, self.readmit_requested.emit, self.cards)
            self.cards_layout.insertWidget(i, card)
        likely = self.likely()
        if likely:
            text = self.tr("%1 record(s) look like this person. Re-admit one of them, or "
                           "confirm that this is a new person.").replace(
                               "%1", str(len(likely)))
        elif self.candidates:
            text = self.tr("%1 record(s) with the same name. Type the birth year to see "
                           "whether one of them is this person, or re-admit one.").replace(
                               "%1", str(len(self.candidates)))
        else:
            text = self.tr("No similar person on record.")
        self.status.setText(text)
        self.confirm_button.setVisible(bool(likely))
        self.confirm_button.blockSignals(True)
        self.confirm_button.setChecked(self.needs_confirmation() is False and bool(likely))
        self.confirm_button.blockSignals(False)
        self.confirmation_changed.emit()

    def readmit_buttons(self) -> list[QPushButton]:
        return [self.cards_layout.itemAt(i).widget().readmit_button  # type: ignore[union-attr]
                for i in range(self.cards_layout.count() - 1)]

    def uids(self) -> set[str]:
        return {c.person_uid for c in self.candidates}

    def likely(self) -> list[Any]:
        """The candidates alike enough to need a decision (not the same name only)."""
        return [c for c in self.candidates if requires_decision(c.score)]

    def needs_confirmation(self) -> bool:
        """True while likely duplicates are shown that the clerk has not declared
        different."""
        return not {c.person_uid for c in self.likely()} <= self.confirmed

    def _confirm_toggled(self, checked: bool) -> None:
        self.confirmed = {c.person_uid for c in self.likely()} if checked else set()
        self.confirmation_changed.emit()

    def reset(self) -> None:
        self.confirmed = set()
        self.show_candidates([])
