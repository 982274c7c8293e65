"""Urine drug test and health screen value types."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rehabdesk.domain.screening import (
    ILLICIT_ANALYTES,
    URINE_PANEL,
    Analyte,
    HealthScreen,
    HivResult,
    HivTest,
    MentalHealthFlags,
    ScreeningAnswerError,
    TbSymptomScreen,
    UrineResult,
    UrineTest,
    WithdrawalRisk,
)

DAY = dt.date(2026, 3, 14)
PANEL = [
    "methamphetamine",
    "amphetamine",
    "mdma",
    "opiates",
    "cannabis",
    "ketamine",
    "cocaine",
    "benzodiazepines",
]


def urine(**overrides: str) -> UrineTest:
    results: dict[str, str] = dict.fromkeys(PANEL, "negative")
    results.update(overrides)
    return UrineTest(
        date=DAY,
        kit="Multi-8 cassette",
        lot_number="L2309A",
        read_by="Nurse Sophea",
        results=results,  # type: ignore[arg-type]
    )


def test_panel_order_and_members() -> None:
    assert [a.value for a in URINE_PANEL] == PANEL
    assert Analyte.BENZODIAZEPINES not in ILLICIT_ANALYTES
    assert set(ILLICIT_ANALYTES) == set(URINE_PANEL) - {Analyte.BENZODIAZEPINES}


def test_all_negative() -> None:
    test = urine()
    assert not test.any_illicit_positive()
    assert test.positives() == ()
    assert test.invalid_analytes() == ()
    assert all(r is UrineResult.NEGATIVE for r in test.results.values())
    assert list(test.results) == list(URINE_PANEL)


@pytest.mark.parametrize("analyte", [a for a in PANEL if a != "benzodiazepines"])
def test_each_illicit_analyte_positive_counts(analyte: str) -> None:
    test = urine(**{analyte: "positive"})
    assert test.any_illicit_positive()
    assert test.positives() == (Analyte(analyte),)


def test_benzodiazepines_alone_are_not_illicit_use() -> None:
    test = urine(benzodiazepines="positive")
    assert not test.any_illicit_positive()
    assert test.positives() == (Analyte.BENZODIAZEPINES,)


def test_benzodiazepines_with_methamphetamine_is_illicit_use() -> None:
    test = urine(benzodiazepines="positive", methamphetamine="positive")
    assert test.any_illicit_positive()
    assert test.positives() == (Analyte.METHAMPHETAMINE, Analyte.BENZODIAZEPINES)


def test_invalid_strip_is_not_a_positive() -> None:
    test = urine(methamphetamine="invalid", ketamine="invalid")
    assert not test.any_illicit_positive()
    assert test.invalid_analytes() == (Analyte.METHAMPHETAMINE, Analyte.KETAMINE)


def test_missing_analyte_refused_with_a_sentence() -> None:
    results: dict[Analyte, UrineResult] = {
        a: UrineResult.NEGATIVE for a in URINE_PANEL if a is not Analyte.KETAMINE
    }
    with pytest.raises(ValueError) as caught:
        UrineTest(DAY, "kit", "lot", "reader", results)
    assert str(caught.value) == (
        "The urine test has no result for: Ketamine (KET). Record positive, negative or "
        "invalid for every drug on the panel."
    )
    assert isinstance(caught.value, ScreeningAnswerError)
    assert caught.value.question == "ketamine"


def test_empty_results_refused() -> None:
    with pytest.raises(ValueError, match="has no result for: Methamphetamine"):
        UrineTest(DAY, "kit", "lot", "reader", {})


def test_unknown_analyte_refused() -> None:
    results: dict[str, str] = dict.fromkeys(PANEL, "negative")
    results["heroin"] = "positive"
    with pytest.raises(ValueError, match='"heroin" is not on the urine test panel'):
        UrineTest(DAY, "kit", "lot", "reader", results)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["pos", "", "Positive", "missing"])
def test_unknown_result_refused(bad: str) -> None:
    with pytest.raises(ValueError, match=f'Cocaine \\(COC\\): "{bad}" is not a result'):
        urine(cocaine=bad)


@pytest.mark.parametrize(
    ("field", "label"), [("kit", "kit"), ("lot_number", "lot number"), ("read_by", "reader")]
)
def test_traceability_fields_required(field: str, label: str) -> None:
    with pytest.raises(ValueError, match=f"urine test's {label} is missing"):
        dataclasses.replace(urine(), **{field: "  "})  # type: ignore[arg-type]


def test_urine_test_is_immutable_and_hashable() -> None:
    test = urine(opiates="positive")
    with pytest.raises(TypeError):
        test.results[Analyte.OPIATES] = UrineResult.NEGATIVE  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        test.kit = "other"  # type: ignore[misc]
    assert hash(test) == hash(urine(opiates="positive"))
    assert test == urine(opiates="positive")
    assert test != urine()


# --- health screen ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "symptom", ["cough_two_weeks_or_more", "fever", "night_sweats", "weight_loss"]
)
def test_any_tb_symptom_makes_presumptive_tb(symptom: str) -> None:
    screen = TbSymptomScreen(**{symptom: True})
    assert screen.presumptive_tb
    assert HealthScreen(tb=screen).presumptive_tb
    assert HealthScreen(tb=screen).needs_medical_attention


def test_no_tb_symptom() -> None:
    assert not TbSymptomScreen().presumptive_tb
    screen = HealthScreen()
    assert not screen.presumptive_tb
    assert not screen.needs_medical_attention
    assert screen.fit_for_residential is None
    assert screen.fit_for_manual_work is None
    assert screen.withdrawal_risk is None


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (MentalHealthFlags(), False),
        (MentalHealthFlags(psychosis=True), True),
        (MentalHealthFlags(suicidal_thoughts=True), True),
    ],
)
def test_mental_health_red_flags(flags: MentalHealthFlags, expected: bool) -> None:
    assert flags.any_red_flag is expected
    screen = HealthScreen(mental_health=flags)
    assert screen.has_mental_health_red_flag is expected
    assert screen.needs_medical_attention is expected


@pytest.mark.parametrize(
    ("risk", "attention"),
    [("none", False), ("low", False), ("moderate", True), ("high", True)],
)
def test_withdrawal_risk(risk: str, attention: bool) -> None:
    screen = HealthScreen(withdrawal_risk=risk)  # type: ignore[arg-type]
    assert screen.withdrawal_risk is WithdrawalRisk(risk)
    assert screen.needs_medical_attention is attention


def test_unknown_withdrawal_risk_refused() -> None:
    with pytest.raises(ValueError, match='"severe" is not a withdrawal risk'):
        HealthScreen(withdrawal_risk="severe")  # type: ignore[arg-type]


def test_hiv_test_states() -> None:
    assert HivTest().result is None
    assert HivTest(offered=True).accepted is False
    assert HivTest(offered=True, accepted=True).result is None
    done = HivTest(offered=True, accepted=True, result="indeterminate")  # type: ignore[arg-type]
    assert done.result is HivResult.INDETERMINATE


def test_hiv_accepted_without_offer_refused() -> None:
    with pytest.raises(ValueError, match="accepted but was not offered"):
        HivTest(offered=False, accepted=True)


@pytest.mark.parametrize("offered", [False, True])
def test_hiv_result_without_acceptance_refused(offered: bool) -> None:
    with pytest.raises(ValueError, match="result is recorded but the test was not accepted"):
        HivTest(offered=offered, accepted=False, result=HivResult.NEGATIVE)


def test_unknown_hiv_result_refused() -> None:
    with pytest.raises(ValueError, match='"reactive" is not an HIV test result'):
        HivTest(offered=True, accepted=True, result="reactive")  # type: ignore[arg-type]


def test_health_screen_keeps_free_text_and_fitness() -> None:
    screen = HealthScreen(
        chronic_conditions="Hypertension; hepatitis B",
        fit_for_residential=True,
        fit_for_manual_work=False,
    )
    assert screen.chronic_conditions == "Hypertension; hepatitis B"
    assert screen.fit_for_residential is True
    assert screen.fit_for_manual_work is False
    with pytest.raises(dataclasses.FrozenInstanceError):
        screen.fit_for_residential = False  # type: ignore[misc]
