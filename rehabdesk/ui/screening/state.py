"""What the Screening tab's summary shows, read in one unit of work.

Three service calls make one picture: the printed summary's results, the latest
interview (its flags and overall recommendation) and the consent that counts. Reading
them together keeps the picture consistent. For a health officer the results include
the health screen's headline, an audited view, so the caller runs this in a write unit
of work for them (``ScreeningTab.refresh``).
"""

from __future__ import annotations

from dataclasses import dataclass

from rehabdesk.domain.screening.results import ScreeningResults
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.screening import screenings as screening


@dataclass(frozen=True)
class ScreeningState:
    """What the summary shows: the printed summary's results, the latest interview (for
    its flags and overall recommendation) and the consent that counts."""

    results: ScreeningResults
    latest: screening.ScreeningRecord | None
    consent: screening.ConsentRecord | None


def screening_state(uow: UnitOfWork, actor: Actor, episode_uid: str) -> ScreeningState:
    found = screening.screenings(uow, episode_uid)
    return ScreeningState(screening.latest_results(uow, episode_uid, viewer=actor),
                          found[0] if found else None,
                          screening.latest_consent(uow, episode_uid))
