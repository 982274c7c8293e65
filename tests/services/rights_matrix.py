"""The rights services' rows of the permission matrix test
(``test_permission_matrix.CALLS``, issue #19): each call with the action it needs. The
role list includes the independent monitor, so every other service of the matrix is
walked as the monitor too — and refused, but for the monitor's own view. The rights
papers need ``PRINT`` and ``RECORD_RIGHTS``; every role with the second has the first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from rehabdesk.db.models import User
from rehabdesk.db.models_rights import Grievance
from rehabdesk.domain.permissions import Action, Role
from rehabdesk.domain.rights import (
    AlertKind,
    BasisKind,
    Filer,
    GrievanceCategory,
    IncidentFacts,
    IncidentKind,
    LegalBasis,
    VisitorRelation,
)
from rehabdesk.services.paperwork import rights as papers
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.rights import (
    alerts,
    basis,
    grievances,
    incidents,
    monitor,
    sheet,
    visits,
)
from tests.conftest import TODAY, add_user

ServiceCall = Callable[[UnitOfWork, Actor, str], object]
NOW = dt.datetime(2026, 11, 25, 9, 0)


def _episode(uow: UnitOfWork, person: str) -> str:
    episode = persons.get_person(uow, person).latest_episode
    assert episode is not None
    return episode.uid


def _grievance(uow: UnitOfWork, person: str, answered: bool = False) -> str:
    """A grievance about the person's stay, written straight (answered or not)."""
    row = Grievance(number="G-2026-9999", episode_id=persons.load_episode(
        uow, _episode(uow, person)).id, filed_on=TODAY, filer="person", filer_name="Sok Dara",
        category="food", text="cold rice", due_on=TODAY, recorded_by="x",
        answered_on=TODAY if answered else None, answer="hot again" if answered else "")
    uow.session.add(row)
    uow.session.flush()
    return row.uid


def _monitor(uow: UnitOfWork) -> str:
    """A monitor's user name (made straight if the centre has none yet)."""
    name = uow.session.scalar(select(User.username).where(User.role == Role.MONITOR.value))
    return name or add_user(uow, "monitor.ngo", "NGO Monitor", Role.MONITOR).username


CALLS: dict[str, tuple[Action, ServiceCall]] = {
    "record a legal basis": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        basis.record_basis(uow, actor, _episode(uow, person), LegalBasis(
            BasisKind.VOLUNTARY, TODAY, TODAY + dt.timedelta(days=90), "Consent 1/2026"),
            TODAY)),
    "read the legal bases": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        basis.bases_of(uow, actor, _episode(uow, person))),
    "read the red lists": (Action.OVERSEE_RIGHTS, lambda uow, actor, _person:
        alerts.alerts(uow, actor, TODAY)),
    "count the red lists": (Action.OVERSEE_RIGHTS, lambda uow, actor, _person:
        alerts.alert_counts(uow, actor, TODAY)),
    "explain a red list's entry": (Action.OVERSEE_RIGHTS, lambda uow, actor, person:
        alerts.explain(uow, actor, AlertKind.NO_BASIS, _episode(uow, person), "court date",
                       TODAY)),
    "record the rights sheet's hand-over": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        sheet.record_handover(uow, actor, _episode(uow, person),
                              sheet.Handover(TODAY, "signed", "Sokha Chan"), TODAY)),
    "read the rights sheet's hand-over": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        sheet.sheet_of(uow, actor, _episode(uow, person))),
    "list the rights sheets due": (Action.RECORD_RIGHTS, lambda uow, actor, _person:
        sheet.sheets_due(uow, actor)),
    "file a grievance": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        grievances.file(uow, actor, grievances.NewGrievance(
            TODAY, Filer.PERSON, "Sok Dara", GrievanceCategory.FOOD, "cold rice",
            episode_uid=_episode(uow, person)), TODAY)),
    "answer a grievance": (Action.OVERSEE_RIGHTS, lambda uow, actor, person:
        grievances.answer(uow, actor, _grievance(uow, person), TODAY, "hot again", TODAY)),
    "close a grievance": (Action.OVERSEE_RIGHTS, lambda uow, actor, person:
        grievances.close(uow, actor, _grievance(uow, person, answered=True), TODAY,
                         "resolved", TODAY)),
    "read a grievance": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        grievances.get(uow, actor, _grievance(uow, person), TODAY)),
    "list the grievances": (Action.RECORD_RIGHTS, lambda uow, actor, _person:
        grievances.grievances(uow, actor, TODAY)),
    "record a visit": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        visits.record_visit(uow, actor, _episode(uow, person), visits.VisitRecord(
            TODAY, "Sok Chenda", VisitorRelation.FAMILY, None), TODAY)),
    "list a stay's visits": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        visits.visits_of(uow, actor, _episode(uow, person))),
    "record an incident": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        incidents.record_incident(uow, actor, incidents.NewIncident(IncidentFacts(
            IncidentKind.INJURY, TODAY, "kitchen", "cut finger"), (_episode(uow, person),)),
            TODAY)),
    "list the incidents": (Action.RECORD_RIGHTS, lambda uow, actor, _person:
        incidents.incidents(uow, actor)),
    "see the monitor's view": (Action.MONITOR, lambda uow, actor, _person:
        monitor.view(uow, actor, TODAY)),
    "grant a monitor a named access": (Action.OVERSEE_RIGHTS, lambda uow, actor, person:
        monitor.grant(uow, actor, _monitor(uow), _episode(uow, person), "inquiry 3/2026", 7,
                      NOW)),
    "list the monitors' accounts": (Action.OVERSEE_RIGHTS, lambda uow, actor, _person:
        monitor.monitors(uow, actor)),
    "see a name under a grant": (Action.MONITOR, lambda uow, actor, _person:
        monitor.named(uow, actor, "P-UNKNOWN", NOW)),
    "audit the monitor's saved view": (Action.MONITOR, lambda uow, actor, _person:
        monitor.exported(uow, actor, TODAY, "monitor.csv")),
    "read the monitor's own trail": (Action.MONITOR, lambda uow, actor, _person:
        monitor.own_trail(uow, actor)),
}

NEXT_RULE: dict[str, str] = {
    "explain a red list's entry": "not on the list",
    "see a name under a grant": "no access to this person's name",
}


def _incident(uow: UnitOfWork, person: str) -> str:
    """An injury of the person, written straight."""
    from rehabdesk.db.models_rights import Incident, IncidentPerson

    row = Incident(number="I-2026-9999", occurred_on=TODAY, kind="injury", place="kitchen",
                   description="cut finger", recorded_by="x")
    uow.session.add(row)
    uow.session.flush()
    uow.session.add(IncidentPerson(incident_id=row.id, episode_id=persons.load_episode(
        uow, _episode(uow, person)).id))
    uow.session.flush()
    return row.uid


def _case(uow: UnitOfWork, person: str) -> str:
    return persons.load_episode(uow, _episode(uow, person)).case_number


CALLS.update({
    "print a rights sheet": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        papers.print_rights_sheet(uow, actor, _case(uow, person), TODAY)),
    "print a grievance receipt": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        papers.print_grievance_receipt(uow, actor, _grievance(uow, person), TODAY)),
    "print an incident report": (Action.RECORD_RIGHTS, lambda uow, actor, person:
        papers.print_incident_report(uow, actor, _incident(uow, person), TODAY)),
})
