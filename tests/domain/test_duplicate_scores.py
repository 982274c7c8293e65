"""``scores_of`` weighs each kind of person once (issue #24, item 4): its scores must be
``score_of``'s, pair by pair, whatever the identifiers say."""

from __future__ import annotations

import random

from rehabdesk.domain.duplicates import DuplicateProbe, score_of, scores_of

PROBE = DuplicateProbe("សុខ ដារា", "Sok Dara", 1990, "123456789", "PS-00042", "Prey Sar")


def test_namesakes_with_and_without_identifiers_score_as_one_by_one() -> None:
    """Namesakes born the same year, told apart only by their identifiers: an equal
    national id, an equal inmate number (same prison, another prison, none), another
    national id, none at all; each must keep its own score."""
    others = [
        DuplicateProbe("សុខ ដារា", "Sok Dara", 1990, national, inmate, prison)
        for national in ("123456789", "987654321", None, " 123-456-789 ")
        for inmate, prison in (("PS-00042", "Prey Sar"), ("ps-00042", None),
                               ("PS-00042", "CC1"), ("PS-00043", "Prey Sar"), (None, None))
    ]
    scores = scores_of(PROBE, others)
    assert scores == [score_of(PROBE, other) for other in others]
    assert len(set(scores)) > 3  # the identifiers do change the score here


def test_random_people_score_as_one_by_one() -> None:
    rng = random.Random(24)
    names = [("សុខ ដារា", "Sok Dara"), ("សុខ ដារ៉ា", "Sokh Dara"), ("ចាន់ វុទ្ធី", "Chan Vuthy"),
             ("", "Dara Sok"), ("សុខ ដារា", ""), ("ហ៊ុន ចាន់ធី", "Hun Chanthy")]
    for _ in range(50):
        khmer, latin = rng.choice(names)
        probe = DuplicateProbe(khmer, latin, rng.choice((None, 1988, 1990)),
                               rng.choice((None, "111", "222")),
                               rng.choice((None, "A-1", "A-2")), rng.choice((None, "P1", "P2")))
        others = []
        for _ in range(40):
            khmer, latin = rng.choice(names)
            others.append(DuplicateProbe(
                khmer, latin, rng.choice((None, 1986, 1989, 1990, 1991, 1995)),
                rng.choice((None, "111", "222", "333")), rng.choice((None, "A-1", "a-2", "B-1")),
                rng.choice((None, "P1", "p1", "P2"))))
        assert scores_of(probe, others) == [score_of(probe, other) for other in others]
