"""Sentences about the register: search and merging records (services.register), and a
person or stay that is not (or no longer) on file (services.platform.persons).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Records looked up.
    "register.person_gone": (
        "That person's record no longer exists; refresh the list.",
        "កំណត់ត្រារបស់បុគ្គលនោះលែងមានទៀតហើយ។ សូមផ្ទុកបញ្ជីឡើងវិញ។"),
    "register.episode_gone": (
        "That episode no longer exists; refresh the record.",
        "ការស្នាក់នៅនោះលែងមានទៀតហើយ។ សូមផ្ទុកកំណត់ត្រាឡើងវិញ។"),
    "register.case_number_unknown": (
        'No episode has the case number "{case_number}"; check it.',
        'គ្មានការស្នាក់នៅណាមានលេខករណី "{case_number}" ទេ។ សូមពិនិត្យលេខនោះឡើងវិញ។'),

    # Merging two records of the same person.
    "register.merge_without_reason": (
        "Say why these two records are the same person.",
        "សូមបញ្ជាក់ហេតុផលដែលកំណត់ត្រាទាំងពីរនេះជាបុគ្គលតែមួយ។"),
    "register.merge_with_itself": (
        "Choose two different records to merge.",
        "សូមជ្រើសកំណត់ត្រាពីរផ្សេងគ្នា ដើម្បីបញ្ចូលគ្នា។"),
}
