"""Workshops and who may join one: kinds, entry conditions, and the days a person may not
work at all.

Source: issue #14, items 1 and 4. A workshop's entry conditions (weeks in treatment,
medically fit for manual work) are checked by the services and *explained* when they
refuse; the limits of ``limits.WorkLimits`` say that nobody works in the first 14 days
after arrival (detox) and nobody under 18 works unless the workshop is education
(literacy and life skills, or a workshop an administrator marks as education).

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.vocational.limits import WorkLimits

__all__ = [
    "EntryConditions",
    "Person",
    "WorkshopKind",
    "entry_refusals",
    "work_refusals",
]


class WorkshopKind(StrEnum):
    INDUSTRIAL = "industrial"
    AGRO_INDUSTRIAL = "agro_industrial"
    SERVICE = "service"
    LITERACY = "literacy"
    """Literacy and life skills: education, open to minors."""


@dataclass(frozen=True)
class EntryConditions:
    """What a workshop asks of an applicant."""

    min_weeks_in_treatment: int = 0
    needs_medically_fit: bool = True
    education: bool = False
    """Open to people under the adult age (always true of literacy workshops)."""


@dataclass(frozen=True)
class Person:
    """The facts about an applicant the conditions look at."""

    arrival: dt.date
    age: int | None
    weeks_in_treatment: int
    medically_fit: bool | None
    """``None`` when the health screen has not said."""


def entry_refusals(conditions: EntryConditions, kind: WorkshopKind, person: Person,
                   limits: WorkLimits) -> list[Message]:
    """Each condition the person does not meet, as a sentence saying which and why;
    empty when they may join."""
    refusals: list[Message] = []
    if person.weeks_in_treatment < conditions.min_weeks_in_treatment:
        refusals.append(sentence("vocational.too_few_weeks_in_treatment",
                                 weeks=person.weeks_in_treatment,
                                 required=conditions.min_weeks_in_treatment))
    if conditions.needs_medically_fit and person.medically_fit is not True:
        refusals.append(sentence("vocational.not_medically_fit") if person.medically_fit
                        is False else sentence("vocational.fitness_not_assessed"))
    refusals += _age_refusals(person, conditions, kind, limits)
    return refusals


def work_refusals(day: dt.date, person: Person, conditions: EntryConditions,
                  kind: WorkshopKind, limits: WorkLimits) -> list[Message]:
    """Why ``person`` may not be recorded as working on ``day`` whatever the hours: in
    detox, or a minor outside education."""
    refusals: list[Message] = []
    first_day = person.arrival + dt.timedelta(days=limits.detox_days)
    if day < first_day:
        refusals.append(sentence("vocational.in_detox", days=limits.detox_days,
                                 first_day=first_day))
    return refusals + _age_refusals(person, conditions, kind, limits)


def _age_refusals(person: Person, conditions: EntryConditions, kind: WorkshopKind,
                  limits: WorkLimits) -> list[Message]:
    """Work outside education needs an adult: an unknown age is not assumed to be one."""
    if conditions.education or kind is WorkshopKind.LITERACY:
        return []
    if person.age is None:
        return [sentence("vocational.age_unknown", age=limits.adult_age)]
    if person.age < limits.adult_age:
        return [sentence("vocational.minor_not_in_education", age=limits.adult_age)]
    return []
