"""The court liaison's rows of the permission matrix test
(``test_permission_matrix.CALLS``): each call with the action it needs; the letter an
answer is recorded against is written straight to the tables (the actor under test may
not make it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from rehabdesk.db.models_court import Court, CourtLetter, CourtLetterEntry
from rehabdesk.db.models_legal import CourtCase
from rehabdesk.domain.permissions import Action
from rehabdesk.services.court_liaison import courts, letters
from rehabdesk.services.paperwork import court_letter
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from tests.conftest import TODAY

ServiceCall = Callable[[UnitOfWork, Actor, str], object]


def _entry(uow: UnitOfWork, person: str) -> str:
    """The person's entry in a letter sent to the Kampong Cham court last week."""
    episode = persons.load_episode(uow, persons.get_person(uow, person).latest_episode.uid)
    court = uow.session.scalar(select(Court.id).where(Court.code == "FI-03"))
    assert court is not None
    case = CourtCase(episode_id=episode.id, court="Kampong Cham Provincial Court",
                     court_id=court)
    letter = CourtLetter(court_id=court, addressed_to_id=court, reference="KPC-FI-03-test",
                         sent_on=TODAY - dt.timedelta(days=7), method="hand", sent_to="x")
    uow.session.add_all([case, letter])
    uow.session.flush()
    entry = CourtLetterEntry(letter_id=letter.id, court_case_id=case.id,
                             episode_id=episode.id, days_waited=10)
    uow.session.add(entry)
    uow.session.flush()
    return entry.uid


CALLS: dict[str, tuple[Action, ServiceCall]] = {
    "change a court's contact": (Action.CHANGE_SETTINGS, lambda uow, actor, _:
        courts.update_contact(uow, actor, "FI-03", address="Road 7", contact_name="x",
                              contact_title="registry", contact_phone="012")),
    "record a letter to a court as sent": (Action.RECORD_LEGAL, lambda uow, actor, _:
        letters.record_letter_sent(uow, actor, "FI-03", TODAY, "hand", "registry", TODAY)),
    "record a court's answer": (Action.RECORD_LEGAL, lambda uow, actor, person:
        letters.record_answer(uow, actor, _entry(uow, person), "no_answer", TODAY, TODAY)),
    "print a letter to a court": (Action.PRINT, lambda uow, actor, _:
        court_letter.print_court_letter(uow, actor, "FI-03", TODAY)),
}

NEXT_RULE: dict[str, str] = {
    # the test centre's one person has no court case: nobody waits at that court
    "record a letter to a court as sent": "Nobody at the centre waits",
    "print a letter to a court": "Nobody at the centre waits",
}
