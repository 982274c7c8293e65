"""The demo centre's court liaison (issue #25): the courts of the provinces its people
come from, with addresses and a contact person, and a year of request letters sent to
them and answered — hearings scheduled (some this week), treatment orders, verdicts and
silences — so the Courts page, the follow-up list and the Dashboard open populated.

Built through the services, like a clerk would record it on the day: each letter lists
that court's people as they stood then, and each order or verdict goes through the
Legal tab's use cases, so the eligibility it changes is re-evaluated.
"""

from __future__ import annotations

import datetime as dt
import random

from rehabdesk.domain.errors import ValidationError
from rehabdesk.services.court_liaison import courts, letters, listing
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

__all__ = ["CONTACTS", "populate"]

CONTACTS = {
    "FI-03": ("ផ្លូវជាតិលេខ ៧ ក្រុងកំពង់ចាម", "លោក ជា សុផល", "ប្រធានក្រឡាបញ្ជី", "042 941 210"),
    "PR-03": ("ផ្លូវជាតិលេខ ៧ ក្រុងកំពង់ចាម", "លោកស្រី គឹម ស្រីនាង", "ព្រះរាជអាជ្ញារង",
              "042 941 233"),
    "FI-25": ("ក្រុងសួង ខេត្តត្បូងឃ្មុំ", "លោក អ៊ុក វិបុល", "ប្រធានក្រឡាបញ្ជី", "042 690 118"),
    "FI-12": ("ផ្លូវលេខ ១៣៤ រាជធានីភ្នំពេញ", "លោកស្រី ផាន់ ដាលីស", "ប្រធានក្រឡាបញ្ជី",
              "023 217 440"),
    "FI-08": ("ក្រុងតាខ្មៅ ខេត្តកណ្ដាល", "លោក ហួត រិទ្ធី", "ប្រធានក្រឡាបញ្ជី", "024 390 015"),
    "FI-14": ("ក្រុងព្រៃវែង ខេត្តព្រៃវែង", "លោក ម៉ៅ សម្បត្តិ", "ប្រធានក្រឡាបញ្ជី", "043 944 102"),
    "APPEAL": ("ផ្លូវលេខ ៤១ រាជធានីភ្នំពេញ", "លោកស្រី សេង បុប្ផា", "ប្រធានក្រឡាបញ្ជី",
               "023 722 611"),
}
"""Fictional addresses and contacts of the courts the demo centre writes to, typed in
Khmer as a clerk types them."""
ANSWERS_PER_LETTER = 25
"""A court answers about a few of the people a letter names: the rest wait."""


def _send(uow: UnitOfWork, clerk: Actor, code: str, day: dt.date, rng: random.Random,
          today: dt.date) -> letters.LetterRecord | None:
    try:
        return letters.record_letter_sent(
            uow, clerk, code, day, rng.choice(("hand", "hand", "post", "fax")),
            CONTACTS[code][1], today, addressed_to=rng.choice(("court", "court", "prosecutor")))
    except ValidationError:  # nobody waited there that day
        return None


def _answer(uow: UnitOfWork, clerk: Actor, person: listing.WaitingPerson, sent: dt.date,
            today: dt.date, rng: random.Random) -> None:
    """One answer to the person's newest request, as the court might give it."""
    entry = person.last_entry_uid
    if entry is None:
        return
    answered = min(today, sent + dt.timedelta(days=rng.randint(6, 40)))
    roll = rng.random()
    try:
        if roll < 0.35:  # a hearing, recorded the day it was set, some in this coming week
            ahead = rng.randint(1, 6) if rng.random() < 0.4 else rng.randint(7, 60)
            letters.record_answer(uow, clerk, entry, "hearing_scheduled", answered, answered,
                                  hearing_on=max(today + dt.timedelta(days=ahead),
                                                 answered + dt.timedelta(days=1)))
        elif roll < 0.5 and person.order_would_make_eligible:
            letters.record_answer(uow, clerk, entry, "treatment_order", answered, today,
                                  document_ref=f"ORD/{answered.year}/{rng.randrange(1, 999):03d}")
        elif roll < 0.6:
            letters.record_answer(uow, clerk, entry, "verdict_given", answered, today,
                                  verdict_status="final",
                                  document_ref=f"VERDICT/{answered.year}/{rng.randrange(1, 999)}")
        elif roll < 0.7:
            letters.record_answer(uow, clerk, entry, "no_answer", answered, today,
                                  note="Asked at the registry; no date yet.")
    except ValidationError:  # the case moved on meanwhile (a later verdict on file)
        return


def populate(uow: UnitOfWork, rng: random.Random, today: dt.date,
             clerk: tuple[int | None, str]) -> int:
    """Adds the contacts, the letters and their answers; how many letters were sent."""
    from rehabdesk.services.platform.actor import Role

    courts.link_cases(uow)  # the demo copies its cases in bulk, with the court's name
    admin = Actor(None, "admin", "Administrator", Role.ADMINISTRATOR)
    for code, (address, name, title, phone) in CONTACTS.items():
        courts.update_contact(uow, admin, code, address=address, contact_name=name,
                              contact_title=title, contact_phone=phone)
    user = Actor(clerk[0], "sokha.chan", clerk[1], Role.CLERK)
    sent = 0
    for code in ("FI-03", "FI-25", "FI-12", "FI-08", "FI-14"):
        # A first letter months ago, a second some weeks ago; the newest unanswered ones
        # are what the follow-up list shows today.
        for days_ago in (rng.randint(150, 200), rng.randint(70, 100), rng.randint(25, 45)):
            day = today - dt.timedelta(days=days_ago)
            letter = _send(uow, user, code, day, rng, today)
            if letter is None:
                continue
            sent += 1
            asked = [p for p in listing.court_list(uow, code, today)[1]
                     if p.last_letter_on == day]
            for person in rng.sample(asked, min(len(asked), ANSWERS_PER_LETTER)):
                if rng.random() < 0.7:
                    _answer(uow, user, person, day, today, rng)
    return sent
