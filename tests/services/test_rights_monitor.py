"""The independent monitor (issue #19, item 6; Done when): the monitor's view carries no
name, no health data and no real case number — each stay under the monitor's own
pseudonym, different for another monitor — until a supervisor grants a named access for
one person, which ends on time; every view is audited and the monitor reads their own
trail; figures are suppressed below ten."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.rights import (
    AlertKind,
    Filer,
    GrievanceCategory,
    IncidentFacts,
    IncidentKind,
    pseudonym,
)
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.rights import grievances, incidents, monitor
from tests.conftest import TODAY
from tests.services.rights_helpers import add_basis, refused, stay, supervisor
from tests.services.rights_helpers import monitor as new_monitor

NOW = dt.datetime(2026, 11, 25, 2, 0)
TOLD = dict.fromkeys(("family", "prosecutor", "health_authority", "headquarters"), TODAY)


def _fill(database: Database, clerk: Actor) -> str:
    """A stay held past its basis, a health grievance in confidence, a food grievance and
    a use of force with its medical care; returns the stay."""
    episode = stay(database, clerk, 90, latin="Keo Rith", khmer="កែវ រិទ្ធ")
    add_basis(database, clerk, episode, TODAY - 90 * dt.timedelta(days=1),
              TODAY - 10 * dt.timedelta(days=1))
    with database.unit_of_work(write=True) as uow:
        for category, text, secret in (
                (GrievanceCategory.HEALTH, "HIV medicine stopped for a week", False),
                (GrievanceCategory.FOOD, "Cold rice every evening", False),
                (GrievanceCategory.VIOLENCE, "Beaten by guard Meas", True)):
            grievances.file(uow, clerk, grievances.NewGrievance(
                TODAY, Filer.PERSON, "Keo Rith", category, text, secret, episode), TODAY)
        incidents.record_incident(uow, clerk, incidents.NewIncident(
            IncidentFacts(IncidentKind.USE_OF_FORCE, TODAY, "Dormitory B",
                          "Held by the arms after a fight.", TOLD), (episode,),
            "Guard Meas", "Tuberculosis suspected; chest X-ray ordered"), TODAY)
    return episode


def _words(view: monitor.MonitorView) -> str:
    parts = [repr(dataclasses.astuple(g)) for g in view.grievances]
    parts += [repr(dataclasses.astuple(i)) for i in view.incidents]
    parts += [repr(dataclasses.astuple(p)) for p in view.held_past_basis]
    return " ".join(parts)


def test_the_monitor_sees_no_name_no_health_no_case_number(database: Database,
                                                           clerk: Actor) -> None:
    episode = _fill(database, clerk)
    watcher, other = new_monitor(database), new_monitor(database, "monitor.ohchr")
    with database.unit_of_work(write=True) as uow:
        view = monitor.view(uow, watcher, TODAY)
        seen_by_other = monitor.view(uow, other, TODAY)
        case = persons.load_episode(uow, episode).case_number
    text = _words(view)
    for hidden in ("Keo Rith", "កែវ រិទ្ធ", case, "HIV", "Tuberculosis", "X-ray",
                   "Beaten by guard"):
        assert hidden not in text, hidden
    assert "Cold rice every evening" in text  # an ordinary grievance's words are shown
    assert view.held_past_basis and view.held_past_basis[0].days == 9
    alias = view.held_past_basis[0].person
    assert alias.startswith("P-") and {g.person for g in view.grievances} == {alias}
    assert seen_by_other.held_past_basis[0].person != alias  # one pseudonym per monitor
    # small figures are suppressed
    counts = dict(zip(AlertKind, view.alerts.cells, strict=True))
    assert counts[AlertKind.PAST_BASIS_END] == [None]


def test_a_grant_names_one_person_until_it_expires(database: Database,
                                                   clerk: Actor) -> None:
    episode = _fill(database, clerk)
    boss, watcher = supervisor(database), new_monitor(database)
    with database.unit_of_work(write=True) as uow:
        alias = monitor.view(uow, watcher, TODAY).held_past_basis[0].person
    with database.unit_of_work(write=True) as uow, refused("no_grant"):
        monitor.named(uow, watcher, alias, NOW)
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(PermissionDeniedError):
            monitor.grant(uow, clerk, watcher.username, episode, "inquiry", 7, NOW)
        with refused("grant_without_reason"):
            monitor.grant(uow, boss, watcher.username, episode, "  ", 7, NOW)
        with refused("grant_days_outside"):
            monitor.grant(uow, boss, watcher.username, episode, "inquiry", 31, NOW)
        with refused("not_a_monitor"):
            monitor.grant(uow, boss, clerk.username, episode, "inquiry", 7, NOW)
        expires = monitor.grant(uow, boss, watcher.username, episode,
                                "Inquiry into a complaint of ill-treatment", 7, NOW)
    assert expires == NOW + dt.timedelta(days=7)
    with database.unit_of_work(write=True) as uow:
        person = monitor.named(uow, watcher, alias, expires - dt.timedelta(seconds=1))
    assert (person.latin_name == "Keo Rith" and person.case_number.startswith("KPC-") is False) \
        or person.case_number
    with database.unit_of_work(write=True) as uow, refused("no_grant"):
        monitor.named(uow, watcher, alias, expires)  # on time: not a second longer
    other = new_monitor(database, "monitor.ohchr")
    with database.unit_of_work(write=True) as uow, refused("no_grant"):
        monitor.named(uow, other, pseudonym(b"x", other.username, person.case_number), NOW)


def test_every_view_is_audited_and_the_monitor_reads_their_trail(database: Database,
                                                                 clerk: Actor) -> None:
    _fill(database, clerk)
    watcher = new_monitor(database)
    for _ in range(2):
        with database.unit_of_work(write=True) as uow:
            monitor.view(uow, watcher, TODAY)
    with database.unit_of_work() as uow:
        trail = monitor.own_trail(uow, watcher)
        with pytest.raises(PermissionDeniedError):
            monitor.own_trail(uow, clerk)
    assert [line.action for line in trail] == ["view", "view"]
    assert all(line.summary.code == "rights.audit.monitor_viewed" for line in trail)
