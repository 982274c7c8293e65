"""ASSIST v3.1 scoring, skip rules, risk bands and the screening summary.

The expected values are written out here from the WHO ASSIST v3.1 manual (DOMAIN.md),
not read from the module, so a wrong table in the code fails these tests.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabdesk.domain.screening import (
    ASSIST_INJECTION_QUESTION,
    ASSIST_QUESTIONS,
    HIV_HEPATITIS_TESTING,
    SUBSTANCES,
    ScreeningAnswerError,
    Substance,
    SubstanceScore,
    assist_max_score,
    assist_risk,
    recommended_intervention,
    risk_rank,
    score_assist,
    score_injection,
    summarise_assist,
)

ALL = [s.value for s in SUBSTANCES]
NOT_TOBACCO = [s for s in ALL if s != "tobacco"]
NOT_ALCOHOL = [s for s in ALL if s != "alcohol"]

FREQUENCY = ["never", "once_or_twice", "monthly", "weekly", "daily"]
TIMING = ["never", "past_3_months", "before_3_months"]
TABLE: dict[str, dict[str, int]] = {
    "q2": {"never": 0, "once_or_twice": 2, "monthly": 3, "weekly": 4, "daily": 6},
    "q3": {"never": 0, "once_or_twice": 3, "monthly": 4, "weekly": 5, "daily": 6},
    "q4": {"never": 0, "once_or_twice": 4, "monthly": 5, "weekly": 6, "daily": 7},
    "q5": {"never": 0, "once_or_twice": 5, "monthly": 6, "weekly": 7, "daily": 8},
    "q6": {"never": 0, "past_3_months": 6, "before_3_months": 3},
    "q7": {"never": 0, "past_3_months": 6, "before_3_months": 3},
}
LABEL = {
    "tobacco": "Tobacco products",
    "alcohol": "Alcoholic beverages",
    "cannabis": "Cannabis",
    "cocaine": "Cocaine",
    "amphetamines": "Amphetamine-type stimulants",
    "inhalants": "Inhalants",
    "sedatives": "Sedatives or sleeping pills",
    "hallucinogens": "Hallucinogens",
    "opioids": "Opioids",
    "other": "Other substances",
}


def sheet(substance: str, **answers: str | None) -> dict[str, str]:
    """A complete sheet for a used substance scoring 2 (q2 once or twice, rest never).

    Keyword arguments override answers; ``None`` removes the question.
    """
    base: dict[str, str | None] = {
        "q1": "yes",
        "q2": "once_or_twice",
        "q3": "never",
        "q4": "never",
        "q5": None if substance == "tobacco" else "never",
        "q6": "never",
        "q7": "never",
    }
    base.update(answers)
    if base["q2"] == "never" and "q3" not in answers:
        base.update(q3=None, q4=None, q5=None)
    return {k: v for k, v in base.items() if v is not None}


def one(substance: str, **answers: str | None) -> SubstanceScore:
    result = score_assist({substance: sheet(substance, **answers)})
    assert list(result) == [substance]
    return result[substance]


def assert_refused(
    answers: Mapping[str, Mapping[str, str]], substance: str | None, question: str | None
) -> ScreeningAnswerError:
    with pytest.raises(ValueError) as caught:
        score_assist(answers)
    error = caught.value
    assert isinstance(error, ScreeningAnswerError)
    assert error.substance == substance
    assert error.question == question
    message = str(error)
    if substance in LABEL:
        assert LABEL[substance] in message
    if question in {f"q{n}" for n in range(1, 8)}:
        assert f"question {question[1:]}" in message
    return error


# --- every cell of the scoring tables ---------------------------------------------------

CELLS = [
    (substance, question, option, points)
    for question, row in TABLE.items()
    for option, points in row.items()
    for substance in ALL
    if not (substance == "tobacco" and question == "q5")
]


@pytest.mark.parametrize(("substance", "question", "option", "points"), CELLS)
def test_each_table_cell_adds_its_points(
    substance: str, question: str, option: str, points: int
) -> None:
    # The base sheet scores 2 through q2 ("once or twice"); q2's own cells replace that.
    baseline = 0 if question == "q2" else 2
    assert one(substance, **{question: option}).score == baseline + points


def test_cell_count_covers_the_whole_table() -> None:
    # q2-q4: 5 options x 10 substances, q5: 5 x 9 (no tobacco), q6-q7: 3 x 10.
    assert len(CELLS) == 50 + 50 + 50 + 45 + 30 + 30


@pytest.mark.parametrize(
    ("option", "points"), [("never", 0), ("past_3_months", 2), ("before_3_months", 1)]
)
def test_injection_points(option: str, points: int) -> None:
    assert score_injection(option) == points


@pytest.mark.parametrize("bad", ["", "yes", "daily", "Never", "past 3 months"])
def test_injection_unknown_answer_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="Question 8") as caught:
        score_injection(bad)
    assert isinstance(caught.value, ScreeningAnswerError)
    assert caught.value.question == "q8"


def test_question_data_matches_the_manual_tables() -> None:
    assert [q.key for q in ASSIST_QUESTIONS] == ["q1", "q2", "q3", "q4", "q5", "q6", "q7"]
    assert [q.number for q in ASSIST_QUESTIONS] == [1, 2, 3, 4, 5, 6, 7]
    by_key = {q.key: q for q in ASSIST_QUESTIONS}
    assert [(o.value, o.points) for o in by_key["q1"].options] == [("no", None), ("yes", None)]
    for key, row in TABLE.items():
        assert {o.value: o.points for o in by_key[key].options} == row
        assert [o.value for o in by_key[key].options] == (FREQUENCY if key < "q6" else TIMING)
    assert {o.value: o.points for o in ASSIST_INJECTION_QUESTION.options} == {
        "never": 0,
        "past_3_months": 2,
        "before_3_months": 1,
    }
    assert by_key["q3"].text_for("cannabis") == (
        "During the past three months, how often have you had a strong desire or urge to "
        "use cannabis?"
    )


# --- maxima --------------------------------------------------------------------------


def test_tobacco_maximum_is_31() -> None:
    result = one(
        "tobacco", q2="daily", q3="daily", q4="daily", q6="past_3_months", q7="past_3_months"
    )
    assert result == SubstanceScore(31, "high")
    assert assist_max_score("tobacco") == 31


@pytest.mark.parametrize("substance", NOT_TOBACCO)
def test_other_substances_maximum_is_39(substance: str) -> None:
    result = one(
        substance,
        q2="daily",
        q3="daily",
        q4="daily",
        q5="daily",
        q6="past_3_months",
        q7="past_3_months",
    )
    assert result == SubstanceScore(39, "high")
    assert assist_max_score(substance) == 39


# --- skip rules ----------------------------------------------------------------------


def test_absent_substance_and_q1_no_give_no_entry() -> None:
    assert score_assist({}) == {}
    assert score_assist({"alcohol": {"q1": "no"}, "cannabis": {"q1": "no"}}) == {}


def test_result_only_for_used_substances_in_questionnaire_order() -> None:
    answers = {
        "opioids": sheet("opioids"),
        "tobacco": {"q1": "no"},
        "alcohol": sheet("alcohol"),
        "amphetamines": sheet("amphetamines", q2="daily"),
    }
    result = score_assist(answers)
    assert list(result) == ["alcohol", "amphetamines", "opioids"]
    assert result["amphetamines"] == SubstanceScore(6, "moderate")
    assert result["alcohol"] == SubstanceScore(2, "low")


@pytest.mark.parametrize("substance", ALL)
def test_q2_never_skips_q3_to_q5_but_still_scores_q6_q7(substance: str) -> None:
    result = one(substance, q2="never", q6="past_3_months", q7="before_3_months")
    assert result.score == 9
    assert result.risk == ("low" if substance == "alcohol" else "moderate")


@pytest.mark.parametrize("substance", ALL)
def test_used_but_not_recently_and_no_concern_scores_zero(substance: str) -> None:
    assert one(substance, q2="never") == SubstanceScore(0, "low")


# (substance, question) for every question asked of a substance after q1; tobacco has no q5.
ASKED_AFTER_Q1 = [
    (substance, question)
    for substance in ALL
    for question in ("q2", "q3", "q4", "q5", "q6", "q7")
    if not (substance == "tobacco" and question == "q5")
]


@pytest.mark.parametrize(("substance", "question"), ASKED_AFTER_Q1)
def test_answers_after_q1_no_are_refused(substance: str, question: str) -> None:
    answer = "never" if question in ("q2", "q6", "q7") else "weekly"
    error = assert_refused({substance: {"q1": "no", question: answer}}, substance, question)
    assert "question 1 says the person has never used" in str(error)


@pytest.mark.parametrize("substance", NOT_TOBACCO)
@pytest.mark.parametrize("question", ["q3", "q4", "q5"])
def test_q3_to_q5_after_q2_never_are_refused(substance: str, question: str) -> None:
    answers = sheet(substance, q2="never", q3=None, q4=None, q5=None)
    answers[question] = "never"  # even a zero answer contradicts the skip
    error = assert_refused({substance: answers}, substance, question)
    assert "questions 3 to 5 are skipped" in str(error)


@pytest.mark.parametrize("question", ["q3", "q4"])
def test_tobacco_q3_q4_after_q2_never_are_refused(question: str) -> None:
    answers = sheet("tobacco", q2="never", q3=None, q4=None)
    answers[question] = "monthly"
    assert_refused({"tobacco": answers}, "tobacco", question)


@pytest.mark.parametrize("q5", FREQUENCY)
def test_q5_is_never_accepted_for_tobacco(q5: str) -> None:
    error = assert_refused({"tobacco": sheet("tobacco", q5=q5)}, "tobacco", "q5")
    assert "not asked for tobacco" in str(error)


def test_q5_for_tobacco_refused_even_when_q1_is_no() -> None:
    assert_refused({"tobacco": {"q1": "no", "q5": "never"}}, "tobacco", "q5")


# --- missing answers -----------------------------------------------------------------


@pytest.mark.parametrize("substance", ALL)
def test_missing_q1_refused(substance: str) -> None:
    assert_refused({substance: {}}, substance, "q1")
    assert_refused({substance: sheet(substance, q1=None)}, substance, "q1")


@pytest.mark.parametrize(("substance", "question"), ASKED_AFTER_Q1)
def test_missing_required_answer_refused(substance: str, question: str) -> None:
    answers = sheet(substance, q2="weekly")
    del answers[question]
    error = assert_refused({substance: answers}, substance, question)
    assert "has not been answered" in str(error)


@pytest.mark.parametrize("substance", ALL)
@pytest.mark.parametrize("question", ["q6", "q7"])
def test_q6_q7_still_required_after_q2_never(substance: str, question: str) -> None:
    answers = sheet(substance, q2="never", **{question: None})
    assert_refused({substance: answers}, substance, question)


def test_tobacco_complete_without_q5_is_scored() -> None:
    assert one("tobacco", q2="weekly", q3="weekly", q4="weekly") == SubstanceScore(15, "moderate")


# --- unknown keys and values ---------------------------------------------------------


@pytest.mark.parametrize("bad", ["methamphetamine", "Alcohol", "", "q1", "heroin"])
def test_unknown_substance_refused(bad: str) -> None:
    error = assert_refused({"alcohol": sheet("alcohol"), bad: {"q1": "no"}}, bad, None)
    assert f'"{bad}" is not an ASSIST substance' in str(error)


@pytest.mark.parametrize("bad", ["q0", "q9", "Q2", "2", "frequency"])
def test_unknown_question_refused(bad: str) -> None:
    answers = sheet("cannabis")
    answers[bad] = "never"
    error = assert_refused({"cannabis": answers}, "cannabis", bad)
    assert "q1 to q7" in str(error)


def test_q8_inside_a_substance_is_refused_with_a_pointer() -> None:
    answers = sheet("opioids")
    answers["q8"] = "never"
    error = assert_refused({"opioids": answers}, "opioids", "q8")
    assert "asked once for the whole screening" in str(error)


@pytest.mark.parametrize(
    ("question", "bad"),
    [
        ("q1", "never"),
        ("q1", "Yes"),
        ("q1", ""),
        ("q2", "past_3_months"),
        ("q2", "sometimes"),
        ("q3", "yes"),
        ("q4", "DAILY"),
        ("q5", "before_3_months"),
        ("q6", "weekly"),
        ("q6", "yes"),
        ("q7", "once_or_twice"),
        ("q7", "no"),
    ],
)
def test_unknown_option_refused(question: str, bad: str) -> None:
    answers = sheet("alcohol")
    answers[question] = bad
    error = assert_refused({"alcohol": answers}, "alcohol", question)
    assert f'"{bad}" is not one of the answers' in str(error)


def test_error_message_is_a_plain_sentence() -> None:
    with pytest.raises(ValueError) as caught:
        score_assist({"amphetamines": sheet("amphetamines", q3=None)})
    assert str(caught.value) == (
        "Amphetamine-type stimulants, question 3 (strong desire or urge) has not been answered."
    )


# --- risk bands ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "risk"),
    [(0, "low"), (10, "low"), (11, "moderate"), (26, "moderate"), (27, "high"), (39, "high")],
)
def test_alcohol_band_edges(score: int, risk: str) -> None:
    assert assist_risk("alcohol", score) == risk


@pytest.mark.parametrize("substance", NOT_ALCOHOL)
@pytest.mark.parametrize(
    ("score", "risk"),
    [
        (0, "low"),
        (3, "low"),
        (4, "moderate"),
        (10, "moderate"),
        (11, "moderate"),
        (26, "moderate"),
        (27, "high"),
        (31, "high"),
    ],
)
def test_other_band_edges(substance: str, score: int, risk: str) -> None:
    assert assist_risk(substance, score) == risk


@pytest.mark.parametrize(
    ("substance", "answers", "expected"),
    [
        ("alcohol", {"q2": "weekly", "q6": "past_3_months"}, SubstanceScore(10, "low")),
        (
            "alcohol",
            {"q3": "once_or_twice", "q7": "past_3_months"},
            SubstanceScore(11, "moderate"),
        ),
        (
            "alcohol",
            {
                "q2": "weekly",
                "q3": "weekly",
                "q4": "weekly",
                "q5": "once_or_twice",
                "q6": "before_3_months",
                "q7": "before_3_months",
            },
            SubstanceScore(26, "moderate"),
        ),
        (
            "alcohol",
            {
                "q2": "monthly",
                "q3": "monthly",
                "q4": "monthly",
                "q5": "monthly",
                "q6": "before_3_months",
                "q7": "past_3_months",
            },
            SubstanceScore(27, "high"),
        ),
        ("cannabis", {"q2": "never", "q6": "before_3_months"}, SubstanceScore(3, "low")),
        ("cannabis", {"q2": "monthly"}, SubstanceScore(3, "low")),
        ("cannabis", {"q2": "weekly"}, SubstanceScore(4, "moderate")),
        ("amphetamines", {"q2": "weekly", "q6": "past_3_months"}, SubstanceScore(10, "moderate")),
        (
            "amphetamines",
            {
                "q2": "weekly",
                "q3": "weekly",
                "q4": "weekly",
                "q5": "once_or_twice",
                "q6": "before_3_months",
                "q7": "before_3_months",
            },
            SubstanceScore(26, "moderate"),
        ),
        (
            "amphetamines",
            {
                "q2": "monthly",
                "q3": "monthly",
                "q4": "monthly",
                "q5": "monthly",
                "q6": "before_3_months",
                "q7": "past_3_months",
            },
            SubstanceScore(27, "high"),
        ),
        ("tobacco", {"q2": "monthly"}, SubstanceScore(3, "low")),
        ("tobacco", {"q2": "weekly"}, SubstanceScore(4, "moderate")),
        (
            "tobacco",
            {
                "q2": "monthly",
                "q3": "weekly",
                "q4": "weekly",
                "q6": "past_3_months",
                "q7": "past_3_months",
            },
            SubstanceScore(26, "moderate"),
        ),
        (
            "tobacco",
            {
                "q2": "weekly",
                "q3": "weekly",
                "q4": "weekly",
                "q6": "past_3_months",
                "q7": "past_3_months",
            },
            SubstanceScore(27, "high"),
        ),
    ],
)
def test_band_edges_reached_through_whole_sheets(
    substance: str, answers: dict[str, str], expected: SubstanceScore
) -> None:
    assert one(substance, **answers) == expected


@pytest.mark.parametrize(
    ("substance", "score"), [("tobacco", 32), ("alcohol", 40), ("opioids", 40), ("cannabis", -1)]
)
def test_risk_of_impossible_score_refused(substance: str, score: int) -> None:
    with pytest.raises(ValueError, match="lies between 0 and"):
        assist_risk(substance, score)


def test_risk_of_unknown_substance_refused() -> None:
    with pytest.raises(ValueError, match="not an ASSIST substance"):
        assist_risk("yama", 5)


def test_substance_score_rejects_unknown_risk() -> None:
    with pytest.raises(ValueError, match="not an ASSIST risk level"):
        SubstanceScore(5, "medium")


# --- property: score is the sum of the table values; risk is monotone ------------------


@st.composite
def used_sheet(draw: st.DrawFn, substance: str) -> dict[str, str]:
    answers = {"q1": "yes", "q2": draw(st.sampled_from(FREQUENCY))}
    if answers["q2"] != "never":
        for key in ("q3", "q4") if substance == "tobacco" else ("q3", "q4", "q5"):
            answers[key] = draw(st.sampled_from(FREQUENCY))
    answers["q6"] = draw(st.sampled_from(TIMING))
    answers["q7"] = draw(st.sampled_from(TIMING))
    return answers


@st.composite
def whole_sheet(draw: st.DrawFn) -> dict[str, dict[str, str]]:
    answers: dict[str, dict[str, str]] = {}
    for substance in ALL:
        kind = draw(st.sampled_from(["absent", "never_used", "used"]))
        if kind == "never_used":
            answers[substance] = {"q1": "no"}
        elif kind == "used":
            answers[substance] = draw(used_sheet(substance))
    return answers


def expected_risk(substance: str, score: int) -> str:
    low_ceiling = 10 if substance == "alcohol" else 3
    return "low" if score <= low_ceiling else "moderate" if score <= 26 else "high"


@given(whole_sheet())
def test_score_is_sum_of_table_values(answers: dict[str, dict[str, str]]) -> None:
    result = score_assist(answers)
    used = [s for s in ALL if answers.get(s, {}).get("q1") == "yes"]
    assert list(result) == used
    for substance in used:
        expected = sum(TABLE[k][v] for k, v in answers[substance].items() if k != "q1")
        assert result[substance].score == expected
        assert result[substance].risk == expected_risk(substance, expected)


@given(st.sampled_from(ALL).flatmap(lambda s: st.tuples(st.just(s), used_sheet(s), used_sheet(s))))
def test_risk_is_monotone_in_score(case: tuple[str, dict[str, str], dict[str, str]]) -> None:
    substance, first, second = case
    a = score_assist({substance: first})[substance]
    b = score_assist({substance: second})[substance]
    if a.score <= b.score:
        assert risk_rank(a.risk) <= risk_rank(b.risk)
    if a.score >= b.score:
        assert risk_rank(a.risk) >= risk_rank(b.risk)


@pytest.mark.parametrize("substance", ALL)
def test_risk_never_decreases_over_the_whole_range(substance: str) -> None:
    ranks = [risk_rank(assist_risk(substance, s)) for s in range(assist_max_score(substance) + 1)]
    assert ranks == sorted(ranks)
    assert ranks[0] == 0
    assert ranks[-1] == 2


# --- interventions and the screening summary ----------------------------------------


@pytest.mark.parametrize(
    ("risk", "intervention"),
    [("low", "advice"), ("moderate", "brief_intervention"), ("high", "referral")],
)
def test_recommended_intervention(risk: str, intervention: str) -> None:
    assert recommended_intervention(risk) == intervention
    assert SubstanceScore(30, risk).intervention == intervention


@pytest.mark.parametrize("bad", ["", "none", "Low", "severe"])
def test_recommended_intervention_unknown_risk_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not an ASSIST risk level"):
        recommended_intervention(bad)
    with pytest.raises(ValueError, match="not an ASSIST risk level"):
        risk_rank(bad)


def test_summary_of_nothing_used() -> None:
    summary = summarise_assist({}, None)
    assert summary.substances == ()
    assert summary.overall_intervention is None
    assert summary.flags == frozenset()
    assert not summary.needs_hiv_hepatitis_testing
    assert not summary.any_non_tobacco_moderate_or_high


def test_summary_lists_each_substance_with_its_own_intervention() -> None:
    scores = {
        "opioids": SubstanceScore(27, "high"),
        "alcohol": SubstanceScore(12, "moderate"),
        "tobacco": SubstanceScore(2, "low"),
    }
    summary = summarise_assist(scores, "never")
    assert [(r.substance, r.score, r.risk, r.intervention) for r in summary.substances] == [
        ("tobacco", 2, "low", "advice"),
        ("alcohol", 12, "moderate", "brief_intervention"),
        ("opioids", 27, "high", "referral"),
    ]
    assert summary.overall_intervention == "referral"
    assert summary.result_for("alcohol") is not None
    assert summary.result_for(Substance.CANNABIS) is None
    assert summary.substances[0].label_en == "Tobacco products"
    assert summary.substances[0].label_km == "ផលិតផលថ្នាំជក់"


@pytest.mark.parametrize(
    ("scores", "overall"),
    [
        ({"alcohol": SubstanceScore(10, "low")}, "advice"),
        (
            {"alcohol": SubstanceScore(10, "low"), "cannabis": SubstanceScore(4, "moderate")},
            "brief_intervention",
        ),
        # Tobacco counts: the manual gives high-risk tobacco users a referral too.
        ({"tobacco": SubstanceScore(27, "high"), "alcohol": SubstanceScore(0, "low")}, "referral"),
    ],
)
def test_overall_is_the_most_intensive(scores: dict[str, SubstanceScore], overall: str) -> None:
    assert summarise_assist(scores, "never").overall_intervention == overall


@pytest.mark.parametrize(
    ("scores", "q8", "flagged"),
    [
        ({"alcohol": SubstanceScore(3, "low")}, "past_3_months", True),
        ({}, "past_3_months", True),
        ({"opioids": SubstanceScore(27, "high")}, "past_3_months", True),
        ({"opioids": SubstanceScore(4, "moderate")}, "before_3_months", True),
        ({"amphetamines": SubstanceScore(30, "high")}, "before_3_months", True),
        ({"alcohol": SubstanceScore(11, "moderate")}, "before_3_months", True),
        ({"tobacco": SubstanceScore(4, "moderate")}, "before_3_months", True),
        (
            {"alcohol": SubstanceScore(10, "low"), "cannabis": SubstanceScore(3, "low")},
            "before_3_months",
            False,
        ),
        ({"opioids": SubstanceScore(39, "high")}, "never", False),
        ({}, "never", False),
        ({}, None, False),
    ],
)
def test_hiv_hepatitis_testing_flag(
    scores: dict[str, SubstanceScore], q8: str | None, flagged: bool
) -> None:
    summary = summarise_assist(scores, q8)
    assert summary.needs_hiv_hepatitis_testing is flagged
    assert summary.flags == (frozenset({HIV_HEPATITIS_TESTING}) if flagged else frozenset())
    assert HIV_HEPATITIS_TESTING == "hiv_hepatitis_testing"
    assert summary.injected_in_past_3_months is (q8 == "past_3_months")


@pytest.mark.parametrize(
    ("scores", "indicated"),
    [
        ({"tobacco": SubstanceScore(31, "high")}, False),
        ({"alcohol": SubstanceScore(10, "low"), "tobacco": SubstanceScore(20, "moderate")}, False),
        ({"alcohol": SubstanceScore(11, "moderate")}, True),
        ({"amphetamines": SubstanceScore(4, "moderate")}, True),
        ({"opioids": SubstanceScore(27, "high")}, True),
    ],
)
def test_non_tobacco_moderate_or_high(scores: dict[str, SubstanceScore], indicated: bool) -> None:
    assert summarise_assist(scores, "never").any_non_tobacco_moderate_or_high is indicated


def test_summary_needs_q8_when_something_was_used() -> None:
    with pytest.raises(ValueError, match=r"Question 8 \(injection\) has not been answered"):
        summarise_assist({"alcohol": SubstanceScore(2, "low")}, None)


def test_summary_refuses_unknown_q8() -> None:
    with pytest.raises(ValueError, match="Question 8"):
        summarise_assist({"alcohol": SubstanceScore(2, "low")}, "sometimes")


def test_summary_refuses_a_risk_that_does_not_match_the_score() -> None:
    # 8 is low for alcohol but moderate for cannabis: a hand-built mix-up is caught.
    with pytest.raises(ValueError, match="Cannabis: a score of 8 means moderate risk, not low"):
        summarise_assist({"cannabis": SubstanceScore(8, "low")}, "never")


def test_summary_refuses_unknown_substance() -> None:
    with pytest.raises(ValueError, match="not an ASSIST substance"):
        summarise_assist({"yama": SubstanceScore(8, "moderate")}, "never")


def test_summary_from_a_scored_sheet_end_to_end() -> None:
    answers = {
        "tobacco": sheet("tobacco", q2="daily", q3="weekly", q4="never"),
        "alcohol": sheet("alcohol", q2="weekly"),
        "amphetamines": sheet(
            "amphetamines",
            q2="daily",
            q3="daily",
            q4="weekly",
            q5="monthly",
            q6="past_3_months",
            q7="before_3_months",
        ),
        "opioids": {"q1": "no"},
    }
    scores = score_assist(answers)
    assert scores == {
        "tobacco": SubstanceScore(11, "moderate"),
        "alcohol": SubstanceScore(4, "low"),
        "amphetamines": SubstanceScore(33, "high"),
    }
    summary = summarise_assist(scores, "before_3_months")
    assert summary.overall_intervention == "referral"
    assert summary.needs_hiv_hepatitis_testing
    assert summary.any_non_tobacco_moderate_or_high


# --- substances as data -----------------------------------------------------------------


def test_substances_in_questionnaire_order_with_labels() -> None:
    assert ALL == [
        "tobacco",
        "alcohol",
        "cannabis",
        "cocaine",
        "amphetamines",
        "inhalants",
        "sedatives",
        "hallucinogens",
        "opioids",
        "other",
    ]
    for substance in SUBSTANCES:
        assert substance.label_en == LABEL[substance.value]
        assert substance.examples_en
        assert any("\u1780" <= ch <= "\u17ff" for ch in substance.label_km)
    assert Substance.ALCOHOL.label_km == "គ្រឿងស្រវឹង"
    assert Substance.CANNABIS.label_km == "កញ្ឆា"
    assert "yama" in Substance.AMPHETAMINES.examples_en


def test_substance_enum_keys_are_accepted() -> None:
    result = score_assist({Substance.ALCOHOL: sheet("alcohol", q2="daily")})
    assert result == {"alcohol": SubstanceScore(6, "low")}
