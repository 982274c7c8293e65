"""Sentences about installing and upgrading RehabDesk (issue #20): the steps of
``rehabdesk self-test`` and what each found, and an upgrade that failed and was undone.

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The steps of `rehabdesk self-test`, in the order they run (services.deployment).
    "deployment.step_centre": (
        "open a scratch centre",
        "បើកមជ្ឈមណ្ឌលសាកល្បងមួយ"),
    "deployment.step_migrations": (
        "run the database migrations",
        "ធ្វើបច្ចុប្បន្នភាពគ្រោងទិន្នន័យ"),
    "deployment.step_register": (
        "register a person",
        "ចុះឈ្មោះមនុស្សម្នាក់"),
    "deployment.step_search": (
        "search in Khmer and Latin letters",
        "ស្វែងរកជាអក្សរខ្មែរ និងអក្សរឡាតាំង"),
    "deployment.step_print": (
        "print an intake form",
        "បោះពុម្ពទម្រង់ចូលមជ្ឈមណ្ឌល"),
    "deployment.step_backup": (
        "make and verify a backup",
        "បង្កើត និងផ្ទៀងផ្ទាត់ច្បាប់បម្រុងទុក"),
    "deployment.step_export": (
        "make and verify an export bundle",
        "បង្កើត និងផ្ទៀងផ្ទាត់កញ្ចប់នាំចេញ"),
    # What `rehabdesk self-test` prints.
    "deployment.step_passed": (
        "ok: {step}",
        "ជោគជ័យ៖ {step}"),
    "deployment.self_test_passed": (
        "Self-test passed: RehabDesk {version} (schema {revision}) works on this computer.",
        "ការធ្វើតេស្តខ្លួនឯងបានជោគជ័យ៖ RehabDesk {version} (គ្រោងទិន្នន័យ {revision}) "
        "ដំណើរការលើកុំព្យូទ័រនេះ។"),
    "deployment.self_test_failed": (
        "Self-test failed at the step \"{step}\": {reason}",
        "ការធ្វើតេស្តខ្លួនឯងបរាជ័យនៅជំហាន \"{step}\"៖ {reason}"),
    # Why a step failed.
    "deployment.schema_not_head": (
        "the database is at schema {found}, not {expected}",
        "មូលដ្ឋានទិន្នន័យស្ថិតនៅគ្រោងទិន្នន័យ {found} មិនមែន {expected} ទេ"),
    "deployment.schema_drift": (
        "the database the migrations built differs from the program's tables in "
        "{count:place|places}",
        "មូលដ្ឋានទិន្នន័យដែលការធ្វើបច្ចុប្បន្នភាពបានបង្កើត ខុសពីតារាងរបស់កម្មវិធីចំនួន "
        "{count} កន្លែង"),
    "deployment.search_missed": (
        "searching for \"{query}\" found {found:person|people} instead of 1",
        "ការស្វែងរក \"{query}\" រកឃើញ {found} នាក់ ជំនួសឱ្យ ១ នាក់"),
    "deployment.print_not_pdf": (
        "the printed form is not a PDF file",
        "ទម្រង់ដែលបានបោះពុម្ពមិនមែនជាឯកសារ PDF ទេ"),
    "deployment.print_font_missing": (
        "the Khmer font is not embedded in the printed form",
        "ពុម្ពអក្សរខ្មែរមិនត្រូវបានបង្កប់ក្នុងទម្រង់ដែលបានបោះពុម្ពទេ"),
    "deployment.print_not_shaped": (
        "Khmer is printed unshaped (subscript consonants would show as separate signs)",
        "អក្សរខ្មែរត្រូវបានបោះពុម្ពដោយមិនបានផ្សំ (ជើងអក្សរនឹងបង្ហាញជាសញ្ញាដាច់ដោយឡែក)"),
    "deployment.backup_not_verified": (
        "the backup {file} was not verified ({state})",
        "ច្បាប់បម្រុងទុក {file} មិនត្រូវបានផ្ទៀងផ្ទាត់ទេ ({state})"),
    "deployment.bundle_not_verified": (
        "the export bundle {file} did not verify against the centre's key",
        "កញ្ចប់នាំចេញ {file} មិនត្រូវបានផ្ទៀងផ្ទាត់ជាមួយសោរបស់មជ្ឈមណ្ឌលទេ"),
    "deployment.unexpected": (
        "an unexpected error ({error})",
        "កំហុសដែលមិនបានរំពឹងទុក ({error})"),
    # Start-up: an upgrade that failed and was undone (services.platform.database).
    "deployment.upgrade_failed_restored": (
        "Upgrading {path} from schema {revision} failed ({reason}); the database was put "
        "back exactly as it was, and a verified backup taken before the upgrade is at "
        "{backup}. Keep using the earlier version of RehabDesk and call support.",
        "ការធ្វើបច្ចុប្បន្នភាព {path} ពីគ្រោងទិន្នន័យ {revision} បានបរាជ័យ ({reason})។ "
        "មូលដ្ឋានទិន្នន័យត្រូវបានដាក់ត្រឡប់ដូចដើមវិញទាំងស្រុង ហើយច្បាប់បម្រុងទុកដែលបាន"
        "ផ្ទៀងផ្ទាត់ មុនពេលធ្វើបច្ចុប្បន្នភាព ស្ថិតនៅ {backup}។ សូមបន្តប្រើកំណែ RehabDesk "
        "មុន ហើយទូរស័ព្ទទៅផ្នែកជំនួយ។"),
    "deployment.upgrade_backup_damaged": (
        "{path} was not upgraded: the backup taken first did not pass its check "
        "({problem}). The database was not changed; run `{command}` and call support.",
        "{path} មិនត្រូវបានធ្វើបច្ចុប្បន្នភាពទេ៖ ច្បាប់បម្រុងទុកដែលបានធ្វើមុនមិនបានឆ្លងកាត់"
        "ការត្រួតពិនិត្យ ({problem})។ មូលដ្ឋានទិន្នន័យមិនត្រូវបានផ្លាស់ប្ដូរទេ។ សូមដំណើរការ "
        "`{command}` ហើយទូរស័ព្ទទៅផ្នែកជំនួយ។"),
}
