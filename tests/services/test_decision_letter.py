"""The eligibility decision letter (issue #4, item 5): the decision in force with every
rule's reason, an override with who and why, the print audited against the person."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import delete, select

from rehabdesk.db.models import AuditEntry
from rehabdesk.db.models_legal import EligibilityDecision
from rehabdesk.domain.eligibility import wording
from rehabdesk.domain.permissions import PermissionDeniedError, Role
from rehabdesk.printing import DOCUMENTS
from rehabdesk.services import eligibility
from rehabdesk.services.eligibility import policy as eligibility_policy
from rehabdesk.services.paperwork import forms as paperwork
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.audit import summary_of
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.clinical_helpers import actor, eligible_episode, new_episode, person_of


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _print(db: Database, who: Actor, case: str = "KPC-2026-000001") -> bytes:
    """The letter rendered and printed (audited), as the preview's Print does."""
    with db.unit_of_work(write=True) as uow:
        printout = paperwork.print_document(uow, who, "decision", case, TODAY)
        paperwork.record_print(uow, who, printout)
    return printout.pdf


def test_the_letter_gives_the_outcome_and_every_reason(database: Database, clerk: Actor) -> None:
    episode, _ = eligible_episode(database, clerk, violent=True)
    supervisor = actor(database, Role.SUPERVISOR, "dara.heng")
    with database.unit_of_work(write=True) as uow:
        eligibility.override_rule(uow, supervisor, episode, "VIOLENT_OFFENCE",
                                  "The court found no violence since 2019.", TODAY)
    pdf = _print(database, clerk)
    text = " ".join(_text(pdf).split())
    assert pdf.startswith(b"%PDF") and "KPC-2026-000001" in text
    assert "Eligibility decision for treatment enrolment" in text
    assert "Eligible for treatment enrolment" in text
    assert "under policy default-1" in text
    for rule in ("Verdict", "Drug use", "Sentence left", "Violent offence", "Medical fitness",
                 "Consent", "Age"):
        assert rule in text
    assert "VIOLENT_OFFENCE" not in text  # a rule's wording, never its code
    assert "pass (overridden)" in text and "no violence since 2019" in text
    assert "Final verdict on file." in text
    assert "Sokha Chan" in text  # who printed, in the footer

    with database.unit_of_work() as uow:
        [entry] = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "print"))
    assert entry.person_uid == person_of(database, episode)
    assert str(summary_of(entry.summary)) == "printed the eligibility decision for KPC-2026-000001"
    assert DOCUMENTS["decision"].title_en == "Eligibility decision"


def test_a_stay_never_evaluated_gets_its_first_decision_printed(database: Database,
                                                               clerk: Actor) -> None:
    # Arrivals are evaluated when registered; a database written before that was added
    # still has stays without a decision, which printing the letter evaluates first.
    episode = new_episode(database, clerk)
    with database.unit_of_work(write=True) as uow:
        uow.session.execute(delete(EligibilityDecision))
        assert eligibility.current_decision(uow, episode) is None
    text = " ".join(_text(_print(database, clerk)).split())
    assert "Pending: information is missing" in text
    assert "No final verdict yet" in text or "no court case" in text.lower()
    with database.unit_of_work() as uow:
        decision = eligibility.current_decision(uow, episode)
    assert decision is not None and decision.outcome == "pending"


def test_an_auditor_may_not_print_it(database: Database, clerk: Actor) -> None:
    new_episode(database, clerk)
    auditor = actor(database, Role.AUDITOR)
    with pytest.raises(PermissionDeniedError):
        _print(database, auditor)


def test_a_letter_reprinted_after_a_rewording_quotes_the_decision_as_it_was_made(
        database: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue #24, item 2: a decision stores sentence keys and the wording version, and the
    # sentences are rebuilt from that version's templates, kept in the database.
    eligible_episode(database, clerk)
    assert "Final verdict on file." in " ".join(_text(_print(database, clerk)).split())

    reworded = dict(wording.CATALOGUE)
    reworded["VERDICT.final"] = ("The court's verdict is final.", "សាលក្រមរបស់តុលាការស្ថាពរហើយ។")
    monkeypatch.setattr(wording, "CATALOGUE", reworded)
    monkeypatch.setattr(wording, "WORDING_VERSION", wording.version_of(reworded))
    monkeypatch.setattr(eligibility_policy, "_POLICIES", {})  # rebuild the policy's reasons

    reprinted = " ".join(_text(_print(database, clerk)).split())
    assert "Final verdict on file." in reprinted
    assert "The court's verdict is final." not in reprinted
    eligible_episode(database, clerk, latin_name="Dara Sok")  # decided under the new wording
    second = " ".join(_text(_print(database, clerk, "KPC-2026-000002")).split())
    assert "The court's verdict is final." in second
    with database.unit_of_work() as uow:
        versions = set(uow.session.scalars(select(EligibilityDecision.wording_version)))
    assert len(versions) == 2
