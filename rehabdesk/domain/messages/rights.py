"""Sentences about legal bases, the alerts, grievances, visits, incidents and the
independent monitor (domain.rights, services.rights).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the legal basis
    "rights.basis_without_reference": (
        "Write the number and issuer of the order or consent form the person is held on.",
        "សូមសរសេរលេខ និងអ្នកចេញដីកា ឬលិខិតយល់ព្រម ដែលជាមូលដ្ឋាននៃការឃុំបុគ្គលនេះ។"),
    "rights.basis_ends_before_start": (
        "The legal basis ends on {end}, before it starts ({start}); check the dates.",
        "មូលដ្ឋានច្បាប់បញ្ចប់នៅថ្ងៃ {end} មុនថ្ងៃចាប់ផ្ដើម ({start})។ សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "rights.basis_in_future": (
        "The legal basis starts on {day}, in the future; record it when it is in force.",
        "មូលដ្ឋានច្បាប់ចាប់ផ្ដើមនៅថ្ងៃ {day} ជាថ្ងៃអនាគត។ សូមកត់ត្រាវានៅពេលវាចូលជាធរមាន។"),
    "rights.basis_before_arrival": (
        "This legal basis ended on {end}, before the arrival ({arrival}); it cannot be why "
        "the person is held.",
        "មូលដ្ឋានច្បាប់នេះបានបញ្ចប់នៅថ្ងៃ {end} មុនថ្ងៃមកដល់ ({arrival})។ "
        "វាមិនអាចជាមូលហេតុនៃការឃុំបុគ្គលនេះបានទេ។"),
    "rights.stay_ended": (
        "{case}'s stay has ended; its rights record can no longer change.",
        "ការស្នាក់នៅរបស់ករណី {case} បានបញ្ចប់ហើយ។ កំណត់ត្រាសិទ្ធិរបស់វាមិនអាចកែប្រែបានទៀតទេ។"),
    # explaining an alert
    "rights.explanation_without_reason": (
        "Write the reason this person is still on the list; it is kept in the audit log.",
        "សូមសរសេរមូលហេតុដែលបុគ្គលនេះនៅតែមាននៅក្នុងបញ្ជី។ វាត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។"),
    "rights.no_such_alert": (
        "This entry is not on the list “{kind:rights_alert}” today; nothing to "
        "explain.",
        "ធាតុនេះមិនមាននៅក្នុងបញ្ជី «{kind:rights_alert}» ថ្ងៃនេះទេ។ គ្មានអ្វីត្រូវពន្យល់ទេ។"),
    # the rights sheet
    "rights.sheet_already_handed": (
        "The rights sheet was already handed over on {day}.",
        "សន្លឹកសិទ្ធិត្រូវបានប្រគល់រួចហើយនៅថ្ងៃ {day}។"),
    "rights.sheet_before_arrival": (
        "The rights sheet cannot have been handed over on {day}, before the arrival "
        "({arrival}), nor after today.",
        "សន្លឹកសិទ្ធិមិនអាចត្រូវបានប្រគល់នៅថ្ងៃ {day} មុនថ្ងៃមកដល់ ({arrival}) "
        "ឬក្រោយថ្ងៃនេះបានទេ។"),
    "rights.sheet_without_witness": (
        "Name the staff member who handed the rights sheet over.",
        "សូមបញ្ជាក់ឈ្មោះបុគ្គលិកដែលបានប្រគល់សន្លឹកសិទ្ធិ។"),
    # grievances
    "rights.grievance_in_future": (
        "The grievance is dated {day}, in the future; enter today or earlier.",
        "ពាក្យបណ្ដឹងមានកាលបរិច្ឆេទ {day} ជាថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    "rights.grievance_without_text": (
        "Write what the grievance is about.",
        "សូមសរសេរខ្លឹមសារនៃពាក្យបណ្ដឹង។"),
    "rights.grievance_without_filer": (
        "Name who filed the grievance.",
        "សូមបញ្ជាក់ឈ្មោះអ្នកដាក់ពាក្យបណ្ដឹង។"),
    "rights.grievance_already_answered": (
        "This grievance was already answered on {day}; an answer is not changed.",
        "ពាក្យបណ្ដឹងនេះត្រូវបានឆ្លើយតបរួចហើយនៅថ្ងៃ {day}។ ចម្លើយមិនត្រូវបានកែប្រែទេ។"),
    "rights.answer_without_text": (
        "Write the answer given.",
        "សូមសរសេរចម្លើយដែលបានផ្ដល់។"),
    "rights.answer_before_grievance": (
        "The answer is dated {day}, before the grievance was filed ({filed}); check the "
        "date.",
        "ចម្លើយមានកាលបរិច្ឆេទ {day} មុនថ្ងៃដាក់ពាក្យបណ្ដឹង ({filed})។ សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "rights.answer_in_future": (
        "The answer is dated {day}, in the future; enter today or earlier.",
        "ចម្លើយមានកាលបរិច្ឆេទ {day} ជាថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    "rights.grievance_already_closed": (
        "This grievance was already closed on {day}.",
        "ពាក្យបណ្ដឹងនេះត្រូវបានបិទរួចហើយនៅថ្ងៃ {day}។"),
    "rights.close_before_answer": (
        "Answer the grievance before closing it.",
        "សូមឆ្លើយតបពាក្យបណ្ដឹងមុនពេលបិទវា។"),
    "rights.close_without_reason": (
        "Write why the grievance is closed.",
        "សូមសរសេរមូលហេតុនៃការបិទពាក្យបណ្ដឹង។"),
    "rights.close_date_outside": (
        "A grievance answered on {answered} cannot be closed on {day}; close it between "
        "the answer and today.",
        "ពាក្យបណ្ដឹងដែលបានឆ្លើយតបនៅថ្ងៃ {answered} មិនអាចបិទនៅថ្ងៃ {day} បានទេ។ "
        "សូមបិទវារវាងថ្ងៃឆ្លើយតប និងថ្ងៃនេះ។"),
    "rights.grievance_gone": (
        "This grievance is not on record; reopen the Rights page.",
        "ពាក្យបណ្ដឹងនេះមិនមាននៅក្នុងកំណត់ត្រាទេ។ សូមបើកទំព័រសិទ្ធិម្ដងទៀត។"),
    # visits
    "rights.visit_without_visitor": (
        "Name the visitor.",
        "សូមបញ្ជាក់ឈ្មោះអ្នកមកសួរសុខទុក្ខ។"),
    "rights.visit_in_future": (
        "The visit is dated {day}, in the future; enter today or earlier.",
        "ការសួរសុខទុក្ខមានកាលបរិច្ឆេទ {day} ជាថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    "rights.visit_before_arrival": (
        "The visit is dated {day}, before the arrival ({arrival}); check the date.",
        "ការសួរសុខទុក្ខមានកាលបរិច្ឆេទ {day} មុនថ្ងៃមកដល់ ({arrival})។ សូមពិនិត្យថ្ងៃម្ដងទៀត។"),
    "rights.refusal_without_reason": (
        "A refused visit needs the reason it was refused.",
        "ការសួរសុខទុក្ខដែលត្រូវបានបដិសេធ ត្រូវការមូលហេតុនៃការបដិសេធ។"),
    # incidents
    "rights.incident_in_future": (
        "The incident is dated {day}, in the future; enter today or earlier.",
        "ឧប្បត្តិហេតុមានកាលបរិច្ឆេទ {day} ជាថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃនេះ ឬមុននេះ។"),
    "rights.incident_without_words": (
        "Say where the incident happened and what happened.",
        "សូមបញ្ជាក់ទីកន្លែង និងអ្វីដែលបានកើតឡើងក្នុងឧប្បត្តិហេតុ។"),
    "rights.incident_without_people": (
        "Name at least one person involved in the incident.",
        "សូមបញ្ជាក់យ៉ាងហោចណាស់បុគ្គលម្នាក់ដែលពាក់ព័ន្ធក្នុងឧប្បត្តិហេតុ។"),
    "rights.notified_outside": (
        "The {whom:notified_party} cannot have been told on {day}: after the incident "
        "({occurred}) and not after today.",
        "{whom:notified_party} មិនអាចត្រូវបានជូនដំណឹងនៅថ្ងៃ {day} បានទេ៖ "
        "ត្រូវក្រោយឧប្បត្តិហេតុ ({occurred}) និងមិនក្រោយថ្ងៃនេះ។"),
    "rights.incident_not_notified": (
        "A {kind:incident_kind} cannot be saved without the notifications: record the day "
        "each was told — {missing:notified_party}.",
        "{kind:incident_kind} មិនអាចរក្សាទុកបានទេ បើគ្មានការជូនដំណឹង៖ "
        "សូមកត់ត្រាថ្ងៃដែលភាគីនីមួយៗត្រូវបានជូនដំណឹង — {missing:notified_party}។"),
    "rights.death_without_release": (
        "{case} has no release with the exit reason \u201cdied\u201d; a supervisor records "
        "the release first, and the death's incident report links to it.",
        "ករណី {case} គ្មានការដោះលែងដែលមានមូលហេតុចេញ «បានទទួលមរណភាព» ទេ។ "
        "អ្នកត្រួតពិនិត្យកត់ត្រាការដោះលែងជាមុនសិន ហើយរបាយការណ៍ឧប្បត្តិហេតុនៃការទទួលមរណភាពភ្ជាប់ទៅវា។"),
    # the monitor
    "rights.grant_without_reason": (
        "Write the monitor's request this access answers; it is kept in the audit log.",
        "សូមសរសេរសំណើរបស់អ្នកសង្កេតការណ៍ឯករាជ្យ ដែលការអនុញ្ញាតនេះឆ្លើយតប។ "
        "វាត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។"),
    "rights.grant_days_outside": (
        "A named access lasts from 1 to {most} days, not {days}.",
        "ការអនុញ្ញាតឱ្យឃើញឈ្មោះមានរយៈពេលពី ១ ដល់ {most} ថ្ងៃ មិនមែន {days} ថ្ងៃទេ។"),
    "rights.not_a_monitor": (
        "{user} is not a monitor's account; a named access is granted to a monitor only.",
        "{user} មិនមែនជាគណនីអ្នកសង្កេតការណ៍ឯករាជ្យទេ។ "
        "ការអនុញ្ញាតឱ្យឃើញឈ្មោះផ្ដល់ជូនតែអ្នកសង្កេតការណ៍ឯករាជ្យប៉ុណ្ណោះ។"),
    "rights.no_grant": (
        "You have no access to this person's name today; a supervisor may grant one for a "
        "limited time at your request.",
        "អ្នកគ្មានសិទ្ធិមើលឈ្មោះបុគ្គលនេះថ្ងៃនេះទេ។ "
        "អ្នកត្រួតពិនិត្យអាចផ្ដល់សិទ្ធិក្នុងរយៈពេលកំណត់ តាមសំណើរបស់អ្នក។"),
    # settings
    "rights.setting.no_basis_days": (
        "the days before a stay without a legal basis is listed",
        "ចំនួនថ្ងៃមុនពេលការស្នាក់នៅដែលគ្មានមូលដ្ឋានច្បាប់ត្រូវបានចុះក្នុងបញ្ជី"),
    "rights.setting.grievance_answer_days": (
        "the days to answer a grievance",
        "ចំនួនថ្ងៃដើម្បីឆ្លើយតបពាក្យបណ្ដឹង"),
    "rights.setting.no_visit_days": (
        "the days without a visit before a person is listed",
        "ចំនួនថ្ងៃគ្មានការសួរសុខទុក្ខ មុនពេលបុគ្គលម្នាក់ត្រូវបានចុះក្នុងបញ្ជី"),
    # what each permission lets a user do
    "rights.doing.record_rights": (
        "record legal bases, rights sheets, grievances, visits and incidents",
        "កត់ត្រាមូលដ្ឋានច្បាប់ សន្លឹកសិទ្ធិ ពាក្យបណ្ដឹង ការសួរសុខទុក្ខ និងឧប្បត្តិហេតុ"),
    "rights.doing.oversee_rights": (
        "see the rights alerts, explain them, answer grievances and grant a monitor a named "
        "access",
        "មើលការជូនដំណឹងអំពីសិទ្ធិ ពន្យល់វា ឆ្លើយតបពាក្យបណ្ដឹង "
        "និងផ្ដល់សិទ្ធិឱ្យអ្នកសង្កេតការណ៍ឯករាជ្យឃើញឈ្មោះ"),
    "rights.doing.monitor": (
        "see the independent monitor's pseudonymised view",
        "មើលទិដ្ឋភាពរបស់អ្នកសង្កេតការណ៍ឯករាជ្យ ដែលប្រើឈ្មោះក្លែង"),
    # audit summaries
    "rights.audit.basis_recorded": (
        "recorded the legal basis of {case}: {kind:basis_kind}, {start} to {end}",
        "បានកត់ត្រាមូលដ្ឋានច្បាប់របស់ករណី {case}៖ {kind:basis_kind} ពីថ្ងៃ {start} ដល់ថ្ងៃ {end}"),
    "rights.audit.alert_explained": (
        "explained why {case} stays on the list \u201c{kind:rights_alert}\u201d: {reason}",
        "បានពន្យល់ពីមូលហេតុដែលករណី {case} នៅក្នុងបញ្ជី «{kind:rights_alert}»៖ {reason}"),
    "rights.audit.sheet_handed": (
        "recorded that {case} received the rights sheet on {day}",
        "បានកត់ត្រាថាករណី {case} បានទទួលសន្លឹកសិទ្ធិនៅថ្ងៃ {day}"),
    "rights.audit.grievance_filed": (
        "filed grievance {number} ({category:grievance_category}), to answer by {due}",
        "បានដាក់ពាក្យបណ្ដឹង {number} ({category:grievance_category}) ត្រូវឆ្លើយតបមុនថ្ងៃ {due}"),
    "rights.audit.grievance_answered": (
        "answered grievance {number} on {day}",
        "បានឆ្លើយតបពាក្យបណ្ដឹង {number} នៅថ្ងៃ {day}"),
    "rights.audit.grievance_closed": (
        "closed grievance {number} on {day}",
        "បានបិទពាក្យបណ្ដឹង {number} នៅថ្ងៃ {day}"),
    "rights.audit.visit_recorded": (
        "recorded a visit to {case} on {day} ({relation:visitor_relation})",
        "បានកត់ត្រាការសួរសុខទុក្ខករណី {case} នៅថ្ងៃ {day} ({relation:visitor_relation})"),
    "rights.audit.incident_recorded": (
        "recorded incident {number} ({kind:incident_kind}) of {day} involving {case}",
        "បានកត់ត្រាឧប្បត្តិហេតុ {number} ({kind:incident_kind}) ថ្ងៃ {day} ដែលពាក់ព័ន្ធករណី {case}"),
    "rights.audit.monitor_viewed": (
        "viewed the monitor's overview of {day}: {grievances:grievance|grievances}, "
        "{incidents:incident|incidents}",
        "បានមើលទិដ្ឋភាពរបស់អ្នកសង្កេតការណ៍ឯករាជ្យថ្ងៃ {day}៖ ពាក្យបណ្ដឹង {grievances} "
        "ឧប្បត្តិហេតុ {incidents}"),
    "rights.audit.monitor_granted": (
        "let the monitor {user} see the name of {case} until {until}",
        "បានអនុញ្ញាតឱ្យអ្នកសង្កេតការណ៍ឯករាជ្យ {user} ឃើញឈ្មោះករណី {case} រហូតដល់ {until}"),
    "rights.audit.monitor_named": (
        "saw the name behind {pseudonym}: {case}, under a supervisor's grant",
        "បានឃើញឈ្មោះនៃ {pseudonym}៖ ករណី {case} តាមការអនុញ្ញាតរបស់អ្នកត្រួតពិនិត្យ"),
    "rights.audit.printed_rights_sheet": (
        "printed the rights sheet of {case}",
        "បានបោះពុម្ពសន្លឹកសិទ្ធិរបស់ករណី {case}"),
    "rights.audit.printed_grievance_receipt": (
        "printed the receipt of grievance {number}",
        "បានបោះពុម្ពបង្កាន់ដៃទទួលពាក្យបណ្ដឹង {number}"),
    "rights.audit.printed_incident_report": (
        "printed the report of incident {number}",
        "បានបោះពុម្ពរបាយការណ៍ឧប្បត្តិហេតុ {number}"),
    "rights.incident_gone": (
        "This incident is not on record; reopen the Rights page.",
        "ឧប្បត្តិហេតុនេះមិនមាននៅក្នុងកំណត់ត្រាទេ។ សូមបើកទំព័រសិទ្ធិម្ដងទៀត។"),
    "rights.audit.monitor_exported": (
        "saved the monitor's view of {day} as {file}",
        "បានរក្សាទុកទិដ្ឋភាពរបស់អ្នកសង្កេតការណ៍ឯករាជ្យថ្ងៃ {day} ជា {file}"),
}
