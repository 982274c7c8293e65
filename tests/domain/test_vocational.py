"""The rules of vocational work (issue #14): the work limits at every edge, every
allocation move, consent, pay that never rewrites the past, certificates."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.vocational import (
    DAY_CAP,
    NO_REST_DAY,
    STAFF_END_REASONS,
    SYSTEM_END_REASONS,
    WEEK_CAP,
    AbsenceReason,
    AllocationError,
    AllocationMove,
    AllocationStatus,
    CertificateFacts,
    Consent,
    Deduction,
    EndReason,
    EntryConditions,
    PayScheme,
    Person,
    Rate,
    RegisterLine,
    WorkLimits,
    WorkshopKind,
    breaches_of_entry,
    check_hours,
    check_issuable,
    check_line,
    check_move,
    check_open_month,
    earning,
    entry_refusals,
    limit_breaches,
    parse_qr,
    qr_text,
    rate_on,
    refusal_move,
    serial,
    work_refusals,
)
from rehabdesk.domain.vocational.allocation import TRANSITIONS

LIMITS = WorkLimits.default()
MONDAY = dt.date(2026, 3, 2)


def _days(start: dt.date, hours: list[float]) -> dict[dt.date, float]:
    return {start + dt.timedelta(days=i): h for i, h in enumerate(hours) if h}


# -- limits ---------------------------------------------------------------------------

def test_the_default_limits_are_the_guidance() -> None:
    assert (LIMITS.max_hours_day, LIMITS.max_hours_7_days, LIMITS.min_rest_days_7_days) == (
        6, 30, 1)
    assert (LIMITS.detox_days, LIMITS.adult_age) == (14, 18)


@pytest.mark.parametrize(("hours", "expected"), [(5.99, []), (6, []), (6.01, [DAY_CAP])])
def test_the_day_cap_at_its_edge(hours: float, expected: list[str]) -> None:
    assert limit_breaches({}, MONDAY, hours, LIMITS) == expected


def test_new_hours_add_to_the_hours_already_recorded_that_day() -> None:
    assert limit_breaches({MONDAY: 4}, MONDAY, 2, LIMITS) == []
    assert limit_breaches({MONDAY: 4}, MONDAY, 2.01, LIMITS) == [DAY_CAP]


def test_tenths_add_up_exactly() -> None:
    assert limit_breaches({MONDAY: 0.1 + 0.2 + 5.7}, MONDAY, 0.0, LIMITS) == []


@pytest.mark.parametrize(("last", "expected"), [(4.99, []), (5.0, []), (5.01, [WEEK_CAP])])
def test_the_week_cap_at_its_edge(last: float, expected: list[str]) -> None:
    # Monday to Friday at 5 h, then Saturday: 25 + last ≤ 30 passes; the Sunday before
    # is the window's rest day.
    worked = _days(MONDAY, [5, 5, 5, 5, 5])
    saturday = MONDAY + dt.timedelta(days=5)
    assert limit_breaches(worked, saturday, last, LIMITS) == expected


def test_a_day_seven_days_back_is_outside_the_window() -> None:
    worked = _days(MONDAY, [5, 5, 5, 5, 5])
    saturday = MONDAY + dt.timedelta(days=5)
    before = saturday - dt.timedelta(days=7)
    assert limit_breaches(worked | {before: 6}, saturday, 5, LIMITS) == []
    assert limit_breaches(worked | {before + dt.timedelta(days=1): 1}, saturday, 5,
                          LIMITS) == [WEEK_CAP, NO_REST_DAY]


def test_thirty_and_a_half_hours_in_seven_days_breaks_the_week_cap() -> None:
    worked = _days(MONDAY, [5, 5, 5, 5, 5, 0])
    assert limit_breaches(worked, MONDAY + dt.timedelta(days=6), 5.5, LIMITS) == [WEEK_CAP]
    assert limit_breaches(worked, MONDAY + dt.timedelta(days=6), 5.0, LIMITS) == []


def test_the_seventh_consecutive_working_day_has_no_rest_day() -> None:
    worked = _days(MONDAY, [4, 4, 4, 4, 4, 4])
    seventh = MONDAY + dt.timedelta(days=6)
    assert limit_breaches(worked, seventh, 1, LIMITS) == [NO_REST_DAY]
    assert limit_breaches(worked, seventh, 0, LIMITS) == []  # recording nothing is rest


def test_a_window_crossing_the_month_end() -> None:
    start = dt.date(2026, 1, 26)  # 26–31 January, then 1 February
    worked = _days(start, [5, 5, 5, 5, 5, 5])
    first_of_february = dt.date(2026, 2, 1)
    assert limit_breaches(worked, first_of_february, 0.5, LIMITS) == [WEEK_CAP, NO_REST_DAY]
    assert limit_breaches(worked, dt.date(2026, 2, 2), 5, LIMITS) == []  # 26 Jan has left


def test_every_limit_can_break_at_once() -> None:
    worked = _days(MONDAY, [5, 5, 5, 5, 5, 5])
    assert limit_breaches(worked, MONDAY + dt.timedelta(days=6), 7,
                          LIMITS) == [DAY_CAP, WEEK_CAP, NO_REST_DAY]


def test_an_administrator_s_limits_are_used() -> None:
    strict = WorkLimits(max_hours_day=4, max_hours_7_days=20, min_rest_days_7_days=2)
    worked = _days(MONDAY, [4, 4, 4, 4, 4])  # the Sunday before is the one rest day
    assert limit_breaches(worked, MONDAY + dt.timedelta(days=5), 1, strict) == [
        WEEK_CAP, NO_REST_DAY]


def test_hours_recorded_late_are_checked_against_the_weeks_after_too() -> None:
    # Tuesday–Sunday worked; the Monday before was the only rest day of the week that
    # ends on Sunday. Recording Monday's hours late takes that rest day away.
    worked = _days(MONDAY + dt.timedelta(days=1), [4, 4, 4, 4, 4, 4])
    assert limit_breaches(worked, MONDAY, 4, LIMITS) == []  # its own window is fine
    assert breaches_of_entry(worked, MONDAY, 4, LIMITS) == [NO_REST_DAY]


def test_a_later_window_already_over_a_changed_limit_is_not_blamed_on_the_entry() -> None:
    worked = _days(MONDAY + dt.timedelta(days=1), [6, 6, 6, 6, 6, 6])  # 36 h, no rest
    assert breaches_of_entry(worked, MONDAY - dt.timedelta(days=7), 1, LIMITS) == []


@pytest.mark.parametrize("hours", [-0.5, 24.01, 100])
def test_hours_outside_a_day_are_refused(hours: float) -> None:
    with pytest.raises(ValidationError, match="enter between 0 and 24"):
        check_hours(hours)


def test_hours_at_the_ends_of_a_day_are_accepted() -> None:
    check_hours(0)
    check_hours(24)


# -- who may work ---------------------------------------------------------------------

ADULT = Person(arrival=MONDAY, age=30, weeks_in_treatment=8, medically_fit=True)


def test_an_adult_fit_and_treated_long_enough_may_join() -> None:
    conditions = EntryConditions(min_weeks_in_treatment=6)
    assert entry_refusals(conditions, WorkshopKind.INDUSTRIAL, ADULT, LIMITS) == []


def test_each_unmet_condition_is_explained() -> None:
    person = Person(arrival=MONDAY, age=30, weeks_in_treatment=2, medically_fit=False)
    refusals = entry_refusals(EntryConditions(min_weeks_in_treatment=6),
                              WorkshopKind.AGRO_INDUSTRIAL, person, LIMITS)
    assert [m.code for m in refusals] == ["vocational.too_few_weeks_in_treatment",
                                          "vocational.not_medically_fit"]
    assert "after 6 weeks in treatment; the person has had 2 weeks" in str(refusals[0])


def test_fitness_not_yet_assessed_is_not_fitness() -> None:
    person = Person(arrival=MONDAY, age=30, weeks_in_treatment=8, medically_fit=None)
    refusals = entry_refusals(EntryConditions(), WorkshopKind.SERVICE, person, LIMITS)
    assert [m.code for m in refusals] == ["vocational.fitness_not_assessed"]


@pytest.mark.parametrize(("age", "kind", "education", "refused"), [
    (17, WorkshopKind.INDUSTRIAL, False, ["vocational.minor_not_in_education"]),
    (17, WorkshopKind.INDUSTRIAL, True, []),
    (17, WorkshopKind.LITERACY, False, []),
    (18, WorkshopKind.INDUSTRIAL, False, []),
    (None, WorkshopKind.INDUSTRIAL, False, ["vocational.age_unknown"]),
    (None, WorkshopKind.LITERACY, False, []),
])
def test_minors_work_only_in_education(age: int | None, kind: WorkshopKind, education: bool,
                                       refused: list[str]) -> None:
    person = Person(arrival=MONDAY, age=age, weeks_in_treatment=8, medically_fit=True)
    conditions = EntryConditions(education=education)
    assert [m.code for m in entry_refusals(conditions, kind, person, LIMITS)] == refused
    assert [m.code for m in work_refusals(MONDAY + dt.timedelta(days=30), person, conditions,
                                          kind, LIMITS)] == refused


def test_nobody_works_in_the_first_fourteen_days() -> None:
    day_13 = MONDAY + dt.timedelta(days=13)
    refusals = work_refusals(day_13, ADULT, EntryConditions(), WorkshopKind.SERVICE, LIMITS)
    assert [m.code for m in refusals] == ["vocational.in_detox"]
    assert "may work from 16 Mar 2026" in str(refusals[0])
    assert work_refusals(day_13 + dt.timedelta(days=1), ADULT, EntryConditions(),
                         WorkshopKind.SERVICE, LIMITS) == []


# -- allocations ----------------------------------------------------------------------

TODAY = dt.date(2026, 6, 1)
S = AllocationStatus


def _move(to: AllocationStatus, **changes: object) -> AllocationMove:
    base: dict[str, object] = {"to": to, "on": TODAY}
    if to is S.SUSPENDED:
        base |= {"paid": True, "note": "trainer away"}
    if to is S.ENDED:
        base |= {"end_reason": EndReason.COMPLETED, "note": "finished the course"}
    return AllocationMove(**(base | changes))  # type: ignore[arg-type]


LEGAL = [(a, b) for a in S for b in S if b in TRANSITIONS[a]]
ILLEGAL = [(a, b) for a, b in itertools.product(S, S) if b not in TRANSITIONS[a]]


def test_the_lifecycle_is_the_one_the_issue_draws() -> None:
    assert set(LEGAL) == {
        (S.APPLIED, S.WAITLISTED), (S.APPLIED, S.ACTIVE), (S.APPLIED, S.ENDED),
        (S.WAITLISTED, S.ACTIVE), (S.WAITLISTED, S.ENDED),
        (S.ACTIVE, S.SUSPENDED), (S.ACTIVE, S.ENDED),
        (S.SUSPENDED, S.ACTIVE), (S.SUSPENDED, S.ENDED)}


@pytest.mark.parametrize(("current", "target"), LEGAL)
def test_every_legal_move_is_allowed_with_consent(current: AllocationStatus,
                                                  target: AllocationStatus) -> None:
    check_move(current, Consent.GIVEN, _move(target), TODAY)


@pytest.mark.parametrize(("current", "target"), ILLEGAL)
def test_every_illegal_move_is_refused_with_a_reason(current: AllocationStatus,
                                                     target: AllocationStatus) -> None:
    with pytest.raises(AllocationError) as refused:
        check_move(current, Consent.GIVEN, _move(target), TODAY)
    expected = ("vocational.allocation_ended" if current is S.ENDED
                else "vocational.move_not_allowed")
    assert refused.value.code == expected
    assert refused.value.said("km") and "{" not in str(refused.value)


@pytest.mark.parametrize("consent", [Consent.NOT_ASKED, Consent.REFUSED])
def test_nobody_starts_without_consent(consent: Consent) -> None:
    with pytest.raises(AllocationError, match="has not given consent"):
        check_move(S.WAITLISTED, consent, _move(S.ACTIVE), TODAY)


def test_a_refusal_ends_the_place_as_the_person_s_choice_and_asks_for_no_reason() -> None:
    move = refusal_move(TODAY)
    assert (move.to, move.end_reason, move.note) == (S.ENDED, EndReason.WITHDREW, "")
    check_move(S.APPLIED, Consent.REFUSED, move, TODAY)


def test_a_suspension_says_whether_it_is_paid_and_why() -> None:
    with pytest.raises(AllocationError, match="whether the suspension is paid"):
        check_move(S.ACTIVE, Consent.GIVEN, _move(S.SUSPENDED, paid=None), TODAY)
    with pytest.raises(AllocationError, match="reason for the suspension"):
        check_move(S.ACTIVE, Consent.GIVEN, _move(S.SUSPENDED, note=" "), TODAY)
    check_move(S.ACTIVE, Consent.GIVEN, _move(S.SUSPENDED, paid=False), TODAY)


def test_the_two_lists_of_end_reasons_are_kept_apart() -> None:
    assert {EndReason.RELEASED, EndReason.TRANSFERRED,
                                  EndReason.ABSCONDED, EndReason.DIED,
                                  EndReason.COURSE_FINISHED} == SYSTEM_END_REASONS
    assert {EndReason.COMPLETED, EndReason.WITHDREW,
                                 EndReason.WITHDRAWN_BY_STAFF, EndReason.HEALTH,
                                 EndReason.SECURITY, EndReason.OTHER} == STAFF_END_REASONS
    for reason in SYSTEM_END_REASONS:
        check_move(S.ACTIVE, Consent.GIVEN,
                   _move(S.ENDED, end_reason=reason, note="", by_system=True), TODAY)
        with pytest.raises(AllocationError, match="set by the system"):
            check_move(S.ACTIVE, Consent.GIVEN, _move(S.ENDED, end_reason=reason), TODAY)
    for reason in STAFF_END_REASONS:
        check_move(S.ACTIVE, Consent.GIVEN, _move(S.ENDED, end_reason=reason), TODAY)
        with pytest.raises(AllocationError, match="staff choose"):
            check_move(S.ACTIVE, Consent.GIVEN,
                       _move(S.ENDED, end_reason=reason, by_system=True), TODAY)


def test_an_end_needs_a_reason_and_staff_say_why() -> None:
    with pytest.raises(AllocationError, match="Choose why"):
        check_move(S.ACTIVE, Consent.GIVEN, _move(S.ENDED, end_reason=None), TODAY)
    with pytest.raises(AllocationError, match="why the place ends"):
        check_move(S.ACTIVE, Consent.GIVEN, _move(S.ENDED, note=""), TODAY)
    with pytest.raises(AllocationError, match="only given when the place ends"):
        check_move(S.ACTIVE, Consent.GIVEN,
                   _move(S.SUSPENDED, end_reason=EndReason.HEALTH), TODAY)


def test_dates_are_today_or_earlier_after_the_last_change_and_backdating_is_explained(
) -> None:
    with pytest.raises(AllocationError, match="in the future"):
        check_move(S.APPLIED, Consent.GIVEN, _move(S.WAITLISTED, on=TODAY + dt.timedelta(1)),
                   TODAY)
    with pytest.raises(AllocationError, match="before the last change"):
        check_move(S.APPLIED, Consent.GIVEN, _move(S.WAITLISTED, on=dt.date(2026, 5, 1),
                                                   note="late"), TODAY,
                   last_change=dt.date(2026, 5, 2))
    with pytest.raises(AllocationError, match="give a reason for back-dating"):
        check_move(S.APPLIED, Consent.GIVEN, _move(S.WAITLISTED, on=dt.date(2026, 5, 1)),
                   TODAY)


# -- the register and pay -------------------------------------------------------------

RATES = [Rate(dt.date(2026, 1, 1), 1000), Rate(dt.date(2026, 4, 1), 1200)]


def test_the_rate_in_force_is_the_latest_started() -> None:
    assert rate_on(RATES, dt.date(2025, 12, 31)) is None
    assert rate_on(RATES, dt.date(2026, 3, 31)) == RATES[0]
    assert rate_on(RATES, dt.date(2026, 4, 1)) == RATES[1]


def test_pay_is_the_units_of_the_scheme_times_the_rate_of_the_day_less_savings() -> None:
    savings = [Deduction("saved for release", 20)]
    pay = earning(PayScheme.PER_HOUR, RATES, dt.date(2026, 3, 10), hours=5.5, sessions=1,
                  pieces=0, deductions=savings)
    assert (pay.rate_riel, pay.gross_riel, pay.saved_riel, pay.paid_riel) == (
        1000, 5500, 1100, 4400)
    later = earning(PayScheme.PER_HOUR, RATES, dt.date(2026, 4, 10), hours=5.5, sessions=1,
                    pieces=0, deductions=savings)
    assert later.rate_riel == 1200  # the new rate from its start, the old one before
    assert earning(PayScheme.PER_PIECE, RATES, dt.date(2026, 3, 10), hours=5, sessions=1,
                   pieces=7, deductions=[]).gross_riel == 7000
    assert earning(PayScheme.PER_SESSION, RATES, dt.date(2026, 3, 10), hours=5, sessions=2,
                   pieces=0, deductions=[]).gross_riel == 2000
    assert earning(PayScheme.NONE, [], dt.date(2026, 3, 10), hours=5, sessions=1, pieces=0,
                   deductions=savings).gross_riel == 0


def test_work_before_the_first_rate_is_refused_until_a_rate_is_set() -> None:
    with pytest.raises(ValidationError, match="no pay rate in force on 31 Dec 2025"):
        earning(PayScheme.PER_HOUR, RATES, dt.date(2025, 12, 31), hours=1, sessions=1,
                pieces=0, deductions=[])


def test_a_closed_month_is_never_edited() -> None:
    with pytest.raises(ValidationError, match="pay period of 10 Mar 2026 is closed"):
        check_open_month(dt.date(2026, 3, 10), frozenset({"2026-03"}))
    check_open_month(dt.date(2026, 4, 1), frozenset({"2026-03"}))


def test_a_register_line_is_hours_or_an_absence_and_pieces_only_where_paid() -> None:
    check_line(RegisterLine(4.5), PayScheme.PER_HOUR)
    check_line(RegisterLine(0, AbsenceReason.REFUSED), PayScheme.PER_HOUR)
    check_line(RegisterLine(3, pieces=12), PayScheme.PER_PIECE)
    with pytest.raises(ValidationError, match="hours and an absence"):
        check_line(RegisterLine(2, AbsenceReason.SICK), PayScheme.PER_HOUR)
    with pytest.raises(ValidationError, match="does not pay per piece"):
        check_line(RegisterLine(3, pieces=2), PayScheme.PER_HOUR)
    with pytest.raises(ValidationError, match="enter 0 or more"):
        check_line(RegisterLine(3, pieces=-1), PayScheme.PER_PIECE)


# -- certificates ---------------------------------------------------------------------

FACTS = CertificateFacts(serial=serial("kpc", 2026, 7), person="SOK Dara", workshop="Sewing",
                         issuer="Provincial Department of Labour and Vocational Training",
                         hours=240, assessor="CHEA Sopheap", started=dt.date(2026, 1, 5),
                         issued=dt.date(2026, 6, 1))


def test_the_serial_names_the_centre_the_year_and_the_number() -> None:
    assert FACTS.serial == "KPC-VOC-2026-0007"


def test_a_certificate_needs_the_hours_and_a_passed_assessment() -> None:
    check_issuable(240, 240, True)
    with pytest.raises(ValidationError, match=r"needs 240\.0 hours; the person has 239\.9"):
        check_issuable(239.9, 240, True)
    with pytest.raises(ValidationError, match="passed assessment"):
        check_issuable(300, 240, False)


def test_the_qr_text_holds_the_serial_and_a_digest_of_what_the_paper_says() -> None:
    text = qr_text(FACTS)
    found_serial, found_digest = parse_qr(text)
    assert found_serial == FACTS.serial and text.endswith(found_digest or "-")
    changed = qr_text(CertificateFacts(**{**FACTS.__dict__, "hours": 340}))
    assert parse_qr(changed)[1] != found_digest  # a paper with other hours does not match
    assert parse_qr(" kpc-voc-2026-0007 ") == ("KPC-VOC-2026-0007", None)  # typed


@pytest.mark.parametrize("text", ["", "KPC-2026-0007", "RDVOC1:nothing:abc", "hello"])
def test_anything_else_is_not_a_certificate(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a certificate serial"):
        parse_qr(text)
