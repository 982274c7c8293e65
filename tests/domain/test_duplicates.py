"""Duplicate scoring: variants of one person score high, different people low, and the
reasons say why in words a clerk can check."""

from __future__ import annotations

import pytest

from rehabdesk.domain.duplicates import (
    DUPLICATE_THRESHOLD,
    STRONG_FLOOR,
    DuplicateProbe,
    key_orders,
    latin_similarity,
    score_candidate,
)

SOK_DARA = DuplicateProbe("សុខ ដារ៉ា", "Sok Dara", 1990, None, "CC1-00042",
                          "Correctional Centre 1 (CC1)")


def texts(reasons: tuple[object, ...]) -> list[str]:
    return [r.text for r in reasons]  # type: ignore[attr-defined]


@pytest.mark.parametrize("variant", [
    DuplicateProbe("សុខ ដារ៉ា", "Sokh Dara", 1990),
    DuplicateProbe("", "Dara Sok", 1990),
    DuplicateProbe("", "Sokdara", 1991),
    DuplicateProbe("", "SOK  dara", 1992),
    DuplicateProbe("សុខដារ៉ា", "", 1990),
    DuplicateProbe("", "Sok Darra", 1990),
])
def test_spelling_variants_of_one_person_score_above_the_threshold(
        variant: DuplicateProbe) -> None:
    score, _ = score_candidate(SOK_DARA, variant)
    assert score >= DUPLICATE_THRESHOLD


@pytest.mark.parametrize("other", [
    DuplicateProbe("ចាន់ វិចិត្រ", "Chan Vichet", 1990),
    DuplicateProbe("", "Sok Dara", 1997),
    DuplicateProbe("", "Kim Saron", 1962, national_id="123456789"),
    DuplicateProbe("", "Boun Sophal", 1975),
])
def test_different_people_score_low(other: DuplicateProbe) -> None:
    score, _ = score_candidate(SOK_DARA, other)
    assert score < DUPLICATE_THRESHOLD


def test_a_name_alone_is_not_enough() -> None:
    score, _ = score_candidate(DuplicateProbe(latin_name="Sok Dara"),
                               DuplicateProbe(latin_name="Sok Dara"))
    assert 0 < score < DUPLICATE_THRESHOLD


def test_a_typo_or_vowel_variant_with_the_same_birth_year_is_a_candidate() -> None:
    for mine, theirs in (("Chamroen Sok", "Chamroeun Sok"), ("Bun Dara", "Boun Dara"),
                         ("Pisith Keo", "Piseth Keo")):
        score, reasons = score_candidate(DuplicateProbe(latin_name=mine, birth_year=1990),
                                         DuplicateProbe(latin_name=theirs, birth_year=1990))
        assert score >= DUPLICATE_THRESHOLD, (mine, theirs)
        assert f"({mine} / {theirs})" in reasons[0].text


def test_an_equal_national_id_is_always_shown_even_against_the_other_fields() -> None:
    score, reasons = score_candidate(
        DuplicateProbe(latin_name="Sok Dara", birth_year=1990, national_id="0123 4567"),
        DuplicateProbe(latin_name="Chan Vichet", birth_year=1970, national_id="01234567"))
    assert score == STRONG_FLOOR
    assert texts(reasons)[0] == "same national id"
    assert "born 1970 / 1990, 20 years apart" in texts(reasons)


def test_inmate_number_counts_fully_only_at_the_same_prison() -> None:
    same, reasons = score_candidate(SOK_DARA, DuplicateProbe(
        "", "Sok Dara", 1990, inmate_number="cc1-00042",
        origin_prison="correctional centre 1 (CC1)"))
    assert same == 100
    assert reasons[0].field == "inmate_number"
    assert "same inmate number cc1-00042 at" in reasons[0].text
    unknown, _ = score_candidate(DuplicateProbe(latin_name="X Y", inmate_number="CC1-00042"),
                                 DuplicateProbe(latin_name="Q R", inmate_number="CC1-00042"))
    elsewhere, _ = score_candidate(SOK_DARA, DuplicateProbe(
        latin_name="Chan Vichet", inmate_number="CC1-00042", origin_prison="Takeo"))
    assert unknown == 30  # a prison unknown: half the weight
    assert elsewhere == 0  # another prison: numbers repeat between prisons
    assert elsewhere < DUPLICATE_THRESHOLD


def test_different_national_ids_count_against() -> None:
    with_ids, reasons = score_candidate(
        DuplicateProbe(latin_name="Sok Dara", birth_year=1990, national_id="111"),
        DuplicateProbe(latin_name="Sok Dara", birth_year=1990, national_id="222"))
    without, _ = score_candidate(DuplicateProbe(latin_name="Sok Dara", birth_year=1990),
                                 DuplicateProbe(latin_name="Sok Dara", birth_year=1990))
    assert with_ids == without - 20
    assert "different national id (111 / 222)" in texts(reasons)


def test_reason_texts() -> None:
    _score, reasons = score_candidate(
        DuplicateProbe("", "Sokh Dara", 1990), DuplicateProbe("", "Sok Dara", 1991))
    assert texts(reasons) == [
        "same Latin name, spelled or ordered differently (Sokh Dara / Sok Dara)",
        "born 1991, 1 year apart",
    ]
    _, reasons = score_candidate(
        DuplicateProbe("", "Sok Dala", 1990), DuplicateProbe("", "Sok Dara", 1990))
    assert reasons[0].text.startswith("Latin name ") and "% alike (Sok Dala / Sok Dara)" \
        in reasons[0].text
    assert reasons[1].text == "born 1990, same year"
    assert score_candidate(DuplicateProbe(), DuplicateProbe()) == (0.0, ())


def test_candidate_fields_may_be_a_mapping() -> None:
    assert score_candidate(SOK_DARA, {"khmer_name": "សុខ ដារ៉ា", "latin_name": "Sok Dara",
                                      "birth_year": 1990}) == score_candidate(
        SOK_DARA, DuplicateProbe("សុខ ដារ៉ា", "Sok Dara", 1990))


def test_similarity_ignores_word_order_spacing_and_romanisation() -> None:
    assert latin_similarity("Chhun Sokha", "Sokha Chun") == 100
    assert latin_similarity("Sok-Dara", "sokdara") == 100
    assert latin_similarity("Sok Dara", "") == 0
    assert set(key_orders("Sok Dara")) == {"sokdara", "darasok"}
    assert len(key_orders("fa eb dc cd be af")) == 2


def test_a_different_khmer_name_outweighs_alike_latin_letters() -> None:
    score, reasons = score_candidate(DuplicateProbe("ហ៊ុន ចន្ធី", "Hun Chanthy", 1990),
                                     DuplicateProbe("ឈុន ចន្ធី", "Chhun Chanthy", 1990))
    assert score < DUPLICATE_THRESHOLD
    assert "different Khmer name (ហ៊ុន ចន្ធី / ឈុន ចន្ធី)" in texts(reasons)
    typing_slip, _ = score_candidate(DuplicateProbe("ស៊ុន ដារ៉ា", "Sun Dara", 1990),
                                     DuplicateProbe("សុន ដារ៉ា", "Soun Dara", 1990))
    assert typing_slip >= DUPLICATE_THRESHOLD
