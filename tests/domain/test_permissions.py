from __future__ import annotations

from pathlib import Path

import pytest

from rehabdesk.domain.permissions import (
    MATRIX,
    Action,
    PermissionDeniedError,
    Role,
    allowed,
    matrix_markdown,
    require,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"


def test_every_action_has_a_row() -> None:
    assert set(MATRIX) == set(Action)


def test_the_issue_s_rules_hold() -> None:
    assert {r for r in Role if allowed(r, Action.VIEW_HEALTH)} == {Role.HEALTH_OFFICER}
    assert {r for r in Role if allowed(r, Action.RECORD_HEALTH)} == {Role.HEALTH_OFFICER}
    assert {r for r in Role if allowed(r, Action.MERGE_PERSONS)} == {Role.SUPERVISOR}
    assert {r for r in Role if allowed(r, Action.OVERRIDE_ELIGIBILITY)} == {Role.SUPERVISOR}
    for action in (Action.MANAGE_USERS, Action.CHANGE_POLICY, Action.CHANGE_SETTINGS):
        assert {r for r in Role if allowed(r, action)} == {Role.ADMINISTRATOR}
    assert {a for a in Action if allowed(Role.AUDITOR, a)} == {Action.VIEW_REGISTER,
                                                               Action.VIEW_AUDIT}


@pytest.mark.parametrize(("role", "action"), [(r, a) for r in Role for a in Action])
def test_require_agrees_with_the_matrix(role: Role, action: Action) -> None:
    if allowed(role, action):
        require(role, action)
    else:
        with pytest.raises(PermissionDeniedError, match="you may not") as refused:
            require(role, action)
        assert "{" not in refused.value.said("km") and "may" not in refused.value.said("km")


def test_the_documentation_shows_this_matrix() -> None:
    assert matrix_markdown() in DOCS.read_text(encoding="utf-8")


def test_refusals_read_as_sentences_in_either_language() -> None:
    """Issue #22, item 8: not "A administrator may not import transfer list"; issue #21,
    item 3: the roles are the glossary's, in the reader's language."""
    from rehabdesk.domain.permissions import DOING, refusal

    assert refusal(Role.ADMINISTRATOR, Action.IMPORT_TRANSFER_LIST).said("en") == (
        "Signed in as administrator, you may not import transfer lists; only these roles "
        "may: clerk, supervisor. Ask someone with one of them.")
    assert refusal(Role.CLERK, Action.MERGE_PERSONS).said("en") == (
        "Signed in as clerk, you may not merge two records; only someone signed in as "
        "supervisor may. Ask one of them.")
    assert str(refusal(Role.AUDITOR, Action.RECORD_SCREENING)).startswith(
        "Signed in as auditor, you may not record screenings; only these roles may: clerk, "
        "health officer, supervisor.")
    khmer = refusal(Role.CLERK, Action.MERGE_PERSONS).said("km")
    assert "ស្មៀន" in khmer and "អ្នកត្រួតពិនិត្យ" in khmer and "បញ្ចូលកំណត់ត្រា" in khmer
    assert set(DOING) == set(Action)  # every action says what it lets a user do
