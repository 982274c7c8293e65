"""Verdict status changes, charges and sentence arithmetic (DOMAIN.md, "Court case")."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.legal import (
    Charge,
    ChargeKind,
    LegalRuleError,
    SentenceLength,
    VerdictStatus,
    add_calendar,
    check_case_dates,
    check_verdict_change,
    days_left,
    expected_release_date,
    is_violent_conviction,
    parse_verdict_status,
    sentence_days,
    verdict_change_needs_reason,
)

D = dt.date
V = VerdictStatus

# --------------------------------------------------------------------------- statuses


def test_every_status_has_english_and_khmer_labels() -> None:
    for status in VerdictStatus:
        assert status.label_en
        assert any("\u1780" <= ch <= "\u17ff" for ch in status.label_km)
    assert V.APPEAL_PENDING.label_en == "appeal pending"
    assert V.FINAL.label_km == "សាលក្រមស្ថាពរ"


def test_status_values_are_the_stored_names() -> None:
    assert [s.value for s in VerdictStatus] == [
        "pre_trial",
        "first_instance",
        "appeal_pending",
        "final",
        "acquitted",
        "charges_dropped",
    ]


def test_unknown_status_is_refused_with_a_sentence() -> None:
    with pytest.raises(LegalRuleError, match='"convicted" is not a verdict status'):
        parse_verdict_status("convicted")


def test_legal_rule_error_is_a_value_error_and_a_validation_error() -> None:
    with pytest.raises(ValueError):
        parse_verdict_status("x")
    with pytest.raises(ValidationError):
        parse_verdict_status("x")


@pytest.mark.parametrize(
    ("previous", "new"),
    [
        (None, V.FINAL),
        (None, V.ACQUITTED),
        (V.PRE_TRIAL, V.FIRST_INSTANCE),
        (V.FIRST_INSTANCE, V.APPEAL_PENDING),
        (V.APPEAL_PENDING, V.FINAL),
        (V.FIRST_INSTANCE, V.FINAL),  # nobody appealed
        (V.PRE_TRIAL, V.FINAL),
        (V.PRE_TRIAL, V.CHARGES_DROPPED),
        (V.FIRST_INSTANCE, V.ACQUITTED),
        (V.APPEAL_PENDING, V.ACQUITTED),
        (V.FINAL, V.FINAL),
        (V.ACQUITTED, V.ACQUITTED),
    ],
)
def test_forward_moves_need_no_reason(previous: V | None, new: V) -> None:
    assert not verdict_change_needs_reason(previous, new)
    assert check_verdict_change(previous, new) is new


@pytest.mark.parametrize(
    ("previous", "new", "message"),
    [
        (V.FINAL, V.PRE_TRIAL, "The verdict is final"),
        (V.FINAL, V.ACQUITTED, "The verdict is final"),
        (V.APPEAL_PENDING, V.FIRST_INSTANCE, "Moving the case back from appeal pending"),
        (V.APPEAL_PENDING, V.PRE_TRIAL, "Moving the case back"),
        (V.FIRST_INSTANCE, V.PRE_TRIAL, "Moving the case back"),
        (V.ACQUITTED, V.APPEAL_PENDING, "closed as acquitted"),
        (V.CHARGES_DROPPED, V.PRE_TRIAL, "closed as charges dropped"),
        (V.ACQUITTED, V.CHARGES_DROPPED, "closed as acquitted"),
    ],
)
def test_backward_and_out_of_terminal_moves_need_a_reason(
    previous: V, new: V, message: str
) -> None:
    assert verdict_change_needs_reason(previous, new)
    for blank in (None, "", "   "):
        with pytest.raises(LegalRuleError, match=message) as err:
            check_verdict_change(previous, new, blank)
        assert "needs a recorded reason" in str(err.value)
    reason = "Appeal court ordered a retrial, judgment 12/2026."
    assert check_verdict_change(previous, new, reason) is new


def test_verdict_change_accepts_plain_strings() -> None:
    assert check_verdict_change("pre_trial", "final") is V.FINAL
    with pytest.raises(LegalRuleError):
        check_verdict_change("final", "pre_trial")
    with pytest.raises(LegalRuleError, match="not a verdict status"):
        check_verdict_change("pre_trial", "sentenced")


# --------------------------------------------------------------------------- charges


def test_charge_kinds_have_labels() -> None:
    assert [k.value for k in ChargeKind] == ["use", "possession", "trafficking", "other"]
    for kind in ChargeKind:
        assert kind.label_en and kind.label_km


def test_unknown_charge_kind_refused() -> None:
    with pytest.raises(LegalRuleError, match="not a kind of charge"):
        Charge(kind="theft")  # type: ignore[arg-type]


def test_violent_conviction_needs_a_conviction_and_a_violent_charge() -> None:
    violent = [Charge(kind=ChargeKind.OTHER, violent=True), Charge(kind=ChargeKind.USE)]
    calm = [Charge(kind=ChargeKind.TRAFFICKING)]
    assert is_violent_conviction(violent, V.FIRST_INSTANCE)
    assert is_violent_conviction(violent, "final")
    assert is_violent_conviction(violent, V.APPEAL_PENDING)
    assert not is_violent_conviction(violent, V.PRE_TRIAL)  # charged, not convicted
    assert not is_violent_conviction(violent, V.ACQUITTED)
    assert not is_violent_conviction(violent, None)
    assert not is_violent_conviction(calm, V.FINAL)


# --------------------------------------------------------------------------- sentences


def test_one_year_from_leap_day_ends_on_28_february() -> None:
    assert expected_release_date(D(2024, 2, 29), (1, 0, 0)) == D(2025, 2, 28)
    assert expected_release_date(D(2024, 2, 29), (4, 0, 0)) == D(2028, 2, 29)


def test_month_end_is_clamped_then_days_added() -> None:
    assert add_calendar(D(2025, 1, 31), months=1) == D(2025, 2, 28)
    assert add_calendar(D(2024, 1, 31), months=1) == D(2024, 2, 29)
    assert add_calendar(D(2025, 1, 31), months=1, days=1) == D(2025, 3, 1)
    assert add_calendar(D(2025, 11, 15), months=3) == D(2026, 2, 15)
    assert add_calendar(D(2025, 3, 1), years=1, months=14) == D(2027, 5, 1)


def test_sentence_in_days_and_as_sentence_length() -> None:
    start = D(2026, 1, 10)
    assert expected_release_date(start, 90) == D(2026, 4, 10)
    assert expected_release_date(start, SentenceLength(years=2, months=6)) == D(2028, 7, 10)
    assert sentence_days(start, (1, 0, 0)) == 365
    assert sentence_days(D(2024, 1, 1), (1, 0, 0)) == 366


def test_credited_pretrial_days_bring_release_forward() -> None:
    start = D(2026, 1, 1)
    assert expected_release_date(start, (1, 0, 0), credited_pretrial_days=100) == D(2026, 9, 23)
    # Whole sentence served in pre-trial detention: release on the start date.
    assert expected_release_date(start, 365, credited_pretrial_days=365) == start


def test_zero_length_sentence_releases_on_start_date() -> None:
    assert expected_release_date(D(2026, 5, 5), 0) == D(2026, 5, 5)
    assert expected_release_date(D(2026, 5, 5), (0, 0, 0)) == D(2026, 5, 5)


def test_more_credit_than_sentence_is_refused() -> None:
    with pytest.raises(LegalRuleError,
                       match=r"credited pre-trial days \(101\) .* whole sentence of 100 days"):
        expected_release_date(D(2026, 1, 1), 100, credited_pretrial_days=101)


@pytest.mark.parametrize(
    ("sentence", "credit", "message"),
    [
        (-1, 0, "cannot be negative"),
        ((0, -1, 0), 0, "months cannot be negative"),
        ((-2, 0, 0), 0, "years cannot be negative"),
        (10, -3, "credited pre-trial days cannot be negative"),
        ((1, 2), 0, r"\(years, months, days\)"),
    ],
)
def test_impossible_sentence_figures_refused(sentence: object, credit: int, message: str) -> None:
    with pytest.raises(LegalRuleError, match=message):
        expected_release_date(D(2026, 1, 1), sentence, credit)  # type: ignore[arg-type]


def test_sentence_beyond_the_calendar_is_refused_with_a_sentence() -> None:
    with pytest.raises(LegalRuleError, match="past the year 9999"):
        expected_release_date(D(2026, 1, 1), (8000, 0, 0))


def test_days_left_is_signed() -> None:
    release = D(2026, 4, 1)
    assert days_left(release, D(2026, 1, 1)) == 90
    assert days_left(release, release) == 0
    assert days_left(release, D(2026, 4, 3)) == -2


# --------------------------------------------------------------------------- dates


TODAY = D(2026, 11, 20)


def test_consistent_dates_pass() -> None:
    check_case_dates(
        today=TODAY,
        offence_date=D(2025, 3, 1),
        arrest_date=D(2025, 3, 2),
        verdict_date=D(2025, 9, 1),
        sentence_start=D(2025, 3, 2),  # counted from arrest, before the verdict: fine
        expected_release=D(2027, 3, 2),  # in the future: fine
    )
    check_case_dates(today=TODAY)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"verdict_date": D(2026, 11, 21)}, "The verdict date 21 Nov 2026 is in the future"),
        ({"offence_date": D(2027, 1, 1)}, "The offence date 01 Jan 2027 is in the future"),
        ({"arrest_date": D(2026, 12, 1)}, "The arrest date .* is in the future"),
        (
            {"offence_date": D(2025, 5, 1), "sentence_start": D(2025, 4, 30)},
            "The sentence start 30 Apr 2025 is before the offence date 01 May 2025",
        ),
        (
            {"offence_date": D(2025, 5, 1), "verdict_date": D(2025, 1, 1)},
            "The verdict date .* is before the offence date",
        ),
        (
            {"offence_date": D(2025, 5, 1), "arrest_date": D(2025, 4, 1)},
            "The arrest date .* is before the offence date",
        ),
        (
            {"sentence_start": D(2025, 5, 1), "expected_release": D(2025, 4, 1)},
            "The expected release date 01 Apr 2025 is before the sentence start 01 May 2025",
        ),
    ],
)
def test_impossible_dates_refused_with_a_sentence(kwargs: dict[str, D], message: str) -> None:
    with pytest.raises(LegalRuleError, match=message) as err:
        check_case_dates(today=TODAY, **kwargs)
    text = str(err.value)
    assert text.endswith(".") and text[0].isupper()
