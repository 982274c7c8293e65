"""The record's Screening tab: summary, interview, urine test, health screen, consent.

A list on the left names the five parts (Alt+1 … Alt+5, or the arrow keys there; Tab
goes into the part shown). Each save refreshes the summary, so what the clerk just
entered shows at once with what it calls for.

The tab is about one episode and one day (``today``, a clock the tests set); its forms
reach the services through the window's ``Operations``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.screening.consent_form import ConsentForm
from rehabdesk.ui.screening.health_screen_form import HealthScreenForm
from rehabdesk.ui.screening.interview import ScreeningInterview
from rehabdesk.ui.screening.state import ScreeningState, screening_state
from rehabdesk.ui.screening.summary import ScreeningSummary
from rehabdesk.ui.screening.urine_panel import UrinePanel


class ScreeningTab(QWidget):
    SUMMARY, INTERVIEW, URINE, HEALTH, CONSENT = range(5)

    def __init__(self, ops: Operations, episode: EpisodeDetails,
                 print_summary: Callable[[], None] | None = None,
                 parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("screeningTab")
        self.ops, self.episode = ops, episode
        self.parts = QListWidget(self)  # first: Tab goes from the list into the part
        self.parts.setObjectName("screeningParts")
        self.parts.setFixedWidth(170)
        self.parts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.summary = ScreeningSummary(ops.may(Action.VIEW_HEALTH), print_summary, self)
        self.interview = ScreeningInterview(ops, episode, today, self)
        self.urine = UrinePanel(ops, episode, today, self)
        self.health = HealthScreenForm(ops, episode, today, self)
        self.consent = ConsentForm(ops, episode, today, self)
        self.pages = QStackedWidget(self)
        for number, (title, page) in enumerate((
            (self.tr("Summary"), self.summary),
            (self.tr("Questionnaires"), self.interview),
            (self.tr("Urine test"), self.urine),
            (self.tr("Health screen"), self.health),
            (self.tr("Consent"), self.consent),
        ), start=1):
            self.parts.addItem(f"{number}  {title}")
            self.pages.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self,
                                 lambda n=number - 1: self.show_part(n, focus=True))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if page is not self.summary:
                page.saved.connect(self.refresh)  # type: ignore[attr-defined]
        self.parts.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.parts.setCurrentRow(self.SUMMARY)
        layout = QHBoxLayout(self)
        layout.addWidget(self.parts)
        layout.addWidget(self.pages, 1)
        self.refresh()

    def show_part(self, index: int, *, focus: bool = False) -> None:
        self.parts.setCurrentRow(index)
        page = self.pages.currentWidget()
        if focus and page is not None:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.focusNextChild()

    def refresh(self) -> None:
        uid = self.episode.uid

        def read(uow: UnitOfWork, actor: Actor) -> ScreeningState:
            return screening_state(uow, actor, uid)

        # A health officer's summary shows the health screen's headline, an audited view:
        # a write unit of work for them, though nothing shown changes.
        state = (self.ops.write(read) if self.ops.may(Action.VIEW_HEALTH)
                 else self.ops.read(read))
        self.summary.show_state(state)
        self.consent.show_consent(state.consent)
