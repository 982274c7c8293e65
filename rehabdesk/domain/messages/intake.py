"""Sentences about registering arrivals: identity, address, belongings, drafts and transfer
lists (domain.intake, domain.entry, domain.transfer, services.intake).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The person's names; a name's problem ends the sentence that names the field.
    "intake.name_missing": (
        "Enter the name in Khmer script or in Latin letters (or both).",
        "សូមបញ្ចូលឈ្មោះជាអក្សរខ្មែរ ឬអក្សរឡាតាំង (ឬទាំងពីរ)។"),
    "intake.name_control_character": (
        "holds an invisible or control character ({character}); retype it with letters "
        "and spaces only",
        "មានតួអក្សរដែលមើលមិនឃើញ ឬតួអក្សរបញ្ជា ({character})។ "
        "សូមវាយឈ្មោះឡើងវិញដោយប្រើតែអក្សរ និងដកឃ្លាប៉ុណ្ណោះ"),
    "intake.name_without_letter": (
        "has no letter; type the name in Khmer script or in Latin letters",
        "គ្មានអក្សរសោះ។ សូមវាយឈ្មោះជាអក្សរខ្មែរ ឬអក្សរឡាតាំង"),
    "intake.khmer_name_unfit": (
        "The Khmer name {problem}.",
        "ឈ្មោះជាភាសាខ្មែរ{problem}។"),
    "intake.latin_name_unfit": (
        "The Latin name {problem}.",
        "ឈ្មោះជាអក្សរឡាតាំង{problem}។"),
    "intake.khmer_name_too_long": (
        "The Khmer name is {length} characters long; shorten it to {most} or fewer.",
        "ឈ្មោះជាភាសាខ្មែរមានប្រវែង {length} តួអក្សរ។ "
        "សូមកាត់ឱ្យខ្លីមកត្រឹម {most} តួអក្សរ ឬតិចជាងនេះ។"),
    "intake.latin_name_too_long": (
        "The Latin name is {length} characters long; shorten it to {most} or fewer.",
        "ឈ្មោះជាអក្សរឡាតាំងមានប្រវែង {length} តួអក្សរ។ "
        "សូមកាត់ឱ្យខ្លីមកត្រឹម {most} តួអក្សរ ឬតិចជាងនេះ។"),

    # Birth, address, arrival and belongings (domain.intake).
    "intake.birth_in_future": (
        "The birth date is in the future; check the year.",
        "ថ្ងៃខែឆ្នាំកំណើតស្ថិតនៅថ្ងៃអនាគត។ សូមពិនិត្យឆ្នាំឡើងវិញ។"),
    "intake.birth_age_out_of_range": (
        "The birth date gives an age of {age}; enter a date that makes the person between "
        "{youngest} and {oldest} years old, or leave it empty if unknown.",
        "ថ្ងៃខែឆ្នាំកំណើតនេះឱ្យអាយុ {age} ឆ្នាំ។ សូមបញ្ចូលថ្ងៃដែលធ្វើឱ្យបុគ្គលនេះមានអាយុពី "
        "{youngest} ដល់ {oldest} ឆ្នាំ ឬទុកទទេ បើមិនដឹង។"),
    "intake.address_levels_apart": (
        "The address levels do not belong together; choose the province, district, "
        "commune and village again from the lists.",
        "កម្រិតនៃអាសយដ្ឋានមិនត្រូវគ្នាទេ។ សូមជ្រើសខេត្ត/រាជធានី ស្រុក/ខណ្ឌ/ក្រុង "
        "ឃុំ/សង្កាត់ និងភូមិ ពីបញ្ជីម្ដងទៀត។"),
    "intake.arrival_in_future": (
        "The arrival date is in the future; enter today's date or earlier.",
        "ថ្ងៃមកដល់ស្ថិតនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬថ្ងៃមុននេះ។"),
    "intake.arrival_too_early": (
        "The arrival date is before {year}; check the year.",
        "ថ្ងៃមកដល់នៅមុនឆ្នាំ {year}។ សូមពិនិត្យឆ្នាំឡើងវិញ។"),
    "intake.belonging_without_item": (
        "Line {line} of the belongings has no item; name the item or remove the line.",
        "ជួរទី {line} នៃរបស់របរ គ្មានឈ្មោះរបស់ទេ។ សូមបញ្ចូលឈ្មោះរបស់ ឬលុបជួរនោះចេញ។"),
    "intake.belonging_quantity_below_one": (
        "Line {line} of the belongings has a quantity of {quantity}; enter 1 or more.",
        "ជួរទី {line} នៃរបស់របរ មានចំនួន {quantity}។ សូមបញ្ចូលចំនួន ១ ឬច្រើនជាងនេះ។"),
    "intake.belonging_too_long": (
        "Line {line} of the belongings is too long; shorten its item and condition to "
        "{most} characters each.",
        "ជួរទី {line} នៃរបស់របរ វែងពេក។ សូមកាត់ឈ្មោះរបស់ និងស្ថានភាពរបស់វា "
        "ឱ្យនៅត្រឹម {most} តួអក្សរ សម្រាប់នីមួយៗ។"),

    # Dates as the clerk types them on the intake form (domain.entry).
    "intake.arrival_date_empty": (
        "Enter the arrival date.",
        "សូមបញ្ចូលថ្ងៃមកដល់។"),
    "intake.date_unreadable": (
        "Enter the date as dd/mm/yyyy, for example 25/11/2026.",
        "សូមបញ្ចូលកាលបរិច្ឆេទជា ថ្ងៃ/ខែ/ឆ្នាំ ឧទាហរណ៍ ២៥/១១/២០២៦។"),
    "intake.year_not_four_digits": (
        "Write the year with four digits, for example 1990.",
        "សូមសរសេរឆ្នាំជាលេខបួនខ្ទង់ ឧទាហរណ៍ ១៩៩០។"),
    "intake.date_not_in_calendar": (
        "{text} is not a date in the calendar; check the day and the month.",
        "{text} មិនមែនជាកាលបរិច្ឆេទដែលមានក្នុងប្រតិទិនទេ។ សូមពិនិត្យថ្ងៃ និងខែឡើងវិញ។"),
    "intake.birth_month_unreadable": (
        "Enter the birth month as mm/yyyy, for example 03/1990.",
        "សូមបញ្ចូលខែកំណើតជា ខែ/ឆ្នាំ ឧទាហរណ៍ ០៣/១៩៩០។"),
    "intake.birth_year_unreadable": (
        "Enter the birth year as four digits, for example 1990.",
        "សូមបញ្ចូលឆ្នាំកំណើតជាលេខបួនខ្ទង់ ឧទាហរណ៍ ១៩៩០។"),
    "intake.apparent_age_unreadable": (
        "Enter the apparent age as a number of years, for example 30.",
        "សូមបញ្ចូលអាយុប្រហាក់ប្រហែលជាចំនួនឆ្នាំ ឧទាហរណ៍ ៣០។"),
    "intake.apparent_age_is_a_year": (
        "Enter the apparent age in years (for example 30), not a year.",
        "សូមបញ្ចូលអាយុប្រហាក់ប្រហែលជាចំនួនឆ្នាំ (ឧទាហរណ៍ ៣០) មិនមែនជាឆ្នាំទេ។"),

    # Photo and unsaved forms (services.intake).
    "intake.photo_not_jpeg": (
        "The photo is not a JPEG image; choose the picture again.",
        "រូបថតនេះមិនមែនជារូបភាពដែលអាចប្រើបានទេ។ សូមជ្រើសរូបភាពម្ដងទៀត។"),
    "intake.photo_too_large": (
        "The photo is too large; choose a smaller picture.",
        "រូបថតនេះធំពេក។ សូមជ្រើសរូបភាពដែលតូចជាងនេះ។"),
    "intake.draft_too_large": (
        "The unsaved form is too large to keep as a draft; save or clear it.",
        "ទម្រង់ដែលមិនទាន់រក្សាទុកនេះធំពេក មិនអាចទុកជាសេចក្ដីព្រាងបានទេ។ "
        "សូមរក្សាទុក ឬសម្អាតវា។"),
    "intake.draft_without_user": (
        "Sign in as a user to keep an unsaved form.",
        "សូមចូលប្រើជាអ្នកប្រើប្រាស់ ដើម្បីទុកទម្រង់ដែលមិនទាន់រក្សាទុក។"),

    # What a transfer list's columns are called (domain.transfer.FIELD_NAMES).
    "intake.field_khmer_name": ("Khmer name", "ឈ្មោះជាភាសាខ្មែរ"),
    "intake.field_latin_name": ("Latin name", "ឈ្មោះជាអក្សរឡាតាំង"),
    "intake.field_sex": ("sex", "ភេទ"),
    "intake.field_birth_date": ("birth date", "ថ្ងៃខែឆ្នាំកំណើត"),
    "intake.field_national_id": ("national id", "លេខអត្តសញ្ញាណប័ណ្ណ"),
    "intake.field_origin_prison": ("origin prison", "ពន្ធនាគារដើម"),
    "intake.field_inmate_number": ("inmate number", "លេខអ្នកជាប់ឃុំ"),
    "intake.field_province": ("province", "ខេត្ត/រាជធានី"),
    "intake.field_district": ("district", "ស្រុក/ខណ្ឌ/ក្រុង"),
    "intake.field_commune": ("commune", "ឃុំ/សង្កាត់"),
    "intake.field_village": ("village", "ភូមិ"),
    "intake.field_arrival_date": ("arrival date", "ថ្ងៃមកដល់"),

    # A transfer list's cells (domain.transfer).
    "intake.date_forms": (
        "dd/mm/yyyy (e.g. 25/11/2026) or yyyy-mm-dd",
        "ថ្ងៃ/ខែ/ឆ្នាំ (ឧ. ២៥/១១/២០២៦) ឬ ឆ្នាំ-ខែ-ថ្ងៃ"),
    "intake.birth_date_forms": (
        "dd/mm/yyyy (e.g. 25/11/2026) or yyyy-mm-dd, or the year only (1990)",
        "ថ្ងៃ/ខែ/ឆ្នាំ (ឧ. ២៥/១១/២០២៦) ឬ ឆ្នាំ-ខែ-ថ្ងៃ ឬតែឆ្នាំ (១៩៩០)"),
    "intake.date_cell_in_khmer": (
        'The {field} "{text}" holds Khmer text; write it as {example}.',
        '{field} "{text}" មានអក្សរខ្មែរ។ សូមសរសេរជា {example}។'),
    "intake.date_cell_not_a_date": (
        'The {field} "{text}" is not a date; write it as {example}.',
        '{field} "{text}" មិនមែនជាកាលបរិច្ឆេទទេ។ សូមសរសេរជា {example}។'),
    "intake.date_cell_month_first": (
        'The {field} "{text}" reads as month/day; write the day first (dd/mm/yyyy).',
        '{field} "{text}" អានទៅជា ខែ/ថ្ងៃ។ សូមសរសេរថ្ងៃមុន (ថ្ងៃ/ខែ/ឆ្នាំ)។'),
    "intake.date_cell_not_in_calendar": (
        'The {field} "{text}" is not a day of the calendar; check the day and the month.',
        '{field} "{text}" មិនមែនជាថ្ងៃដែលមានក្នុងប្រតិទិនទេ។ សូមពិនិត្យថ្ងៃ និងខែឡើងវិញ។'),
    "intake.date_cell_two_digit_year": (
        'The {field} "{text}" has a two-digit year; write all four digits (dd/mm/yyyy).',
        '{field} "{text}" មានឆ្នាំតែពីរខ្ទង់។ សូមសរសេរឆ្នាំទាំងបួនខ្ទង់ (ថ្ងៃ/ខែ/ឆ្នាំ)។'),
    "intake.arrival_cell_empty": (
        "The arrival date is missing; write it as dd/mm/yyyy.",
        "មិនមានថ្ងៃមកដល់ទេ។ សូមសរសេរជា ថ្ងៃ/ខែ/ឆ្នាំ។"),
    "intake.sex_cell_unreadable": (
        'The sex "{text}" is not M or F; write one of {choices}.',
        'ភេទ "{text}" មិនត្រឹមត្រូវទេ។ សូមសរសេរមួយក្នុងចំណោម {choices}។'),
    "intake.sex_cell_empty": (
        "The sex is missing; write one of {choices}.",
        "មិនមានភេទទេ។ សូមសរសេរមួយក្នុងចំណោម {choices}។"),
    "intake.cell_in_khmer_script": (
        'The {field} "{text}" is in Khmer script; write it in Latin letters and digits.',
        '{field} "{text}" សរសេរជាអក្សរខ្មែរ។ សូមសរសេរជាអក្សរឡាតាំង និងលេខ។'),
    "intake.cell_too_long": (
        "The {field} cell holds {length:character|characters}; no field needs more than "
        "{most}, so check the cell.",
        "ក្រឡា{field} មាន {length} តួអក្សរ។ គ្មានព័ត៌មានណាត្រូវការលើសពី {most} តួអក្សរទេ "
        "សូមពិនិត្យក្រឡានោះ។"),
    "intake.formula_without_result": (
        "The {field} cell holds a formula with no saved result ({formula}); open the file "
        "in Excel or LibreOffice, save it, and import it again.",
        "ក្រឡា{field} មានរូបមន្តដែលគ្មានលទ្ធផលរក្សាទុក ({formula})។ សូមបើកឯកសារក្នុង Excel "
        "ឬ LibreOffice រក្សាទុកវា ហើយនាំចូលម្ដងទៀត។"),
    "intake.place_unknown": (
        'The {level} "{text}" is not a {level} in the gazetteer; write its gazetteer code '
        "or its Khmer or English name as the official list spells it.",
        '{level} "{text}" មិនមែនជា{level}ក្នុងបញ្ជីឈ្មោះទីកន្លែងផ្លូវការទេ។ '
        "សូមសរសេរលេខកូដ ឬឈ្មោះជាភាសាខ្មែរ ឬអង់គ្លេស ដូចដែលបញ្ជីផ្លូវការសរសេរ។"),
    "intake.place_unknown_without_province": (
        'The {level} "{text}" is not a {level} in the gazetteer; write its gazetteer code '
        "or its Khmer or English name as the official list spells it, and give the "
        "province too.",
        '{level} "{text}" មិនមែនជា{level}ក្នុងបញ្ជីឈ្មោះទីកន្លែងផ្លូវការទេ។ '
        "សូមសរសេរលេខកូដ ឬឈ្មោះជាភាសាខ្មែរ ឬអង់គ្លេស ដូចដែលបញ្ជីផ្លូវការសរសេរ "
        "ហើយបញ្ចូលខេត្ត/រាជធានីផងដែរ។"),
    "intake.place_not_within": (
        'The {level} "{text}" is not a {level} of {parent} {place} in the gazetteer; write '
        "its gazetteer code or its Khmer or English name as the official list spells it.",
        '{level} "{text}" មិនមែនជា{level}នៃ{parent} {place} ក្នុងបញ្ជីឈ្មោះទីកន្លែងផ្លូវការទេ។ '
        "សូមសរសេរលេខកូដ ឬឈ្មោះជាភាសាខ្មែរ ឬអង់គ្លេស ដូចដែលបញ្ជីផ្លូវការសរសេរ។"),

    # A transfer list as a whole (services.intake.transfer_import); an unreadable file's
    # reason ends the sentence that begins with its name.
    "intake.file_missing": (
        "{path} does not exist; check the path.",
        "{path} មិនមានទេ។ សូមពិនិត្យទីតាំងឯកសារឡើងវិញ។"),
    "intake.file_not_opened": (
        "{file} cannot be read ({reason}).",
        "មិនអាចអាន {file} បានទេ ({reason})។"),
    "intake.file_unreadable": (
        "{file} {why}; save it as an Excel workbook (.xlsx) or a CSV file (UTF-8) and "
        "choose it again.",
        "{file} {why}។ សូមរក្សាទុកវាជាឯកសារ Excel (XLSX) ឬឯកសារ CSV ជាអក្សរយូនីកូដ "
        "ហើយជ្រើសវាម្ដងទៀត។"),
    "intake.file_not_readable_spreadsheet": (
        "is not a spreadsheet RehabDesk can read",
        "មិនមែនជាឯកសារតារាងដែល RehabDesk អាចអានបានទេ"),
    "intake.file_cannot_be_read": (
        "cannot be read ({reason})",
        "មិនអាចអានបានទេ ({reason})"),
    "intake.file_not_utf8": (
        "is not UTF-8 text",
        "មិនមែនជាអត្ថបទអក្សរយូនីកូដទេ"),
    "intake.file_not_text": (
        "is not a text file",
        "មិនមែនជាឯកសារអត្ថបទទេ"),
    "intake.file_malformed_csv": (
        "is not a well-formed CSV file ({reason})",
        "មិនមែនជាឯកសារ CSV ដែលមានទម្រង់ត្រឹមត្រូវទេ ({reason})"),
    "intake.file_in_other_format": (
        "is in the {suffix} format",
        "មានទម្រង់ {suffix}"),
    "intake.file_not_a_spreadsheet": (
        "is not a spreadsheet",
        "មិនមែនជាឯកសារតារាងទេ"),
    "intake.file_unpacks_too_large": (
        "{file} would unpack to {megabytes:.0f} MB, more than the {most} MB that a list of "
        "{people:person|people} needs; it is not a transfer list, or holds much else "
        "besides. Copy the list alone into a new workbook and choose that.",
        "{file} នឹងពន្លាចេញបាន {megabytes:.0f} មេកាបៃ ច្រើនជាង {most} មេកាបៃ "
        "ដែលបញ្ជីមនុស្ស {people} នាក់ត្រូវការ។ វាមិនមែនជាបញ្ជីផ្ទេរទេ ឬមានរបស់ផ្សេងទៀតច្រើនក្នុងនោះ។ "
        "សូមចម្លងតែបញ្ជីនោះទៅក្នុងឯកសារ Excel ថ្មី ហើយជ្រើសឯកសារនោះ។"),
    "intake.file_header_empty": (
        "The first row of {file} is empty; it must hold the column names.",
        "ជួរទីមួយនៃ {file} ទទេ។ ជួរនោះត្រូវមានឈ្មោះជួរឈរ។"),
    "intake.file_empty": (
        "{file} is empty; fill in the template's columns, one row per person.",
        "{file} ទទេ។ សូមបំពេញជួរឈររបស់គំរូ មួយជួរសម្រាប់មនុស្សម្នាក់។"),
    "intake.file_without_rows": (
        "{file} has column names but no rows; one row per person goes under them.",
        "{file} មានឈ្មោះជួរឈរ ប៉ុន្តែគ្មានជួរទិន្នន័យទេ។ "
        "សូមបញ្ចូលមួយជួរសម្រាប់មនុស្សម្នាក់ នៅខាងក្រោមឈ្មោះជួរឈរ។"),
    "intake.file_too_many_rows": (
        "{file} has more than {most:row|rows}; split the list into smaller files.",
        "{file} មានលើសពី {most} ជួរ។ សូមបំបែកបញ្ជីជាឯកសារតូចៗ។"),
    "intake.column_named_twice": (
        'The column "{column}" appears twice in the first row; give every column its own '
        "name and import again.",
        'ជួរឈរ "{column}" មានពីរដងក្នុងជួរទីមួយ។ សូមដាក់ឈ្មោះផ្សេងគ្នាឱ្យជួរឈរនីមួយៗ '
        "ហើយនាំចូលម្ដងទៀត។"),
    "intake.mapping_unknown_fields": (
        "The column mapping names unknown fields: {fields}.",
        "ការផ្គូផ្គងជួរឈរ មានព័ត៌មានដែលមិនស្គាល់៖ {fields}។"),
    "intake.mapping_unknown_columns": (
        "The column mapping names columns the sheet does not have: {columns}; choose the "
        "file again or change the mapping.",
        "ការផ្គូផ្គងជួរឈរ មានជួរឈរដែលតារាងនេះមិនមាន៖ {columns}។ "
        "សូមជ្រើសឯកសារម្ដងទៀត ឬប្ដូរការផ្គូផ្គង។"),
    "intake.columns_read_as_one": (
        "Two columns are both read as {fields}; map each field from one column only.",
        "ជួរឈរពីរត្រូវបានអានជា {fields} ដូចគ្នា។ សូមផ្គូផ្គងព័ត៌មាននីមួយៗពីជួរឈរតែមួយប៉ុណ្ណោះ។"),
    "intake.columns_missing": (
        "The list has no column for {columns}; add it (see the template from `{command}`) "
        "or map a column to it.",
        "បញ្ជីនេះគ្មានជួរឈរសម្រាប់ {columns} ទេ។ សូមបន្ថែមវា (មើលគំរូពី `{command}`) "
        "ឬផ្គូផ្គងជួរឈរមួយទៅវា។"),
    "intake.columns_not_read": (
        "These columns are not read: {columns}.",
        "ជួរឈរទាំងនេះមិនត្រូវបានអានទេ៖ {columns}។"),
    "intake.cells_without_column_name": (
        "Some cells have no column name in the first row; they are not read.",
        "ក្រឡាខ្លះគ្មានឈ្មោះជួរឈរក្នុងជួរទីមួយ។ ក្រឡាទាំងនោះមិនត្រូវបានអានទេ។"),
    "intake.name_like_formula": (
        "A name in row {row} begins with =, +, -, @ like a spreadsheet formula; check it "
        "against the paper list. Files RehabDesk writes show it as text, never run it.",
        "ឈ្មោះក្នុងជួរ {row} ចាប់ផ្ដើមដោយ =, +, -, @ ដូចរូបមន្តតារាង។ "
        "សូមផ្ទៀងផ្ទាត់វាជាមួយបញ្ជីក្រដាស។ ឯកសារដែល RehabDesk សរសេរ "
        "បង្ហាញវាជាអត្ថបទ មិនដំណើរការវាទេ។"),
    "intake.names_like_formulas": (
        "Names in {count:row|rows} begin with =, +, -, @ like a spreadsheet formula "
        "(rows {rows}); check them against the paper list. Files RehabDesk writes show "
        "them as text, never run them.",
        "ឈ្មោះក្នុង {count} ជួរ ចាប់ផ្ដើមដោយ =, +, -, @ ដូចរូបមន្តតារាង (ជួរ {rows})។ "
        "សូមផ្ទៀងផ្ទាត់វាជាមួយបញ្ជីក្រដាស។ ឯកសារដែល RehabDesk សរសេរ "
        "បង្ហាញវាជាអត្ថបទ មិនដំណើរការវាទេ។"),

    # A row of a transfer list, and why it was not imported.
    "intake.row_repeats_national_id": (
        "This row repeats row {row} (same national id {national_id}); keep one of the two.",
        "ជួរនេះដដែលនឹងជួរ {row} (លេខអត្តសញ្ញាណប័ណ្ណដូចគ្នា {national_id})។ "
        "សូមទុកតែមួយក្នុងចំណោមពីរ។"),
    "intake.row_repeats_inmate_number": (
        "This row repeats row {row} (same inmate number {inmate_number} at the same "
        "prison); keep one of the two.",
        "ជួរនេះដដែលនឹងជួរ {row} (លេខអ្នកជាប់ឃុំដូចគ្នា {inmate_number} នៅពន្ធនាគារតែមួយ)។ "
        "សូមទុកតែមួយក្នុងចំណោមពីរ។"),
    "intake.possible_duplicate": (
        "possible duplicate of {who}: {name}, score {score:.0f} — {reasons}",
        "អាចជាមនុស្សតែមួយនឹង {who}៖ {name} ពិន្ទុ {score:.0f} — {reasons}"),
    "intake.possible_duplicate_and_more": (
        "possible duplicate of {who} (and {more} more): {name}, score {score:.0f} — "
        "{reasons}",
        "អាចជាមនុស្សតែមួយនឹង {who} (និង {more} ទៀត)៖ {name} ពិន្ទុ {score:.0f} — {reasons}"),
    "intake.possible_duplicate_in_list": (
        "possible duplicate of row {row} of this list, score {score:.0f} — {reasons}",
        "អាចជាមនុស្សតែមួយនឹងជួរ {row} នៃបញ្ជីនេះ ពិន្ទុ {score:.0f} — {reasons}"),
    "intake.row_not_valid": (
        "the row is not valid",
        "ជួរនេះមិនត្រឹមត្រូវ"),
    "intake.row_not_selected": (
        "not selected for import",
        "មិនបានជ្រើសសម្រាប់នាំចូល"),
    # why a stored person may be the one being registered (domain.duplicates)
    "intake.match_same_national_id": ("same national id", "លេខអត្តសញ្ញាណប័ណ្ណដូចគ្នា"),
    "intake.match_other_national_id": (
        "different national id ({mine} / {theirs})",
        "លេខអត្តសញ្ញាណប័ណ្ណខុសគ្នា ({mine} / {theirs})"),
    "intake.match_same_inmate_number": (
        "same inmate number {number} at {prison}",
        "លេខអ្នកជាប់ឃុំដូចគ្នា {number} នៅ {prison}"),
    "intake.match_same_inmate_number_prison_unknown": (
        "same inmate number ({number}), prison not known for both",
        "លេខអ្នកជាប់ឃុំដូចគ្នា ({number}) តែមិនដឹងពន្ធនាគាររបស់អ្នកទាំងពីរ"),
    "intake.match_same_khmer_name": ("same Khmer name ({name})",
                                     "ឈ្មោះជាភាសាខ្មែរដូចគ្នា ({name})"),
    "intake.match_other_khmer_name": ("different Khmer name ({mine} / {theirs})",
                                      "ឈ្មោះជាភាសាខ្មែរខុសគ្នា ({mine} / {theirs})"),
    "intake.match_same_latin_name": ("same Latin name ({name})",
                                     "ឈ្មោះជាអក្សរឡាតាំងដូចគ្នា ({name})"),
    "intake.match_latin_name_reordered": (
        "same Latin name, spelled or ordered differently ({mine} / {theirs})",
        "ឈ្មោះជាអក្សរឡាតាំងដូចគ្នា តែសរសេរ ឬរៀបលំដាប់ខុសគ្នា ({mine} / {theirs})"),
    "intake.match_latin_name_alike": (
        "Latin name {percent}% alike ({mine} / {theirs})",
        "ឈ្មោះជាអក្សរឡាតាំងស្រដៀងគ្នា {percent}% ({mine} / {theirs})"),
    "intake.match_born_same_year": ("born {year}, same year",
                                    "កើតឆ្នាំ {year} ឆ្នាំដូចគ្នា"),
    "intake.match_born_a_year_apart": ("born {year}, 1 year apart",
                                       "កើតឆ្នាំ {year} ខុសគ្នា ១ ឆ្នាំ"),
    "intake.match_born_apart": (
        "born {year} / {mine}, {apart:year|years} apart",
        "កើតឆ្នាំ {year} / {mine} ខុសគ្នា {apart} ឆ្នាំ"),
}
