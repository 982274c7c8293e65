"""Who may do what: the permission matrix of issue #8, in one place.

Every service checks ``require(role, action)`` before it reads or writes, so the GUI and
the command line cannot disagree and hiding a button is never the only protection.
``docs/permissions.md`` is generated from this table (a test keeps them equal).

Rules from the issue: health-screen details are visible and editable only by health
officers (others see "restricted"); overrides and merges by supervisors; users, policy and
settings by administrators; auditors read everything but change nothing, and see the audit
log.
"""

from __future__ import annotations

from enum import StrEnum

from rehabdesk.domain.errors import RehabDeskError


class Role(StrEnum):
    CLERK = "clerk"
    HEALTH_OFFICER = "health_officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"


class Action(StrEnum):
    VIEW_REGISTER = "view_register"
    REGISTER_ARRIVAL = "register_arrival"
    EDIT_IDENTITY = "edit_identity"
    IMPORT_TRANSFER_LIST = "import_transfer_list"
    RECORD_LEGAL = "record_legal"
    RECORD_SCREENING = "record_screening"
    VIEW_HEALTH = "view_health"
    RECORD_HEALTH = "record_health"
    RECORD_CONSENT = "record_consent"
    OVERRIDE_ELIGIBILITY = "override_eligibility"
    MERGE_PERSONS = "merge_persons"
    MANAGE_ENROLMENT = "manage_enrolment"
    PRINT = "print"
    EXPORT_TO_HQ = "export_to_hq"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    CHANGE_POLICY = "change_policy"
    CHANGE_SETTINGS = "change_settings"
    BACKUP_RESTORE = "backup_restore"


R, A = Role, Action
_EVERYONE = frozenset(Role)
_STAFF = frozenset({R.CLERK, R.HEALTH_OFFICER, R.SUPERVISOR, R.ADMINISTRATOR})
_DESK = frozenset({R.CLERK, R.SUPERVISOR})

MATRIX: dict[Action, frozenset[Role]] = {
    A.VIEW_REGISTER: _EVERYONE,
    A.REGISTER_ARRIVAL: _DESK,
    A.EDIT_IDENTITY: _DESK,
    A.IMPORT_TRANSFER_LIST: _DESK,
    A.RECORD_LEGAL: _DESK,
    A.RECORD_SCREENING: frozenset({R.CLERK, R.HEALTH_OFFICER, R.SUPERVISOR}),
    A.VIEW_HEALTH: frozenset({R.HEALTH_OFFICER}),
    A.RECORD_HEALTH: frozenset({R.HEALTH_OFFICER}),
    A.RECORD_CONSENT: frozenset({R.CLERK, R.HEALTH_OFFICER, R.SUPERVISOR}),
    A.OVERRIDE_ELIGIBILITY: frozenset({R.SUPERVISOR}),
    A.MERGE_PERSONS: frozenset({R.SUPERVISOR}),
    A.MANAGE_ENROLMENT: _DESK,
    A.PRINT: _STAFF,
    A.EXPORT_TO_HQ: frozenset({R.SUPERVISOR, R.ADMINISTRATOR}),
    A.VIEW_AUDIT: frozenset({R.AUDITOR, R.ADMINISTRATOR}),
    A.MANAGE_USERS: frozenset({R.ADMINISTRATOR}),
    A.CHANGE_POLICY: frozenset({R.ADMINISTRATOR}),
    A.CHANGE_SETTINGS: frozenset({R.ADMINISTRATOR}),
    A.BACKUP_RESTORE: frozenset({R.ADMINISTRATOR}),
}

ROLE_LABELS = {
    R.CLERK: "Clerk", R.HEALTH_OFFICER: "Health officer", R.SUPERVISOR: "Supervisor",
    R.ADMINISTRATOR: "Administrator", R.AUDITOR: "Auditor",
}


class PermissionDeniedError(RehabDeskError):
    """The signed-in user's role may not do this; nothing was read or changed."""


def allowed(role: Role, action: Action) -> bool:
    return role in MATRIX[action]


def require(role: Role, action: Action) -> None:
    if not allowed(role, action):
        who = " or ".join(ROLE_LABELS[r].lower() + "s" for r in sorted(MATRIX[action]))
        raise PermissionDeniedError(
            f"A {ROLE_LABELS[role].lower()} may not {action.value.replace('_', ' ')}; "
            f"only {who} may. Ask one of them."
        )


def matrix_markdown() -> str:
    """The table for docs/permissions.md."""
    roles = list(Role)
    lines = ["| action | " + " | ".join(ROLE_LABELS[r] for r in roles) + " |",
             "|---|" + "---|" * len(roles)]
    for action in Action:
        marks = ["✔" if r in MATRIX[action] else "—" for r in roles]
        lines.append(f"| {action.value.replace('_', ' ')} | " + " | ".join(marks) + " |")
    return "\n".join(lines)
