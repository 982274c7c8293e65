"""Sentences about releases, the reintegration plan and the follow-up after release
(domain.release, domain.followup).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the release
    "release.already_released": (
        "This stay has already ended with a release; a second release cannot be recorded.",
        "ការស្នាក់នៅនេះបានបញ្ចប់ដោយការដោះលែងរួចហើយ។ មិនអាចកត់ត្រាការដោះលែងលើកទីពីរបានទេ។"),
    "release.in_future": (
        "The release date {day} is in the future; enter today or earlier.",
        "ថ្ងៃដោះលែង {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    "release.before_arrival": (
        "The release date {day} is before the arrival ({arrival}); check the date.",
        "ថ្ងៃដោះលែង {day} នៅមុនថ្ងៃមកដល់ ({arrival})។ សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "release.other_without_text": (
        "Say in words why the stay ended (the exit reason is \u201cother\u201d).",
        "សូមសរសេរមូលហេតុដែលការស្នាក់នៅបានបញ្ចប់ (មូលហេតុចេញគឺ «ផ្សេងទៀត»)។"),
    "release.return_without_case": (
        "Name the court case the person returns to prison or court for.",
        "សូមបញ្ជាក់សំណុំរឿងតុលាការ ដែលបុគ្គលនេះត្រូវត្រឡប់ទៅពន្ធនាគារ ឬតុលាការវិញ។"),
    "release.death_without_circumstances": (
        "A death needs its circumstances: when, where and how, as far as known.",
        "ការទទួលមរណភាពត្រូវការកាលៈទេសៈ៖ ពេលណា នៅឯណា និងដោយរបៀបណា តាមដែលដឹង។"),
    "release.death_not_notified": (
        "Record the date the {whom:death_notification} was told of the death.",
        "សូមកត់ត្រាថ្ងៃដែល{whom:death_notification}ត្រូវបានជូនដំណឹងអំពីការទទួលមរណភាព។"),
    "release.notified_before_death": (
        "The {whom:death_notification} cannot have been told on {day}, before the death "
        "({died}); check the date.",
        "{whom:death_notification} មិនអាចត្រូវបានជូនដំណឹងនៅថ្ងៃ {day} មុនការទទួលមរណភាព "
        "({died}) បានទេ។ សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    # the release, checked by the services across tables
    "release.stay_closed": (
        "This stay was closed on {day} when the person was re-admitted; it cannot be "
        "released now.",
        "ការស្នាក់នៅនេះត្រូវបានបិទនៅថ្ងៃ {day} ពេលបុគ្គលនេះចូលមណ្ឌលម្ដងទៀត។ "
        "មិនអាចដោះលែងឥឡូវនេះបានទេ។"),
    "release.changed_after_release": (
        "{case}'s {what} changed on {day}, after the release date {released}; check the "
        "date.",
        "{what}របស់ករណី {case} បានផ្លាស់ប្ដូរនៅថ្ងៃ {day} ក្រោយថ្ងៃដោះលែង {released}។ "
        "សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "release.noun_enrolment": ("enrolment", "ការចុះឈ្មោះចូលកម្មវិធី"),
    "release.handover_without_name": (
        "Name the {kind:handover} the person was handed over to.",
        "សូមបញ្ជាក់ឈ្មោះ{kind:handover} ដែលបុគ្គលនេះត្រូវបានប្រគល់ឱ្យ។"),
    "release.stay_ended": (
        "{case}'s stay has ended; its reintegration plan can no longer change.",
        "ការស្នាក់នៅរបស់ករណី {case} បានបញ្ចប់ហើយ។ ផែនការធ្វើសមាហរណកម្មមិនអាចកែប្រែបានទៀតទេ។"),
    "release.gone": (
        "This follow-up point is no longer on record; reopen the person's record.",
        "ចំណុចតាមដាននេះលែងមាននៅក្នុងកំណត់ត្រាទៀតហើយ។ សូមបើកកំណត់ត្រារបស់បុគ្គលនេះម្ដងទៀត។"),
    "release.bad_cohort": (
        "\u201c{text}\u201d is not a cohort: write a month as 2026-03 or a quarter as 2026-Q1.",
        "«{text}» មិនមែនជាក្រុមដោះលែងទេ៖ សូមសរសេរខែជា ២០២៦-០៣ ឬត្រីមាសជា ២០២៦-ត្រីមាស១។"),
    # the release papers (services.paperwork.release)
    "release.not_released": (
        "{case} has not been released; its release papers print once the release is "
        "recorded.",
        "ករណី {case} មិនទាន់ត្រូវបានដោះលែងនៅឡើយទេ។ ឯកសារដោះលែងនឹងអាចបោះពុម្ពបាន "
        "ក្រោយពេលកត់ត្រាការដោះលែងរួច។"),
    "release.no_certificate": (
        "{case}'s stay ended with \u201c{reason:exit_reason}\u201d: nobody was released, so no "
        "release certificate is printed; print the hand-over sheet for the belongings.",
        "ការស្នាក់នៅរបស់ករណី {case} បានបញ្ចប់ដោយ «{reason:exit_reason}»៖ គ្មាននរណាម្នាក់ត្រូវបាន"
        "ដោះលែងទេ ដូច្នេះមិនបោះពុម្ពលិខិតបញ្ជាក់ការដោះលែងទេ។ សូមបោះពុម្ពបញ្ជីប្រគល់សម្រាប់"
        "របស់របរ។"),
    # the follow-up after release
    "followup.attempt_before_release": (
        "The attempt on {day} is before the release ({released}); check the date.",
        "ការព្យាយាមទាក់ទងនៅថ្ងៃ {day} គឺមុនថ្ងៃដោះលែង ({released})។ សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "followup.date_in_future": (
        "The date {day} is in the future; enter today or earlier.",
        "ថ្ងៃ {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    "followup.interview_before": (
        "The interview on {day} is before {since}; check the date.",
        "ការសម្ភាសន៍នៅថ្ងៃ {day} គឺមុនថ្ងៃ {since}។ សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "followup.interview_not_reached": (
        "Record the reached contact before its interview: nobody was reached for the "
        "{months}-month follow-up yet.",
        "សូមកត់ត្រាការទាក់ទងដែលបានជួបមុនការសម្ភាសន៍៖ មិនទាន់ទាក់ទងបាននរណាម្នាក់សម្រាប់ការតាមដាន "
        "{months} ខែនៅឡើយទេ។"),
    "followup.interview_already_recorded": (
        "The {occasion:interview_occasion} interview is already recorded.",
        "ការសម្ភាសន៍{occasion:interview_occasion}ត្រូវបានកត់ត្រារួចហើយ។"),
    # the outcome interview
    "followup.unknown_substance": (
        "\u201c{text}\u201d is not one of the substances the interview asks about.",
        "«{text}» មិនមែនជាសារធាតុមួយដែលការសម្ភាសន៍សួរនោះទេ។"),
    "followup.substance_days_out_of_range": (
        "{days} days of {drug:substance} in the last {recall} days cannot be; enter "
        "0 to {recall}.",
        "ការប្រើ{drug:substance} {days} ថ្ងៃក្នុងរយៈពេល {recall} ថ្ងៃចុងក្រោយ មិនអាចទៅរួចទេ។ "
        "សូមបញ្ចូលពី ០ ដល់ {recall}។"),
    "followup.injected_days_out_of_range": (
        "{days} days of injecting in the last {recall} days cannot be; enter 0 to {recall}.",
        "ការចាក់ {days} ថ្ងៃក្នុងរយៈពេល {recall} ថ្ងៃចុងក្រោយ មិនអាចទៅរួចទេ។ "
        "សូមបញ្ចូលពី ០ ដល់ {recall}។"),
    "followup.work_days_out_of_range": (
        "{days} days of work or study in the last {recall} days cannot be; enter 0 to "
        "{recall}.",
        "ការធ្វើការ ឬសិក្សា {days} ថ្ងៃក្នុងរយៈពេល {recall} ថ្ងៃចុងក្រោយ មិនអាចទៅរួចទេ។ "
        "សូមបញ្ចូលពី ០ ដល់ {recall}។"),
    "followup.shared_without_injecting": (
        "Sharing injecting equipment is answered only by someone who injected; check the "
        "days of injecting.",
        "ការប្រើឧបករណ៍ចាក់រួមគ្នា ឆ្លើយតែដោយអ្នកដែលបានចាក់ប៉ុណ្ណោះ។ សូមពិនិត្យចំនួនថ្ងៃនៃការចាក់។"),
    "followup.rating_out_of_range": (
        "{value} is not a rating of {rating:outcome_rating}; enter 0 to {maximum}.",
        "{value} មិនមែនជាពិន្ទុនៃ{rating:outcome_rating}ទេ។ សូមបញ្ចូលពី ០ ដល់ {maximum}។"),
    # what each action lets a user do (permission refusals)
    "release.doing.plan_release": (
        "plan releases and reintegration",
        "រៀបចំផែនការដោះលែង និងការធ្វើសមាហរណកម្ម"),
    "release.doing.release": ("release people", "ដោះលែងបុគ្គល"),
    "release.doing.record_follow_up": (
        "record follow-up contacts and outcome interviews",
        "កត់ត្រាការទាក់ទងតាមដាន និងការសម្ភាសន៍លទ្ធផល"),
}
