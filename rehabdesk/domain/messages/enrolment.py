"""Sentences about referral, enrolment, dormitories, programmes, attendance and case plans
(domain.enrolment, domain.programmes, services.enrolment).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``. A ``{what}`` field is one of the nouns at the end
(``enrolment.noun_*``), passed as a nested sentence: the one sentence says "That
dormitory no longer exists" and "That session no longer exists".
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Shared by several records.
    "enrolment.gone": (
        "That {what} no longer exists; refresh the list.",
        "{what}នោះលែងមានទៀតហើយ។ សូមផ្ទុកបញ្ជីឡើងវិញ។"),
    "enrolment.date_in_future": (
        "The {what} date {day} is in the future; enter today or earlier.",
        "កាលបរិច្ឆេទនៃ{what} {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    # Programmes, dormitories, session types and the waitlist weights (settings).
    "enrolment.name_empty": (
        "Enter the {what}; it cannot be empty.",
        "សូមបញ្ចូល{what}។ មិនអាចទុកទទេបានទេ។"),
    "enrolment.name_too_long": (
        "The {what} is too long ({length:character|characters}); keep it under {most}.",
        "{what}វែងពេក ({length} តួអក្សរ)។ សូមសរសេរឱ្យតិចជាង {most} តួអក្សរ។"),
    "enrolment.name_taken": (
        "There is already a {what} called '{name}'; choose another name.",
        "មាន{what}ឈ្មោះ «{name}» រួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង។"),
    "enrolment.nothing_changed": (
        "Nothing changed in {name}.",
        "គ្មានអ្វីផ្លាស់ប្ដូរក្នុង {name} ទេ។"),
    "enrolment.programme_kind_unknown": (
        "'{kind}' is not a kind of programme; use one of: {kinds:programme_kind}.",
        "«{kind}» មិនមែនជាប្រភេទកម្មវិធីទេ។ សូមប្រើប្រភេទមួយក្នុងចំណោម៖ {kinds:programme_kind}។"),
    "enrolment.minimum_days_not_whole": (
        "The minimum length must be a whole number of days.",
        "រយៈពេលអប្បបរមាត្រូវតែជាចំនួនថ្ងៃគត់។"),
    "enrolment.maximum_days_not_whole": (
        "The maximum length must be a whole number of days.",
        "រយៈពេលអតិបរមាត្រូវតែជាចំនួនថ្ងៃគត់។"),
    "enrolment.programme_length_out_of_range": (
        "The programme length must be between 1 and {most} days with the minimum "
        "({minimum}) not above the maximum ({maximum}); check both numbers.",
        "រយៈពេលកម្មវិធីត្រូវនៅចន្លោះ ១ ដល់ {most} ថ្ងៃ ហើយអប្បបរមា ({minimum}) "
        "មិនត្រូវលើសអតិបរមា ({maximum}) ទេ។ សូមពិនិត្យលេខទាំងពីរ។"),
    "enrolment.capacity_not_whole": (
        "The capacity must be a whole number of beds.",
        "ចំណុះត្រូវតែជាចំនួនគ្រែគត់។"),
    "enrolment.capacity_out_of_range": (
        "The capacity must be between 0 and {most} beds; {capacity} is not.",
        "ចំណុះត្រូវនៅចន្លោះ ០ ដល់ {most} គ្រែ។ {capacity} មិនស្ថិតក្នុងចន្លោះនេះទេ។"),
    "enrolment.capacity_below_occupied_bed": (
        "Bed {bed} is occupied, so the capacity cannot be {capacity}; move its occupant to "
        "a lower bed first.",
        "គ្រែលេខ {bed} មានអ្នកស្នាក់នៅ ដូច្នេះចំណុះមិនអាចត្រឹម {capacity} បានទេ។ "
        "សូមផ្លាស់អ្នកនោះទៅគ្រែលេខតូចជាងនេះជាមុនសិន។"),
    "enrolment.dormitory_occupied_sex": (
        "{occupants:person sleeps|people sleep} in {dormitory}; move them before changing "
        "whom it is for.",
        "មានមនុស្ស {occupants} នាក់កំពុងស្នាក់នៅក្នុង {dormitory}។ "
        "សូមផ្លាស់ពួកគេចេញ មុននឹងប្ដូរថាអន្តេវាសិកដ្ឋាននេះសម្រាប់អ្នកណា។"),
    "enrolment.dormitory_occupied_close": (
        "{occupants:person sleeps|people sleep} in {dormitory}; move them before closing it.",
        "មានមនុស្ស {occupants} នាក់កំពុងស្នាក់នៅក្នុង {dormitory}។ "
        "សូមផ្លាស់ពួកគេចេញ មុននឹងបិទវា។"),
    "enrolment.weight_out_of_range": (
        "The weight “{what}” must be a number from 0 to 1000.",
        "មេគុណអាទិភាព «{what}» ត្រូវតែជាលេខពី ០ ដល់ ១០០០។"),
    "enrolment.horizon_out_of_range": (
        "The urgency horizon must be a whole number of days from 0 to 3650.",
        "រយៈពេលគិតភាពបន្ទាន់ត្រូវតែជាចំនួនថ្ងៃគត់ពី ០ ដល់ ៣៦៥០។"),
    "enrolment.weights_without_reason": (
        "Write why the waitlist weights change; the reason is kept.",
        "សូមសរសេរមូលហេតុដែលប្ដូរមេគុណអាទិភាពនៃបញ្ជីរង់ចាំ។ មូលហេតុនេះត្រូវរក្សាទុក។"),
    "enrolment.weights_unchanged": (
        "These are the weights in use already; nothing changes.",
        "នេះជាមេគុណអាទិភាពដែលកំពុងប្រើរួចហើយ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។"),
    # The lifecycle: referral, the waitlist, status changes.
    "enrolment.programme_not_offered": (
        "That programme is not offered any more; choose another one.",
        "កម្មវិធីនោះលែងផ្ដល់ជូនទៀតហើយ។ សូមជ្រើសកម្មវិធីផ្សេង។"),
    "enrolment.date_before_arrival": (
        "The {what} date {day} is before {case} arrived ({arrival}); check the date.",
        "កាលបរិច្ឆេទនៃ{what} {day} នៅមុនថ្ងៃដែលករណី {case} មកដល់ ({arrival})។ "
        "សូមពិនិត្យកាលបរិច្ឆេទ។"),
    "enrolment.referral_backdated_without_reason": (
        "The referral is dated {day}, before today; give a reason for back-dating it.",
        "ការបញ្ជូននេះចុះថ្ងៃ {day} ដែលមុនថ្ងៃនេះ។ "
        "សូមផ្ដល់មូលហេតុនៃការចុះកាលបរិច្ឆេទថយក្រោយ។"),
    "enrolment.already_open": (
        "{case} is already {status:enrolment_status}; end that enrolment before referring "
        "again.",
        "ករណី {case} ស្ថិតក្នុងស្ថានភាព «{status:enrolment_status}» រួចហើយ។ "
        "សូមបញ្ចប់ការចូលកម្មវិធីនោះ មុននឹងបញ្ជូនម្ដងទៀត។"),
    "enrolment.status_is_final": (
        "The enrolment is {status:enrolment_status}, which is final; it cannot become "
        "{to:enrolment_status}. Start a new referral instead.",
        "ការចូលកម្មវិធីនេះស្ថិតក្នុងស្ថានភាព «{status:enrolment_status}» ដែលជាស្ថានភាពចុងក្រោយ "
        "ហើយមិនអាចប្ដូរទៅ «{to:enrolment_status}» បានទេ។ សូមចាប់ផ្ដើមការបញ្ជូនថ្មីជំនួសវិញ។"),
    "enrolment.transition_not_allowed": (
        "An enrolment that is {status:enrolment_status} cannot become "
        "{to:enrolment_status}; it can become: {allowed:enrolment_status}.",
        "ការចូលកម្មវិធីដែលស្ថិតក្នុងស្ថានភាព «{status:enrolment_status}» "
        "មិនអាចប្ដូរទៅ «{to:enrolment_status}» បានទេ។ "
        "សូមប្ដូរទៅ៖ {allowed:enrolment_status}។"),
    "enrolment.change_in_future": (
        "The date of the change is in the future; enter today or earlier.",
        "កាលបរិច្ឆេទនៃការប្ដូរស្ថានភាពស្ថិតនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    "enrolment.change_before_previous": (
        "The date of the change ({day}) is before the previous change ({previous}); "
        "check the date.",
        "កាលបរិច្ឆេទនៃការប្ដូរស្ថានភាព ({day}) នៅមុនការប្ដូរលើកមុន ({previous})។ "
        "សូមពិនិត្យកាលបរិច្ឆេទ។"),
    "enrolment.change_backdated_without_reason": (
        "The change is dated {day}, before today; give a reason for back-dating it.",
        "ការប្ដូរស្ថានភាពនេះចុះថ្ងៃ {day} ដែលមុនថ្ងៃនេះ។ "
        "សូមផ្ដល់មូលហេតុនៃការចុះកាលបរិច្ឆេទថយក្រោយ។"),
    "enrolment.enrol_needs_a_bed": (
        "Enrolling needs a dormitory and a bed; use Enrol.",
        "ការចុះឈ្មោះចូលកម្មវិធីត្រូវការអន្តេវាសិកដ្ឋាន និងគ្រែ។ "
        "សូមប្រើប៊ូតុង «ចុះឈ្មោះចូល»។"),
    # {reason}: the first failing (or missing) rule's sentence, in its decision's wording.
    "enrolment.not_eligible": (
        "{case} is not eligible for enrolment ({outcome:eligibility_outcome}). {reason} "
        "Only an eligible person, or one a supervisor's override makes eligible, can be "
        "enrolled.",
        "ករណី {case} មិនមានលក្ខណៈសម្បត្តិចូលកម្មវិធីទេ ({outcome:eligibility_outcome})។ {reason} "
        "មានតែអ្នកមានលក្ខណៈសម្បត្តិ ឬអ្នកដែលការលើកលែងរបស់អ្នកត្រួតពិនិត្យធ្វើឱ្យមាន"
        "លក្ខណៈសម្បត្តិ ទើបអាចចុះឈ្មោះចូលកម្មវិធីបាន។"),
    # Dormitories and beds.
    "enrolment.dormitory_closed": (
        "{dormitory} is closed; choose another dormitory.",
        "{dormitory} បានបិទហើយ។ សូមជ្រើសអន្តេវាសិកដ្ឋានផ្សេង។"),
    "enrolment.dormitory_for_other_sex": (
        "{dormitory} is a dormitory for {holds:sex} detainees; choose a dormitory for "
        "{sex:sex} detainees.",
        "{dormitory} ជាអន្តេវាសិកដ្ឋានសម្រាប់អ្នកជាប់ឃុំភេទ{holds:sex}។ "
        "សូមជ្រើសអន្តេវាសិកដ្ឋានសម្រាប់អ្នកជាប់ឃុំភេទ{sex:sex}។"),
    "enrolment.bed_does_not_exist": (
        "{dormitory} has beds 1 to {capacity}; bed {bed} does not exist.",
        "{dormitory} មានគ្រែលេខ ១ ដល់ {capacity}។ គ្មានគ្រែលេខ {bed} ទេ។"),
    "enrolment.bed_taken": (
        "Bed {bed} in {dormitory} is already assigned; choose a free bed (free beds: {free}).",
        "គ្រែលេខ {bed} ក្នុង {dormitory} មានអ្នកនៅរួចហើយ។ "
        "សូមជ្រើសគ្រែទំនេរ (គ្រែទំនេរ៖ {free})។"),
    "enrolment.bed_taken_none_free": (
        "Bed {bed} in {dormitory} is already assigned, and no bed is free there; choose "
        "another dormitory.",
        "គ្រែលេខ {bed} ក្នុង {dormitory} មានអ្នកនៅរួចហើយ ហើយគ្មានគ្រែទំនេរនៅទីនោះទេ។ "
        "សូមជ្រើសអន្តេវាសិកដ្ឋានផ្សេង។"),
    "enrolment.bed_just_taken": (
        "Bed {bed} in {dormitory} was just assigned to someone else; choose another bed.",
        "គ្រែលេខ {bed} ក្នុង {dormitory} ទើបតែត្រូវបានផ្ដល់ឱ្យអ្នកផ្សេង។ "
        "សូមជ្រើសគ្រែផ្សេង។"),
    "enrolment.dormitory_full": (
        "{dormitory} is full ({occupants:person|people} in {capacity:bed|beds}); placing "
        "this person there puts it over capacity. Confirm over capacity and give a reason, "
        "or choose another dormitory.",
        "{dormitory} ពេញហើយ (មនុស្ស {occupants} នាក់ ក្នុងគ្រែចំនួន {capacity})។ "
        "ការដាក់អ្នកនេះនៅទីនោះនឹងធ្វើឱ្យលើសចំណុះ។ "
        "សូមបញ្ជាក់ការលើសចំណុះ និងផ្ដល់មូលហេតុ ឬជ្រើសអន្តេវាសិកដ្ឋានផ្សេង។"),
    "enrolment.over_capacity_without_reason": (
        "Write why {dormitory} may go over capacity; the reason is kept and shown on the "
        "dashboard.",
        "សូមសរសេរមូលហេតុដែល {dormitory} អាចលើសចំណុះ។ "
        "មូលហេតុនេះត្រូវរក្សាទុក និងបង្ហាញលើផ្ទាំងព័ត៌មាន។"),
    "enrolment.no_bed_unless_enrolled": (
        "{case} is {status:enrolment_status}, not enrolled; only an enrolled person has a "
        "bed.",
        "ករណី {case} ស្ថិតក្នុងស្ថានភាព «{status:enrolment_status}» មិនមែនបានចូលកម្មវិធីទេ។ "
        "មានតែអ្នកដែលបានចូលកម្មវិធីទេទើបមានគ្រែ។"),
    "enrolment.already_in_place": (
        "{case} is already in that place; nothing changes.",
        "ករណី {case} ស្ថិតនៅកន្លែងនោះរួចហើយ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។"),
    # Group sessions and the roll call.
    "enrolment.session_type_not_offered": (
        "That kind of session is not offered any more; choose another.",
        "ប្រភេទវគ្គនោះលែងផ្ដល់ជូនទៀតហើយ។ សូមជ្រើសប្រភេទផ្សេង។"),
    "enrolment.facilitator_missing": (
        "Enter who leads the session; the roll-call sheet names them.",
        "សូមបញ្ចូលអ្នកសម្របសម្រួលវគ្គ។ សន្លឹកហៅឈ្មោះត្រូវដាក់ឈ្មោះអ្នកនោះ។"),
    "enrolment.session_too_far_ahead": (
        "The session date {day} is more than a year ahead; check the year.",
        "កាលបរិច្ឆេទវគ្គ {day} លើសពីមួយឆ្នាំទៅមុខ។ សូមពិនិត្យឆ្នាំ។"),
    "enrolment.mark_unknown": (
        "'{mark}' is not a mark; use one of: {marks:attendance_status}.",
        "«{mark}» មិនមែនជាការកត់វត្តមានទេ។ សូមប្រើមួយក្នុងចំណោម៖ {marks:attendance_status}។"),
    "enrolment.mark_note_too_long": (
        "A note is {length:character|characters} long; keep notes under {most}.",
        "កំណត់ចំណាំមួយមានប្រវែង {length} តួអក្សរ។ "
        "សូមសរសេរកំណត់ចំណាំឱ្យតិចជាង {most} តួអក្សរ។"),
    "enrolment.roll_call_in_future": (
        "The session is on {day}, in the future; take the roll call on the day or later.",
        "វគ្គនេះនៅថ្ងៃ {day} ដែលជាថ្ងៃអនាគត។ សូមហៅឈ្មោះនៅថ្ងៃនោះ ឬក្រោយនោះ។"),
    "enrolment.marked_person_gone": (
        "A person marked is no longer enrolled in any programme; refresh the roll call.",
        "អ្នកដែលបានកត់ម្នាក់លែងចូលកម្មវិធីណាមួយទៀតហើយ។ សូមផ្ទុកការហៅឈ្មោះឡើងវិញ។"),
    "enrolment.one_marked_not_enrolled_then": (
        "{case} was not enrolled on {day}; attendance can only be marked for people "
        "enrolled that day. Remove the mark or check the session's date.",
        "ករណី {case} មិនបានចូលកម្មវិធីនៅថ្ងៃ {day} ទេ។ "
        "វត្តមានអាចកត់បានតែសម្រាប់អ្នកដែលបានចូលកម្មវិធីនៅថ្ងៃនោះប៉ុណ្ណោះ។ "
        "សូមលុបការកត់ ឬពិនិត្យកាលបរិច្ឆេទវគ្គ។"),
    "enrolment.several_marked_not_enrolled_then": (
        "{cases} were not enrolled on {day}; attendance can only be marked for people "
        "enrolled that day. Remove the marks or check the session's date.",
        "ករណី {cases} មិនបានចូលកម្មវិធីនៅថ្ងៃ {day} ទេ។ "
        "វត្តមានអាចកត់បានតែសម្រាប់អ្នកដែលបានចូលកម្មវិធីនៅថ្ងៃនោះប៉ុណ្ណោះ។ "
        "សូមលុបការកត់ទាំងនោះ ឬពិនិត្យកាលបរិច្ឆេទវគ្គ។"),
    "enrolment.nobody_on_roll": (
        "Nobody was enrolled on {day} for this session; there is no roll to call.",
        "គ្មាននរណាម្នាក់បានចូលកម្មវិធីនៅថ្ងៃ {day} សម្រាប់វគ្គនេះទេ។ "
        "គ្មានបញ្ជីឈ្មោះសម្រាប់ហៅទេ។"),
    # Case plans, progress notes and the discharge summary.
    "enrolment.text_empty": (
        "Write the {what}; it cannot be empty.",
        "សូមសរសេរ{what}។ មិនអាចទុកទទេបានទេ។"),
    "enrolment.text_too_long": (
        "The {what} is {length:character|characters} long; keep it under {most}.",
        "{what}មានប្រវែង {length} តួអក្សរ។ សូមសរសេរឱ្យតិចជាង {most} តួអក្សរ។"),
    "enrolment.not_started": (
        "{case} is {status:enrolment_status}, not enrolled; a {what} belongs to an "
        "enrolment that has started.",
        "ករណី {case} ស្ថិតក្នុងស្ថានភាព «{status:enrolment_status}» មិនមែនបានចូលកម្មវិធីទេ។ "
        "{what}កត់ត្រាបានតែលើការចូលកម្មវិធីដែលបានចាប់ផ្ដើមហើយប៉ុណ្ណោះ។"),
    "enrolment.date_before_enrolment_began": (
        "The {what} date {day} is before the enrolment began ({began}); check the date.",
        "កាលបរិច្ឆេទនៃ{what} {day} នៅមុនថ្ងៃចាប់ផ្ដើមចូលកម្មវិធី ({began})។ "
        "សូមពិនិត្យកាលបរិច្ឆេទ។"),
    "enrolment.target_before_set": (
        "The target date {target} is before the goal was set; check the date.",
        "កាលបរិច្ឆេទគោលដៅ {target} នៅមុនថ្ងៃដែលកំណត់គោលដៅនេះ។ សូមពិនិត្យកាលបរិច្ឆេទ។"),
    "enrolment.goal_gone": (
        "That goal no longer exists; refresh the case plan.",
        "គោលដៅនោះលែងមានទៀតហើយ។ សូមផ្ទុកផែនការករណីឡើងវិញ។"),
    "enrolment.goal_closed_before_set": (
        "The goal was set on {day}; it cannot close before that.",
        "គោលដៅនេះត្រូវបានកំណត់នៅថ្ងៃ {day}។ វាមិនអាចបិទមុនថ្ងៃនោះបានទេ។"),
    "enrolment.goal_unchanged": (
        "The goal is {status:goal_status} already; nothing changes.",
        "គោលដៅនេះស្ថិតក្នុងស្ថានភាព «{status:goal_status}» រួចហើយ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។"),
    "enrolment.still_enrolled": (
        "{case} is still enrolled; record how the enrolment ended ({ends:enrolment_status} "
        "…) before writing the discharge summary.",
        "ករណី {case} នៅតែស្ថិតក្នុងកម្មវិធី។ សូមកត់ត្រារបៀបដែលការចូលកម្មវិធីបានបញ្ចប់ "
        "({ends:enrolment_status} …) មុននឹងសរសេរសេចក្ដីសង្ខេបពេលចេញ។"),
    "enrolment.discharge_before_end": (
        "The discharge summary is dated before the enrolment ended ({ended}); check the "
        "date.",
        "សេចក្ដីសង្ខេបពេលចេញចុះថ្ងៃមុនថ្ងៃដែលការចូលកម្មវិធីបានបញ្ចប់ ({ended})។ "
        "សូមពិនិត្យកាលបរិច្ឆេទ។"),
    "enrolment.discharge_unchanged": (
        "The discharge summary is unchanged; nothing to save.",
        "សេចក្ដីសង្ខេបពេលចេញមិនបានផ្លាស់ប្ដូរទេ។ គ្មានអ្វីត្រូវរក្សាទុកទេ។"),
    # Nouns filled into {what} above.
    "enrolment.noun_enrolment": ("enrolment", "ការចូលកម្មវិធី"),
    "enrolment.noun_referral": ("referral", "ការបញ្ជូន"),
    "enrolment.noun_change": ("change", "ការប្ដូរស្ថានភាព"),
    "enrolment.noun_programme": ("programme", "កម្មវិធី"),
    "enrolment.noun_dormitory": ("dormitory", "អន្តេវាសិកដ្ឋាន"),
    "enrolment.noun_session_type": ("session type", "ប្រភេទវគ្គ"),
    "enrolment.noun_session": ("session", "វគ្គ"),
    "enrolment.noun_khmer_name": ("Khmer name", "ឈ្មោះជាភាសាខ្មែរ"),
    "enrolment.noun_english_name": ("English name", "ឈ្មោះអង់គ្លេស"),
    "enrolment.noun_dormitory_name": ("dormitory name", "ឈ្មោះអន្តេវាសិកដ្ឋាន"),
    "enrolment.noun_points_per_risk_level": (
        "points per risk level", "ពិន្ទុក្នុងមួយកម្រិតហានិភ័យ"),
    "enrolment.noun_points_per_day_waiting": (
        "points per day waiting", "ពិន្ទុក្នុងមួយថ្ងៃរង់ចាំ"),
    "enrolment.noun_points_per_day_of_urgency": (
        "points per day of urgency", "ពិន្ទុក្នុងមួយថ្ងៃបន្ទាន់"),
    "enrolment.noun_goal": ("goal", "គោលដៅ"),
    "enrolment.noun_goal_area": ("area of the goal", "ផ្នែកនៃគោលដៅ"),
    "enrolment.noun_goal_review": ("goal review", "ការពិនិត្យគោលដៅ"),
    "enrolment.noun_progress_note": ("progress note", "កំណត់ចំណាំវឌ្ឍនភាព"),
    "enrolment.noun_note": ("note", "កំណត់ចំណាំ"),
    "enrolment.noun_discharge_summary": ("discharge summary", "សេចក្ដីសង្ខេបពេលចេញ"),
    "enrolment.noun_summary": ("summary", "សេចក្ដីសង្ខេប"),
    "enrolment.noun_recommendations": ("recommendations", "អនុសាសន៍"),
    "enrolment.noun_follow_up": ("follow-up", "ការតាមដាន"),
    "enrolment.stay_closed": (
        "The stay of {case} ended on {day}; nothing more can be started in it. A person "
        "who comes back is registered as an arrival and gets a new stay.",
        "ការស្នាក់នៅរបស់ករណី {case} បានបញ្ចប់នៅថ្ងៃ {day}។ មិនអាចចាប់ផ្ដើមអ្វីថ្មីក្នុងការស្នាក់នៅនេះទៀតទេ។ "
        "បុគ្គលដែលត្រឡប់មកវិញ ត្រូវចុះឈ្មោះជាការមកដល់ ហើយទទួលបានការស្នាក់នៅថ្មី។"),
}
