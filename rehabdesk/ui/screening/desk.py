"""The Screening tab's one door to the services: one episode, the signed-in user, a day.

Each call is one unit of work (a save is one write transaction: all of it or nothing).
The forms never see the database; they get sentences back as ``RehabDeskError`` — a
half-answered sheet, a date before the arrival, a permission the role lacks — and show
them. The calls are a few indexed rows each, well under the 100 ms that would call for a
worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from rehabdesk.domain.permissions import Action, allowed
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.domain.screening import HealthScreen, UrineTest
from rehabdesk.printing.documents.screening import ScreeningResults
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.screening import screenings as screening


@dataclass(frozen=True)
class ScreeningState:
    """What the summary shows: the printed summary's results, the latest interview (for
    its flags and overall recommendation) and the consent that counts."""

    results: ScreeningResults
    latest: screening.ScreeningRecord | None
    consent: screening.ConsentRecord | None


class ScreeningDesk:
    def __init__(self, database: Database, actor: Actor, episode: EpisodeDetails,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._database = database
        self.actor = actor
        self.episode = episode
        self.today = today

    def may(self, action: Action) -> bool:
        return allowed(self.actor.role, action)

    def state(self) -> ScreeningState:
        uid = self.episode.uid
        # A write unit: a health officer's view of the health details is audited.
        with self._database.unit_of_work(write=self.may(Action.VIEW_HEALTH)) as uow:
            found = screening.screenings(uow, uid)
            return ScreeningState(screening.latest_results(uow, uid, viewer=self.actor),
                                  found[0] if found else None,
                                  screening.latest_consent(uow, uid))

    def save_interview(self, data: screening.ScreeningInput) -> screening.ScreeningRecord:
        with self._database.unit_of_work(write=True) as uow:
            return screening.save_screening(uow, self.actor, self.episode.uid, data,
                                            self.today())

    def save_urine_test(self, *, tested_on: dt.date, kit: str, lot_number: str, read_by: str,
                        results: Mapping[str, str]) -> UrineTest:
        with self._database.unit_of_work(write=True) as uow:
            return screening.save_urine_test(
                uow, self.actor, self.episode.uid, tested_on=tested_on, kit=kit,
                lot_number=lot_number, read_by=read_by, results=results, today=self.today())

    def health_screen(self) -> HealthScreen | None:
        """The latest health screen; ``PermissionDeniedError`` for all but health officers.
        A write unit of work: the view is audited."""
        with self._database.unit_of_work(write=True) as uow:
            return screening.latest_health_screen(uow, self.actor, self.episode.uid)

    def save_health_screen(self, *, screened_on: dt.date, screened_by: str,
                           screen: HealthScreen) -> HealthScreen:
        with self._database.unit_of_work(write=True) as uow:
            return screening.save_health_screen(
                uow, self.actor, self.episode.uid, screened_on=screened_on,
                screened_by=screened_by, screen=screen, today=self.today())

    def record_consent(self, data: screening.ConsentInput) -> screening.ConsentRecord:
        with self._database.unit_of_work(write=True) as uow:
            return screening.record_consent(uow, self.actor, self.episode.uid, data,
                                            self.today())
