"""Is this arrival someone the centre already knows? Scoring a possible duplicate.

A person must never be registered twice (DOMAIN.md: "a person who returns gets a new
episode, never a new person"), yet transfer lists romanise names by many hands, leave
birth dates vague and often carry no national id. ``score_candidate`` weighs the
evidence that a stored person is the one described by a ``DuplicateProbe`` and says
why, in words a clerk can check against the paper.

Points (the total is clamped to 0–100):

=====================================  ======  ==========================================
evidence                               points  why
=====================================  ======  ==========================================
same national id                        +60    unique by law; one id is enough on its own
different national ids (both given)     −20    unique too, but ids get mistyped
same inmate number at the same prison   +60    a prison never reuses a number while the
                                               person is in its books
same inmate number, a prison unknown    +30    numbers repeat between prisons
same Khmer name (key equal)             +55    the script the person's name is written in;
                                               no romanisation step to vary
Latin name similarity *s* ≥ 70 %        up to  55 × (s − 70) / 30: 100 % gives 55, 92 %
                                        +55    gives 40, 86 % gives 29; below 70 % it is
                                               another name
born the same year / 1 / 2 years apart  +30 / +20 / +10
born 3–4 years apart                    −15    an estimated year can be off, rarely by 3
born 5 or more years apart              −30    a different generation: another person
birth year unknown on either side         0
=====================================  ======  ==========================================

The name counts once: the better of the Khmer and the Latin evidence. When both records
carry a Khmer name and the two differ by more than a typing slip (rapidfuzz ratio of the
Khmer keys below ``KHMER_ALIKE`` = 90 %), the Latin evidence is capped at
``KHMER_CONFLICT_CAP`` (20 points): the script the name is actually written in
outranks its romanisation, so "Hun Chanthy" (ហ៊ុន) is not taken for "Chhun Chanthy" (ឈុន)
however alike the letters look. (Typing variants such as ស៊ុន / សុន stay above 90 %.)

Thresholds (``DUPLICATE_THRESHOLD`` = 60, the service's default ``min_score``):

* a name alone (55) is **not** enough: in Cambodia a few hundred family names and given
  names cover most people, and the 200,000-person benchmark centre holds 300 "Sok Dara";
* the same name and a birth year at most two years apart is (65–85), as is a similar
  Latin name (≥ 86 %) born the same year, or ≥ 92 % born a year apart;
* an equal national id, or an equal inmate number at the same prison, always is: the score
  is at least ``STRONG_FLOOR`` (65), whatever the other fields say, because either it is
  the same person or one of the two records carries a wrong identifier, and a human must
  look at both.

Latin similarity *s* is computed on ``names.latin_key`` of each word, so the usual
romanisation variants ("Sokh"/"Sok", "Chhun"/"Chun") are already equal, and is the best of
three rapidfuzz measures: token-sort ratio of the word keys (word order does not matter:
"Dara Sok" = "Sok Dara"), plain ratio of the joined keys (spacing does not matter:
"Sokdara" = "Sok Dara"), and 90 % of the token-sort ratio of the consonant skeletons
(vowels are the least stable part of a romanised Khmer name: "Bun"/"Boun"/"Bon",
"Piseth"/"Pisith"; capped at 90 % because "Sok" and "Sak" are different names too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import permutations
from typing import Any

from rapidfuzz import fuzz

from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.names import fold_latin, id_key, khmer_key, latin_key

DUPLICATE_THRESHOLD = 60.0
STRONG_FLOOR = 65.0

NATIONAL_ID_POINTS = 60.0
NATIONAL_ID_CONFLICT_POINTS = -20.0
INMATE_SAME_PRISON_POINTS = 60.0
INMATE_PRISON_UNKNOWN_POINTS = 30.0
NAME_POINTS = 55.0
KHMER_ALIKE = 90.0
KHMER_CONFLICT_CAP = 20.0
LATIN_FLOOR = 70.0
"""Latin similarity (percent) below which two names count as different names."""
SKELETON_WEIGHT = 0.9
BIRTH_POINTS: dict[int, float] = {0: 30.0, 1: 20.0, 2: 10.0, 3: -15.0, 4: -15.0}
BIRTH_FAR_POINTS = -30.0
BIRTH_WINDOW = 2
"""Years apart that still count for a match (``BIRTH_POINTS`` > 0)."""

_VOWELS = re.compile(r"[aeiou]+")


@dataclass(frozen=True, slots=True)
class DuplicateProbe:
    """What is known of the person being registered (any field may be blank). Slotted:
    checking a transfer list builds one for each of tens of thousands of stored people
    it retrieves, and scores read their fields again and again."""

    khmer_name: str = ""
    latin_name: str = ""
    birth_year: int | None = None
    national_id: str | None = None
    inmate_number: str | None = None
    origin_prison: str | None = None


@dataclass(frozen=True)
class MatchReason:
    """One piece of evidence, e.g. "same national id".

    ``field`` is one of ``DuplicateProbe``'s fields; ``message`` the evidence as a sentence
    fragment, worded in the reader's language (issue #21).
    """

    field: str
    message: Message

    @property
    def text(self) -> str:
        """The evidence in English (the command line's lines, logs)."""
        return str(self.message)


@dataclass(frozen=True)
class LatinForms:
    """A romanised name as the scorer compares it (computed once per distinct name)."""

    words: str
    """Word keys joined by spaces, e.g. ``"sok dara"``."""
    joined: str
    """The words' keys without spaces (equal to ``names.latin_key`` of the name)."""
    skeleton: str
    """Word keys without vowels, e.g. ``"sk dr"``."""


def shown_from(probe: DuplicateProbe) -> float:
    """The lowest score worth showing the clerk for ``probe``.

    A name without a birth year scores at most ``NAME_POINTS``, below
    ``DUPLICATE_THRESHOLD``: alone it is no evidence (300 people may be called "Sok
    Dara"). Yet a clerk typing a name that is on file should see those people at once
    and be able to re-admit one (issue #22, item 3), so until a birth year is typed the
    people who carry the name are shown; they ask for no confirmation
    (``requires_decision``). Once the birth year is typed, only likely duplicates are.
    """
    return NAME_POINTS if probe.birth_year is None else DUPLICATE_THRESHOLD


def requires_decision(score: float) -> bool:
    """A candidate this alike must be re-admitted or declared a different person before
    a new person is registered."""
    return score >= DUPLICATE_THRESHOLD


@lru_cache(maxsize=65536)
def latin_forms(name: str) -> LatinForms:
    keys = [k for k in (latin_key(w) for w in fold_latin(name).split()) if k]
    skeleton = [_VOWELS.sub("", k) or k for k in keys]
    return LatinForms(" ".join(keys), "".join(keys), " ".join(skeleton))


@lru_cache(maxsize=16384)
def key_orders(name: str, most: int = 4) -> tuple[str, ...]:
    """The Latin search keys of ``name`` in every word order (``sokdara``, ``darasok``)
    — what an index lookup on ``latin_key`` must try so word order does not matter.
    Names of more than ``most`` words are tried as written and with sorted words.
    Kept per name: a transfer list's rows are looked up by them twice each."""
    keys = latin_forms(name).words.split()
    if not keys:
        return ()
    orders = permutations(keys) if len(keys) <= most else (keys, sorted(keys))
    return tuple(dict.fromkeys("".join(order) for order in orders))


def latin_similarity(a: str, b: str) -> float:
    """How alike two romanised names are, 0–100 (module docstring)."""
    return _similarity(a, b)


@lru_cache(maxsize=65536)
def _similarity(a: str, b: str) -> float:
    """``latin_similarity``, kept per pair of names: a register repeats names a great
    deal, so a transfer list compares the same two names many times."""
    fa, fb = latin_forms(a), latin_forms(b)
    if not fa.joined or not fb.joined:
        return 0.0
    if fa.joined == fb.joined:
        return 100.0
    return max(
        fuzz.token_sort_ratio(fa.words, fb.words),
        fuzz.ratio(fa.joined, fb.joined),
        SKELETON_WEIGHT * fuzz.token_sort_ratio(fa.skeleton, fb.skeleton),
    )


def latin_points(similarity: float) -> float:
    return max(0.0, min(NAME_POINTS, NAME_POINTS * (similarity - LATIN_FLOOR)
                        / (100.0 - LATIN_FLOOR)))


def similarity_needed(points: float) -> float:
    """The Latin similarity (percent) at which the name alone earns ``points``."""
    return LATIN_FLOOR + max(points, 0.0) * (100.0 - LATIN_FLOOR) / NAME_POINTS


def same_prison(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _folded(a or "") == _folded(b or "")


# Keys of one field, kept per text: scoring a list against the register meets the same
# names, prisons and identifiers again and again.
_folded = lru_cache(maxsize=4096)(fold_latin)
_id = lru_cache(maxsize=65536)(id_key)


@lru_cache(maxsize=16384)
def _khmer(name: str) -> str:
    return khmer_key(name).strip()


@lru_cache(maxsize=65536)
def _khmer_ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b)


_PROBE_FIELDS = tuple(f.name for f in fields(DuplicateProbe))


def _as_probe(candidate: DuplicateProbe | Mapping[str, Any]) -> DuplicateProbe:
    if isinstance(candidate, DuplicateProbe):
        return candidate
    values = {name: candidate.get(name) for name in _PROBE_FIELDS}
    return DuplicateProbe(
        khmer_name=str(values["khmer_name"] or ""),
        latin_name=str(values["latin_name"] or ""),
        birth_year=int(values["birth_year"]) if values["birth_year"] is not None else None,
        national_id=str(values["national_id"]) if values["national_id"] else None,
        inmate_number=str(values["inmate_number"]) if values["inmate_number"] else None,
        origin_prison=str(values["origin_prison"]) if values["origin_prison"] else None,
    )


def score_candidate(
    probe: DuplicateProbe, candidate_fields: DuplicateProbe | Mapping[str, Any]
) -> tuple[float, tuple[MatchReason, ...]]:
    """How likely (0–100) the stored person ``candidate_fields`` (a ``DuplicateProbe``
    or a mapping with the same keys) is the person ``probe`` describes, and why.

    Reasons come strongest first and include the evidence against (different ids,
    birth years far apart), so the clerk sees the whole picture.
    """
    return _weigh(probe, _as_probe(candidate_fields), explain=True)


def score_of(probe: DuplicateProbe, candidate_fields: DuplicateProbe | Mapping[str, Any]
             ) -> float:
    """``score_candidate``'s score without its reasons: the same arithmetic, for sifting
    many candidates before the few kept are explained."""
    return _weigh(probe, _as_probe(candidate_fields), explain=False)[0]


def scores_of(probe: DuplicateProbe, others: Iterable[DuplicateProbe]) -> list[float]:
    """``score_of(probe, other)`` for each of ``others``, in order, weighing each kind of
    person once: a transfer list's row retrieves dozens of namesakes born in the same
    years (37,000 pairs for 5,000 rows, 11,000 kinds; issue #24, item 4).

    ``_weigh`` reads a person's identifiers only to compare them with the probe's: when
    neither the national id nor the inmate number equals the probe's, the inmate number
    and prison add nothing and the national id adds its conflict points if it is there
    at all. So everyone without an equal identifier who shares the names, the birth year
    and whether a national id is known scores the same; anyone with one is weighed
    alone."""
    national, inmate = _id(probe.national_id or ""), _id(probe.inmate_number or "")
    weighed: dict[tuple[str, str, int | None, bool], float] = {}
    scores = []
    for other in others:
        theirs = _id(other.national_id or "")
        if (national and theirs == national) or (
                inmate and _id(other.inmate_number or "") == inmate):
            scores.append(_weigh(probe, other, explain=False)[0])
            continue
        kind = (other.khmer_name, other.latin_name, other.birth_year, bool(theirs))
        score = weighed.get(kind)
        if score is None:
            score = weighed[kind] = _weigh(probe, other, explain=False)[0]
        scores.append(score)
    return scores


def _weigh(probe: DuplicateProbe, other: DuplicateProbe, *, explain: bool
           ) -> tuple[float, tuple[MatchReason, ...]]:
    """The score and, when ``explain``, the reasons (else none): one body, so the two
    can never disagree on a number."""
    points = 0.0
    strong = False
    reasons: list[MatchReason] = []

    mine, theirs = _id(probe.national_id or ""), _id(other.national_id or "")
    if mine and theirs:
        if mine == theirs:
            points += NATIONAL_ID_POINTS
            strong = True
            if explain:
                reasons.append(MatchReason("national_id",
                                           sentence("intake.match_same_national_id")))
        else:
            points += NATIONAL_ID_CONFLICT_POINTS
            if explain:
                reasons.append(MatchReason("national_id", sentence(
                    "intake.match_other_national_id", mine=probe.national_id,
                    theirs=other.national_id)))

    mine, theirs = _id(probe.inmate_number or ""), _id(other.inmate_number or "")
    if mine and mine == theirs:
        if same_prison(probe.origin_prison, other.origin_prison):
            points += INMATE_SAME_PRISON_POINTS
            strong = True
            if explain:
                reasons.append(MatchReason("inmate_number", sentence(
                    "intake.match_same_inmate_number", number=other.inmate_number,
                    prison=other.origin_prison)))
        elif not probe.origin_prison or not other.origin_prison:
            points += INMATE_PRISON_UNKNOWN_POINTS
            if explain:
                reasons.append(MatchReason("inmate_number", sentence(
                    "intake.match_same_inmate_number_prison_unknown",
                    number=other.inmate_number)))

    khmer_points = 0.0
    similarity = _similarity(probe.latin_name, other.latin_name)
    name_points = latin_points(similarity)
    mine, theirs = _khmer(probe.khmer_name), _khmer(other.khmer_name)
    if mine and mine == theirs:
        khmer_points = NAME_POINTS
        if explain:
            reasons.append(MatchReason("khmer_name", sentence(
                "intake.match_same_khmer_name", name=other.khmer_name)))
    elif mine and theirs and _khmer_ratio(mine, theirs) < KHMER_ALIKE:
        name_points = min(name_points, KHMER_CONFLICT_CAP)
        if explain:
            reasons.append(MatchReason("khmer_name", sentence(
                "intake.match_other_khmer_name", mine=probe.khmer_name.strip(),
                theirs=other.khmer_name)))
    if name_points and explain:
        mine_latin = probe.latin_name.strip()
        if _folded(probe.latin_name) == _folded(other.latin_name):
            said = sentence("intake.match_same_latin_name", name=other.latin_name)
        elif similarity == 100.0:
            said = sentence("intake.match_latin_name_reordered", mine=mine_latin,
                            theirs=other.latin_name)
        else:
            said = sentence("intake.match_latin_name_alike", percent=round(similarity),
                            mine=mine_latin, theirs=other.latin_name)
        reasons.append(MatchReason("latin_name", said))
    points += max(khmer_points, name_points)

    if probe.birth_year is not None and other.birth_year is not None:
        apart = abs(probe.birth_year - other.birth_year)
        points += BIRTH_POINTS.get(apart, BIRTH_FAR_POINTS)
        if explain:
            if apart == 0:
                said = sentence("intake.match_born_same_year", year=other.birth_year)
            elif apart == 1:
                said = sentence("intake.match_born_a_year_apart", year=other.birth_year)
            else:
                said = sentence("intake.match_born_apart", year=other.birth_year,
                                mine=probe.birth_year, apart=apart)
            reasons.append(MatchReason("birth_year", said))

    score = max(0.0, min(100.0, points))
    if strong:
        score = max(score, STRONG_FLOOR)
    return round(score, 1), tuple(reasons)
