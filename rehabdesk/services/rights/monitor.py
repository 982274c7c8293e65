"""The independent monitor's view (issue #19, item 6).

A monitor's account (role ``monitor``) reaches nothing of the register; here it sees:

- statistics — people held, the red lists' counts, grievances by category and status,
  incidents by kind — through ``domain.disclosure.suppress_table``;
- every grievance and incident, and the people held past their legal basis, each stay
  named by the monitor's own pseudonym (``domain.rights.pseudonym`` under the centre's
  secret), never by name or case number; no health data: an incident's medical care is
  left out, and so are the words of a grievance about health or filed in confidence;
- a person's name and case number only through a supervisor's named, time-limited grant
  for that person at the monitor's request (``grant``, ``named``).

Every view writes an audit entry ("view", ``monitor_view``), and so does saving it as CSV
(``view_csv``, ``exported``); the monitor reads their own entries (``own_trail``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select

from rehabdesk.db.models import AuditEntry, Episode, Person, User
from rehabdesk.db.models_rights import (
    Grievance,
    Incident,
    IncidentPerson,
    MonitorGrant,
    MonitorSecret,
)
from rehabdesk.domain.disclosure import SuppressedTable, suppress_table
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.glossary import word
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, Role, require
from rehabdesk.domain.rights import (
    NOTIFIED_PARTIES,
    AlertKind,
    GrievanceCategory,
    GrievanceStatus,
    IncidentKind,
    grievance_status,
    pseudonym,
)
from rehabdesk.domain.settings import NO_BASIS_AFTER_DAYS, NO_VISIT_DAYS
from rehabdesk.services.platform import audit, settings
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.audit import summary_of
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.rights.alerts import alert_queries

__all__ = ["GRANT_MOST_DAYS", "MonitorGrievance", "MonitorIncident", "MonitorView",
           "NamedPerson", "TrailLine", "exported", "grant", "monitors", "named", "own_trail",
           "view", "view_csv"]

GRANT_MOST_DAYS = 30
"""The longest a named access lasts: long enough for one inquiry, short enough that no
monitor keeps names by default."""


@dataclass(frozen=True)
class MonitorGrievance:
    number: str
    person: str | None
    """The monitor's pseudonym of the stay it concerns, if any."""
    filed_on: dt.date
    category: GrievanceCategory
    status: GrievanceStatus
    due_on: dt.date
    answered_on: dt.date | None
    text: str
    """Empty for a confidential grievance and for one about health."""


@dataclass(frozen=True)
class MonitorIncident:
    number: str
    occurred_on: dt.date
    kind: IncidentKind
    place: str
    people: tuple[str, ...]
    """The monitor's pseudonyms of the people involved."""
    notified: tuple[tuple[str, dt.date], ...]
    """(party, day) of each notification made."""


@dataclass(frozen=True)
class HeldPastBasis:
    person: str
    since: dt.date
    days: int


@dataclass(frozen=True)
class MonitorView:
    on: dt.date
    people_held: int
    alerts: SuppressedTable
    """One row per ``AlertKind`` (in its order), one column."""
    grievance_table: SuppressedTable
    """Rows: ``GrievanceCategory``; columns: ``GrievanceStatus``."""
    incident_table: SuppressedTable
    """Rows: ``IncidentKind``; one column: the last 12 months."""
    grievances: tuple[MonitorGrievance, ...]
    incidents: tuple[MonitorIncident, ...]
    held_past_basis: tuple[HeldPastBasis, ...]


@dataclass(frozen=True)
class NamedPerson:
    pseudonym: str
    case_number: str
    khmer_name: str
    latin_name: str
    arrival_date: dt.date
    expires_at: dt.datetime


@dataclass(frozen=True)
class TrailLine:
    at: dt.datetime
    action: str
    summary: Message


def _secret(uow: UnitOfWork) -> bytes:
    """The centre's pseudonym key, made at the first monitor's first view."""
    row = uow.session.get(MonitorSecret, 1)
    if row is None:
        row = MonitorSecret(id=1, secret=secrets.token_hex(32))
        uow.session.add(row)
        uow.session.flush()
    return bytes.fromhex(row.secret)


