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
from rehabdesk.domain.glossary import word
from rehabdesk.domain.messages import Message, sentence


class Role(StrEnum):
    CLERK = "clerk"
    HEALTH_OFFICER = "health_officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"
    MONITOR = "monitor"
    """An independent monitor (issue #19, item 6): sees counts, grievances and incidents
    under pseudonyms, never names or health data unless a supervisor grants one person."""


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
    MANAGE_VOCATIONAL = "manage_vocational"
    RECORD_WORK = "record_work"
    CLOSE_PAY_PERIOD = "close_pay_period"
    ISSUE_CERTIFICATE = "issue_certificate"
    PLAN_RELEASE = "plan_release"
    RELEASE = "release"
    RECORD_FOLLOW_UP = "record_follow_up"
    EXPORT_CASE_LISTS = "export_case_lists"
    MANAGE_BUDGET = "manage_budget"
    RECORD_RIGHTS = "record_rights"
    OVERSEE_RIGHTS = "oversee_rights"
    MONITOR = "monitor"


R, A = Role, Action
_EVERYONE = frozenset(Role) - {Role.MONITOR}
"""Every role of the centre's staff and its auditors; the independent monitor sees only
its own pseudonymised view."""
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
    # Vocational work (issue #14): workshops and rates are the centre's set-up; the desk
    # allocates, records consent, assessments and the daily register; a supervisor closes
    # pay, corrects a closed month and issues or revokes certificates.
    A.MANAGE_VOCATIONAL: frozenset({R.ADMINISTRATOR}),
    A.RECORD_WORK: _DESK,
    A.CLOSE_PAY_PERIOD: frozenset({R.SUPERVISOR}),
    A.ISSUE_CERTIFICATE: frozenset({R.SUPERVISOR}),
    # Release (issue #15): the desk plans the reintegration; only a supervisor releases (a
    # release ends the stay everywhere and pays out the savings); the follow-up after the
    # gate is the desk's and the health officers' (health centres, home visits).
    A.PLAN_RELEASE: _DESK,
    A.RELEASE: frozenset({R.SUPERVISOR}),
    A.RECORD_FOLLOW_UP: frozenset({R.CLERK, R.HEALTH_OFFICER, R.SUPERVISOR}),
    # Reports and budget (issue #18): the case numbers behind a report's figures are
    # personal data, for supervisors and administrators; cost items are an
    # administrator's.
    A.EXPORT_CASE_LISTS: frozenset({R.SUPERVISOR, R.ADMINISTRATOR}),
    A.MANAGE_BUDGET: frozenset({R.ADMINISTRATOR}),
    # Rights and oversight (issue #19): staff record bases, sheets, grievances, visits and
    # incidents; supervisors (the director signs in as one) see the red lists, explain an
    # entry, answer grievances and grant a monitor a named access; the monitor sees only
    # the pseudonymised view (and may file a grievance through it).
    A.RECORD_RIGHTS: frozenset({R.CLERK, R.HEALTH_OFFICER, R.SUPERVISOR}),
    A.OVERSEE_RIGHTS: frozenset({R.SUPERVISOR}),
    A.MONITOR: frozenset({R.MONITOR}),
}

DOING: dict[Action, Message] = {
    A.VIEW_REGISTER: sentence("platform.doing.view_register"),
    A.REGISTER_ARRIVAL: sentence("platform.doing.register_arrival"),
    A.EDIT_IDENTITY: sentence("platform.doing.edit_identity"),
    A.IMPORT_TRANSFER_LIST: sentence("platform.doing.import_transfer_list"),
    A.RECORD_LEGAL: sentence("platform.doing.record_legal"),
    A.RECORD_SCREENING: sentence("platform.doing.record_screening"),
    A.VIEW_HEALTH: sentence("platform.doing.view_health"),
    A.RECORD_HEALTH: sentence("platform.doing.record_health"),
    A.RECORD_CONSENT: sentence("platform.doing.record_consent"),
    A.EVALUATE_ELIGIBILITY: sentence("platform.doing.evaluate_eligibility"),
    A.OVERRIDE_ELIGIBILITY: sentence("platform.doing.override_eligibility"),
    A.MERGE_PERSONS: sentence("platform.doing.merge_persons"),
    A.MANAGE_ENROLMENT: sentence("platform.doing.manage_enrolment"),
    A.PRINT: sentence("platform.doing.print"),
    A.EXPORT_TO_HQ: sentence("platform.doing.export_to_hq"),
    A.VIEW_AUDIT: sentence("platform.doing.view_audit"),
    A.MANAGE_USERS: sentence("platform.doing.manage_users"),
    A.CHANGE_POLICY: sentence("platform.doing.change_policy"),
    A.CHANGE_SETTINGS: sentence("platform.doing.change_settings"),
    A.BACKUP_RESTORE: sentence("platform.doing.backup_restore"),
    A.MANAGE_VOCATIONAL: sentence("vocational.doing.manage_vocational"),
    A.RECORD_WORK: sentence("vocational.doing.record_work"),
    A.CLOSE_PAY_PERIOD: sentence("vocational.doing.close_pay_period"),
    A.ISSUE_CERTIFICATE: sentence("vocational.doing.issue_certificate"),
    A.PLAN_RELEASE: sentence("release.doing.plan_release"),
    A.RELEASE: sentence("release.doing.release"),
    A.RECORD_FOLLOW_UP: sentence("release.doing.record_follow_up"),
    A.EXPORT_CASE_LISTS: sentence("report.doing.export_case_lists"),
    A.MANAGE_BUDGET: sentence("report.doing.manage_budget"),
    A.RECORD_RIGHTS: sentence("rights.doing.record_rights"),
    A.OVERSEE_RIGHTS: sentence("rights.doing.oversee_rights"),
    A.MONITOR: sentence("rights.doing.monitor"),
}
"""What each action lets a user do, as the refusal sentence says it."""


class PermissionDeniedError(RehabDeskError):
    """The signed-in user's role may not do this; nothing was read or changed."""


def allowed(role: Role, action: Action) -> bool:
    return role in MATRIX[action]


def require(role: Role, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDeniedError.saying(refusal(role, action))


def refusal(role: Role, action: Action) -> Message:
    """The sentence for ``role`` trying ``action``, e.g. "Signed in as administrator, you
    may not import transfer lists; only these roles may: clerk, supervisor. Ask someone
    with one of them." — also the tooltip of a control the role may not use, so the clerk
    learns it before typing a whole form (issue #22, item 8). Roles are worded by the
    glossary (kind ``role``), in the reader's language."""
    may = [r.value for r in Role if r in MATRIX[action]]
    if len(may) == 1:
        return sentence("platform.refused_one_role", role=role.value, doing=DOING[action],
                        allowed=may[0])
    return sentence("platform.refused_roles", role=role.value, doing=DOING[action],
                    allowed=may)


def matrix_markdown() -> str:
    """The table for docs/permissions.md."""
    roles = list(Role)
    lines = ["| action | " + " | ".join(word("role", r).capitalize() for r in roles) + " |",
             "|---|" + "---|" * len(roles)]
    for action in Action:
        marks = ["✔" if r in MATRIX[action] else "—" for r in roles]
        lines.append(f"| {action.value.replace('_', ' ')} | " + " | ".join(marks) + " |")
    return "\n".join(lines)
