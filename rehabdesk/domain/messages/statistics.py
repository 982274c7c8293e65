"""Sentences about headquarters' national statistics and the de-identified episode
extract (issue #18, item 3: domain.hq_statistics, services.hq.statistics, cli.hq).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "stats.year_in_future": (
        "The year {year} has not begun yet (today is {today}); choose this year or an "
        "earlier one.",
        "ឆ្នាំ {year} មិនទាន់ចាប់ផ្ដើមនៅឡើយទេ (ថ្ងៃនេះគឺ {today})។ សូមជ្រើសឆ្នាំនេះ ឬឆ្នាំមុន។"),
    "stats.year_too_early": (
        "{year} is before any centre recorded anything; write a year from {first} on, "
        "such as 2026.",
        "ឆ្នាំ {year} នៅមុនពេលមណ្ឌលណាមួយកត់ត្រាអ្វីៗ។ សូមសរសេរឆ្នាំចាប់ពី {first} ឡើងទៅ "
        "ដូចជា ២០២៦។"),
    "stats.no_bundles": (
        "Headquarters holds no centre's bundle yet: import the centres' bundles before "
        "publishing statistics.",
        "ទីស្នាក់ការកណ្ដាលមិនទាន់មានកញ្ចប់ទិន្នន័យរបស់មណ្ឌលណាមួយនៅឡើយទេ។ "
        "សូមនាំចូលកញ្ចប់ទិន្នន័យរបស់មណ្ឌល មុនពេលផ្សព្វផ្សាយស្ថិតិ។"),
    "stats.bad_file": (
        "National statistics are written as a PDF or a spreadsheet: end the file name "
        "\u201c{name}\u201d with .pdf or .xlsx.",
        "ស្ថិតិថ្នាក់ជាតិត្រូវសរសេរជា PDF ឬសៀវភៅបញ្ជី។ សូមបញ្ចប់ឈ្មោះឯកសារ \u00ab{name}\u00bb "
        "ជាប្រភេទ PDF ឬ XLSX។"),
    "stats.bad_extract_file": (
        "The episode extract is written as a CSV file or a spreadsheet: end the file name "
        "\u201c{name}\u201d with .csv or .xlsx.",
        "ទិន្នន័យដកស្រង់នៃការស្នាក់នៅត្រូវសរសេរជាឯកសារ CSV ឬសៀវភៅបញ្ជី។ "
        "សូមបញ្ចប់ឈ្មោះឯកសារ \u00ab{name}\u00bb ជាប្រភេទ CSV ឬ XLSX។"),
    "stats.nothing_to_show": (
        "No centre recorded an admission, release, follow-up point or certificate in "
        "{year}: there is nothing to publish.",
        "គ្មានមណ្ឌលណាកត់ត្រាការទទួលចូល ការដោះលែង ចំណុចតាមដាន ឬវិញ្ញាបនបត្រក្នុងឆ្នាំ {year} ទេ៖ "
        "គ្មានអ្វីត្រូវផ្សព្វផ្សាយឡើយ។"),
    "stats.table_empty": (
        "Nothing to show in this table for the year.",
        "គ្មានអ្វីត្រូវបង្ហាញក្នុងតារាងនេះសម្រាប់ឆ្នាំនេះទេ។"),
    "stats.cancelled": (
        "The statistics were stopped before they were ready; no file was written.",
        "ស្ថិតិត្រូវបានបញ្ឈប់មុនពេលរួចរាល់។ គ្មានឯកសារណាមួយត្រូវបានសរសេរទេ។"),
    "stats.suppressed_note": (
        "Numbers from 1 to {below} are not published (\u201c\u2013\u201d), nor any number "
        "that would let one be worked out from the totals; {cells:cell is|cells are} "
        "suppressed in all.",
        "ចំនួនពី ១ ដល់ {below} មិនត្រូវបានផ្សព្វផ្សាយទេ (\u00ab\u2013\u00bb) ហើយក៏មិនផ្សព្វផ្សាយ"
        "ចំនួនណាដែលអាចគណនាចេញពីចំនួនសរុបដែរ។ ក្រឡាសរុប {cells} ត្រូវបានលាក់។"),
    "stats.audit_released": (
        "Released {kind} of {year} as {file} (SHA-256 {digest}).",
        "បានផ្សព្វផ្សាយ {kind} នៃឆ្នាំ {year} ជា {file} (SHA-256 {digest})។"),
}
