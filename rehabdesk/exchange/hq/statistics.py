"""National statistics aggregated in SQL over headquarters' store (issue #18, item 3), the
same statements on SQLite and PostgreSQL.

Headquarters keeps each centre's rows as canonical JSON (``schema.hq_row``); the fields
the statistics read are kept beside them as plain columns by the import
(``exchange.hq.facts``, ``schema.hq_fact``), ASSIST scores as numbers, so no count
parses JSON (the extract reads the answers of a stay's primary substance). :func:`facts`
shows the asked centres' facts as temporary views (``st_*``) and derives from them the
few tables worth holding: each stay with its month, sex, age group and person
(``st_episode``), each stay's newest screening and health screen. Every figure is then
one ``GROUP BY`` statement returning counts by centre, month, sex, age group and category
(``domain.hq_statistics.Count``); the episode extract is one statement returning one row
of codes per stay. Nothing here reads a name or an id: the person is known by the
linkage key (``hq_linkage``, computed at import by ``services.hq.linkage``), joined with
the pairs an analyst marked the same (``st_alias``).

The temporary views and tables live on the caller's connection; :func:`facts` drops them
when its block ends, since pooled PostgreSQL connections keep them otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text

from rehabdesk.domain.hq_statistics import AGE_GROUPS, SUBSTANCES, UNKNOWN, Count
from rehabdesk.domain.reports import WAITING_BANDS
from rehabdesk.exchange.hq.schema import FACT_SCORES, hq_fact

_FINAL_VERDICTS = ("final", "acquitted", "charges_dropped")

_VIEWS = {"st_person": "person", "st_episode_raw": "episode", "st_screening": "screening",
          "st_health": "health_screen", "st_decision": "eligibility_decision",
          "st_case": "court_case", "st_verdict": "verdict_change", "st_release": "release",
          "st_point": "follow_up_point", "st_interview": "outcome_interview",
          "st_allocation": "workshop_allocation", "st_certificate": "vocational_certificate"}
"""Temporary view → the centre table whose facts (``schema.hq_fact``) it shows."""

_INDEXES = (
    "CREATE INDEX st_episode_i ON st_episode (centre_id, uid)",
    "CREATE INDEX st_episode_canon ON st_episode (canon, arrival)",
)


FACT_STEPS = 2
"""Progress steps of :func:`facts`: the views, then the derived tables."""


class Dialect:
    """The few places SQLite and PostgreSQL write differently."""

    def __init__(self, connection: Connection) -> None:
        self.postgres = connection.dialect.name == "postgresql"

    def json_text(self, document: str, *path: str) -> str:
        if self.postgres:
            return f"(CAST({document} AS jsonb)#>>'{{{','.join(path)}}}')"
        return f"json_extract({document}, '$.{'.'.join(path)}')"

    def days(self, later: str, earlier: str) -> str:
        if self.postgres:
            return f"(CAST({later} AS date) - CAST({earlier} AS date))"
        return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"

    @staticmethod
    def true(column: str) -> str:
        """A boolean fact (``1``, or ``true`` from JSON's own boolean)."""
        return f"({column} IN ('1', 'true'))"


def _age_case() -> str:
    age = ("(CAST(substr(e.arrival, 1, 4) AS INTEGER) - CAST(substr(p.birth, 1, 4) AS INTEGER)"
           " - CASE WHEN substr(e.arrival, 6, 5) < substr(p.birth, 6, 5) THEN 1 ELSE 0 END)")
    whens = " ".join(
        f"WHEN {age} >= {low}" + (f" AND {age} <= {high}" if high is not None else "")
        + f" THEN '{index}'" for index, (low, high, _en, _km) in enumerate(AGE_GROUPS))
    return f"CASE WHEN p.birth IS NULL OR p.birth = '' THEN '{UNKNOWN}' {whens} " \
           f"ELSE '{UNKNOWN}' END"


def _ranked_substance(d: Dialect, rank: int) -> str:
    """The substance of the given rank (0: primary, 1: secondary) by ASSIST score, ties
    broken by the tables' order; ``none`` when it scored 0."""
    scores = {s: f"s.sc_{s}" for s in SUBSTANCES}
    whens = []
    for s in SUBSTANCES:
        ahead = " + ".join(
            f"CASE WHEN {scores[t]} > {scores[s]} OR ({scores[t]} = {scores[s]} AND "
            f"{SUBSTANCES.index(t)} < {SUBSTANCES.index(s)}) THEN 1 ELSE 0 END"
            for t in SUBSTANCES if t != s)
        whens.append(f"WHEN {scores[s]} > 0 AND ({ahead}) = {rank} THEN '{s}'")
    return f"CASE WHEN s.uid IS NULL THEN 'not_screened' {' '.join(whens)} ELSE 'none' END"


@contextmanager
def facts(connection: Connection, centre_ids: Sequence[int],
          aliases: Sequence[tuple[str, str]],
          progress: Callable[[], None] = lambda: None) -> Iterator[Dialect]:
    """The centres' facts as temporary views, and the tables derived from them, for the
    duration of the block; ``aliases``: (linkage key, the key it counts as) from the
    pairs marked same."""
    d = Dialect(connection)
    centres = ", ".join(str(int(c)) for c in centre_ids) or "NULL"
    made = ["st_alias", "st_episode", "st_latest_screening", "st_latest_health"]
    _drop(connection, made, _VIEWS)
    try:
        for name, table in _VIEWS.items():
            connection.exec_driver_sql(
                f"CREATE TEMPORARY VIEW {name} AS SELECT * FROM {hq_fact[table].name} "
                f"WHERE centre_id IN ({centres})")
        if d.postgres:  # after a large import, before autovacuum's turn
            facts_read = ", ".join(f"'{name}'" for name in (
                *(hq_fact[table].name for table in _VIEWS.values()), "hq_linkage"))
            for name, in connection.exec_driver_sql(
                    f"SELECT relname FROM pg_stat_user_tables WHERE relname IN ({facts_read}) "
                    "AND (n_mod_since_analyze > n_live_tup / 10 OR coalesce(last_analyze, "
                    "last_autoanalyze) IS NULL)").all():
                connection.exec_driver_sql(f"ANALYZE {name}")
        progress()
        connection.exec_driver_sql(
            "CREATE TEMPORARY TABLE st_alias (key VARCHAR(64) PRIMARY KEY, canon VARCHAR(64))")
        if aliases:
            connection.execute(text("INSERT INTO st_alias (key, canon) VALUES (:k, :c)"),
                               [{"k": k, "c": c} for k, c in aliases])
        connection.exec_driver_sql(
            "CREATE TEMPORARY TABLE st_episode AS SELECT e.centre_id, e.uid, e.arrival, "
            "e.closed_on, CAST(substr(e.arrival, 6, 2) AS INTEGER) AS month, "
            "substr(e.arrival, 1, 4) AS year, coalesce(p.sex, '') AS sex, "
            f"{_age_case()} AS age, coalesce(a.canon, l.key, "
            "CAST(e.centre_id AS VARCHAR(12)) || ':' || e.person) AS canon "
            "FROM st_episode_raw e LEFT JOIN st_person p ON p.centre_id = e.centre_id "
            "AND p.uid = e.person LEFT JOIN hq_linkage l ON l.centre_id = e.centre_id "
            "AND l.uid = e.person LEFT JOIN st_alias a ON a.key = l.key")
        for statement in _INDEXES:
            connection.exec_driver_sql(statement)
        scores = ", ".join(f"y.{name}" for name in FACT_SCORES)
        for name, source, kept in (
                ("st_latest_screening", "st_screening",
                 f"y.centre_id, y.uid, y.episode, y.injection, y.answers, {scores}"),
                ("st_latest_health", "st_health", "y.*")):
            connection.exec_driver_sql(  # the newest of each stay
                f"CREATE TEMPORARY TABLE {name} AS SELECT {kept} FROM (SELECT x.*, "
                "row_number() OVER (PARTITION BY x.centre_id, x.episode ORDER BY "
                f"x.screened_on DESC, x.uid DESC) AS n FROM {source} x) y WHERE y.n = 1")
            connection.exec_driver_sql(
                f"CREATE INDEX {name}_i ON {name} (centre_id, episode)")
        for name in made:  # PostgreSQL never analyses temporary tables by itself
            connection.exec_driver_sql(f"ANALYZE {name}")
        progress()
        yield d
    finally:
        _drop(connection, made, _VIEWS)


def _drop(connection: Connection, tables: Sequence[str], views: Iterable[str]) -> None:
    for name in views:
        connection.exec_driver_sql(f"DROP VIEW IF EXISTS {name}")
    for name in tables:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")


def _year_episodes(year: int, counted_to: dt.date) -> str:
    return (f"e.arrival >= '{year:04d}-01-01' AND e.arrival <= '{counted_to.isoformat()}'")


def _queries(d: Dialect, year: int, counted_to: dt.date) -> dict[str, str]:
    """Topic → a statement returning (centre_id, month, sex, age, category, n)."""
    first, last = f"'{year:04d}-01-01'", f"'{counted_to.isoformat()}'"
    in_year = _year_episodes(year, counted_to)
    group = " GROUP BY 1, 2, 3, 4, 5"
    person = "e.centre_id, e.month, e.sex, e.age"
    waiting_days = d.days(last, "e.arrival")
    bands = " ".join(
        f"WHEN {waiting_days} >= {low}"
        + (f" AND {waiting_days} <= {high}" if high is not None else "")
        + f" THEN '{index}'" for index, (low, high, _en, _km) in enumerate(WAITING_BANDS))
    finals = ", ".join(f"'{s}'" for s in _FINAL_VERDICTS)
    release_of = ("FROM st_release r JOIN st_episode e ON e.centre_id = r.centre_id AND "
                  "e.uid = r.episode")
    queries = {
        "admissions": f"SELECT {person}, '', count(*) FROM st_episode e WHERE {in_year}{group}",
        "previously_treated": (
            f"SELECT {person}, '', count(*) FROM st_episode e WHERE {in_year} AND EXISTS "
            "(SELECT 1 FROM st_episode o WHERE o.canon = e.canon AND o.arrival < e.arrival)"
            f"{group}"),
        "unique_persons": (
            f"SELECT {person}, '', count(*) FROM (SELECT e.*, row_number() OVER (PARTITION "
            "BY e.canon ORDER BY e.arrival, e.centre_id, e.uid) AS n FROM st_episode e "
            f"WHERE {in_year}) e WHERE e.n = 1{group}"),
        "injecting": (
            f"SELECT {person}, '', count(*) FROM st_episode e JOIN st_latest_screening s "
            "ON s.centre_id = e.centre_id AND s.episode = e.uid "
            f"WHERE {in_year} AND s.injection = 'past_3_months'{group}"),
        "primary_substance": (
            f"SELECT {person}, {_ranked_substance(d, 0)}, count(*) FROM st_episode e "
            "LEFT JOIN st_latest_screening s ON s.centre_id = e.centre_id AND "
            f"s.episode = e.uid WHERE {in_year}{group}"),
        "eligibility": (
            "SELECT centre_id, month, sex, age, k, count(*) FROM (SELECT e.centre_id, "
            "e.month, e.sex, e.age, coalesce(max(x.outcome), 'not_evaluated') AS k "
            "FROM st_episode e LEFT JOIN st_decision x ON x.centre_id = e.centre_id AND "
            f"x.episode = e.uid AND {d.true('x.is_current')} WHERE {in_year} GROUP BY "
            f"e.centre_id, e.uid, e.month, e.sex, e.age) q{group}"),
        "waiting": (
            f"SELECT {person}, CASE {bands} ELSE '0' END, count(*) FROM st_episode e "
            f"WHERE e.arrival <= {last} AND (e.closed_on IS NULL OR e.closed_on > {last}) "
            "AND EXISTS (SELECT 1 FROM st_case c WHERE c.centre_id = e.centre_id AND "
            "c.episode = e.uid) AND NOT EXISTS (SELECT 1 FROM st_case c WHERE "
            f"c.centre_id = e.centre_id AND c.episode = e.uid AND c.ordered <= {last}) "
            "AND NOT EXISTS (SELECT 1 FROM st_case c JOIN st_verdict v ON v.centre_id = "
            "c.centre_id AND v.court_case = c.uid WHERE c.centre_id = e.centre_id AND "
            f"c.episode = e.uid AND v.decided_on <= {last} AND v.status IN ({finals}))"
            f"{group}"),  # two anti-joins: one subquery under an OR ran once per case
        "releases": (
            "SELECT e.centre_id, CAST(substr(r.released_on, 6, 2) AS INTEGER), e.sex, e.age, "
            f"'', count(*) {release_of} WHERE r.released_on >= {first} AND "
            f"r.released_on <= {last}{group}"),
        "completed": (
            "SELECT e.centre_id, CAST(substr(r.released_on, 6, 2) AS INTEGER), e.sex, e.age, "
            f"'', count(*) {release_of} WHERE r.released_on >= {first} AND "
            f"r.released_on <= {last} AND r.reason = 'completed'{group}"),
        "exit_reason": (
            f"SELECT {person}, r.reason, count(*) {release_of} WHERE r.released_on >= "
            f"{first} AND r.released_on <= {last}{group}"),
        "certificates": (
            "SELECT e.centre_id, CAST(substr(c.issued_on, 6, 2) AS INTEGER), e.sex, e.age, "
            "'', count(*) FROM st_certificate c JOIN st_allocation a ON a.centre_id = "
            "c.centre_id AND a.uid = c.allocation JOIN st_episode e ON e.centre_id = "
            f"a.centre_id AND e.uid = a.episode WHERE c.issued_on >= {first} AND "
            f"c.issued_on <= {last} AND (c.revoked_on IS NULL OR c.revoked_on = ''){group}"),
    }
    for months in (6, 12):
        points = (
            f"FROM st_point t JOIN st_release r ON r.centre_id = t.centre_id AND "
            f"r.uid = t.release JOIN st_episode e ON e.centre_id = r.centre_id AND "
            f"e.uid = r.episode WHERE CAST(t.months AS INTEGER) = {months} AND "
            f"t.due_on >= {first} AND t.due_on <= {last}")
        queries[f"follow_up_{months}"] = (
            f"SELECT {person}, CASE WHEN {d.true('t.closed')} THEN 'not_applicable' "
            "WHEN t.reached_on IS NOT NULL AND t.reached_on != '' THEN 'reached' "
            f"ELSE 'not_reached' END, count(*) {points}{group}")
        reached = (f"{points} AND NOT {d.true('t.closed')} AND t.reached_on IS NOT NULL "
                   "AND t.reached_on != ''")
        interview = (" JOIN st_interview i ON i.centre_id = t.centre_id AND "
                     "i.point = t.uid")
        outcome_sql = []
        for code, condition in (
                ("abstinent", d.true("i.abstinent")),
                ("work_or_study", "CAST(i.work AS INTEGER) > 0"),
                ("housing_problem", d.true("i.housing")),
                ("arrested", d.true("i.arrested"))):
            outcome_sql.append(
                f"SELECT {person}, '{code}', count(*) "
                f"{reached.replace('WHERE', interview + ' WHERE', 1)} AND {condition}{group}")
        queries[f"outcomes_{months}"] = " UNION ALL ".join(outcome_sql)
    return queries


def counts(connection: Connection, d: Dialect, codes: dict[int, str], year: int,
           counted_to: dt.date, progress: Callable[[], None] = lambda: None) -> list[Count]:
    """Every topic's counts, one ``GROUP BY`` statement each."""
    found: list[Count] = []
    for topic, sql in _queries(d, year, counted_to).items():
        for row in connection.exec_driver_sql(sql):
            centre_id, month, sex, age, category, n = row
            found.append(Count(topic, codes[int(centre_id)], int(month or 0), str(sex),
                               str(age), str(category), int(n)))
        progress()
    return found


def extract_rows(connection: Connection, d: Dialect, codes: dict[int, str], year: int,
                 counted_to: dt.date) -> Iterator[tuple[Any, ...]]:
    """One row of codes per stay admitted in ``year``: the centre's code, the month
    treatment started, previously treated, sex, age group, referral, primary and
    secondary substance, frequency, injecting, HIV tested, exit reason, follow-up and
    abstinence at 6 and 12 months, and the linkage key (``domain.hq_statistics.
    extract_line`` names them); no name, id or date of birth."""
    frequency = "CASE " + " ".join(
        f"WHEN primary_substance = '{s}' THEN {d.json_text('answers', s, 'q2')}"
        for s in SUBSTANCES) + " END"

    def point(months: int) -> str:
        return (
            f"(SELECT CASE WHEN {d.true('t.closed')} THEN 'not_applicable' WHEN t.reached_on "
            "IS NOT NULL AND t.reached_on != '' THEN 'reached' WHEN t.due_on > "
            f"'{counted_to.isoformat()}' THEN 'not_due' ELSE 'not_reached' END FROM st_point t "
            "WHERE t.centre_id = r.centre_id AND t.release = r.uid AND "
            f"CAST(t.months AS INTEGER) = {months})")

    def abstinent(months: int) -> str:
        return (
            f"(SELECT CASE WHEN {d.true('i.abstinent')} THEN 'yes' ELSE 'no' END FROM "
            "st_point t JOIN st_interview i ON i.centre_id = t.centre_id AND i.point = t.uid "
            "WHERE t.centre_id = r.centre_id AND t.release = r.uid AND "
            f"CAST(t.months AS INTEGER) = {months})")

    sql = (
        "SELECT centre_id, treatment_start, previously_treated, sex, age, referral, "
        f"primary_substance, secondary_substance, {frequency}, injecting, hiv_tested, "
        "exit_reason, follow_6, abstinent_6, follow_12, abstinent_12, "
        "CASE WHEN length(canon) = 64 THEN canon ELSE '' END FROM ("
        "SELECT e.centre_id, substr(e.arrival, 1, 7) AS treatment_start, "
        "CASE WHEN EXISTS (SELECT 1 FROM st_episode o WHERE o.canon = e.canon AND "
        "o.arrival < e.arrival) THEN 'yes' ELSE 'no' END AS previously_treated, e.sex, "
        "e.age, 'prison_or_court' AS referral, "
        f"{_ranked_substance(d, 0)} AS primary_substance, "
        f"{_ranked_substance(d, 1)} AS secondary_substance, s.answers, "
        "coalesce(s.injection, 'not_recorded') AS injecting, "
        f"CASE WHEN h.uid IS NULL THEN 'not_recorded' WHEN {d.true('h.hiv_accepted')} AND "
        "h.hiv_result IS NOT NULL THEN 'yes' ELSE 'no' END AS hiv_tested, "
        "coalesce(r.reason, 'not_released') AS exit_reason, "
        f"coalesce({point(6)}, 'none') AS follow_6, coalesce({abstinent(6)}, '') AS "
        f"abstinent_6, coalesce({point(12)}, 'none') AS follow_12, "
        f"coalesce({abstinent(12)}, '') AS abstinent_12, e.canon, e.arrival, e.uid "
        "FROM st_episode e LEFT JOIN st_latest_screening s ON s.centre_id = e.centre_id "
        "AND s.episode = e.uid LEFT JOIN st_latest_health h ON h.centre_id = e.centre_id "
        "AND h.episode = e.uid LEFT JOIN st_release r ON r.centre_id = e.centre_id AND "
        f"r.episode = e.uid WHERE {_year_episodes(year, counted_to)}) x "
        "ORDER BY treatment_start, canon, centre_id")
    for row in connection.exec_driver_sql(sql).yield_per(5000):
        yield (codes[int(row[0])], *row[1:])
