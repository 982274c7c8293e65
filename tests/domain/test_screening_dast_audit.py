"""DAST-10 (Skinner 1982) and AUDIT (WHO 2001): every item, every band edge, every refusal."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from rehabdesk.domain.screening import (
    AUDIT_ITEMS,
    DAST10_ITEMS,
    ScreeningAnswerError,
    audit_zone,
    dast10_band,
    score_audit,
    score_dast10,
)

# The answers that score nothing: "no" everywhere except item 3, where "yes" is healthy.
DAST_CLEAN = [False, False, True, False, False, False, False, False, False, False]


def dast_with(scoring_items: Sequence[int]) -> list[bool]:
    """Answers where exactly the given item numbers (1-based) score a point."""
    answers = list(DAST_CLEAN)
    for number in scoring_items:
        answers[number - 1] = not answers[number - 1]
    return answers


def test_dast_clean_sheet_scores_zero() -> None:
    assert score_dast10(DAST_CLEAN) == (0, "none")


def test_dast_all_yes_scores_nine() -> None:
    # Item 3 answered "yes" (can always stop) is the one answer that scores nothing.
    assert score_dast10([True] * 10) == (9, "severe")


def test_dast_all_no_scores_one() -> None:
    assert score_dast10([False] * 10) == (1, "low")


@pytest.mark.parametrize("item", range(1, 11))
def test_dast_each_item_scores_one(item: int) -> None:
    answers = dast_with([item])
    assert score_dast10(answers) == (1, "low")
    expected_scoring_answer = item != 3
    assert answers[item - 1] is expected_scoring_answer


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, "none"),
        (1, "low"),
        (2, "low"),
        (3, "moderate"),
        (4, "moderate"),
        (5, "moderate"),
        (6, "substantial"),
        (7, "substantial"),
        (8, "substantial"),
        (9, "severe"),
        (10, "severe"),
    ],
)
def test_dast_bands(score: int, band: str) -> None:
    assert score_dast10(dast_with(range(1, score + 1))) == (score, band)
    assert score_dast10(dast_with(range(11 - score, 11))) == (score, band)
    assert dast10_band(score) == band


@pytest.mark.parametrize("count", [0, 1, 9, 11, 20])
def test_dast_needs_exactly_ten_answers(count: int) -> None:
    with pytest.raises(ValueError, match=f"exactly 10 yes/no answers.*got {count} answers?\\."):
        score_dast10([False] * count)


def test_dast_refuses_text() -> None:
    with pytest.raises(ValueError, match="exactly 10"):
        score_dast10("yyyyyyyyyy")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [1, 0, "yes", None, 1.0])
@pytest.mark.parametrize("item", [1, 3, 10])
def test_dast_refuses_non_yes_no_answer(item: int, bad: object) -> None:
    answers: list[object] = list(DAST_CLEAN)
    answers[item - 1] = bad
    with pytest.raises(
        ValueError, match=f"DAST-10 item {item}: the answer must be yes or no"
    ) as caught:
        score_dast10(answers)  # type: ignore[arg-type]
    assert isinstance(caught.value, ScreeningAnswerError)
    assert caught.value.question == f"item{item}"
    assert caught.value.instrument == "dast10"


@pytest.mark.parametrize("score", [-1, 11])
def test_dast_band_out_of_range(score: int) -> None:
    with pytest.raises(ValueError, match="between 0 and 10"):
        dast10_band(score)


def test_dast_item_data() -> None:
    assert [i.number for i in DAST10_ITEMS] == list(range(1, 11))
    assert [i.number for i in DAST10_ITEMS if not i.scoring_answer] == [3]
    assert DAST10_ITEMS[2].text_en == "Are you always able to stop using drugs when you want to?"


# --- AUDIT ---------------------------------------------------------------------------

AUDIT_CELLS = [(item, value) for item in range(1, 9) for value in (0, 1, 2, 3, 4)] + [
    (item, value) for item in (9, 10) for value in (0, 2, 4)
]


def audit_with(item: int, value: int) -> list[int]:
    answers = [0] * 10
    answers[item - 1] = value
    return answers


@pytest.mark.parametrize(("item", "value"), AUDIT_CELLS)
def test_audit_each_item_value_counts(item: int, value: int) -> None:
    assert score_audit(audit_with(item, value))[0] == value


def test_audit_cell_count() -> None:
    assert len(AUDIT_CELLS) == 8 * 5 + 2 * 3


@pytest.mark.parametrize(
    ("answers", "total", "zone"),
    [
        ([0] * 10, 0, "I"),
        ([4, 3, 0, 0, 0, 0, 0, 0, 0, 0], 7, "I"),
        ([4, 4, 0, 0, 0, 0, 0, 0, 0, 0], 8, "II"),
        ([4, 4, 4, 3, 0, 0, 0, 0, 0, 0], 15, "II"),
        ([4, 4, 4, 4, 0, 0, 0, 0, 0, 0], 16, "III"),
        ([4, 4, 4, 3, 0, 0, 0, 0, 4, 0], 19, "III"),
        ([4, 4, 4, 4, 0, 0, 0, 0, 2, 2], 20, "IV"),
        ([4] * 10, 40, "IV"),
    ],
)
def test_audit_zone_edges(answers: list[int], total: int, zone: str) -> None:
    assert score_audit(answers) == (total, zone)


@pytest.mark.parametrize(
    ("score", "zone"),
    [(0, "I"), (7, "I"), (8, "II"), (15, "II"), (16, "III"), (19, "III"), (20, "IV"), (40, "IV")],
)
def test_audit_zone_function(score: int, zone: str) -> None:
    assert audit_zone(score) == zone


@pytest.mark.parametrize("score", [-1, 41])
def test_audit_zone_out_of_range(score: int) -> None:
    with pytest.raises(ValueError, match="between 0 and 40"):
        audit_zone(score)


@pytest.mark.parametrize(
    ("item", "bad"),
    [(item, bad) for item in range(1, 9) for bad in (-1, 5)]
    + [(item, bad) for item in (9, 10) for bad in (-1, 1, 3, 5)],
)
def test_audit_refuses_impossible_values(item: int, bad: int) -> None:
    with pytest.raises(ValueError) as caught:
        score_audit(audit_with(item, bad))
    message = str(caught.value)
    assert message.startswith(f"AUDIT item {item}: {bad} is not a possible score")
    assert message.endswith("are 0, 2, 4." if item >= 9 else "are 0, 1, 2, 3, 4.")
    assert isinstance(caught.value, ScreeningAnswerError)
    assert caught.value.question == f"item{item}"


@pytest.mark.parametrize("bad", [True, 2.0, "2", None])
def test_audit_refuses_non_integers(bad: object) -> None:
    answers: list[object] = [0] * 10
    answers[4] = bad
    with pytest.raises(ValueError, match="AUDIT item 5"):
        score_audit(answers)  # type: ignore[arg-type]


@pytest.mark.parametrize("count", [0, 8, 9, 11])
def test_audit_needs_exactly_ten_answers(count: int) -> None:
    with pytest.raises(ValueError, match=f"exactly 10 answers.*got {count}"):
        score_audit([0] * count)


def test_audit_item_data() -> None:
    assert [i.number for i in AUDIT_ITEMS] == list(range(1, 11))
    for item in AUDIT_ITEMS[:8]:
        assert item.allowed_points == (0, 1, 2, 3, 4)
    for item in AUDIT_ITEMS[8:]:
        assert item.allowed_points == (0, 2, 4)
        assert [o.label_en for o in item.options] == [
            "No",
            "Yes, but not in the last year",
            "Yes, during the last year",
        ]
    assert AUDIT_ITEMS[0].text_en == "How often do you have a drink containing alcohol?"
