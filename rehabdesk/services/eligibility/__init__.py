"""Eligibility decisions (DOMAIN.md, legal status and eligibility): the policy's
versions, the facts gathered for each stay, the decisions evaluated, stored and listed.

- ``policy``: the active policy version and every version.
- ``facts``: what the rules read about each episode, from the records.
- ``decisions``: stored decisions, read and written in bulk.
- ``evaluation``: evaluating and storing: arrivals, one episode, everyone after a policy
  change, a supervisor's override.
- ``listing``: the Eligibility page's list and its badge.

The rules themselves live in ``rehabdesk.domain.eligibility``. Callers use the names
below, from this package.
"""

from rehabdesk.services.eligibility.decisions import (
    DecisionRecord,
    current_decision,
    current_signatures,
    decision_history,
)
from rehabdesk.services.eligibility.evaluation import (
    PolicyChange,
    ReevaluationSummary,
    change_policy,
    current_episode_ids,
    evaluate_arrivals,
    finish_reevaluation,
    override_rule,
    reevaluate_all,
    reevaluate_episode,
    unfinished_reevaluation,
)
from rehabdesk.services.eligibility.facts import all_facts, fact_queries, facts_for
from rehabdesk.services.eligibility.listing import (
    NO_CASE,
    DecisionChanges,
    EligibilityFilter,
    EligibilityRow,
    decisions_changed_since,
    eligibility_ids,
    eligibility_rows,
    listing_condition,
    listing_order,
    listing_query,
)
from rehabdesk.services.eligibility.policy import PolicyVersion, active_policy, policy_history

__all__ = [
    "NO_CASE",
    "DecisionChanges",
    "DecisionRecord",
    "EligibilityFilter",
    "EligibilityRow",
    "PolicyChange",
    "PolicyVersion",
    "ReevaluationSummary",
    "active_policy",
    "all_facts",
    "change_policy",
    "current_decision",
    "current_episode_ids",
    "current_signatures",
    "decision_history",
    "decisions_changed_since",
    "eligibility_ids",
    "eligibility_rows",
    "evaluate_arrivals",
    "fact_queries",
    "facts_for",
    "finish_reevaluation",
    "listing_condition",
    "listing_order",
    "listing_query",
    "override_rule",
    "policy_history",
    "reevaluate_all",
    "reevaluate_episode",
    "unfinished_reevaluation",
]
