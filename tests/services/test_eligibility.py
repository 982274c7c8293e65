"""Eligibility decisions from the records (issue "Legal status and eligibility"): the
policy version stored with every decision, history kept only when something changes,
policy changes with a reason and a diff, supervisor overrides."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest
from sqlalchemy import select

from rehabdesk.db.models import AuditEntry, Episode
from rehabdesk.db.models_legal import EligibilityDecision, EligibilityOverride, EligibilityPolicy
from rehabdesk.domain.eligibility import Policy, evaluate, signature
from rehabdesk.domain.eligibility.stored import decode_reasons
from rehabdesk.domain.eligibility.wording import CATALOGUE, WORDING_VERSION
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.services import eligibility
from rehabdesk.services.eligibility import evaluation
from rehabdesk.services.legal import cases as legal
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.platform.users import actor_named
from rehabdesk.services.screening import screenings as screening
from tests.conftest import TODAY
from tests.services.clinical_helpers import (
    ALL_NEGATIVE,
    actor,
    audit_count,
    count,
    eligible_episode,
    new_episode,
    person_of,
)

DAY = dt.date(2026, 3, 2)


def _eligible_episode(db: Database, clerk: Actor, *, violent: bool = False) -> tuple[str, str]:
    """An episode with everything on file for an eligible decision; returns (episode, case)."""
    return eligible_episode(db, clerk, violent=violent)


def _current(db: Database, episode: str) -> eligibility.DecisionRecord:
    with db.unit_of_work() as uow:
        decision = eligibility.current_decision(uow, episode)
    assert decision is not None
    return decision


def test_the_default_policy_is_seeded_and_active(database: Database) -> None:
    with database.unit_of_work() as uow:
        assert eligibility.active_policy(uow) == Policy.default()
        [version] = eligibility.policy_history(uow)
    assert (version.version, version.active) == ("default-1", True)


def test_everything_on_file_makes_an_eligible_decision_with_its_history(
    database: Database, clerk: Actor
) -> None:
    episode, _ = _eligible_episode(database, clerk)
    decision = _current(database, episode)
    assert decision.outcome == "eligible"
    assert decision.policy_version == "default-1"
    assert decision.evaluated_on == TODAY
    assert [r.outcome for r in decision.reasons] == ["pass"] * 7
    with database.unit_of_work() as uow:
        history = eligibility.decision_history(uow, episode)
        log = audit.history_of_person(uow, person_of(database, episode))
    # one new row per save that changed what a rule says, newest first: court case,
    # screening (DRUG_USE), health screen (MEDICAL), consent (CONSENT → eligible), after
    # the first decision made on arrival
    assert [d.outcome for d in history] == ["eligible"] + ["pending"] * 4
    assert [d.missing for d in history[1:]] == [
        ("CONSENT",), ("MEDICAL", "CONSENT"), ("DRUG_USE", "MEDICAL", "CONSENT"),
        ("VERDICT", "DRUG_USE", "SENTENCE_LEFT", "MEDICAL", "CONSENT")]
    assert [d.is_current for d in history] == [True] + [False] * 4
    assert all(d.policy_version == "default-1" for d in history)
    # the arrival's decision is told in the admission's entry, the others in their own
    evaluations = [h for h in log if h.entity == "eligibility_decision"]
    assert len(evaluations) == len(history) - 1
    assert evaluations[0].changes["outcome"] == ("pending", "eligible")
    admission = next(h for h in log if h.entity == "episode" and h.action == "create")
    assert admission.changes["eligibility"] == (None, "pending")
    assert "pending for enrolment under policy default-1" in str(admission.summary)


def test_nothing_new_means_no_new_decision(database: Database, clerk: Actor) -> None:
    episode, _ = _eligible_episode(database, clerk)
    before = count(database, EligibilityDecision)
    with database.unit_of_work(write=True) as uow:
        # a day later the sentence text quotes another number of days: not a change
        eligibility.reevaluate_episode(uow, clerk, episode, TODAY + dt.timedelta(days=1))
        summary = eligibility.reevaluate_all(uow, clerk, TODAY + dt.timedelta(days=2))
    assert summary.changed == 0
    assert count(database, EligibilityDecision) == before


def test_a_verdict_change_re_evaluates(database: Database, clerk: Actor) -> None:
    episode, case = _eligible_episode(database, clerk)
    with database.unit_of_work(write=True) as uow:
        legal.record_verdict_change(uow, clerk, case, "acquitted", dt.date(2026, 6, 1), TODAY,
                                    reason="Supreme Court quashed the conviction")
    decision = _current(database, episode)
    assert decision.outcome == "ineligible"
    assert decision.reason("VERDICT").text_en.startswith("Acquitted")


def test_a_new_screening_re_evaluates(database: Database, clerk: Actor) -> None:
    episode, _ = _eligible_episode(database, clerk)
    low = {"amphetamines": {"q1": "yes", "q2": "never", "q6": "never", "q7": "never"}}
    with database.unit_of_work(write=True) as uow:
        screening.save_screening(uow, clerk, episode, screening.ScreeningInput(
            dt.date(2026, 4, 1), "Sokha Chan", assist=low, assist_injection="never"), TODAY)
    assert _current(database, episode).reason("DRUG_USE").outcome == "fail"
    with database.unit_of_work(write=True) as uow:
        screening.save_urine_test(uow, clerk, episode, tested_on=dt.date(2026, 4, 2), kit="k",
                                  lot_number="l", read_by="r",
                                  results=ALL_NEGATIVE | {"methamphetamine": "positive"},
                                  today=TODAY)
    assert _current(database, episode).outcome == "eligible"


def test_a_consent_refusal_re_evaluates(database: Database, clerk: Actor) -> None:
    episode, _ = _eligible_episode(database, clerk)
    with database.unit_of_work(write=True) as uow:
        screening.record_consent(uow, clerk, episode, screening.ConsentInput(
            dt.date(2026, 4, 1), "Sokha Chan", "km", refused=True,
            refusal_reason="changed their mind"), TODAY)
    decision = _current(database, episode)
    assert (decision.outcome, decision.missing) == ("pending", ("CONSENT",))


def test_a_policy_change_needs_an_administrator_and_a_reason(
    database: Database, clerk: Actor
) -> None:
    admin = actor(database, Role.ADMINISTRATOR)
    with pytest.raises(PermissionDeniedError):
        eligibility.change_policy(database, clerk, {"min_programme_days": 120}, "longer", TODAY)
    for changes, reason, message in (
        ({"min_programme_days": 120}, "  ", "Write why"),
        ({"min_programme_days": 90}, "same", "nothing changes"),
        ({"min_programme_days": -1}, "typo", "whole number"),
        ({"shoe_size": 3}, "nonsense", "Unknown policy parameter"),
    ):
        with pytest.raises(ValidationError, match=message):
            eligibility.change_policy(database, admin, changes, reason, TODAY)
    assert count(database, EligibilityPolicy) == 1


def test_a_policy_change_is_a_new_version_with_its_diff_and_re_evaluates_everyone(
    database: Database, clerk: Actor
) -> None:
    episode, _ = _eligible_episode(database, clerk)
    other = new_episode(database, clerk, latin="Keo Bora")
    admin = actor(database, Role.ADMINISTRATOR)
    with database.unit_of_work(write=True) as uow:
        eligibility.reevaluate_all(uow, clerk, TODAY)  # the other person's first decision
    change = eligibility.change_policy(
        database, admin, {"min_programme_days": 800}, "the residential programme now lasts "
        "two years", TODAY)
    assert change.version.version == "KPC-policy-2"
    assert change.diff == (("min_programme_days", 90, 800),)
    assert change.reevaluation.evaluated == 2
    assert change.reevaluation.changed == 1  # the other person is still pending, as before
    decision = _current(database, episode)
    assert (decision.outcome, decision.policy_version) == ("ineligible", "KPC-policy-2")
    assert "minimum of 800" in decision.reason("SENTENCE_LEFT").text_en
    assert _current(database, other).policy_version == "default-1"
    with database.unit_of_work() as uow:
        versions = eligibility.policy_history(uow)
        entry = uow.session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "eligibility_policy")).one()
        old = eligibility.decision_history(uow, episode)[1]
    assert [(v.version, v.active) for v in versions] == [
        ("default-1", False), ("KPC-policy-2", True)]
    assert versions[1].reason.startswith("the residential programme")
    assert versions[1].changed_by == admin.name
    assert json.loads(entry.changes) == {"min_programme_days": [90, 800],
                                         "version": ["default-1", "KPC-policy-2"]}
    assert (old.outcome, old.policy_version, old.is_current) == ("eligible", "default-1", False)


def test_only_a_supervisor_overrides_a_failing_overridable_rule_with_a_reason(
    database: Database, clerk: Actor
) -> None:
    episode, _ = _eligible_episode(database, clerk, violent=True)
    before = _current(database, episode)
    assert (before.outcome, before.failed) == ("ineligible", ("VIOLENT_OFFENCE",))
    supervisor = actor(database, Role.SUPERVISOR)
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        eligibility.override_rule(uow, clerk, episode, "VIOLENT_OFFENCE", "ok", TODAY)
    for code, reason, message in (
        ("VIOLENT_OFFENCE", " ", "Write why"),
        ("AGE", "looks older", 'does not let anyone override the rule "Age"'),
        ("SHOE", "x", "is not an eligibility rule"),
    ):
        with pytest.raises(ValidationError, match=message), \
                database.unit_of_work(write=True) as uow:
            eligibility.override_rule(uow, supervisor, episode, code, reason, TODAY)
    assert count(database, EligibilityOverride) == 0

    with database.unit_of_work(write=True) as uow:
        decision = eligibility.override_rule(
            uow, supervisor, episode, "VIOLENT_OFFENCE",
            "Scuffle during arrest; no violence since; social worker vouches", TODAY)
    assert decision.outcome == "eligible"
    reason = decision.reason("VIOLENT_OFFENCE")
    assert reason.overridden
    assert "Supervisor User" in reason.text_en and "social worker vouches" in reason.text_en
    with database.unit_of_work() as uow:
        log = audit.history_of_person(uow, person_of(database, episode))
    entry = next(h for h in log if h.entity == "eligibility_override")
    assert entry.actor_name == "Supervisor User"
    assert entry.changes["rule_code"] == (None, "VIOLENT_OFFENCE")
    with pytest.raises(ValidationError, match="already overridden"), \
            database.unit_of_work(write=True) as uow:
        eligibility.override_rule(uow, supervisor, episode, "VIOLENT_OFFENCE", "again", TODAY)


def test_a_rule_that_does_not_fail_cannot_be_overridden(database: Database, clerk: Actor
                                                        ) -> None:
    episode, _ = _eligible_episode(database, clerk)
    supervisor = actor(database, Role.SUPERVISOR)
    with pytest.raises(ValidationError, match="only a failing rule"), \
            database.unit_of_work(write=True) as uow:
        eligibility.override_rule(uow, supervisor, episode, "VIOLENT_OFFENCE", "why", TODAY)


def test_auditors_do_not_re_evaluate(database: Database, clerk: Actor) -> None:
    auditor = actor(database, Role.AUDITOR)
    entries = audit_count(database)
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        eligibility.reevaluate_all(uow, auditor, TODAY)
    assert audit_count(database) == entries


def test_bulk_re_evaluation_matches_one_by_one_on_the_demo_centre(
    demo_database: Database
) -> None:
    """The demo stores a decision for every person's current (open) episode through the
    bulk path; it says exactly what evaluating each episode on its own says, and re-running
    it changes nothing. Released people have no current decision."""
    with demo_database.unit_of_work(write=True) as uow:
        clerk = actor_named(uow, "sokha.chan")
        policy = eligibility.active_policy(uow)
        summary = eligibility.reevaluate_all(uow, clerk, TODAY)
        latest: dict[int, Episode] = {}
        for e in uow.session.scalars(select(Episode).order_by(Episode.arrival_date, Episode.id)):
            latest[e.person_id] = e
        latest = {person: e for person, e in latest.items() if e.closed_on is None}
        current = {d.episode_id: d for d in uow.session.scalars(
            select(EligibilityDecision).where(EligibilityDecision.is_current))}
        for episode in latest.values():
            expected = evaluate(eligibility.facts_for(uow, episode.uid, TODAY), policy, TODAY)
            stored = current[episode.id]
            assert stored.signature == signature(expected)
            assert stored.wording_version == WORDING_VERSION
            assert decode_reasons(stored.reasons, CATALOGUE) == expected.reasons
    assert (summary.evaluated, summary.changed) == (len(latest), 0)
    assert 250 < len(latest) < 300  # the demo released some people still here
    assert set(current) == {e.id for e in latest.values()}
    assert set(current) == {e.id for e in latest.values()}
    assert {d.outcome for d in current.values()} == {"eligible", "pending", "ineligible"}


def test_a_new_arrival_is_pending_at_once_and_listed(database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    decision = _current(database, episode)
    assert decision.outcome == "pending"
    assert decision.missing == ("VERDICT", "DRUG_USE", "SENTENCE_LEFT", "MEDICAL", "CONSENT")
    with database.unit_of_work() as uow:
        listed = eligibility.eligibility_ids(uow, eligibility.EligibilityFilter())
        assert uow.session.scalar(select(Episode.id).where(Episode.uid == episode)) in listed


def test_a_new_explanation_with_the_same_outcomes_is_a_new_decision(
    database: Database, clerk: Actor
) -> None:
    from rehabdesk.domain.legal import Charge, ChargeKind

    episode = new_episode(database, clerk)
    with database.unit_of_work(write=True) as uow:
        case = legal.add_court_case(uow, clerk, episode, legal.NewCourtCase(
            court="Kampong Cham Provincial Court", charges=(Charge(kind=ChargeKind.USE),),
            arrest_date=DAY, status="pre_trial", status_date=DAY), TODAY)
    assert "status: pre-trial" in _current(database, episode).reason("VERDICT").text_en
    before = audit_count(database)
    with database.unit_of_work(write=True) as uow:
        legal.record_verdict_change(uow, clerk, case.uid, "first_instance",
                                    DAY + dt.timedelta(days=30), TODAY)
    decision = _current(database, episode)
    assert decision.outcome == "pending"
    assert "status: first-instance verdict" in decision.reason("VERDICT").text_en
    with database.unit_of_work() as uow:
        history = eligibility.decision_history(uow, episode)
        [entry] = [h for h in audit.history_of_person(uow, person_of(database, episode))
                   if h.entity == "eligibility_decision"][:1]
    assert [d.outcome for d in history] == ["pending"] * 3  # arrival, case, new status
    assert "reasons changed, still pending for enrolment under policy default-1" in (
        str(entry.summary))
    old, new = entry.changes["VERDICT"]
    assert "pre-trial" in old and "first-instance" in new
    assert audit_count(database) == before + 2  # the verdict change and the decision


def _slices_of_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every episode its own slice, so a handful of people make a run of several."""
    monkeypatch.setattr(evaluation, "FIRST_SLICE", 1)
    monkeypatch.setattr(evaluation, "MIN_SLICE", 1)
    monkeypatch.setattr(evaluation, "MAX_SLICE", 1)


