"""Sentences about vocational training and work: allocations and consent, the work
limits, the daily work register, pay and certificates (domain.vocational).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``. A workshop is ថ្នាក់វិជ្ជាជីវៈ, an allocation to one
ការចាត់តាំង, a certificate វិញ្ញាបនបត្រ.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # allocations
    "vocational.active_without_consent": (
        "The person has not given consent to train and work; print the consent form and "
        "record the answer before the place starts.",
        "បុគ្គលនេះមិនទាន់យល់ព្រមចូលរៀន និងធ្វើការទេ។ សូមបោះពុម្ពលិខិតយល់ព្រម "
        "ហើយកត់ត្រាចម្លើយ មុនពេលចាប់ផ្ដើម។"),
    "vocational.suspension_pay_unsaid": (
        "Say whether the suspension is paid: a suspension for the workshop's own reasons "
        "must not cost the person.",
        "សូមបញ្ជាក់ថាការផ្អាកនេះមានប្រាក់ឈ្នួលឬទេ។ ការផ្អាកដោយសារហេតុផលរបស់ថ្នាក់វិជ្ជាជីវៈ "
        "មិនត្រូវធ្វើឱ្យបុគ្គលនេះខាតប្រាក់ទេ។"),
    "vocational.suspension_without_reason": (
        "Give the reason for the suspension.",
        "សូមផ្ដល់មូលហេតុនៃការផ្អាក។"),
    "vocational.end_reason_without_end": (
        "An end reason is only given when the place ends.",
        "មូលហេតុបញ្ចប់ ផ្ដល់តែនៅពេលបញ្ចប់ការចាត់តាំងប៉ុណ្ណោះ។"),
    "vocational.allocation_ended": (
        "This place has ended; nothing more can change. Allocate the person again if they "
        "return.",
        "ការចាត់តាំងនេះបានបញ្ចប់ហើយ មិនអាចកែប្រែទៀតបានទេ។ "
        "សូមចាត់តាំងបុគ្គលនេះម្ដងទៀត ប្រសិនបើគាត់ត្រឡប់មកវិញ។"),
    "vocational.move_not_allowed": (
        "A place that is {status:allocation_status} cannot become {to:allocation_status}; "
        "it can become {allowed:allocation_status}.",
        "ការចាត់តាំងដែល{status:allocation_status} មិនអាចប្ដូរទៅ{to:allocation_status}បានទេ។ "
        "វាអាចប្ដូរទៅ {allowed:allocation_status}។"),
    "vocational.move_in_future": (
        "The date {day} is in the future; enter today or earlier.",
        "ថ្ងៃ {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    "vocational.move_before_previous": (
        "The date {day} is before the last change of this place ({previous}); check the "
        "date.",
        "ថ្ងៃ {day} នៅមុនការផ្លាស់ប្ដូរចុងក្រោយនៃការចាត់តាំងនេះ ({previous})។ "
        "សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "vocational.move_backdated_without_reason": (
        "The change is dated {day}, before today; give a reason for back-dating it.",
        "ការផ្លាស់ប្ដូរនេះចុះថ្ងៃ {day} ដែលនៅមុនថ្ងៃនេះ។ សូមផ្ដល់មូលហេតុនៃការចុះថ្ងៃថយក្រោយ។"),
    "vocational.end_without_reason": (
        "Choose why the place ends.",
        "សូមជ្រើសរើសមូលហេតុដែលបញ្ចប់ការចាត់តាំង។"),
    "vocational.end_reason_for_staff": (
        "\u201c{reason:end_reason}\u201d is a reason staff choose, not one the system sets.",
        "«{reason:end_reason}» ជាមូលហេតុដែលបុគ្គលិកជ្រើសរើស មិនមែនមូលហេតុដែលប្រព័ន្ធកំណត់ទេ។"),
    "vocational.end_reason_for_system": (
        "\u201c{reason:end_reason}\u201d is set by the system when the stay ends; choose "
        "one of the staff's reasons.",
        "«{reason:end_reason}» ត្រូវបានប្រព័ន្ធកំណត់ នៅពេលការស្នាក់នៅបញ្ចប់។ "
        "សូមជ្រើសរើសមូលហេតុមួយរបស់បុគ្គលិក។"),
    "vocational.end_without_note": (
        "Say in a few words why the place ends ({reason:end_reason}).",
        "សូមសរសេរពីរបីពាក្យអំពីមូលហេតុដែលបញ្ចប់ការចាត់តាំង ({reason:end_reason})។"),
    # entry conditions and the days nobody works
    "vocational.too_few_weeks_in_treatment": (
        "This workshop takes people after {required:week|weeks} in treatment; the person "
        "has had {weeks:week|weeks}.",
        "ថ្នាក់វិជ្ជាជីវៈនេះទទួលបុគ្គលដែលបានព្យាបាល {required} សប្ដាហ៍។ "
        "បុគ្គលនេះទើបព្យាបាលបាន {weeks} សប្ដាហ៍។"),
    "vocational.not_medically_fit": (
        "The health screen found the person not fit for manual work.",
        "ការពិនិត្យសុខភាពបានរកឃើញថា បុគ្គលនេះមិនសមស្របសម្រាប់ការងារដោយកម្លាំងទេ។"),
    "vocational.fitness_not_assessed": (
        "Fitness for manual work has not been assessed; a health officer must do the "
        "health screen first.",
        "មិនទាន់បានវាយតម្លៃសុខភាពសម្រាប់ការងារដោយកម្លាំងទេ។ "
        "មន្ត្រីសុខាភិបាលត្រូវធ្វើការពិនិត្យសុខភាពជាមុនសិន។"),
    "vocational.age_unknown": (
        "The person's age is unknown; only workshops marked as education take people who "
        "may be under {age}. Record the date of birth or an estimated age.",
        "មិនដឹងអាយុរបស់បុគ្គលនេះទេ។ មានតែថ្នាក់វិជ្ជាជីវៈដែលជាការអប់រំប៉ុណ្ណោះ "
        "ដែលទទួលអ្នកដែលអាចមានអាយុក្រោម {age} ឆ្នាំ។ សូមកត់ត្រាថ្ងៃខែឆ្នាំកំណើត ឬអាយុប្រហាក់ប្រហែល។"),
    "vocational.minor_not_in_education": (
        "The person is under {age}; people under {age} may only join workshops marked as "
        "education.",
        "បុគ្គលនេះមានអាយុក្រោម {age} ឆ្នាំ។ អ្នកដែលមានអាយុក្រោម {age} ឆ្នាំ "
        "អាចចូលបានតែថ្នាក់វិជ្ជាជីវៈដែលជាការអប់រំប៉ុណ្ណោះ។"),
    "vocational.in_detox": (
        "Nobody works in the first {days:day|days} after arrival (detox); this person may "
        "work from {first_day}.",
        "គ្មាននរណាម្នាក់ធ្វើការក្នុងរយៈពេល {days} ថ្ងៃដំបូងក្រោយពេលមកដល់ទេ "
        "(ការផ្ដាច់គ្រឿងញៀន)។ បុគ្គលនេះអាចធ្វើការចាប់ពីថ្ងៃ {first_day}។"),
    # the daily work register
    "vocational.hours_out_of_range": (
        "{hours:.2f} hours is not a day's work; enter between 0 and 24.",
        "{hours:.2f} ម៉ោង មិនមែនជាការងារមួយថ្ងៃទេ។ សូមបញ្ចូលពី ០ ដល់ ២៤។"),
    "vocational.hours_and_absence": (
        "A line has hours and an absence ({reason:work_absence}); keep one of them.",
        "បន្ទាត់មួយមានទាំងម៉ោង និងអវត្តមាន ({reason:work_absence})។ សូមរក្សាទុកតែមួយ។"),
    "vocational.negative_pieces": (
        "{pieces} pieces cannot be produced; enter 0 or more.",
        "មិនអាចផលិតបាន {pieces} ដុំទេ។ សូមបញ្ចូល ០ ឬច្រើនជាងនេះ។"),
    "vocational.pieces_not_paid": (
        "This workshop does not pay per piece; leave the pieces empty.",
        "ថ្នាក់វិជ្ជាជីវៈនេះមិនបើកប្រាក់តាមចំនួនដុំទេ។ សូមទុកចំនួនដុំឱ្យនៅទទេ។"),
    # pay
    "vocational.no_rate_on_day": (
        "The workshop has no pay rate in force on {day}; an administrator must set one "
        "from that date.",
        "ថ្នាក់វិជ្ជាជីវៈនេះគ្មានអត្រាប្រាក់ឈ្នួលជាធរមាននៅថ្ងៃ {day} ទេ។ "
        "អ្នកគ្រប់គ្រងប្រព័ន្ធត្រូវកំណត់អត្រាមួយចាប់ពីថ្ងៃនោះ។"),
    "vocational.pay_period_closed": (
        "The pay period of {day} is closed; record a correction as an adjustment in the "
        "next open month.",
        "រយៈពេលបើកប្រាក់ឈ្នួលនៃថ្ងៃ {day} បានបិទហើយ។ "
        "សូមកត់ត្រាការកែតម្រូវជាការលៃតម្រូវក្នុងខែបន្ទាប់ដែលនៅបើក។"),
    # certificates
    "vocational.certificate_short_of_hours": (
        "A certificate needs {required:.1f} hours; the person has {hours:.1f}.",
        "វិញ្ញាបនបត្រតម្រូវឱ្យមាន {required:.1f} ម៉ោង។ បុគ្គលនេះមាន {hours:.1f} ម៉ោង។"),
    "vocational.certificate_not_assessed": (
        "The trainer has not recorded a passed assessment; a certificate needs one.",
        "គ្រូបង្គោលមិនទាន់កត់ត្រាការវាយតម្លៃដែលបានជាប់ទេ។ វិញ្ញាបនបត្រតម្រូវឱ្យមានការវាយតម្លៃនេះ។"),
    "vocational.not_a_certificate": (
        "\u201c{text}\u201d is not a certificate serial (like KPC-VOC-2026-0007) nor the "
        "text of a certificate's QR code.",
        "«{text}» មិនមែនជាលេខវិញ្ញាបនបត្រ (ដូចជា KPC-VOC-2026-0007) "
        "ឬអត្ថបទនៃកូដ QR របស់វិញ្ញាបនបត្រទេ។"),
}
