"""Sentences about the court liaison (issue #25): courts, request letters and the courts'
answers (domain.court_liaison, services.court_liaison).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``. A court is a ``Named`` (its name in both languages).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the sending of a letter
    "court.sent_in_future": (
        "The letter cannot have been sent on {day}, in the future; enter today or earlier.",
        "លិខិតមិនអាចផ្ញើនៅថ្ងៃ {day} ដែលជាថ្ងៃអនាគតបានទេ។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    "court.unknown_method": (
        "\u201c{value}\u201d is not a way of sending a letter; choose one of: "
        "{methods:letter_method}.",
        "«{value}» មិនមែនជាមធ្យោបាយផ្ញើលិខិតទេ។ សូមជ្រើសរើសមួយក្នុងចំណោម៖ "
        "{methods:letter_method}។"),
    "court.sent_to_missing": (
        "Name the person or office the letter was given to.",
        "សូមបញ្ជាក់ឈ្មោះបុគ្គល ឬការិយាល័យដែលបានទទួលលិខិត។"),
    "court.nobody_waiting": (
        "Nobody at the centre waits for a verdict at {court}: there is no letter to send.",
        "គ្មាននរណាម្នាក់នៅមណ្ឌលកំពុងរង់ចាំសាលក្រមពី{court}ទេ។ គ្មានលិខិតត្រូវផ្ញើឡើយ។"),
    "court.not_found": (
        "There is no court with the code \u201c{code}\u201d; the courts are listed on the "
        "Courts page and by `rehabdesk report court-waiting`.",
        "គ្មានតុលាការដែលមានលេខកូដ «{code}» ទេ។ តុលាការទាំងអស់មាននៅលើទំព័រតុលាការ។"),
    "court.letter_not_found": (
        "This letter is no longer on record; read the court's list again.",
        "លិខិតនេះលែងមាននៅក្នុងកំណត់ត្រាទៀតហើយ។ សូមអានបញ្ជីរបស់តុលាការម្ដងទៀត។"),
    # the answers
    "court.unknown_answer": (
        "\u201c{value}\u201d is not a court's answer; choose one of: {kinds:court_answer}.",
        "«{value}» មិនមែនជាចម្លើយរបស់តុលាការទេ។ សូមជ្រើសរើសមួយក្នុងចំណោម៖ "
        "{kinds:court_answer}។"),
    "court.answer_in_future": (
        "The answer's date {day} is in the future; enter today or earlier.",
        "ថ្ងៃនៃចម្លើយ {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    "court.answer_before_letter": (
        "The answer's date {day} is before the letter was sent ({sent}); check the date.",
        "ថ្ងៃនៃចម្លើយ {day} នៅមុនថ្ងៃផ្ញើលិខិត ({sent})។ សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "court.hearing_date_missing": (
        "Enter the date of the hearing the court scheduled.",
        "សូមបញ្ចូលថ្ងៃសវនាការដែលតុលាការបានកំណត់។"),
    "court.hearing_in_past": (
        "A hearing scheduled for {day} would already be past (today is {today}); record "
        "the verdict it gave, or check the date.",
        "សវនាការដែលកំណត់នៅថ្ងៃ {day} បានកន្លងផុតទៅហើយ (ថ្ងៃនេះគឺ {today})។ "
        "សូមកត់ត្រាសាលក្រមដែលបានប្រកាស ឬពិនិត្យថ្ងៃម្ដងទៀត។"),
    "court.hearing_date_not_asked": (
        "A hearing date belongs to the answer \u201chearing scheduled\u201d, not to "
        "\u201c{kind:court_answer}\u201d.",
        "ថ្ងៃសវនាការជាចម្លើយ «បានកំណត់សវនាការ» មិនមែន «{kind:court_answer}» ទេ។"),
    "court.verdict_status_missing": (
        "Choose the verdict status the court's verdict gave.",
        "សូមជ្រើសរើសស្ថានភាពសាលក្រមដែលតុលាការបានប្រកាស។"),
    # the centre's setting
    "court.setting.follow_up_days": (
        "the days before a second request to a court",
        "ចំនួនថ្ងៃមុនការស្នើសុំលើកទីពីរទៅតុលាការ"),
    # audit summaries
    "court.audit_letter_sent": (
        "Sent the request letter about {people:person|people} to {court} on {day}",
        "បានផ្ញើលិខិតស្នើសុំអំពីបុគ្គល {people} នាក់ ទៅ{court} នៅថ្ងៃ {day}"),
    "court.audit_answer": (
        "Recorded {court}'s answer about {case}: {kind:court_answer}",
        "បានកត់ត្រាចម្លើយរបស់{court}អំពីករណី {case}៖ {kind:court_answer}"),
    "court.audit_contact": (
        "Changed the address or contact of {court}",
        "បានកែប្រែអាសយដ្ឋាន ឬអ្នកទំនាក់ទំនងរបស់{court}"),
    "court.audit_printed_letter": (
        "Printed the request letter to {court} ({people:person|people})",
        "បានបោះពុម្ពលិខិតស្នើសុំទៅ{court} (បុគ្គល {people} នាក់)"),
}
