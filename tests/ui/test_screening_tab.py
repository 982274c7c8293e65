"""The Screening tab (issue "Screening"): an ASSIST and a urine panel done with the keyboard
alone, refusals that name the question and save nothing, and the health screen kept to
health officers by the service's own refusal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from rehabdesk.app import feature_registry
from rehabdesk.db.models_clinical import HealthScreenRow, Screening, UrineTestRow
from rehabdesk.domain.records import EpisodeDetails, Sex
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.screening import screenings as screening
from rehabdesk.ui.kit.operations import Change, Operations
from rehabdesk.ui.record.view import RecordView
from rehabdesk.ui.screening.choice_question import ChoiceQuestion
from rehabdesk.ui.screening.tab import ScreeningTab
from tests.conftest import TODAY, new_person, register, save_screenshot
from tests.services.clinical_helpers import actor, count

ARRIVAL = dt.date(2026, 11, 20)
_OPEN: list[RecordView] = []


@pytest.fixture(autouse=True)
def close_windows() -> Iterator[None]:
    yield
    _OPEN.clear()



@pytest.fixture
def episode(database: Database, clerk: Actor) -> EpisodeDetails:
    uid = register(database, clerk, new_person("Chan Sreymom", "ចាន់ ស្រីមុំ", sex=Sex.FEMALE),
                   arrival=ARRIVAL)
    with database.unit_of_work() as uow:
        latest = persons.get_person(uow, uid).latest_episode
    assert latest is not None
    return latest


def _tab(qtbot, database: Database, who: Actor, episode: EpisodeDetails) -> ScreeningTab:  # type: ignore[no-untyped-def]
    """The tab inside a record window, opened at it, as the Detainees page shows it."""
    tab = ScreeningTab(Operations(database, who), episode, print_summary=lambda: None,
                       today=lambda: TODAY)
    with database.unit_of_work() as uow:
        person = persons.get_person(uow, persons.load_episode(uow, episode.uid).person.uid)
    view = RecordView(person, [], tabs=feature_registry().record_tabs,
                      sections={"screening": tab})
    qtbot.addWidget(view)
    view.show_section("screening")
    view.show()
    qtbot.waitExposed(view)
    _OPEN.append(view)  # Python owns the window: keep it alive as long as the test
    return tab


def _type(keys: str) -> None:
    """Each character to whatever has the focus, as a clerk types it."""
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None
        QTest.keyClick(widget, key)


def _press(key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(QApplication.focusWidget(), key)


def _focused_question() -> ChoiceQuestion:
    widget = QApplication.focusWidget()
    assert isinstance(widget, ChoiceQuestion), widget
    return widget


@pytest.fixture
def tab(qtbot, database: Database, clerk: Actor, episode: EpisodeDetails  # type: ignore[no-untyped-def]
        ) -> Iterator[ScreeningTab]:
    yield _tab(qtbot, database, clerk, episode)


def test_an_assist_for_three_substances_with_the_keyboard_alone(
    tab: ScreeningTab, database: Database, episode: EpisodeDetails
) -> None:
    tab.parts.setFocus()
    _press(Qt.Key.Key_Down)  # 2  Questionnaires
    _press(Qt.Key.Key_Tab, 3)  # date, screener, then question 1a
    assert _focused_question() is tab.interview.assist.lifetime["tobacco"]
    # Q1 a–j: tobacco, alcohol and amphetamine-type stimulants ever used
    _type("yynnynnnnn")
    # tobacco: daily, daily, never; (no Q5) concern never, failed to cut down in past 3 months
    _type("55112")
    # alcohol: never in the past 3 months (Q3–Q5 skipped), concern before, never failed
    _type("131")
    assert tab.interview.assist.cards["alcohol"].questions["q3"].isHidden()
    # amphetamines: weekly, weekly, monthly, once or twice, past 3 months twice
    _type("443222")
    assert "31" in tab.interview.assist.cards["amphetamines"].score_text
    # Q8: injected in the past 3 months
    _type("2")
    QApplication.processEvents()  # the cards' layouts settle before the picture
    tab.interview.assist.cards["amphetamines"].questions["q2"].setFocus()
    save_screenshot(tab.window(), "assist-questionnaire.png")
    tab.interview.assist.injection.setFocus()
    while QApplication.focusWidget() is not tab.interview.save_button:
        _press(Qt.Key.Key_Tab)  # past the DAST-10 and AUDIT ticks, not asked today
    _press(Qt.Key.Key_Return)

    with database.unit_of_work() as uow:
        [saved] = screening.screenings(uow, episode.uid)
    assert saved.assist is not None
    scores = {line.substance: (line.score, line.risk) for line in saved.assist.substances}
    assert scores == {"tobacco": (18, "moderate"), "alcohol": (3, "low"),
                      "amphetamines": (31, "high")}
    assert saved.recommended_intervention == "referral"
    assert saved.assist.needs_hiv_hepatitis_testing
    assert saved.dast10 is None and saved.audit is None
    assert "Offer HIV and hepatitis testing" in tab.summary.body.text()
    assert tab.interview.assist.is_empty()  # ready for the next interview


def test_a_urine_panel_with_the_keyboard_alone(tab: ScreeningTab, database: Database,
                                               episode: EpisodeDetails) -> None:
    tab.parts.setFocus()
    _press(Qt.Key.Key_Down, 2)  # 3  Urine test
    _press(Qt.Key.Key_Tab, 2)  # date, kit
    _type("8-panel")
    _press(Qt.Key.Key_Tab)
    _type("L2411-07")
    _press(Qt.Key.Key_Tab, 2)  # reader (the clerk), first drug
    _type("1" + "2" * 6 + "3")  # methamphetamine positive … benzodiazepines invalid
    assert QApplication.focusWidget() is tab.urine.save_button
    _press(Qt.Key.Key_Return)

    with database.unit_of_work() as uow:
        urine = screening.latest_results(uow, episode.uid).urine
    assert urine is not None and urine.kit == "8-panel" and urine.lot_number == "L2411-07"
    assert [a.value for a in urine.positives()] == ["methamphetamine"]
    assert [a.value for a in urine.invalid_analytes()] == ["benzodiazepines"]
    assert "Positive: Methamphetamine (MET)" in tab.summary.body.text()


def test_a_half_answered_questionnaire_names_the_question_and_saves_nothing(
    tab: ScreeningTab, database: Database
) -> None:
    assist = tab.interview.assist
    tab.show_part(tab.INTERVIEW)
    assist.lifetime["tobacco"].setFocus()
    _type("nnnnynnnnn")  # amphetamine-type stimulants ever used
    _type("44")  # … but only questions 2 and 3 answered
    tab.interview.save_button.click()
    sentence = tab.interview.error.text()
    assert sentence.startswith("Amphetamine-type stimulants, ASSIST question 4 is not "
                               "answered")
    assert "Nothing was saved" in sentence
    assert QApplication.focusWidget() is assist.cards["amphetamines"].questions["q4"]
    assert count(database, Screening) == 0


def test_an_unanswered_first_question_is_named_before_any_card(
    tab: ScreeningTab, database: Database
) -> None:
    tab.show_part(tab.INTERVIEW)
    tab.interview.assist.lifetime["tobacco"].set_value("no")
    tab.interview.dast_group.setChecked(True)
    tab.interview.save_button.click()
    assert tab.interview.error.text().startswith(
        "ASSIST question 1 is not answered for Alcoholic beverages")
    assert count(database, Screening) == 0


def test_a_urine_result_dated_before_the_arrival_is_refused(
    tab: ScreeningTab, database: Database
) -> None:
    panel = tab.urine
    panel.tested_on.setText("17/11/2026")
    panel.kit.setText("8-panel")
    panel.lot_number.setText("L1")
    for row in panel.results.values():
        row.set_value("negative")
    panel.save_button.click()
    assert "before the arrival on 20 Nov 2026" in panel.error.text()
    assert panel.error.isVisibleTo(panel)
    assert count(database, UrineTestRow) == 0


def test_a_clerk_sees_the_health_screen_restricted(tab: ScreeningTab) -> None:
    tab.show_part(tab.HEALTH)
    restricted = tab.health.restricted
    assert restricted is not None
    assert restricted.text() == "Restricted: only health officers see the health screen."
    assert not hasattr(tab.health, "hiv_result")  # nothing of it was ever loaded
    assert "Restricted" in tab.summary.body.text()
    save_screenshot(tab.window(), "health-restricted.png")


def test_a_health_officer_sees_and_edits_the_health_screen(
    qtbot, database: Database, episode: EpisodeDetails  # type: ignore[no-untyped-def]
) -> None:
    officer = actor(database, Role.HEALTH_OFFICER)
    tab = _tab(qtbot, database, officer, episode)
    form = tab.health
    assert form.restricted is None
    form.cough.setChecked(True)
    form.hiv_offered.setChecked(True)
    form.hiv_accepted.setChecked(True)
    form.hiv_result.setCurrentIndex(form.hiv_result.findData("negative"))
    form.fit_residential.setCurrentIndex(form.fit_residential.findData(True))
    form.save_button.click()
    assert form.status.text().startswith("Health screen of 25 Nov 2026 saved")
    with database.unit_of_work(write=True) as uow:  # a view of a health record is audited
        latest = screening.latest_health_screen(uow, officer, episode.uid)
    assert latest is not None and latest.presumptive_tb and latest.fit_for_residential
    assert "presumptive TB" in tab.summary.body.text()
    again = _tab(qtbot, database, officer, episode)  # the record opened again shows it
    assert again.health.cough.isChecked()
    assert again.health.hiv_result.currentData() == "negative"


def test_an_hiv_result_without_consent_is_refused(qtbot, database: Database,  # type: ignore[no-untyped-def]
                                                  episode: EpisodeDetails) -> None:
    tab = _tab(qtbot, database, actor(database, Role.HEALTH_OFFICER), episode)
    tab.health.hiv_result.setCurrentIndex(tab.health.hiv_result.findData("positive"))
    tab.health.save_button.click()
    assert "not accepted" in tab.health.error.text()
    assert count(database, HealthScreenRow) == 0


def test_a_refused_consent_is_recorded_and_blocks_nothing(tab: ScreeningTab,
                                                          database: Database) -> None:
    form = tab.consent
    form.refused.setChecked(True)
    form.reason.setText("wants to speak to family first")
    form.save_button.click()
    assert form.status.text() == "Refusal recorded."
    assert "Refused</b> on 25 Nov 2026" in form.current.text()
    panel = tab.urine  # and the urine test still goes on
    panel.kit.setText("8-panel")
    panel.lot_number.setText("L1")
    for row in panel.results.values():
        row.set_value("negative")
    panel.save_button.click()
    assert count(database, UrineTestRow) == 1


def test_a_save_tells_the_other_pages_what_it_changed(tab: ScreeningTab) -> None:
    """The screening queue, the Eligibility page and the Dashboard refresh from it."""
    seen: list[Change] = []
    tab.ops.changes.changed.connect(seen.append)
    form = tab.consent
    form.refused.setChecked(True)
    form.reason.setText("wants to speak to family first")
    form.save_button.click()
    assert [change.kinds for change in seen] == [frozenset({"screening", "eligibility"})]


def test_the_summary_tab_after_a_screening(qtbot, database: Database, clerk: Actor,  # type: ignore[no-untyped-def]
                                           episode: EpisodeDetails) -> None:
    with database.unit_of_work(write=True) as uow:
        screening.save_screening(uow, clerk, episode.uid, screening.ScreeningInput(
            TODAY, "Sokha Chan", assist={
                "alcohol": {"q1": "yes", "q2": "weekly", "q3": "monthly", "q4": "monthly",
                            "q5": "never", "q6": "past_3_months", "q7": "never"},
                "amphetamines": {"q1": "yes", "q2": "daily", "q3": "daily", "q4": "weekly",
                                 "q5": "weekly", "q6": "past_3_months",
                                 "q7": "past_3_months"}},
            assist_injection="before_3_months", dast10=[True] * 6 + [False] * 4), TODAY)
    tab = _tab(qtbot, database, clerk, episode)
    text = tab.summary.body.text()
    assert "referral to intensive treatment" in text and "brief intervention" in text
    assert "Offer HIV and hepatitis testing" in text  # injected, with moderate/high risk
    assert "5 of 10" in text  # item 3 "no" scores
    save_screenshot(tab.window(), "screening-summary-tab.png")


def test_every_instrument_text_of_the_domain_is_translatable() -> None:
    """The screen shows the domain's wording through tr(); lupdate needs it listed.
    Substances, analytes, risk levels, DAST-10 bands and interventions are coded values,
    worded by ``domain.glossary`` (``tests/domain/test_glossary.py``)."""
    from rehabdesk.domain import screening as instruments
    from rehabdesk.ui.screening.texts import TEXTS

    questions = [*instruments.ASSIST_QUESTIONS, instruments.ASSIST_INJECTION_QUESTION]
    wording = {q.text_en for q in questions}
    wording |= {o.label_en for q in questions for o in q.options}
    wording |= {s.examples_en for s in instruments.SUBSTANCES}
    wording |= {i.text_en for i in instruments.DAST10_ITEMS}
    wording |= {instruments.DAST10_INSTRUCTIONS_EN, instruments.AUDIT_STANDARD_DRINK_EN}
    wording |= {o.label_en for o in instruments.YES_NO_OPTIONS}
    wording |= {i.text_en for i in instruments.AUDIT_ITEMS}
    wording |= {o.label_en for i in instruments.AUDIT_ITEMS for o in i.options}
    assert wording - TEXTS == set()
