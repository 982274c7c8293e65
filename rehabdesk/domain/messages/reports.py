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
    # the budget (domain.budget, services.reports.budget)
    "budget.no_description": (
        "Say what the cost is: the staff role, or the item.",
        "សូមបញ្ជាក់ថាចំណាយនោះជាអ្វី៖ តួនាទីបុគ្គលិក ឬរបស់។"),
    "budget.negative_amount": (
        "\u201c{what}\u201d has a negative amount or quantity; costs are entered as 0 or more.",
        "\u00ab{what}\u00bb មានចំនួនទឹកប្រាក់ ឬបរិមាណអវិជ្ជមាន។ ចំណាយត្រូវបញ្ចូលចាប់ពី ០ ឡើងទៅ។"),
    "budget.too_large": (
        "\u201c{what}\u201d is larger than any centre's budget; check the figures.",
        "\u00ab{what}\u00bb ធំជាងថវិការបស់មណ្ឌលណាមួយ។ សូមពិនិត្យតួលេខម្ដងទៀត។"),
    "budget.staff_without_salary": (
        "The staff line \u201c{role}\u201d needs the number of people and a monthly salary "
        "above 0.",
        "បន្ទាត់បុគ្គលិក \u00ab{role}\u00bb ត្រូវការចំនួនមនុស្ស និងប្រាក់ខែប្រចាំខែលើសពី ០។"),
    "budget.no_life": (
        "\u201c{what}\u201d is written off over its life: enter the number of years it is "
        "used.",
        "\u00ab{what}\u00bb ត្រូវរំលស់តាមអាយុកាលប្រើប្រាស់៖ សូមបញ្ចូលចំនួនឆ្នាំដែលវាត្រូវបានប្រើ។"),
    "budget.bad_life": (
        "A life of {years:year|years} cannot be right; enter 1 to 100 years.",
        "អាយុកាល {years} ឆ្នាំ មិនត្រឹមត្រូវទេ។ សូមបញ្ចូលពី ១ ដល់ ១០០ ឆ្នាំ។"),
    "budget.bad_year": (
        "{year} is not a year the budget can be kept for; enter a year from 2000 to next year.",
        "{year} មិនមែនជាឆ្នាំដែលអាចរក្សាថវិកាបានទេ។ សូមបញ្ចូលឆ្នាំពី ២០០០ ដល់ឆ្នាំក្រោយ។"),
    "budget.bad_growth": (
        "A growth of admissions of {percent:.1f}% cannot be right; enter more than -100%.",
        "កំណើននៃការទទួលចូល {percent:.1f}% មិនត្រឹមត្រូវទេ។ សូមបញ្ចូលលើសពី -១០០%។"),
    "budget.bad_inflation": (
        "An inflation of {percent:.1f}% cannot be right; enter -50% to 200%.",
        "អតិផរណា {percent:.1f}% មិនត្រឹមត្រូវទេ។ សូមបញ្ចូលពី -៥០% ដល់ ២០០%។"),
    "budget.bad_stay": (
        "An average stay of {days:day|days} cannot be right; enter 1 to 1,095 days.",
        "រយៈពេលស្នាក់នៅជាមធ្យម {days} ថ្ងៃ មិនត្រឹមត្រូវទេ។ សូមបញ្ចូលពី ១ ដល់ ១ ០៩៥ ថ្ងៃ។"),
    "budget.bad_capacity": (
        "A capacity of {beds} beds cannot be right.",
        "សមត្ថភាព {beds} គ្រែ មិនត្រឹមត្រូវទេ។"),
    "budget.item_gone": (
        "This cost item is no longer on record; the list was changed meanwhile.",
        "ធាតុចំណាយនេះលែងមាននៅក្នុងកំណត់ត្រាទៀតហើយ។ បញ្ជីត្រូវបានផ្លាស់ប្ដូររួចហើយ។"),
    "budget.added_item": (
        "added the cost item \u201c{what}\u201d for {year}",
        "បានបន្ថែមធាតុចំណាយ \u00ab{what}\u00bb សម្រាប់ឆ្នាំ {year}"),
    "budget.removed_item": (
        "removed the cost item \u201c{what}\u201d of {year}",
        "បានលុបធាតុចំណាយ \u00ab{what}\u00bb នៃឆ្នាំ {year}"),
    "budget.changed_assumptions": (
        "changed the budget assumptions for {year}",
        "បានផ្លាស់ប្ដូរការសន្មតថវិកាសម្រាប់ឆ្នាំ {year}"),
    "budget.printed_request": (
        "printed the budget request for {year}",
        "បានបោះពុម្ពសំណើថវិកាសម្រាប់ឆ្នាំ {year}"),
    "budget.no_costs": (
        "No cost items are entered for {year} yet; an administrator enters them on the "
        "Reports page.",
        "មិនទាន់មានធាតុចំណាយសម្រាប់ឆ្នាំ {year} នៅឡើយទេ។ អ្នកគ្រប់គ្រងប្រព័ន្ធបញ្ចូលវានៅទំព័ររបាយការណ៍។"),
}
