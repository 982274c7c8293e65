"""What the vocational services share: loading rows, the facts about a person the entry
conditions and work limits look at, and the centre's clock."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_clinical import HealthScreenRow
from rehabdesk.db.models_enrolment import Enrolment
from rehabdesk.db.models_vocational import PayPeriod, Workshop, WorkshopAllocation, WorkshopRate
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.messages import Named
from rehabdesk.domain.records import completed_years
from rehabdesk.domain.shown_dates import CENTRE_TIME
from rehabdesk.domain.vocational import EntryConditions, Rate, WorkshopKind
from rehabdesk.domain.vocational import Person as Applicant
from rehabdesk.services.platform.database import UnitOfWork


def centre_today() -> dt.date:
    """Today on the centre's clock (Cambodia), whatever the machine's time zone."""
    return dt.datetime.now(CENTRE_TIME).date()


def load_workshop(uow: UnitOfWork, uid: str) -> Workshop:
    row = uow.session.scalar(select(Workshop).where(Workshop.uid == uid))
    if row is None:
        raise NotFoundError("vocational.workshop_gone")
    return row


def load_allocation(uow: UnitOfWork, uid: str) -> WorkshopAllocation:
    row = uow.session.scalar(select(WorkshopAllocation).where(WorkshopAllocation.uid == uid))
    if row is None:
        raise NotFoundError("vocational.allocation_gone")
    return row


def named(workshop: Workshop) -> Named:
    """The workshop as a sentence names it: in Khmer to a Khmer reader."""
    return Named(workshop.name_en, workshop.name_km)


def conditions_of(workshop: Workshop) -> EntryConditions:
    return EntryConditions(workshop.min_weeks_in_treatment, workshop.needs_medically_fit,
                           workshop.education)


def kind_of(workshop: Workshop) -> WorkshopKind:
    return WorkshopKind(workshop.kind)


def rates_of(uow: UnitOfWork, workshop_id: int) -> list[Rate]:
    return [Rate(start, riel) for start, riel in uow.session.execute(
        select(WorkshopRate.starts_on, WorkshopRate.riel)
        .where(WorkshopRate.workshop_id == workshop_id).order_by(WorkshopRate.starts_on))]


def closed_months(uow: UnitOfWork) -> frozenset[str]:
    return frozenset(uow.session.scalars(select(PayPeriod.month)))


def applicant(uow: UnitOfWork, episode: Episode, person: Person, day: dt.date) -> Applicant:
    """The facts the entry conditions and the days nobody works look at, on ``day``:
    arrival, age (None without a birth date), whole weeks enrolled in treatment up to
    that day, and the latest health screen's fitness for manual work."""
    age = None if person.birth_date is None else completed_years(
        (person.birth_date.year, person.birth_date.month, person.birth_date.day),
        (day.year, day.month, day.day))
    days = 0
    for start, end in uow.session.execute(
            select(Enrolment.enrolled_on, Enrolment.ended_on).where(
                Enrolment.episode_id == episode.id, Enrolment.enrolled_on.is_not(None),
                Enrolment.enrolled_on <= day)):
        if start is not None:
            days += ((min(end, day) if end is not None else day) - start).days
    fit = uow.session.scalar(
        select(HealthScreenRow.fit_for_manual_work)
        .where(HealthScreenRow.episode_id == episode.id, HealthScreenRow.screened_on <= day)
        .order_by(HealthScreenRow.screened_on.desc(), HealthScreenRow.id.desc()).limit(1))
    return Applicant(arrival=episode.arrival_date, age=age, weeks_in_treatment=days // 7,
                     medically_fit=fit)


def check_in_stay(episode: Episode, day: dt.date) -> None:
    """Refuses a day before the person arrived or after the stay ended (release)."""
    if day < episode.arrival_date:
        raise ValidationError("vocational.date_before_arrival", case=episode.case_number,
                              day=day, arrival=episode.arrival_date)
    if episode.closed_on is not None and day > episode.closed_on:
        raise ValidationError("vocational.date_after_release", case=episode.case_number,
                              day=day, released=episode.closed_on)


def occupancy(uow: UnitOfWork, workshop_id: int, *, besides: int | None = None) -> int:
    """People holding a place now (active or suspended)."""
    query = select(func.count()).select_from(WorkshopAllocation).where(
        WorkshopAllocation.workshop_id == workshop_id,
        WorkshopAllocation.status.in_(("active", "suspended")))
    if besides is not None:
        query = query.where(WorkshopAllocation.id != besides)
    return uow.session.scalar(query) or 0