def view(uow: UnitOfWork, actor: Actor, on: dt.date) -> MonitorView:
    """Everything the monitor may see on ``on``, pseudonymised; audited."""
    require(actor.role, Action.MONITOR)
    key = _secret(uow)

    def alias(case: str | None) -> str | None:
        return None if case is None else pseudonym(key, actor.username, case)

    connection = uow.session.connection()
    queries = alert_queries(on, settings.get(uow, NO_BASIS_AFTER_DAYS),
                            settings.get(uow, NO_VISIT_DAYS))
    counts = [connection.exec_driver_sql(f"SELECT count(*) FROM ({sql})", params).scalar()
              or 0 for sql, params in queries.values()]
    sql, params = queries[AlertKind.PAST_BASIS_END]
    past = tuple(HeldPastBasis(alias(case) or "", dt.date.fromisoformat(since),
                               (on - dt.date.fromisoformat(since)).days)
                 for _, case, _, _, _, since in connection.exec_driver_sql(
                     sql + " ORDER BY since", params))
    held = uow.session.scalar(select(func.count()).select_from(Episode)
                              .where(Episode.closed_on.is_(None))) or 0

    grievances = []
    table = {(c, s): 0 for c in GrievanceCategory for s in GrievanceStatus}
    for row, case in uow.session.execute(
            select(Grievance, Episode.case_number).outerjoin(
                Episode, Episode.id == Grievance.episode_id)
            .order_by(Grievance.filed_on.desc(), Grievance.id.desc())):
        status = grievance_status(row.due_on, row.answered_on, row.closed_on, on)
        category = GrievanceCategory(row.category)
        table[category, status] += 1
        shown = "" if row.confidential or category is GrievanceCategory.HEALTH else row.text
        grievances.append(MonitorGrievance(row.number, alias(case), row.filed_on, category,
                                           status, row.due_on, row.answered_on, shown))

    year_ago = on - dt.timedelta(days=365)
    incidents = []
    by_kind = dict.fromkeys(IncidentKind, 0)
    people: dict[int, list[str]] = {}
    for incident_id, case in uow.session.execute(
            select(IncidentPerson.incident_id, Episode.case_number)
            .join(Episode, Episode.id == IncidentPerson.episode_id)):
        people.setdefault(incident_id, []).append(alias(case) or "")
    for incident in uow.session.scalars(select(Incident).order_by(
            Incident.occurred_on.desc(), Incident.id.desc())):
        kind = IncidentKind(incident.kind)
        if incident.occurred_on > year_ago:
            by_kind[kind] += 1
        notified = tuple((p, getattr(incident, f"{p}_notified_on")) for p in NOTIFIED_PARTIES
                         if getattr(incident, f"{p}_notified_on") is not None)
        incidents.append(MonitorIncident(
            incident.number, incident.occurred_on, kind, incident.place,
            tuple(sorted(people.get(incident.id, []))), notified))

    result = MonitorView(
        on, held, suppress_table([[c] for c in counts]),
        suppress_table([[table[c, s] for s in GrievanceStatus] for c in GrievanceCategory]),
        suppress_table([[by_kind[k]] for k in IncidentKind]),
        tuple(grievances), tuple(incidents), past)
    audit.record(uow, actor, "view", "monitor_view", None,
                 summary=sentence("rights.audit.monitor_viewed", day=on,
                                  grievances=len(grievances), incidents=len(incidents)))
    return result


def view_csv(view: MonitorView, language: str = "en") -> str:
    """The monitor's view as CSV for their own report (UTF-8 text, one header row): the
    red lists' counts, then every grievance and incident, then the people held past their
    basis — pseudonymised and suppressed exactly as on screen, codes worded in
    ``language`` by the glossary."""
    out = io.StringIO()
    rows = csv.writer(out)
    rows.writerow(["part", "number", "person", "date", "what", "status", "days or count"])
    for kind, (count,) in zip(AlertKind, view.alerts.cells, strict=True):
        rows.writerow(["red list", "", "", view.on.isoformat(),
                       word("rights_alert", kind.value, language), "",
                       "1-9" if count is None else count])
    for g in view.grievances:
        rows.writerow(["grievance", g.number, g.person or "", g.filed_on.isoformat(),
                       word("grievance_category", g.category.value, language),
                       word("grievance_status", g.status.value, language), ""])
    for i in view.incidents:
        rows.writerow(["incident", i.number, " ".join(i.people), i.occurred_on.isoformat(),
                       word("incident_kind", i.kind.value, language),
                       " ".join(f"{party}:{day.isoformat()}" for party, day in i.notified), ""])
    for p in view.held_past_basis:
        rows.writerow(["held past basis", "", p.person, p.since.isoformat(), "", "", p.days])
    return out.getvalue()


