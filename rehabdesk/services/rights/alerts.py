"""The red lists (issue #19, items 1, 3, 4 and 8): who is held past their legal basis or
without one, minors, people past their expected release who are not released, overdue
grievances and people without a visit — each entry gone once the cause is fixed or a
supervisor has recorded why it stays (``explain``, audited).

Each kind is one SQL statement (``alert_queries``, public so the benchmark runs the same
SQL through bare ``sqlite3``), the rule of ``domain.rights.AlertKind`` as written there,
with the explained entries left out by a join on ``alert_explanation`` (kind, subject,
``since``). An open stay is one whose ``closed_on`` is empty (a release closes it). The
Dashboard reads only the counts; the Rights page and ``report rights`` the entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from rehabdesk.db import uids
from rehabdesk.db.models_rights import AlertExplanation
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.rights import MINOR_AGE, AlertKind
from rehabdesk.domain.settings import NO_BASIS_AFTER_DAYS, NO_VISIT_DAYS
from rehabdesk.services.platform import audit, settings
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

__all__ = ["Alert", "alert_counts", "alert_queries", "alerts", "explain"]

_PERSON = ("SELECT {subject} AS subject, e.case_number, p.uid, p.khmer_name, p.latin_name, "
           "{since} AS since FROM {source} ")
_COUNTED = "SELECT {subject} AS subject, {since} AS since FROM {source} "
_UNEXPLAINED = ("NOT EXISTS (SELECT 1 FROM alert_explanation x WHERE x.kind = '{kind}' "
                "AND x.subject_uid = {subject} AND x.since = {since})")


def _years_before(on: dt.date, years: int) -> dt.date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February
        return on.replace(year=on.year - years, day=28)


def _unexplained(kind: AlertKind, subject: str, since: str,
                 explained: Collection[str] | None) -> str:
    """The clause leaving out explained entries; none while no entry of ``kind`` has been
    explained (``explained``: the kinds that have one; None: every kind)."""
    if explained is not None and kind.value not in explained:
        return ""
    return " AND " + _UNEXPLAINED.format(kind=kind.value, subject=subject, since=since)


def _stay_query(kind: AlertKind, since: str, where: str, source: str,
                explained: Collection[str] | None) -> str:
    """An open stay's entry: ``source`` ends in "WHERE … AND", ``where`` is the rule; a
    source without the person (a count) selects only the subject and the day."""
    select = _PERSON if " p ON " in source else _COUNTED
    return (select.format(subject="e.uid", since=since, source=source) + where
            + _unexplained(kind, "e.uid", since, explained))


def alert_queries(on: dt.date, no_basis_days: int, no_visit_days: int,
                  explained: Collection[str] | None = None, *, names: bool = True,
                  ) -> dict[AlertKind, tuple[str, tuple[Any, ...]]]:
    """Each kind's statement and its parameters (dates as ISO text, as stored): rows of
    (subject uid, case number, person uid, Khmer name, Latin name, since). ``explained``
    names the kinds with an explanation on record (None: check every kind); without
    ``names`` (a count) the person is not joined but where the rule reads it (minors).

    Each starts from the smaller side where it can — the bases that ended (an index on
    their end), the latest expected release of each stay's court cases in one pass, the
    stays with a recent visit or any basis as one set — so that as few statements as
    possible look something up once per open stay: at the benchmark centre nearly every
    one of its 200,000 stays is open."""
    today = on.isoformat()
    no_basis_before = (on - dt.timedelta(days=no_basis_days)).isoformat()
    no_visit_before = (on - dt.timedelta(days=no_visit_days)).isoformat()
    minor_born_after = _years_before(on, MINOR_AGE).isoformat()
    person = "JOIN person p ON p.id = e.person_id " if names else ""
    stays = f"episode e {person}WHERE e.closed_on IS NULL AND "
    last_visit = ("(SELECT max(v.visited_on) FROM visit v WHERE v.episode_id = e.id "
                  "AND v.refused = 0)")
    grievance_source = ("grievance g LEFT JOIN episode e ON e.id = g.episode_id "
                        f"{'LEFT ' + person if names else ''}WHERE ")
    return {
        AlertKind.PAST_BASIS_END: (_stay_query(
            AlertKind.PAST_BASIS_END, "date(b.ends_on, '+1 day')",
            "b.ends_on < ? AND NOT EXISTS (SELECT 1 FROM legal_basis later WHERE "
            "later.episode_id = b.episode_id AND (later.ends_on > b.ends_on OR "
            "(later.ends_on = b.ends_on AND later.id > b.id)))",
            f"legal_basis b JOIN episode e ON e.id = b.episode_id {person}"
            "WHERE e.closed_on IS NULL AND ",
            explained), (today,)),
        AlertKind.NO_BASIS: (_stay_query(
            AlertKind.NO_BASIS, "e.arrival_date",
            "e.arrival_date < ? AND e.id NOT IN (SELECT episode_id FROM legal_basis)",
            stays, explained), (no_basis_before,)),
        AlertKind.MINOR: (_stay_query(
            AlertKind.MINOR, "e.arrival_date", "p.birth_date > ?",
            "episode e JOIN person p ON p.id = e.person_id WHERE e.closed_on IS NULL AND ",
            explained),
            (minor_born_after,)),
        AlertKind.PAST_EXPECTED_RELEASE: (_stay_query(
            AlertKind.PAST_EXPECTED_RELEASE, "date(c.expected_release, '+1 day')",
            "c.expected_release < ? AND NOT EXISTS (SELECT 1 FROM court_case later WHERE "
            "later.episode_id = c.episode_id AND later.expected_release IS NOT NULL AND "
            "(later.expected_release > c.expected_release OR (later.expected_release = "
            "c.expected_release AND later.id > c.id)))",
            f"court_case c JOIN episode e ON e.id = c.episode_id {person}"
            "WHERE e.closed_on IS NULL AND ", explained), (today,)),
        AlertKind.GRIEVANCE_OVERDUE: (
            (_PERSON if names else _COUNTED).format(
                subject="g.uid", since="date(g.due_on, '+1 day')", source=grievance_source)
            + "g.answered_on IS NULL AND g.due_on < ?"
            + _unexplained(AlertKind.GRIEVANCE_OVERDUE, "g.uid", "date(g.due_on, '+1 day')",
                           explained), (today,)),
        AlertKind.NO_VISIT: (_stay_query(
            AlertKind.NO_VISIT, f"coalesce({last_visit}, e.arrival_date)",
            "e.arrival_date <= ? AND e.id NOT IN (SELECT episode_id FROM visit "
            "WHERE refused = 0 AND visited_on > ?)", stays, explained),
            (no_visit_before, no_visit_before)),
    }


@dataclass(frozen=True)
class Alert:
    """One entry of a red list: ``subject_uid`` is the stay's uid, or the grievance's for
    ``grievance_overdue`` (whose ``case_number`` is the stay it concerns, if any)."""

    kind: AlertKind
    subject_uid: str
    case_number: str | None
    person_uid: str | None
    khmer_name: str
    latin_name: str
    since: dt.date
    days: int
    """Days from ``since`` to the day asked about."""


def _queries(uow: UnitOfWork, on: dt.date, *, names: bool = True,
             ) -> dict[AlertKind, tuple[str, tuple[Any, ...]]]:
    uow.session.flush()
    explained = set(uow.session.scalars(select(AlertExplanation.kind).distinct()))
    return alert_queries(on, settings.get(uow, NO_BASIS_AFTER_DAYS),
                         settings.get(uow, NO_VISIT_DAYS), explained, names=names)


def alerts(uow: UnitOfWork, actor: Actor, on: dt.date,
           kinds: tuple[AlertKind, ...] = tuple(AlertKind)) -> list[Alert]:
    """The entries of the lists ``kinds`` on ``on``, longest first within each kind."""
    require(actor.role, Action.OVERSEE_RIGHTS)
    found = []
    connection = uow.session.connection()
    for kind, (sql, params) in _queries(uow, on).items():
        if kind not in kinds:
            continue
        for subject, case, person, khmer, latin, since in connection.exec_driver_sql(
                sql + " ORDER BY since, 2", params):
            day = dt.date.fromisoformat(since)
            found.append(Alert(kind, uids.text_of(subject), case, uids.text_of(person),
                               khmer or "", latin or "", day, (on - day).days))
    return found


def alert_counts(uow: UnitOfWork, actor: Actor, on: dt.date) -> dict[AlertKind, int]:
    """How many entries each list has on ``on`` (the Dashboard's red figures)."""
    require(actor.role, Action.OVERSEE_RIGHTS)
    connection = uow.session.connection()
    return {kind: connection.exec_driver_sql(f"SELECT count(*) FROM ({sql})", params).scalar()
            or 0 for kind, (sql, params) in _queries(uow, on, names=False).items()}


def explain(uow: UnitOfWork, actor: Actor, kind: AlertKind, subject_uid: str, reason: str,
            on: dt.date) -> None:
    """A supervisor's reason for leaving the entry (``kind``, ``subject_uid``) as it is on
    ``on``: it leaves the list until its cause changes (a new ``since``). Audited."""
    require(actor.role, Action.OVERSEE_RIGHTS)
    if not reason.strip():
        raise ValidationError("rights.explanation_without_reason")
    entry = next((a for a in alerts(uow, actor, on, (kind,)) if a.subject_uid == subject_uid),
                 None)
    if entry is None:
        raise ValidationError("rights.no_such_alert", kind=kind.value)
    row = AlertExplanation(kind=kind.value, subject_uid=subject_uid, since=entry.since,
                           reason=reason.strip(), explained_on=on,
                           explained_by_id=actor.user_id, explained_by=actor.name)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "rights_alert", row.uid, person_uid=entry.person_uid,
                 changes={"kind": (None, kind.value), "since": (None, entry.since),
                          "reason": (None, row.reason)},
                 summary=sentence("rights.audit.alert_explained",
                                  case=entry.case_number or "", kind=kind.value,
                                  reason=row.reason))