def test_a_clerk_saves_while_everyone_is_re_evaluated_after_a_policy_change(
    database: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue #24, item 5: the re-evaluation commits in slices, so a save made in the middle
    # goes through (between two slices) instead of meeting a locked database.
    _slices_of_one(monkeypatch)
    for name in ("Keo Bora", "Chan Dara", "Sok Vanna"):
        new_episode(database, clerk, latin=name)
    admin = actor(database, Role.ADMINISTRATOR)
    first_slice, saved = threading.Event(), threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 1:
            first_slice.set()
            assert saved.wait(10), "the clerk's save never went through"

    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(eligibility.change_policy(
        database, admin, {"min_programme_days": 120}, "longer programme", TODAY, progress)))
    worker.start()
    assert first_slice.wait(10)
    arrival = new_episode(database, clerk, latin="Meas Sophal")  # the clerk's save
    saved.set()
    worker.join(10)
    [change] = outcome
    assert isinstance(change, eligibility.PolicyChange)
    assert change.reevaluation.evaluated >= 3
    with database.unit_of_work() as uow:
        assert not eligibility.unfinished_reevaluation(uow)
    assert _current(database, arrival).policy_version == "KPC-policy-2"


def test_a_save_made_during_a_re_evaluation_is_not_undone_by_its_later_slices(
    database: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The run reads everyone's facts first and evaluates slices from them outside its
    # write transactions; a consent refused after that reading must win over the run's
    # older view of the same person, not be overwritten by it.
    _slices_of_one(monkeypatch)
    for name in ("Keo Bora", "Chan Dara"):
        new_episode(database, clerk, latin=name)
    episode, _ = _eligible_episode(database, clerk)
    admin = actor(database, Role.ADMINISTRATOR)

    def refuse_after_the_first_slice(done: int, total: int) -> None:
        if done == 1:
            with database.unit_of_work(write=True) as uow:
                screening.record_consent(uow, clerk, episode, screening.ConsentInput(
                    dt.date(2026, 4, 1), "Sokha Chan", "km", refused=True,
                    refusal_reason="changed their mind"), TODAY)

    change = eligibility.change_policy(database, admin, {"min_programme_days": 60},
                                       "shorter programme", TODAY,
                                       refuse_after_the_first_slice)
    assert change.reevaluation.evaluated == 3
    decision = _current(database, episode)
    assert (decision.outcome, decision.missing) == ("pending", ("CONSENT",))
    assert decision.policy_version == "KPC-policy-2"


def test_a_save_made_after_a_slice_was_compared_is_not_undone_by_that_slice(
    database: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A slice is evaluated and compared with the current decisions outside the write
    # lock (issue #24, item 5); a consent refused between that comparison and the
    # slice's write must win over the slice's older view of the same person.
    _slices_of_one(monkeypatch)
    episode, _ = _eligible_episode(database, clerk)
    admin = actor(database, Role.ADMINISTRATOR)
    compared = evaluation._differing

    def refused_meanwhile(*args: object, **kwargs: object) -> object:
        found = compared(*args, **kwargs)  # type: ignore[arg-type]
        with database.unit_of_work(write=True) as uow:
            screening.record_consent(uow, clerk, episode, screening.ConsentInput(
                dt.date(2026, 4, 1), "Sokha Chan", "km", refused=True,
                refusal_reason="changed their mind"), TODAY)
        return found

    monkeypatch.setattr(evaluation, "_differing", refused_meanwhile)
    change = eligibility.change_policy(database, admin, {"min_programme_days": 60},
                                       "shorter programme", TODAY)
    assert change.reevaluation.evaluated == 1
    assert change.reevaluation.outcomes == {"pending": 1}
    decision = _current(database, episode)
    assert (decision.outcome, decision.missing) == ("pending", ("CONSENT",))
    assert decision.policy_version == "KPC-policy-2"


def test_a_re_evaluation_cut_short_carries_on_where_it_stopped(
    database: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slices_of_one(monkeypatch)
    episodes = [new_episode(database, clerk, latin=name)
                for name in ("Keo Bora", "Chan Dara", "Sok Vanna")]
    admin = actor(database, Role.ADMINISTRATOR)

    def power_cut(done: int, total: int) -> None:
        raise KeyboardInterrupt  # the workstation switched off after the first slice

    with pytest.raises(KeyboardInterrupt):
        eligibility.change_policy(database, admin, {"min_age_years": 60},
                                  "a programme for older people", TODAY, power_cut)
    with database.unit_of_work() as uow:
        assert eligibility.unfinished_reevaluation(uow)
    assert [_current(database, e).policy_version for e in episodes] == [
        "KPC-policy-2", "default-1", "default-1"]
    summary = eligibility.finish_reevaluation(database, clerk, TODAY)
    assert summary.evaluated == 2 and summary.policy_version == "KPC-policy-2"
    assert {_current(database, e).policy_version for e in episodes} == {"KPC-policy-2"}
    with database.unit_of_work() as uow:
        assert not eligibility.unfinished_reevaluation(uow)


def test_a_second_re_evaluation_leaves_the_work_to_the_one_running(
    database: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two runs would move the same pending row back and forth, and the first to finish
    # would delete it while the other was still behind: one runs, the other returns.
    _slices_of_one(monkeypatch)
    episodes = [new_episode(database, clerk, latin=name) for name in ("Keo Bora", "Chan Dara")]
    admin = actor(database, Role.ADMINISTRATOR)

    def power_cut(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        eligibility.change_policy(database, admin, {"min_age_years": 60}, "older people",
                                  TODAY, power_cut)
    running = evaluation._run_lock(database)
    with running:  # a run already under way
        assert eligibility.finish_reevaluation(database, clerk, TODAY).evaluated == 0
        with database.unit_of_work() as uow:
            assert eligibility.unfinished_reevaluation(uow)
    assert eligibility.finish_reevaluation(database, clerk, TODAY).evaluated == 1
    assert {_current(database, e).policy_version for e in episodes} == {"KPC-policy-2"}
