"""The screens where a wrong Khmer word has legal weight, in Khmer (issue #26): the
Intake page, the Eligibility page with a supervisor's override, and the record's
Enrolment tab. Each shows the glossary's term (``domain.khmer_terms``), and each is
saved as a screenshot for the guides (``make screenshots``)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from sqlalchemy import select

from rehabdesk.app import feature_registry
from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_enrolment import Enrolment
from rehabdesk.services import eligibility
from rehabdesk.services.platform import users
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.eligibility.page import EligibilityPage
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY, open_stays, save_screenshot
from tests.ui.test_eligibility_page import _violent_failure


def _texts(widget: QWidget) -> str:
    """Every label, group title and button text under ``widget``, one per line."""
    parts = [w.text() for w in widget.findChildren(QLabel)]
    parts += [w.title() for w in widget.findChildren(QGroupBox)]
    parts += [w.text() for w in widget.findChildren(QAbstractButton)]
    return "\n".join(parts)


def _window(qtbot: Any, database: Database, username: str) -> MainWindow:
    with database.unit_of_work() as uow:
        centre = get_centre(uow)
        actor = users.actor_named(uow, username)
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    window.attach(database, centre, actor)
    return window


def test_the_intake_page_in_khmer(qtbot: Any, demo_database: Database,
                                  khmer_interface: None) -> None:
    window = _window(qtbot, demo_database, "sokha.chan")
    window.sidebar.setCurrentRow(window.page_index("intake"))
    page = window.page("intake")
    texts = _texts(page)
    assert "អាសយដ្ឋានស្នាក់នៅ" in texts  # the home address, not the birthplace
    assert not re.search("(ខេត្ត|ស្រុក|ឃុំ|ភូមិ|អាសយដ្ឋាន)\\S{0,4}កំណើត", texts)  # not birthplace
    assert "អ្នកអមដំណើរ" in texts  # the escort
    save_screenshot(window, "intake-form-km.png")


def test_an_override_on_the_eligibility_page_in_khmer(qtbot: Any, demo_database: Database,
                                                      khmer_interface: None) -> None:
    episode_id = _violent_failure(demo_database)
    with demo_database.unit_of_work(write=True) as uow:
        supervisor = users.actor_named(uow, "dara.heng")
        episode_uid = uow.session.scalar(select(Episode.uid).where(Episode.id == episode_id))
        assert episode_uid is not None
        eligibility.override_rule(uow, supervisor, episode_uid, "VIOLENT_OFFENCE",
                                  "Court assessment: no violence since 2019.", TODAY)
    page = EligibilityPage(Operations(demo_database, supervisor), today=lambda: TODAY,
                           language="km")
    qtbot.addWidget(page)
    page.resize(1150, 720)
    page.show()
    current = open_stays(demo_database)
    qtbot.waitUntil(lambda: page.model.rowCount() == current, timeout=5000)
    position = next(i for i in range(page.model.rowCount())
                    if page.model.row_at(i).episode_id == episode_id)  # type: ignore[union-attr]
    page.view.selectRow(position)
    qtbot.waitUntil(lambda: page.decision is not None, timeout=5000)
    cells = [page.checklist.index(r, c).data() for r in range(page.checklist.rowCount())
             for c in range(page.checklist.columnCount())]
    assert any("លើកលែង" in str(cell) for cell in cells)  # the override, not a refusal
    assert not any("បដិសេធ" in str(cell) for cell in cells)
    assert "លក្ខណៈសម្បត្តិ" in _texts(page) + "".join(map(str, cells))
    save_screenshot(page, "eligibility-override-km.png")


def test_the_enrolment_record_in_khmer(qtbot: Any, demo_database: Database,
                                       khmer_interface: None) -> None:
    with demo_database.unit_of_work() as uow:
        person_uid = uow.session.scalar(
            select(Person.uid).join(Episode, Episode.person_id == Person.id)
            .join(Enrolment, Enrolment.episode_id == Episode.id).limit(1))
    assert person_uid is not None
    window = _window(qtbot, demo_database, "sokha.chan")
    record = window.context.open_record(person_uid, "enrolment", window)
    assert record is not None
    record.resize(1150, 760)
    record.show()
    texts = _texts(record)
    assert "ការស្នាក់នៅ" in texts or "ចុះឈ្មោះ" in texts, texts[:400]
    save_screenshot(record, "enrolment-record-km.png")
