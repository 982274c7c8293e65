"""What the eligibility rules read about each episode, gathered from the records.

DOMAIN.md, "Eligibility for treatment enrolment — default policy"; the rules themselves
live in ``rehabdesk.domain.eligibility``, this module only reads what is on file. What
counts as "on file" for an episode (documented here because the rules read it):

- ``VERDICT``: the status of the episode's most recently added court case (its latest
  verdict change); a treatment order on *any* of its cases counts.
- ``SENTENCE_LEFT``: the latest expected release date among its cases (the person stays
  until the last sentence ends).
- ``VIOLENT_OFFENCE``: any case with a conviction status and a violent charge.
- ``DRUG_USE``: the risks of the latest screening that included ASSIST, and the latest
  urine test.
- ``MEDICAL``: fitness for the residential programme from the latest health screen.
- ``CONSENT``: the latest consent record is signed (a later refusal withdraws it).
- ``AGE``: completed years on the evaluation date, from the recorded birth date.

Speed: after a policy change every person is re-evaluated (200,000 in a few seconds, a
slice of episode ids at a time), so the facts are gathered with one ordered scan per
table, over the whole range or a slice's, through the driver
(:func:`~rehabdesk.services.eligibility.decisions.driver`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from rehabdesk.domain.eligibility import EligibilityFacts, age_on_record
from rehabdesk.domain.legal import VerdictStatus
from rehabdesk.services.eligibility.decisions import driver
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode

__all__ = [
    "FactTables", "all_facts", "each_fact", "fact_queries", "facts_for", "facts_of",
    "read_tables",
]

_CONVICTED = frozenset(s.value for s in VerdictStatus if s.is_conviction)


class _Ages(dict[str, int | None]):
    """``age_on_record`` on ``today`` by stored birth date text, each worked out once
    (200,000 persons share some tens of thousands of birth dates)."""

    def __init__(self, today: tuple[int, int, int]) -> None:
        super().__init__()
        self.today = today

    def __missing__(self, text: str) -> int | None:
        value = age_on_record((int(text[0:4]), int(text[5:7]), int(text[8:10])), self.today)
        self[text] = value
        return value


@dataclass
class Scope:
    """The episodes gathered (each person's current one, or the one asked for), in
    episode order, and their facts in the same order."""

    episode_ids: list[int]
    facts: list[EligibilityFacts]


def fact_queries(episodes: tuple[int, int] | None = None) -> dict[str, str]:
    """The SELECTs that gather the facts of every current episode (each person's latest),
    or of the episodes whose ids lie in ``episodes`` (first, last) — one episode, or a
    slice of a re-evaluation; one ordered scan per table, so "latest" is simply the last
    row per episode in (date, id) order. Public for the benchmark, which runs the same
    SQL through bare ``sqlite3`` as its floor."""
    one = episodes is not None
    first, last = (int(episodes[0]), int(episodes[1])) if episodes is not None else (0, 0)
    among = f"BETWEEN {first} AND {last}"

    def where(column: str, extra: str = "") -> str:
        conditions = [c for c in (extra, f"{column} {among}" if one else "") if c]
        return " WHERE " + " AND ".join(conditions) if conditions else ""

    via_case = " JOIN court_case cc ON cc.id = {}.court_case_id" if one else ""
    return {
        # Every episode in (person, arrival, id) order: the last one per person is
        # current while it is open; a closed one (released) reads as NULL.
        # (Episodes asked for by id are gathered whatever their state.)
        "scope": ("SELECT person_id, id FROM episode" + where("id")) if one else
        "SELECT person_id, CASE WHEN closed_on IS NULL THEN id END FROM episode"
        " ORDER BY person_id, arrival_date, id",
        "births": "SELECT id, birth_date FROM person"
        + (f" WHERE id IN (SELECT person_id FROM episode WHERE id {among})" if one else ""),
        "verdicts": "SELECT vc.court_case_id, vc.status FROM verdict_change vc"
        + via_case.format("vc") + where("cc.episode_id")
        + " ORDER BY vc.court_case_id, vc.decided_on, vc.id",
        "violent": "SELECT DISTINCT ch.court_case_id FROM court_charge ch"
        + via_case.format("ch") + where("cc.episode_id", "ch.violent"),
        "cases": "SELECT id, episode_id, expected_release, treatment_order_date IS NOT NULL "
        "FROM court_case" + where("episode_id") + " ORDER BY episode_id, id",
        "assist": "SELECT episode_id, assist_risks FROM screening"
        + where("episode_id", "assist_risks IS NOT NULL")
        + " ORDER BY episode_id, screened_on, id",
        "urine": "SELECT episode_id, illicit_positive FROM urine_test" + where("episode_id")
        + " ORDER BY episode_id, tested_on, id",
        "health": "SELECT episode_id, fit_for_residential FROM health_screen"
        + where("episode_id") + " ORDER BY episode_id, screened_on, id",
        "consent": "SELECT episode_id, signed FROM consent" + where("episode_id")
        + " ORDER BY episode_id, recorded_on, id",
        "overrides": "SELECT episode_id, rule_code, reason, supervisor_name, overridden_on "
        "FROM eligibility_override" + where("episode_id") + " ORDER BY episode_id, id",
    }


@dataclass
class FactTables:
    """What the fact queries read, by episode: the episodes in scope as (episode,
    person) in episode order, and what each rule reads about them. Read once, the facts
    of any part of the scope can be built from it without the database (a policy change
    builds and evaluates them outside its write transactions)."""

    scope: list[tuple[int, int]]
    births: dict[int, str]
    verdict: dict[int, str | None]
    ordered: set[int]
    release: dict[int, str]
    violent: set[int]
    risks_text: dict[int, str]
    urine: dict[int, bool]
    fit: dict[int, bool | None]
    consent: dict[int, bool]
    overrides: dict[int, dict[str, str]]


def read_tables(uow: UnitOfWork, episodes: tuple[int, int] | None,
                only: Collection[int] | None = None) -> FactTables:
    """The rows :func:`fact_queries` selects (of the episodes in ``only``, when given)."""
    run = driver(uow).execute
    sql = fact_queries(episodes)
    if only is None:
        latest = dict(run(sql["scope"]))  # (person, episode): the last row per person wins
        scope = sorted((episode, person) for person, episode in latest.items()
                       if episode is not None)
    else:
        scope = sorted((episode, person) for person, episode in run(sql["scope"])
                       if episode is not None and episode in only)
    births = dict(run(sql["births"]))
    # Court cases: verdict of the newest case, any treatment order, latest release date,
    # any violent conviction.
    status_of_case = dict(run(sql["verdicts"]))
    violent_cases = {row[0] for row in run(sql["violent"])}
    verdict: dict[int, str | None] = {}
    ordered: set[int] = set()
    release: dict[int, str] = {}
    violent: set[int] = set()
    for case_id, ep, expected, has_order in run(sql["cases"]):
        status = status_of_case.get(case_id)
        verdict[ep] = status
        if has_order:
            ordered.add(ep)
        if expected is not None and (ep not in release or expected > release[ep]):
            release[ep] = expected
        if case_id in violent_cases and status in _CONVICTED:
            violent.add(ep)
    overrides: dict[int, dict[str, str]] = {}
    for ep, code, why, who, when in run(sql["overrides"]):
        overrides.setdefault(ep, {})[code] = f"({who}, {when}: {why})"
    return FactTables(
        scope=scope, births=births, verdict=verdict, ordered=ordered, release=release,
        violent=violent, risks_text=dict(run(sql["assist"])),
        urine={row[0]: bool(row[1]) for row in run(sql["urine"])},
        fit={row[0]: (None if row[1] is None else bool(row[1])) for row in run(sql["health"])},
        consent={row[0]: bool(row[1]) for row in run(sql["consent"])}, overrides=overrides)


def facts_of(tables: FactTables, scope: Sequence[tuple[int, int]], on: dt.date) -> Scope:
    """The facts on ``on`` of the (episode, person) pairs ``scope``, from ``tables``."""
    return Scope([ep for ep, _ in scope], list(each_fact(tables, scope, on)))


def each_fact(tables: FactTables, scope: Iterable[tuple[int, int]], on: dt.date
              ) -> Iterator[EligibilityFacts]:
    """:func:`facts_of`'s facts one at a time: evaluated as they come, each is garbage
    before the cyclic collector first looks at it. Built as a list, a re-evaluation's
    slices of thousands of facts survived into its oldest generation and made a full
    collection — every thread stopped for 50–80 ms of CPU at 200,000 persons — follow
    every few slices (issue #24, item 5)."""
    parsed_risks: dict[str, Mapping[str, str]] = {}
    ages = _Ages((on.year, on.month, on.day))
    release_dates: dict[str, dt.date] = {}
    births, verdict, ordered, violent = (tables.births, tables.verdict, tables.ordered,
                                         tables.violent)
    urine, fit, consent = tables.urine, tables.fit, tables.consent
    risks_text, release, overrides = tables.risks_text, tables.release, tables.overrides
    for ep, person in scope:
        birth = births.get(person)
        age = None if birth is None else ages[birth]
        risk_json = risks_text.get(ep)
        risks = None
        if risk_json is not None:
            risks = parsed_risks.get(risk_json)
            if risks is None:
                risks = parsed_risks[risk_json] = json.loads(risk_json)
        expected = release.get(ep)
        expected_date = None
        if expected is not None:
            expected_date = release_dates.get(expected)
            if expected_date is None:
                expected_date = release_dates[expected] = dt.date.fromisoformat(expected)
        notes = overrides.get(ep)
        if notes:
            yield EligibilityFacts(
                verdict_status=verdict.get(ep), treatment_order=ep in ordered,
                assist_risks=risks, urine_positive=urine.get(ep),
                expected_release=expected_date, violent_conviction=ep in violent,
                medically_fit=fit.get(ep), consent_signed=consent.get(ep, False),
                age_years=age, overrides=frozenset(notes), override_notes=notes,
            )
        else:
            yield EligibilityFacts(
                verdict_status=verdict.get(ep), treatment_order=ep in ordered,
                assist_risks=risks, urine_positive=urine.get(ep),
                expected_release=expected_date, violent_conviction=ep in violent,
                medically_fit=fit.get(ep), consent_signed=consent.get(ep, False),
                age_years=age,
            )


def gather(uow: UnitOfWork, on: dt.date, episodes: tuple[int, int] | None,
           only: Collection[int] | None = None) -> Scope:
    """The facts of the episodes :func:`fact_queries` selects (of those among them in
    ``only``, when given), as ``EligibilityFacts``."""
    tables = read_tables(uow, episodes, only)
    return facts_of(tables, tables.scope, on)


def all_facts(uow: UnitOfWork, on: dt.date) -> list[EligibilityFacts]:
    """The facts of every person's current episode, in episode order (benchmark, checks)."""
    uow.session.flush()
    return gather(uow, on, None).facts


def facts_for(uow: UnitOfWork, episode_uid: str, on: dt.date) -> EligibilityFacts:
    """What the rules read about one episode on ``on`` (for a "why" view)."""
    uow.session.flush()
    episode = load_episode(uow, episode_uid)
    return gather(uow, on, (episode.id, episode.id)).facts[0]
