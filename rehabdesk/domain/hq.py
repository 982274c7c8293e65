"""Headquarters' rules, pure (issue #17; DOMAIN.md, "Headquarters exchange").

- Who may do what at headquarters: its own two roles, apart from a centre's.
- What one incoming row does to the row headquarters holds for the same (centre, uid):
  a higher ``version`` replaces it; the same content changes nothing; anything else that
  differs is a conflict for a person, never last-write-wins. Two refinements keep the
  conflict queue for real contradictions: a lower version from an *earlier* bundle of the
  same chain is history headquarters has already passed (a bundle that arrived late), and
  a row a tombstone removed stays removed. A bundle of a fork (a centre restored an old
  backup and exported again) overwrites nothing: every difference is a conflict.
- Which bundles of a centre's chain are missing (the gaps).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from rehabdesk.domain.errors import RehabDeskError

_Node = TypeVar("_Node", bound=Any)


class HqRole(StrEnum):
    ADMINISTRATOR = "hq_administrator"
    ANALYST = "analyst"


class HqAction(StrEnum):
    REGISTER_CENTRE = "register_centre"
    IMPORT = "import"
    ACKNOWLEDGE = "acknowledge"
    REVIEW_PAIRS = "review_pairs"
    MANAGE_USERS = "manage_users"
    VIEW = "view"
    RELEASE_STATISTICS = "release_statistics"


ALLOWED: dict[HqAction, frozenset[HqRole]] = {
    HqAction.REGISTER_CENTRE: frozenset({HqRole.ADMINISTRATOR}),
    HqAction.IMPORT: frozenset({HqRole.ADMINISTRATOR}),
    HqAction.ACKNOWLEDGE: frozenset({HqRole.ADMINISTRATOR}),
    HqAction.REVIEW_PAIRS: frozenset({HqRole.ADMINISTRATOR, HqRole.ANALYST}),
    HqAction.MANAGE_USERS: frozenset({HqRole.ADMINISTRATOR}),
    HqAction.VIEW: frozenset({HqRole.ADMINISTRATOR, HqRole.ANALYST}),
    HqAction.RELEASE_STATISTICS: frozenset({HqRole.ADMINISTRATOR, HqRole.ANALYST}),
}


def require_hq(role: HqRole, action: HqAction) -> None:
    """Refuses with a sentence when ``role`` may not do ``action``."""
    if role not in ALLOWED[action]:
        raise RehabDeskError("hq.not_allowed", role=role.value, action=action.value)


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflicts"


@dataclass(frozen=True)
class Held:
    """What headquarters holds for one (centre, uid)."""

    version: int
    sequence: int
    """The bundle sequence that last set it."""
    digest: str | None
    deleted: bool


def outcome(held: Held | None, version: int, digest: str, sequence: int,
            fork: bool) -> Outcome:
    """What an incoming row (``version``, content ``digest``, from bundle ``sequence``)
    does to what headquarters holds."""
    if held is None:
        return Outcome.CREATED
    if held.deleted or held.digest == digest:
        return Outcome.UNCHANGED
    if fork:
        return Outcome.CONFLICT
    if version > held.version:
        return Outcome.UPDATED
    if version < held.version and sequence < held.sequence:
        return Outcome.UNCHANGED  # an older bundle arrived late: already superseded
    return Outcome.CONFLICT


def gaps(sequences: Iterable[int]) -> list[int]:
    """The sequences missing below the newest one received."""
    present = set(sequences)
    return [n for n in range(1, max(present, default=0) + 1) if n not in present]


def contiguous_head(sequences: Iterable[int]) -> int:
    """The newest sequence with every earlier one received (0 when the first is missing):
    what an acknowledgement may say headquarters holds."""
    present = set(sequences)
    head = 0
    while head + 1 in present:
        head += 1
    return head


def joined(links: Iterable[tuple[_Node, _Node]]) -> dict[_Node, _Node]:
    """Each node of ``links`` → the smallest node of its group, the groups being what the
    links join (a union-find): who counts as whom once pairs are marked the same."""
    parent: dict[_Node, _Node] = {}

    def root(p: _Node) -> _Node:
        parent.setdefault(p, p)
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {p: root(p) for p in parent}


def unique_count(people: Iterable[tuple[int, str]],
                 links: Iterable[tuple[tuple[int, str], tuple[int, str]]]) -> int:
    """How many distinct persons ``people`` (centre, uid) are once the pairs an analyst
    marked the same are joined: national counts of unique persons (issue #17, item 5)."""
    held = set(people)
    groups = joined((a, b) for a, b in links if a in held and b in held)
    return len(held) - sum(node != root for node, root in groups.items())