def exported(uow: UnitOfWork, actor: Actor, on: dt.date, file_name: str) -> None:
    """Audits that the monitor saved their view of ``on`` to ``file_name``."""
    require(actor.role, Action.MONITOR)
    audit.record(uow, actor, "export", "monitor_view", None,
                 summary=sentence("rights.audit.monitor_exported", day=on, file=file_name))


def grant(uow: UnitOfWork, actor: Actor, monitor: str, episode_uid: str, request: str,
          days: int, now: dt.datetime) -> dt.datetime:
    """A supervisor lets ``monitor`` (a user name) see one person's name and case number
    for ``days`` days from ``now``, answering the monitor's ``request``; audited. Returns
    when it expires."""
    require(actor.role, Action.OVERSEE_RIGHTS)
    if not request.strip():
        raise ValidationError("rights.grant_without_reason")
    if not 1 <= days <= GRANT_MOST_DAYS:
        raise ValidationError("rights.grant_days_outside", most=GRANT_MOST_DAYS, days=days)
    user = uow.session.scalar(select(User).where(User.username == monitor))
    if user is None or user.role != Role.MONITOR.value or not user.active:
        raise ValidationError("rights.not_a_monitor", user=monitor)
    episode = load_episode(uow, episode_uid)
    expires = now + dt.timedelta(days=days)
    row = MonitorGrant(monitor_id=user.id, episode_id=episode.id, granted_at=now,
                       expires_at=expires, request=request.strip(),
                       granted_by_id=actor.user_id, granted_by=actor.name)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "monitor_grant", row.uid, person_uid=episode.person.uid,
                 changes={"monitor": (None, monitor), "expires_at": (None, expires),
                          "request": (None, row.request)},
                 summary=sentence("rights.audit.monitor_granted", user=monitor,
                                  case=episode.case_number, until=expires))
    return expires


def monitors(uow: UnitOfWork, actor: Actor) -> list[tuple[str, str]]:
    """(user name, full name) of each active monitor account, for a supervisor's grant."""
    require(actor.role, Action.OVERSEE_RIGHTS)
    return [(username, name) for username, name in uow.session.execute(
        select(User.username, User.full_name).where(
            User.role == Role.MONITOR.value, User.active.is_(True)).order_by(User.full_name))]


def named(uow: UnitOfWork, actor: Actor, alias: str, now: dt.datetime) -> NamedPerson:
    """The person behind the monitor's pseudonym ``alias``, while a grant for them is in
    force at ``now``; audited."""
    require(actor.role, Action.MONITOR)
    key = _secret(uow)
    rows = uow.session.execute(
        select(MonitorGrant.expires_at, Episode)
        .join(Episode, Episode.id == MonitorGrant.episode_id)
        .where(MonitorGrant.monitor_id == actor.user_id, MonitorGrant.granted_at <= now,
               MonitorGrant.expires_at > now)).all()
    for expires, episode in rows:
        if pseudonym(key, actor.username, episode.case_number) == alias.strip():
            person = uow.session.get_one(Person, episode.person_id)
            audit.record(uow, actor, "view", "monitor_grant", None, person_uid=person.uid,
                         summary=sentence("rights.audit.monitor_named", pseudonym=alias,
                                          case=episode.case_number))
            return NamedPerson(alias.strip(), episode.case_number, person.khmer_name,
                               person.latin_name, episode.arrival_date, expires)
    raise ValidationError("rights.no_grant")


def own_trail(uow: UnitOfWork, actor: Actor, limit: int = 500) -> list[TrailLine]:
    """The monitor's own audit entries, newest first: what they viewed and when."""
    require(actor.role, Action.MONITOR)
    rows = uow.session.execute(
        select(AuditEntry.at, AuditEntry.action, AuditEntry.summary)
        .where(AuditEntry.user_id == actor.user_id)
        .order_by(AuditEntry.id.desc()).limit(limit))
    return [TrailLine(at, action, summary_of(summary)) for at, action, summary in rows]
