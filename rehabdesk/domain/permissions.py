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
    EVALUATE_ELIGIBILITY = "evaluate_eligibility"
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
    # Evaluating only derives decisions from what others recorded: every staff role's
    # save re-evaluates (an arrival, a verdict, a screening, a policy, a printed letter).
    A.EVALUATE_ELIGIBILITY: _STAFF,
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

DOING: dict[Action, str] = {
    A.VIEW_REGISTER: "see the register",
    A.REGISTER_ARRIVAL: "register arrivals",
    A.EDIT_IDENTITY: "correct a person's identity",
    A.IMPORT_TRANSFER_LIST: "import transfer lists",
    A.RECORD_LEGAL: "record court cases, verdicts and sentences",
    A.RECORD_SCREENING: "record screenings",
    A.VIEW_HEALTH: "see the health screen",
    A.RECORD_HEALTH: "record the health screen",
    A.RECORD_CONSENT: "record consent to treatment",
    A.EVALUATE_ELIGIBILITY: "evaluate eligibility",
    A.OVERRIDE_ELIGIBILITY: "override an eligibility rule",
    A.MERGE_PERSONS: "merge two records",
    A.MANAGE_ENROLMENT: "refer, enrol or discharge people, or take roll calls",
    A.PRINT: "print forms",
    A.EXPORT_TO_HQ: "export to headquarters",
    A.VIEW_AUDIT: "read the audit log",
    A.MANAGE_USERS: "manage users",
    A.CHANGE_POLICY: "change the eligibility policy",
    A.CHANGE_SETTINGS: "change the centre's settings",
    A.BACKUP_RESTORE: "back up or restore the database",
}
"""What each action lets a user do, as the refusal sentence says it."""


class PermissionDeniedError(RehabDeskError):
    """The signed-in user's role may not do this; nothing was read or changed."""


def allowed(role: Role, action: Action) -> bool:
    return role in MATRIX[action]


def require(role: Role, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDeniedError(refusal(role, action))


def refusal(role: Role, action: Action) -> str:
    """The plain sentence for ``role`` trying ``action``, e.g. "An administrator may not
    import transfer lists; only clerks and supervisors may. Ask one of them." — also the
    tooltip of a control the role may not use, so the clerk learns it before typing a
    whole form (issue #22, item 8)."""
    label = ROLE_LABELS[role].lower()
    article = "An" if label[0] in "aeiou" else "A"
    doing = DOING.get(action, action.value.replace("_", " "))
    return (f"{article} {label} may not {doing}; only {_roles(MATRIX[action])} may. "
            "Ask one of them.")


def _roles(roles: frozenset[Role]) -> str:
    """"clerks", "clerks and supervisors", "clerks, health officers and supervisors"."""
    names = [ROLE_LABELS[r].lower() + "s" for r in Role if r in roles]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def matrix_markdown() -> str:
    """The table for docs/permissions.md."""
    roles = list(Role)
    lines = ["| action | " + " | ".join(ROLE_LABELS[r] for r in roles) + " |",
             "|---|" + "---|" * len(roles)]
    for action in Action:
        marks = ["✔" if r in MATRIX[action] else "—" for r in roles]
        lines.append(f"| {action.value.replace('_', ' ')} | " + " | ".join(marks) + " |")
    return "\n".join(lines)
