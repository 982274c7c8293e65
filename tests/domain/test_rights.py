"""The pure rules of rights and oversight (issue #19): ages, a grievance's status from its
dates, an incident's notifications, a legal basis's dates and the monitors' pseudonyms."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.rights import (
    NOTIFIED_PARTIES,
    BasisKind,
    GrievanceStatus,
    IncidentFacts,
    IncidentKind,
    LegalBasis,
    age_on,
    check_basis,
    check_incident,
    grievance_status,
    pseudonym,
)

DAY = dt.date(2026, 11, 25)


def test_age_turns_on_the_birthday() -> None:
    born = dt.date(2008, 11, 26)
    assert age_on(born, DAY) == 17 and age_on(born, DAY + dt.timedelta(days=1)) == 18


@pytest.mark.parametrize(("answered", "closed", "today", "status"), [
    (None, None, DAY, GrievanceStatus.OPEN),
    (None, None, DAY + dt.timedelta(days=1), GrievanceStatus.OVERDUE),
    (DAY, None, DAY + dt.timedelta(days=30), GrievanceStatus.ANSWERED),
    (DAY, DAY, DAY + dt.timedelta(days=30), GrievanceStatus.CLOSED),
])
def test_a_grievance_status_comes_from_its_dates(answered: dt.date | None,
                                                 closed: dt.date | None, today: dt.date,
                                                 status: GrievanceStatus) -> None:
    assert grievance_status(DAY, answered, closed, today) is status


def test_a_basis_reference_is_trimmed_and_its_dates_checked() -> None:
    basis = LegalBasis(BasisKind.VOLUNTARY, DAY, DAY, "  Consent 4/2026 ")
    assert check_basis(basis, DAY, DAY).reference == "Consent 4/2026"
    for bad, code in ((LegalBasis(BasisKind.SENTENCE, DAY, DAY, " "), "basis_without_reference"),
                      (LegalBasis(BasisKind.SENTENCE, DAY, DAY - dt.timedelta(days=1), "x"),
                       "basis_ends_before_start"),
                      (LegalBasis(BasisKind.SENTENCE, DAY + dt.timedelta(days=1),
                                  DAY + dt.timedelta(days=9), "x"), "basis_in_future")):
        with pytest.raises(ValidationError) as error:
            check_basis(bad, DAY, DAY)
        assert error.value.message.code == f"rights.{code}"


@pytest.mark.parametrize("kind", list(IncidentKind))
def test_only_deaths_and_force_need_every_notification(kind: IncidentKind) -> None:
    facts = IncidentFacts(kind, DAY, "kitchen", "what happened")
    if kind in (IncidentKind.DEATH, IncidentKind.USE_OF_FORCE):
        with pytest.raises(ValidationError):
            check_incident(facts, DAY)
        check_incident(IncidentFacts(kind, DAY, "kitchen", "what happened",
                                     dict.fromkeys(NOTIFIED_PARTIES, DAY)), DAY)
    else:
        check_incident(facts, DAY)


def test_nobody_is_told_before_the_incident() -> None:
    with pytest.raises(ValidationError) as error:
        check_incident(IncidentFacts(IncidentKind.INJURY, DAY, "kitchen", "cut",
                                     {"family": DAY - dt.timedelta(days=1)}), DAY)
    assert error.value.message.code == "rights.notified_outside"


def test_a_pseudonym_is_stable_per_monitor_and_secret() -> None:
    one = pseudonym(b"secret", "monitor.a", "KPC-2026-000001")
    assert one == pseudonym(b"secret", "monitor.a", "KPC-2026-000001")
    assert one != pseudonym(b"secret", "monitor.b", "KPC-2026-000001")
    assert one != pseudonym(b"other", "monitor.a", "KPC-2026-000001")
    assert one != pseudonym(b"secret", "monitor.a", "KPC-2026-000002")
    assert one.startswith("P-") and one[2:4].isdigit() and "2026" not in one
