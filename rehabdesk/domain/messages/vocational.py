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
    # what each vocational permission lets a user do (inside the refusal sentence)
    "vocational.doing.manage_vocational": (
        "set up workshops and their pay rates",
        "រៀបចំថ្នាក់វិជ្ជាជីវៈ និងអត្រាប្រាក់ឈ្នួលរបស់វា"),
    "vocational.doing.record_work": (
        "allocate people to workshops or record their consent, assessments and work",
        "ចាត់តាំងបុគ្គលចូលថ្នាក់វិជ្ជាជីវៈ ឬកត់ត្រាការយល់ព្រម ការវាយតម្លៃ និងការងាររបស់ពួកគេ"),
    "vocational.doing.close_pay_period": (
        "close pay periods or correct a closed month",
        "បិទរយៈពេលបើកប្រាក់ឈ្នួល ឬកែតម្រូវខែដែលបានបិទ"),
    "vocational.doing.issue_certificate": (
        "issue or revoke certificates",
        "ចេញ ឬដកហូតវិញ្ញាបនបត្រ"),
    # workshops and their rates
    "vocational.workshop_gone": (
        "This workshop no longer exists; reload the list.",
        "ថ្នាក់វិជ្ជាជីវៈនេះលែងមានទៀតហើយ។ សូមផ្ទុកបញ្ជីឡើងវិញ។"),
    "vocational.workshop_needs_names": (
        "Give the workshop's name in Khmer and in English.",
        "សូមផ្ដល់ឈ្មោះថ្នាក់វិជ្ជាជីវៈជាភាសាខ្មែរ និងភាសាអង់គ្លេស។"),
    "vocational.workshop_needs_trainer": (
        "Name the workshop's trainer.",
        "សូមបញ្ជាក់ឈ្មោះគ្រូបង្គោលរបស់ថ្នាក់វិជ្ជាជីវៈ។"),
    "vocational.workshop_needs_issuer": (
        "Name who issues the workshop's certificate (e.g. the provincial department of "
        "labour and vocational training).",
        "សូមបញ្ជាក់អ្នកចេញវិញ្ញាបនបត្ររបស់ថ្នាក់វិជ្ជាជីវៈ "
        "(ឧទាហរណ៍ មន្ទីរការងារ និងបណ្ដុះបណ្ដាលវិជ្ជាជីវៈខេត្ត)។"),
    "vocational.workshop_capacity_invalid": (
        "A workshop needs at least 1 place; {capacity} is not possible.",
        "ថ្នាក់វិជ្ជាជីវៈត្រូវមានកន្លែងយ៉ាងហោចណាស់ ១។ {capacity} មិនអាចទៅរួចទេ។"),
    "vocational.workshop_days_invalid": (
        "\u201c{days}\u201d are not days of the week; tick the days the workshop meets.",
        "«{days}» មិនមែនជាថ្ងៃនៃសប្ដាហ៍ទេ។ សូមគូសថ្ងៃដែលថ្នាក់វិជ្ជាជីវៈបើក។"),
    "vocational.workshop_schedule_invalid": (
        "{sessions:session|sessions} of {hours:.1f} hours is not a day's schedule; give 1 to "
        "4 sessions of more than 0 hours, at most 24 hours in all.",
        "{sessions} វគ្គ វគ្គនីមួយៗ {hours:.1f} ម៉ោង មិនមែនជាកាលវិភាគមួយថ្ងៃទេ។ "
        "សូមផ្ដល់ពី ១ ដល់ ៤ វគ្គ ដែលមានរយៈពេលលើសពី ០ ម៉ោង ហើយសរុបមិនលើសពី ២៤ ម៉ោង។"),
    "vocational.workshop_length_invalid": (
        "A course lasts at least 1 week; {weeks:week|weeks} is not possible.",
        "វគ្គសិក្សាមានរយៈពេលយ៉ាងហោចណាស់ ១ សប្ដាហ៍។ {weeks} សប្ដាហ៍ មិនអាចទៅរួចទេ។"),
    "vocational.workshop_negative_figure": (
        "The hours for a certificate and the weeks in treatment cannot be negative.",
        "ចំនួនម៉ោងសម្រាប់វិញ្ញាបនបត្រ និងចំនួនសប្ដាហ៍នៃការព្យាបាល មិនអាចតិចជាងសូន្យបានទេ។"),
    "vocational.workshop_name_taken": (
        "There is already a workshop called \u201c{name}\u201d; choose another name.",
        "មានថ្នាក់វិជ្ជាជីវៈមួយឈ្មោះ «{name}» រួចហើយ។ សូមជ្រើសរើសឈ្មោះផ្សេង។"),
    "vocational.workshop_change_without_reason": (
        "Say why {name} changes; the reason is audited.",
        "សូមបញ្ជាក់មូលហេតុដែល {name} ត្រូវបានកែប្រែ។ មូលហេតុនេះត្រូវបានកត់ត្រាក្នុងសវនកម្ម។"),
    "vocational.workshop_unchanged": (
        "Nothing about {name} was changed.",
        "គ្មានអ្វីត្រូវបានកែប្រែលើ {name} ទេ។"),
    "vocational.capacity_below_occupancy": (
        "{occupied:person holds|people hold} a place now; the capacity cannot drop to "
        "{capacity} until some places end.",
        "ឥឡូវនេះមានបុគ្គល {occupied} នាក់កំពុងកាន់កន្លែង។ "
        "សមត្ថភាពមិនអាចបន្ថយមក {capacity} បានទេ រហូតដល់កន្លែងខ្លះបញ្ចប់។"),
    "vocational.workshop_closed": (
        "{name} is closed; it takes no one and records no work.",
        "{name} បានបិទ។ វាមិនទទួលនរណាម្នាក់ និងមិនកត់ត្រាការងារទេ។"),
    "vocational.rate_invalid": (
        "\u201c{riel}\u201d is not a rate; enter a whole number of riel, 0 or more.",
        "«{riel}» មិនមែនជាអត្រាទេ។ សូមបញ្ចូលចំនួនរៀលជាចំនួនគត់ ពី ០ ឡើងទៅ។"),
    "vocational.rate_exists_on_day": (
        "A rate already starts on {day}; a rate is never edited. Set the new one from the "
        "next day.",
        "មានអត្រាមួយចាប់ផ្ដើមនៅថ្ងៃ {day} រួចហើយ។ អត្រាមិនត្រូវបានកែប្រែទេ។ "
        "សូមកំណត់អត្រាថ្មីចាប់ពីថ្ងៃបន្ទាប់។"),
    "vocational.rate_change_without_reason": (
        "Say why the pay rate of {name} changes; the reason is audited.",
        "សូមបញ្ជាក់មូលហេតុដែលអត្រាប្រាក់ឈ្នួលរបស់ {name} ត្រូវបានប្ដូរ។ "
        "មូលហេតុនេះត្រូវបានកត់ត្រាក្នុងសវនកម្ម។"),
    # the centre's work rules
    "vocational.rule_hours_day": ("the hours a day", "ចំនួនម៉ោងក្នុងមួយថ្ងៃ"),
    "vocational.rule_hours_7_days": ("the hours in any 7 days",
                                     "ចំនួនម៉ោងក្នុងរយៈពេល ៧ ថ្ងៃណាមួយ"),
    "vocational.rule_rest_days": ("the rest days in any 7 days",
                                  "ចំនួនថ្ងៃសម្រាកក្នុងរយៈពេល ៧ ថ្ងៃណាមួយ"),
    "vocational.rule_detox_days": ("the days without work after arrival",
                                   "ចំនួនថ្ងៃគ្មានការងារក្រោយពេលមកដល់"),
    "vocational.rule_adult_age": ("the age from which a person works outside education",
                                  "អាយុដែលបុគ្គលអាចធ្វើការក្រៅការអប់រំ"),
    "vocational.rule_out_of_range": (
        "{rule} must be between {minimum:.1f} and {maximum:.1f}; {value:.1f} is outside "
        "that range.",
        "{rule} ត្រូវស្ថិតនៅចន្លោះ {minimum:.1f} និង {maximum:.1f}។ {value:.1f} នៅក្រៅចន្លោះនេះ។"),
    "vocational.rule_week_below_day": (
        "The limit for 7 days ({week:.1f} hours) cannot be lower than the limit for one day "
        "({day:.1f} hours).",
        "ដែនកំណត់សម្រាប់ ៧ ថ្ងៃ ({week:.1f} ម៉ោង) មិនអាចទាបជាងដែនកំណត់សម្រាប់មួយថ្ងៃ "
        "({day:.1f} ម៉ោង) បានទេ។"),
    "vocational.saved_percent_out_of_range": (
        "The share saved for release must be between 0 and 100 percent; {percent} is not.",
        "ភាគរយដែលសន្សំទុកសម្រាប់ពេលដោះលែង ត្រូវស្ថិតនៅចន្លោះ ០ និង ១០០។ {percent} មិនមែនទេ។"),
    "vocational.rules_change_without_reason": (
        "Say why the work limits or pay rules change; the reason is audited.",
        "សូមបញ្ជាក់មូលហេតុដែលដែនកំណត់ការងារ ឬវិធានប្រាក់ឈ្នួលត្រូវបានប្ដូរ។ "
        "មូលហេតុនេះត្រូវបានកត់ត្រាក្នុងសវនកម្ម។"),
    # allocations
    "vocational.allocation_gone": (
        "This workshop place no longer exists; reload the record.",
        "ការចាត់តាំងនេះលែងមានទៀតហើយ។ សូមផ្ទុកកំណត់ត្រាឡើងវិញ។"),
    "vocational.already_allocated": (
        "{case} already has a place in {name} or is waiting for one.",
        "{case} មានការចាត់តាំងក្នុង {name} រួចហើយ ឬកំពុងរង់ចាំការចាត់តាំង។"),
    "vocational.stay_ended": (
        "The stay of {case} ended on {day}; a workshop place is only for people here.",
        "ការស្នាក់នៅរបស់ {case} បានបញ្ចប់នៅថ្ងៃ {day}។ "
        "ការចាត់តាំងចូលថ្នាក់វិជ្ជាជីវៈ សម្រាប់តែអ្នកដែលនៅក្នុងមណ្ឌលប៉ុណ្ណោះ។"),
    "vocational.entry_refused": (
        "{case} cannot start in {name}: {reason}",
        "{case} មិនអាចចាប់ផ្ដើមក្នុង {name} បានទេ៖ {reason}"),
    "vocational.workshop_full": (
        "{name} is full ({occupied} of {capacity} places taken); confirm going over "
        "capacity and give the reason, or put the person on the waitlist.",
        "{name} ពេញហើយ (កន្លែង {occupied} ក្នុងចំណោម {capacity} មានអ្នកកាន់)។ "
        "សូមបញ្ជាក់ការលើសសមត្ថភាព ហើយផ្ដល់មូលហេតុ ឬដាក់បុគ្គលនេះក្នុងបញ្ជីរង់ចាំ។"),
    "vocational.consent_already_recorded": (
        "The answer \u201c{answer:consent}\u201d is already recorded for this place.",
        "ចម្លើយ «{answer:consent}» ត្រូវបានកត់ត្រាសម្រាប់ការចាត់តាំងនេះរួចហើយ។"),
    "vocational.assessment_before_start": (
        "{case} has not started in this workshop; an assessment comes after training.",
        "{case} មិនទាន់ចាប់ផ្ដើមក្នុងថ្នាក់វិជ្ជាជីវៈនេះទេ។ ការវាយតម្លៃធ្វើឡើងក្រោយការបណ្ដុះបណ្ដាល។"),
    "vocational.assessment_needs_assessor": (
        "Name the person who assessed.",
        "សូមបញ្ជាក់ឈ្មោះអ្នកដែលបានវាយតម្លៃ។"),
    # the register
    "vocational.date_before_arrival": (
        "{day} is before {case} arrived ({arrival}); check the date.",
        "ថ្ងៃ {day} នៅមុនពេល {case} មកដល់ ({arrival})។ សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "vocational.date_after_release": (
        "{day} is after {case} left the centre ({released}); check the date.",
        "ថ្ងៃ {day} នៅក្រោយពេល {case} ចាកចេញពីមណ្ឌល ({released})។ សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "vocational.register_in_future": (
        "{day} is in the future; record work on the day or after it.",
        "ថ្ងៃ {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមកត់ត្រាការងារនៅថ្ងៃនោះ ឬក្រោយថ្ងៃនោះ។"),
    "vocational.not_on_this_register": (
        "A line is for someone who has no place in {name}; reload the register.",
        "បន្ទាត់មួយជារបស់អ្នកដែលគ្មានការចាត់តាំងក្នុង {name} ទេ។ សូមផ្ទុកបញ្ជីឡើងវិញ។"),
    "vocational.not_allocated_on_day": (
        "{case} held no place in {name} on {day}.",
        "{case} មិនមានការចាត់តាំងក្នុង {name} នៅថ្ងៃ {day} ទេ។"),
    "vocational.suspended_no_work": (
        "The place of {case} is suspended; record no hours until it resumes.",
        "ការចាត់តាំងរបស់ {case} ត្រូវបានផ្អាក។ សូមកុំកត់ត្រាម៉ោងរហូតដល់វាបន្តវិញ។"),
    "vocational.line_refused": (
        "{case}: {reason}",
        "{case}៖ {reason}"),
    # the work limits
    "vocational.over_day_cap": (
        "{case}: {hours:.2f} hours on {day} is over the limit of {limit:.1f} hours a day; "
        "nothing was saved.",
        "{case}៖ {hours:.2f} ម៉ោង នៅថ្ងៃ {day} លើសដែនកំណត់ {limit:.1f} ម៉ោងក្នុងមួយថ្ងៃ។ "
        "គ្មានអ្វីត្រូវបានរក្សាទុកទេ។"),
    "vocational.over_week_cap": (
        "{case}: {total:.2f} hours in the 7 days from {first} to {last} is over the limit of "
        "{limit:.1f} hours in any 7 days; nothing was saved.",
        "{case}៖ {total:.2f} ម៉ោង ក្នុងរយៈពេល ៧ ថ្ងៃ ពីថ្ងៃ {first} ដល់ថ្ងៃ {last} "
        "លើសដែនកំណត់ {limit:.1f} ម៉ោងក្នុងរយៈពេល ៧ ថ្ងៃណាមួយ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។"),
    "vocational.no_rest_day": (
        "{case}: the 7 days from {first} to {last} would have fewer than "
        "{rest:rest day|rest days}; nothing was saved.",
        "{case}៖ រយៈពេល ៧ ថ្ងៃ ពីថ្ងៃ {first} ដល់ថ្ងៃ {last} នឹងមានថ្ងៃសម្រាកតិចជាង {rest} ថ្ងៃ។ "
        "គ្មានអ្វីត្រូវបានរក្សាទុកទេ។"),
    # pay periods and corrections
    "vocational.month_invalid": (
        "\u201c{text}\u201d is not a month; write it as YYYY-MM, e.g. 2026-03.",
        "«{text}» មិនមែនជាខែទេ។ សូមសរសេរជាទម្រង់ ឆ្នាំ-ខែ ឧទាហរណ៍ ២០២៦-០៣។"),
    "vocational.pay_period_not_over": (
        "The month {month} is not over yet; close its pay period after its last day.",
        "ខែ {month} មិនទាន់ចប់នៅឡើយទេ។ សូមបិទរយៈពេលបើកប្រាក់ឈ្នួលរបស់វា ក្រោយថ្ងៃចុងក្រោយនៃខែ។"),
    "vocational.pay_period_already_closed": (
        "The pay period {month} was closed on {day}.",
        "រយៈពេលបើកប្រាក់ឈ្នួល {month} ត្រូវបានបិទនៅថ្ងៃ {day}។"),
    "vocational.entry_gone": (
        "This register entry no longer exists; reload the record.",
        "ធាតុបញ្ជីការងារនេះលែងមានទៀតហើយ។ សូមផ្ទុកកំណត់ត្រាឡើងវិញ។"),
    "vocational.adjust_the_original": (
        "Correct the day's entry itself, not a correction of it.",
        "សូមកែតម្រូវធាតុនៃថ្ងៃនោះផ្ទាល់ មិនមែនការកែតម្រូវរបស់វាទេ។"),
    "vocational.adjust_open_month": (
        "The pay period of {day} is still open; correct the day in the register instead.",
        "រយៈពេលបើកប្រាក់ឈ្នួលនៃថ្ងៃ {day} នៅបើកនៅឡើយ។ សូមកែតម្រូវថ្ងៃនោះក្នុងបញ្ជីការងារជំនួសវិញ។"),
    "vocational.adjustment_without_reason": (
        "Say why the entry is corrected; the reason stays with the correction.",
        "សូមបញ្ជាក់មូលហេតុនៃការកែតម្រូវ។ មូលហេតុនេះត្រូវបានរក្សាទុកជាមួយការកែតម្រូវ។"),
    "vocational.adjustment_changes_nothing": (
        "The hours and pieces are what is already recorded; there is nothing to correct.",
        "ចំនួនម៉ោង និងចំនួនដុំ ដូចនឹងអ្វីដែលបានកត់ត្រារួចហើយ។ គ្មានអ្វីត្រូវកែតម្រូវទេ។"),
    # certificates
    "vocational.certificate_gone": (
        "No certificate {serial} was issued here.",
        "គ្មានវិញ្ញាបនបត្រ {serial} ត្រូវបានចេញនៅទីនេះទេ។"),
    "vocational.certificate_already_issued": (
        "Certificate {serial} was already issued for this place; reprint it instead.",
        "វិញ្ញាបនបត្រ {serial} ត្រូវបានចេញសម្រាប់ការចាត់តាំងនេះរួចហើយ។ សូមបោះពុម្ពម្ដងទៀតជំនួសវិញ។"),
    "vocational.certificate_revoked": (
        "Certificate {serial} was revoked on {day}.",
        "វិញ្ញាបនបត្រ {serial} ត្រូវបានដកហូតនៅថ្ងៃ {day}។"),
    "vocational.revoke_without_reason": (
        "Say why certificate {serial} is revoked; the reason is audited.",
        "សូមបញ្ជាក់មូលហេតុដែលវិញ្ញាបនបត្រ {serial} ត្រូវបានដកហូត។ "
        "មូលហេតុនេះត្រូវបានកត់ត្រាក្នុងសវនកម្ម។"),
    "vocational.certificate_altered": (
        "The record of certificate {serial} no longer matches what was issued, so it is "
        "not printed; tell an administrator.",
        "កំណត់ត្រានៃវិញ្ញាបនបត្រ {serial} លែងត្រូវគ្នានឹងអ្វីដែលបានចេញ ដូច្នេះវាមិនត្រូវបានបោះពុម្ពទេ។ "
        "សូមជូនដំណឹងដល់អ្នកគ្រប់គ្រងប្រព័ន្ធ។"),
    # checking a certificate (rehabdesk certificate verify)
    "vocational.verified_genuine": (
        "Certificate {serial} is genuine: issued on {day} to {person} for {hours:.1f} hours "
        "of {workshop}.",
        "វិញ្ញាបនបត្រ {serial} ជាវិញ្ញាបនបត្រពិត៖ ចេញនៅថ្ងៃ {day} ជូន {person} "
        "សម្រាប់ {hours:.1f} ម៉ោងនៃ {workshop}។"),
    "vocational.verified_altered": (
        "Certificate {serial} has been altered: what the paper or the record says no longer "
        "matches what was issued. Do not accept it.",
        "វិញ្ញាបនបត្រ {serial} ត្រូវបានកែប្រែ៖ អ្វីដែលក្រដាស ឬកំណត់ត្រាសរសេរ "
        "លែងត្រូវគ្នានឹងអ្វីដែលបានចេញ។ សូមកុំទទួលយកវា។"),
    "vocational.verified_revoked": (
        "Certificate {serial} was revoked on {day} ({reason}); it is no longer valid.",
        "វិញ្ញាបនបត្រ {serial} ត្រូវបានដកហូតនៅថ្ងៃ {day} ({reason})។ វាលែងមានសុពលភាពទៀតហើយ។"),
    "vocational.verified_unknown": (
        "No certificate {serial} was issued here; the paper is not one of this centre's "
        "certificates.",
        "គ្មានវិញ្ញាបនបត្រ {serial} ត្រូវបានចេញនៅទីនេះទេ។ "
        "ក្រដាសនេះមិនមែនជាវិញ្ញាបនបត្ររបស់មណ្ឌលនេះទេ។"),
    # printing (audit summaries and the command line)
    "vocational.printed_register_sheet": (
        "printed the work register of {workshop} for {day} ({people:person|people})",
        "បានបោះពុម្ពបញ្ជីការងារនៃ {workshop} សម្រាប់ថ្ងៃ {day} ({people} នាក់)"),
    "vocational.printed_pay_statement": (
        "printed the pay statement of {case} for {month}",
        "បានបោះពុម្ពតារាងប្រាក់ឈ្នួលរបស់ករណី {case} សម្រាប់ខែ {month}"),
    "vocational.printed_certificate": (
        "printed certificate {serial} for {case}",
        "បានបោះពុម្ពវិញ្ញាបនបត្រ {serial} សម្រាប់ករណី {case}"),
    "vocational.printed_work_consent": (
        "printed the consent to train and work in {workshop} for {case}",
        "បានបោះពុម្ពលិខិតយល់ព្រមចូលរៀន និងធ្វើការក្នុង {workshop} សម្រាប់ករណី {case}"),
    "vocational.print_needs": (
        "Printing the {document} needs {option}.",
        "ការបោះពុម្ព «{document}» ត្រូវការ {option}។"),
}
