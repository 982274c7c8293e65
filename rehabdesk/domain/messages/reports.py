"""Sentences about the centre's reports and its budget (issue #18: domain.reports,
domain.budget, services.reports).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "report.bad_month": (
        "\u201c{text}\u201d is not a month: write it as 2026-03.",
        "\u00ab{text}\u00bb មិនមែនជាខែទេ។ សូមសរសេរដូចជា ២០២៦-០៣។"),
    "report.month_in_future": (
        "The month of {month} has not begun yet (today is {today}); choose this month or "
        "an earlier one.",
        "ខែនៃថ្ងៃ {month} មិនទាន់ចាប់ផ្ដើមនៅឡើយទេ (ថ្ងៃនេះគឺ {today})។ "
        "សូមជ្រើសខែនេះ ឬខែមុន។"),
    "report.bad_file": (
        "The report is written as a PDF or a spreadsheet: end the file name \u201c{name}\u201d "
        "with .pdf or .xlsx.",
        "របាយការណ៍ត្រូវសរសេរជា PDF ឬសៀវភៅបញ្ជី។ សូមបញ្ចប់ឈ្មោះឯកសារ \u00ab{name}\u00bb "
        "ជាប្រភេទ PDF ឬ XLSX។"),
    "report.nothing_to_show": (
        "Nothing was recorded at this centre in {month}: no admissions, stays, screenings, "
        "enrolments, work, releases or follow-up.",
        "គ្មានអ្វីត្រូវបានកត់ត្រានៅមណ្ឌលនេះក្នុងខែ {month} ទេ៖ គ្មានការទទួលចូល ការស្នាក់នៅ "
        "ការពិនិត្យ ការចូលកម្មវិធី ការងារ ការដោះលែង ឬការតាមដានឡើយ។"),
    "report.cancelled": (
        "The report was stopped before it was ready; nothing was changed.",
        "របាយការណ៍ត្រូវបានបញ្ឈប់មុនពេលរួចរាល់។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "report.printed_monthly": (
        "printed the monthly report of {month}",
        "បានបោះពុម្ពរបាយការណ៍ប្រចាំខែ {month}"),
    "report.exported_cases": (
        "exported the monthly report of {month} with the case numbers behind its figures "
        "({cases:case|cases})",
        "បាននាំចេញរបាយការណ៍ប្រចាំខែ {month} ជាមួយលេខករណីនៃតួលេខ ({cases} ករណី)"),
    "report.doing.export_case_lists": (
        "export the case numbers behind a report's figures",
        "នាំចេញលេខករណីនៃតួលេខរបាយការណ៍"),
    "report.doing.manage_budget": (
        "enter the centre's cost items and budget assumptions",
        "បញ្ចូលធាតុចំណាយ និងការសន្មតថវិការបស់មណ្ឌល"),
    "report.no_grievances": (
        "Grievances and incidents are not in this report yet: they come with the rights "
        "and oversight part of RehabDesk.",
        "បណ្ដឹងតវ៉ា និងឧប្បត្តិហេតុ មិនទាន់មាននៅក្នុងរបាយការណ៍នេះនៅឡើយទេ។"),
}
