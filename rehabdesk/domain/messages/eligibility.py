"""Sentences about eligibility policies, facts and decisions (domain.eligibility,
services.eligibility).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``. A rule is named by its wording (``eligibility_rule``),
never by its code; a code nobody knows is quoted as it was given.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # What the rules read about one person (domain.eligibility.facts).
    "eligibility.unknown_verdict_status": (
        '"{value}" is not a verdict status; use one of: {statuses:verdict_status}, or none.',
        "«{value}» មិនមែនជាស្ថានភាពសាលក្រមទេ។ "
        "សូមប្រើមួយក្នុងចំណោម៖ {statuses:verdict_status} ឬគ្មាន។"),
    "eligibility.unknown_assist_risk": (
        'ASSIST risk "{risk}" for {drug:substance} is not low, moderate or high.',
        "កម្រិតហានិភ័យ ASSIST «{risk}» ចំពោះ {drug:substance} មិនមែនជាកម្រិតទាប មធ្យម "
        "ឬខ្ពស់ទេ។"),
    "eligibility.impossible_age": (
        "An age of {age:year|years} is not possible; check the birth date.",
        "អាយុ {age} ឆ្នាំ មិនអាចទៅរួចទេ។ សូមពិនិត្យថ្ងៃខែឆ្នាំកំណើត។"),
    "eligibility.unknown_overridden_rule": (
        "Unknown rule code(s) overridden: {codes}; use one of: {rules:eligibility_rule}.",
        "ការលើកលែងមានលេខកូដលក្ខខណ្ឌដែលមិនស្គាល់៖ {codes}។ "
        "សូមប្រើមួយក្នុងចំណោម៖ {rules:eligibility_rule}។"),
    # A policy's parameters (domain.eligibility.policy).
    "eligibility.policy_without_version": (
        "A policy needs a version name.",
        "គោលការណ៍ត្រូវមានឈ្មោះកំណែ។"),
    "eligibility.stored_policy_without_version": (
        "A stored policy must have a version.",
        "គោលការណ៍ដែលបានរក្សាទុកត្រូវតែមានកំណែ។"),
    "eligibility.unknown_policy_parameter": (
        "Unknown policy parameter(s): {names}.",
        "ប៉ារ៉ាម៉ែត្រគោលការណ៍ដែលមិនស្គាល់៖ {names}។"),
    "eligibility.min_programme_days_invalid": (
        'The minimum days of sentence left must be a whole number of 0 or more, not "{value}".',
        "ចំនួនថ្ងៃទោសនៅសល់អប្បបរមា ត្រូវតែជាចំនួនគត់ចាប់ពី ០ ឡើងទៅ មិនមែន «{value}» ទេ។"),
    "eligibility.min_age_invalid": (
        'The minimum age must be a whole number of 0 or more, not "{value}".',
        "អាយុអប្បបរមា ត្រូវតែជាចំនួនគត់ចាប់ពី ០ ឡើងទៅ មិនមែន «{value}» ទេ។"),
    "eligibility.min_age_too_high": (
        "A minimum age of {age:year|years} is not possible.",
        "អាយុអប្បបរមា {age} ឆ្នាំ មិនអាចទៅរួចទេ។"),
    "eligibility.order_counts_not_yes_or_no": (
        "Whether a treatment order passes before a verdict must be true or false.",
        "ការកំណត់ថាដីកាបង្គាប់ឱ្យព្យាបាលឆ្លងកាត់មុនមានសាលក្រមឬទេ ត្រូវតែជា «អនុញ្ញាត» "
        "ឬ «មិនអនុញ្ញាត»។"),
    "eligibility.passing_verdicts_not_a_list": (
        "The verdict statuses that pass must be a list of names.",
        "ស្ថានភាពសាលក្រមដែលឆ្លងកាត់ ត្រូវតែជាបញ្ជីឈ្មោះ។"),
    "eligibility.verdicts_not_acceptable": (
        "A policy cannot accept the verdict status(es) {statuses:verdict_status}; use only "
        "these: {allowed:verdict_status}.",
        "គោលការណ៍មិនអាចទទួលយកស្ថានភាពសាលក្រម {statuses:verdict_status} បានទេ។ "
        "សូមប្រើតែ៖ {allowed:verdict_status}។"),
    "eligibility.final_verdict_not_accepted": (
        "A policy must accept a final verdict.",
        "គោលការណ៍ត្រូវតែទទួលយកសាលក្រមស្ថាពរ។"),
    "eligibility.overridable_rules_not_a_list": (
        "The rules a supervisor may override must be a list of names.",
        "លក្ខខណ្ឌដែលអ្នកត្រួតពិនិត្យអាចលើកលែងបាន ត្រូវតែជាបញ្ជីឈ្មោះ។"),
    "eligibility.unknown_overridable_rule": (
        "Unknown rule code(s) among the rules a supervisor may override: {codes}; use only "
        "these: {rules:eligibility_rule}.",
        "លក្ខខណ្ឌដែលអ្នកត្រួតពិនិត្យអាចលើកលែងបាន មានលេខកូដដែលមិនស្គាល់៖ {codes}។ "
        "សូមប្រើតែ៖ {rules:eligibility_rule}។"),
    # Changing the policy (services.eligibility.policy).
    "eligibility.no_active_policy": (
        "No eligibility policy is active in this database; restore a backup or ask an "
        "administrator to set the policy.",
        "គ្មានគោលការណ៍លក្ខណៈសម្បត្តិកំពុងអនុវត្តក្នុងមូលដ្ឋានទិន្នន័យនេះទេ។ "
        "សូមស្ដារការបម្រុងទុក ឬសុំអ្នកគ្រប់គ្រងប្រព័ន្ធឱ្យកំណត់គោលការណ៍។"),
    "eligibility.policy_change_without_reason": (
        "Write why the policy changes; the reason is kept with it.",
        "សូមសរសេរមូលហេតុដែលគោលការណ៍ផ្លាស់ប្ដូរ។ មូលហេតុត្រូវរក្សាទុកជាមួយគោលការណ៍។"),
    "eligibility.policy_version_given": (
        "The version name is given by RehabDesk; leave it out.",
        "ឈ្មោះកំណែត្រូវបាន RehabDesk ផ្ដល់ឱ្យ។ សូមកុំបញ្ចូលវា។"),
    "eligibility.policy_unchanged": (
        "These parameters are the policy's current ones; nothing changes.",
        "ប៉ារ៉ាម៉ែត្រទាំងនេះជាប៉ារ៉ាម៉ែត្របច្ចុប្បន្នរបស់គោលការណ៍។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។"),
    # Overriding a rule (services.eligibility.evaluation) and the list's filter.
    "eligibility.unknown_rule": (
        '"{value}" is not an eligibility rule; use one of: {rules:eligibility_rule}.',
        "«{value}» មិនមែនជាលក្ខខណ្ឌលក្ខណៈសម្បត្តិទេ។ "
        "សូមប្រើមួយក្នុងចំណោម៖ {rules:eligibility_rule}។"),
    "eligibility.override_without_reason": (
        "Write why the rule is overridden; the reason is required.",
        "សូមសរសេរមូលហេតុនៃការលើកលែងលក្ខខណ្ឌ។ មូលហេតុនេះជាការចាំបាច់។"),
    "eligibility.rule_not_overridable": (
        'Policy {version} does not let anyone override the rule "{rule:eligibility_rule}".',
        "គោលការណ៍ {version} មិនអនុញ្ញាតឱ្យនរណាម្នាក់លើកលែងលក្ខខណ្ឌ «{rule:eligibility_rule}» "
        "ទេ។"),
    "eligibility.rule_already_overridden": (
        'The rule "{rule:eligibility_rule}" is already overridden for this episode.',
        "លក្ខខណ្ឌ «{rule:eligibility_rule}» ត្រូវបានលើកលែងរួចហើយសម្រាប់ការស្នាក់នៅនេះ។"),
    "eligibility.rule_does_not_fail": (
        'The rule "{rule:eligibility_rule}" does not fail for this episode '
        "({result:rule_result}); only a failing rule can be overridden.",
        "លទ្ធផលនៃលក្ខខណ្ឌ «{rule:eligibility_rule}» សម្រាប់ការស្នាក់នៅនេះគឺ "
        "«{result:rule_result}»។ មានតែលក្ខខណ្ឌដែលមិនឆ្លងកាត់ទេ ដែលអាចលើកលែងបាន។"),
    # The eligibility page (ui.eligibility).
    "eligibility.no_person_selected": (
        "Select a person in the list first.",
        "សូមជ្រើសបុគ្គលម្នាក់ក្នុងបញ្ជីជាមុនសិន។"),
}
