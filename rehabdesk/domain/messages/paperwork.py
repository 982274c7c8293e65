"""Sentences about printing forms and the command line's print and transfer commands
(printing, services.paperwork, cli).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``. What a person types on the command line (an option
such as ``--case CASE_NO``, a variable's name, a command's word such as ``arrivals``) is
a parameter: it reads the same in both languages.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # services.paperwork: what to print
    "paperwork.no_such_case": (
        "No episode has the case number '{case_number}'; check it.",
        "គ្មានការស្នាក់នៅណាមួយមានលេខករណី «{case_number}» ទេ។ សូមពិនិត្យលេខនេះ។"),
    "paperwork.nobody_arrived": (
        "Nobody arrived on {day}; check the date.",
        "គ្មាននរណាម្នាក់មកដល់នៅថ្ងៃ {day} ទេ។ សូមពិនិត្យកាលបរិច្ឆេទ។"),
    "paperwork.no_discharge_summary": (
        "No discharge summary has been written for {case_number} yet; write it first.",
        "មិនទាន់មានសេចក្ដីសង្ខេបពេលចេញសម្រាប់ {case_number} នៅឡើយទេ។ "
        "សូមសរសេរវាជាមុនសិន។"),

    # cli: signing in
    "cli.sign_in_needs_user": (
        "Sign in: give {option} (or set {variable}).",
        "សូមចូលប្រើ៖ ផ្ដល់ {option} (ឬកំណត់ {variable})។"),
    "cli.no_password": (
        "No password: set {variable} or run the command in a terminal.",
        "គ្មានពាក្យសម្ងាត់ទេ៖ សូមកំណត់ {variable} ឬដំណើរការពាក្យបញ្ជានេះក្នុងផ្ទាំងបញ្ជា។"),

    # cli: centre init, db recover, db restore, demo
    "cli.new_database_needs_admin": (
        "A new database needs its first administrator: give {user_option} and "
        "{name_option}.",
        "មូលដ្ឋានទិន្នន័យថ្មីត្រូវការអ្នកគ្រប់គ្រងប្រព័ន្ធដំបូងរបស់វា៖ "
        "សូមផ្ដល់ {user_option} និង {name_option}។"),
    "cli.no_recovery_key": (
        "No recovery key: set {variable} or run the command in a terminal.",
        "គ្មានកូនសោសង្គ្រោះទេ៖ សូមកំណត់ {variable} ឬដំណើរការពាក្យបញ្ជានេះក្នុងផ្ទាំងបញ្ជា។"),
    "cli.restore_needs_yes": (
        "Restoring replaces the database; confirm with {option}.",
        "ការស្ដារនឹងជំនួសមូលដ្ឋានទិន្នន័យ។ សូមបញ្ជាក់ដោយ {option}។"),
    "cli.demo_persons_negative": (
        "{option} must be 0 or more.",
        "{option} ត្រូវតែជា ០ ឬច្រើនជាងនេះ។ សូមផ្ដល់ចំនួនផ្សេង។"),
    "cli.demo_needs_new_file": (
        "This database already has records; give `{command}` a new file.",
        "មូលដ្ឋានទិន្នន័យនេះមានកំណត់ត្រារួចហើយ។ សូមផ្ដល់ឯកសារថ្មីមួយឱ្យ `{command}`។"),

    # cli: print
    "cli.print_needs_case": (
        "Printing the {document} form needs {option}.",
        "ការបោះពុម្ព «{document}» ត្រូវការលេខករណី៖ សូមផ្ដល់ {option}។"),
    "cli.print_option_not_used": (
        "{option} is not used by {document}; leave it out.",
        "{option} មិនប្រើសម្រាប់ «{document}» ទេ។ សូមដកវាចេញ។"),
    "cli.print_option_only_for": (
        "{option} is only used by {document}; leave it out.",
        "{option} ប្រើសម្រាប់តែ «{document}» ប៉ុណ្ណោះ។ សូមដកវាចេញ។"),

    # cli: files written (print, recovery sheet, import template)
    "cli.folder_missing": (
        "The folder {folder} does not exist; choose another.",
        "ថត {folder} មិនមានទេ។ សូមជ្រើសថតផ្សេង។"),
    "cli.out_is_folder": (
        "{out} is a folder; give a file name such as {example}.",
        "{out} ជាថតមួយ។ សូមផ្ដល់ឈ្មោះឯកសារ ដូចជា {example}។"),
    "cli.out_read_only": (
        "{out} cannot be replaced (it is read-only); choose another file.",
        "មិនអាចជំនួស {out} បានទេ (វាសម្រាប់តែអាន)។ សូមជ្រើសឯកសារផ្សេង។"),
    "cli.folder_not_writable": (
        # reason: the operating system's own words (its error text)
        "Nothing can be written in {folder} ({reason}); choose another folder.",
        "មិនអាចសរសេរអ្វីទៅក្នុងថត {folder} បានទេ ({reason})។ សូមជ្រើសថតផ្សេង។"),
    "cli.file_not_written": (
        "{out} could not be written ({reason}); choose another file.",
        "មិនអាចសរសេរ {out} បានទេ ({reason})។ សូមជ្រើសឯកសារផ្សេង។"),
    "cli.out_exists": (
        "{out} already exists; choose another name or remove it first.",
        "{out} មានរួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង ឬលុបវាជាមុនសិន។"),
    "cli.template_not_xlsx": (
        "{name} should end in {suffix}, the format the template is written in.",
        "ឈ្មោះឯកសារ {name} ត្រូវបញ្ចប់ដោយ {suffix} ព្រោះគំរូត្រូវបានសរសេរជាទ្រង់ទ្រាយ XLSX។"),
    "cli.possible_duplicate": (
        "possible duplicate of {who} ({name}, born {born}), score {score}: {reasons}",
        "អាចជាមនុស្សតែមួយនឹង {who} ({name} កើត {born}) ពិន្ទុ {score}៖ {reasons}"),
    "cli.possible_duplicate_in_list": (
        "possible duplicate of row {number} of this list, score {score}: {reasons}",
        "អាចជាមនុស្សតែមួយនឹងជួរទី {number} នៃបញ្ជីនេះ ពិន្ទុ {score}៖ {reasons}"),
}
