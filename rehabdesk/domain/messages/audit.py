"""What each audit entry says it did (services.platform.audit ``record``): one sentence per
kind of change, worded in the reader's language on the Audit log page, the person's
History tab and the CSV export (issue #21, item 2).

Code → (English template, Khmer template); the templates' fields and specs are explained
in ``domain.messages``. An entry keeps its sentence as a code and parameters
(``domain.messages.stored``), so the English of an entry written today reads as the
English of the entries written before, word for word where a test or an inspector reads
it. An entry written before sentences were kept so holds plain English:
``audit.as_recorded`` shows it as it was.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # An entry written before sentences were kept as codes (its English as it was).
    "audit.as_recorded": ("{text}", "{text} (កត់ត្រាជាភាសាអង់គ្លេស)"),
    # Kept beside the database and written later by the next writer.
    "audit.deferred": (
        "{what} (at {at}, beside the RehabDesk that held the database)",
        "{what} (នៅ {at} ក្បែរ RehabDesk ដែលកំពុងកាន់មូលដ្ឋានទិន្នន័យ)"),

    # Signing in (services.platform.auth).
    "audit.signed_in": ("signed in", "បានចូលប្រើ"),
    "audit.sign_in_unknown_user": (
        "sign-in refused: unknown or inactive user",
        "ការចូលប្រើត្រូវបានបដិសេធ៖ អ្នកប្រើមិនស្គាល់ ឬមិនសកម្ម"),
    "audit.sign_in_locked": (
        "sign-in refused: account locked",
        "ការចូលប្រើត្រូវបានបដិសេធ៖ គណនីត្រូវបានចាក់សោ"),
    "audit.sign_in_wrong_password": (
        "sign-in refused: wrong password",
        "ការចូលប្រើត្រូវបានបដិសេធ៖ ពាក្យសម្ងាត់ខុស"),
    "audit.sign_in_wrong_password_locked": (
        "sign-in refused: wrong password; account locked for {minutes} minutes",
        "ការចូលប្រើត្រូវបានបដិសេធ៖ ពាក្យសម្ងាត់ខុស។ គណនីត្រូវបានចាក់សោរយៈពេល {minutes} នាទី"),
    "audit.user_added": (
        "added user {username} ({role:role})",
        "បានបន្ថែមអ្នកប្រើ {username} ({role:role})"),
    "audit.password_set": (
        "set the password of {username}",
        "បានកំណត់ពាក្យសម្ងាត់របស់ {username}"),

    # The key file of an encrypted database (services.platform.encryption).
    "audit.key_file_unknown_user": (
        "sign-in refused at the key file: unknown user",
        "ការចូលប្រើត្រូវបានបដិសេធនៅឯកសារសោ៖ អ្នកប្រើមិនស្គាល់"),
    "audit.key_file_copy_damaged": (
        "sign-in refused at the key file: this user's copy of the key is damaged",
        "ការចូលប្រើត្រូវបានបដិសេធនៅឯកសារសោ៖ ច្បាប់ចម្លងសោរបស់អ្នកប្រើនេះខូច"),
    "audit.key_file_locked": (
        "sign-in refused at the key file: account locked",
        "ការចូលប្រើត្រូវបានបដិសេធនៅឯកសារសោ៖ គណនីត្រូវបានចាក់សោ"),
    "audit.key_file_wrong_password": (
        "sign-in refused at the key file: wrong password",
        "ការចូលប្រើត្រូវបានបដិសេធនៅឯកសារសោ៖ ពាក្យសម្ងាត់ខុស"),
    "audit.key_file_wrong_password_locked": (
        "sign-in refused at the key file: wrong password; account locked for {minutes} "
        "minutes",
        "ការចូលប្រើត្រូវបានបដិសេធនៅឯកសារសោ៖ ពាក្យសម្ងាត់ខុស។ "
        "គណនីត្រូវបានចាក់សោរយៈពេល {minutes} នាទី"),
    "audit.key_file_refusal": ("{what} (at {at})", "{what} (នៅ {at})"),
    "audit.key_file_refusal_more": (
        "{what} (at {at}; {earlier} more by this user name before it, dropped from the key "
        "file)",
        "{what} (នៅ {at}។ មាន {earlier} ដងទៀតដោយឈ្មោះអ្នកប្រើនេះមុននោះ "
        "ដែលត្រូវបានលុបចេញពីឯកសារសោ)"),
    "audit.key_file_refusals_dropped": (
        "{dropped} sign-in refusals at the key file were dropped: it keeps at most {kept} "
        "between two sign-ins, the first and last of each user name first",
        "ការបដិសេធការចូលប្រើចំនួន {dropped} នៅឯកសារសោត្រូវបានលុបចោល៖ "
        "ឯកសារសោរក្សាទុកយ៉ាងច្រើន {kept} រវាងការចូលប្រើពីរដង "
        "ដោយរក្សាលើកដំបូង និងលើកចុងក្រោយនៃឈ្មោះអ្នកប្រើនីមួយៗជាមុន"),
    "audit.recovery_key_made": (
        "made a new recovery key and printed its sheet (the previous recovery sheet no "
        "longer works)",
        "បានបង្កើតសោស្ដារថ្មី និងបានបោះពុម្ពសន្លឹករបស់វា "
        "(សន្លឹកសោស្ដារមុនលែងប្រើបានទៀតហើយ)"),
    "audit.recovery_key_used": (
        "used the recovery key to set a new password for {username}",
        "បានប្រើសោស្ដារ ដើម្បីកំណត់ពាក្យសម្ងាត់ថ្មីសម្រាប់ {username}"),
    "audit.database_encrypted": (
        "encrypted the database and its plain backups; {users:user keeps their|users keep "
        "their} passwords, and a new recovery key was made",
        "បានអ៊ិនគ្រីបមូលដ្ឋានទិន្នន័យ និងច្បាប់បម្រុងទុកធម្មតារបស់វា។ "
        "អ្នកប្រើ {users} នាក់នៅតែប្រើពាក្យសម្ងាត់ដដែល ហើយសោស្ដារថ្មីត្រូវបានបង្កើត"),

    # Backups and copies (services.platform.backup, maintenance).
    "audit.database_copied": (
        "copied the database to {path}",
        "បានចម្លងមូលដ្ឋានទិន្នន័យទៅ {path}"),
    "audit.backup_drive_forgotten": (
        "stopped copying backups to a removable drive",
        "បានឈប់ចម្លងច្បាប់បម្រុងទុកទៅដ្រាយចល័ត"),
    "audit.backup_drive_chosen": (
        "chose {folder} on a removable drive for a copy of every backup",
        "បានជ្រើស {folder} លើដ្រាយចល័ត សម្រាប់ច្បាប់ចម្លងនៃច្បាប់បម្រុងទុកនីមួយៗ"),
    "audit.backed_up": (
        "backed up the database to {file} ({state})",
        "បានបម្រុងទុកមូលដ្ឋានទិន្នន័យទៅ {file} ({state})"),
    "audit.daily_backup": (
        "took the daily backup to {file} ({state})",
        "បានធ្វើការបម្រុងទុកប្រចាំថ្ងៃទៅ {file} ({state})"),
    "audit.closing_backup": (
        "took the closing backup to {file} ({state})",
        "បានធ្វើការបម្រុងទុកពេលបិទកម្មវិធីទៅ {file} ({state})"),
    "audit.backup_verified": ("verified", "បានផ្ទៀងផ្ទាត់"),
    "audit.backup_damaged": ("damaged", "ខូច"),
    "audit.backup_unchecked": ("unchecked", "មិនទាន់ពិនិត្យ"),
    "audit.backup_drive_missed": ("{state}; {drive}", "{state}។ {drive}"),
    "audit.restored_backup": (
        "restored the database from the backup {file}; the replaced database is kept as "
        "{aside}",
        "បានស្ដារមូលដ្ឋានទិន្នន័យពីច្បាប់បម្រុងទុក {file}។ "
        "មូលដ្ឋានទិន្នន័យដែលត្រូវបានជំនួសត្រូវបានរក្សាទុកជា {aside}"),
    "audit.restored_backup_nothing_replaced": (
        "restored the database from the backup {file}; there was no database to replace",
        "បានស្ដារមូលដ្ឋានទិន្នន័យពីច្បាប់បម្រុងទុក {file}។ "
        "មិនមានមូលដ្ឋានទិន្នន័យសម្រាប់ជំនួសទេ"),

    # The centre and its settings (services.platform.centre, settings).
    "audit.centre_set_up": ("set up centre {code}", "បានរៀបចំមណ្ឌល {code}"),
    "audit.setting_changed": (
        "{setting}: {old} → {value:day|days} ({reason})",
        "{setting}៖ {old} → {value} ថ្ងៃ ({reason})"),
    "audit.switch_on": ("{setting}: turned on ({reason})", "{setting}៖ បានបើក ({reason})"),
    "audit.switch_off": ("{setting}: turned off ({reason})", "{setting}៖ បានបិទ ({reason})"),
    "audit.schedule_changed": (
        "{setting}: {old} → {value} months ({reason})",
        "{setting}៖ {old} → {value} ខែ ({reason})"),

    # Eligibility (services.eligibility, domain.eligibility.signature).
    "audit.rule_overridden": (
        "overrode {rule:eligibility_rule} for {case}: {reason}",
        "បានលើកលែងលក្ខខណ្ឌ «{rule:eligibility_rule}» សម្រាប់ករណី {case}៖ {reason}"),
    "audit.policy_changed": (
        "changed the eligibility policy to {version}: {reason}",
        "បានប្ដូរគោលការណ៍លក្ខណៈសម្បត្តិទៅ {version}៖ {reason}"),
    "audit.reevaluated": ("re-evaluated {case}: {change}", "បានវាយតម្លៃឡើងវិញករណី {case}៖ {change}"),
    "audit.eligibility_now": (
        "now {outcome:eligibility_outcome} for enrolment under policy {policy}",
        "ឥឡូវ{outcome:eligibility_outcome}ចូលកម្មវិធី តាមគោលការណ៍ {policy}"),
    "audit.eligibility_now_was": (
        "now {outcome:eligibility_outcome} for enrolment under policy {policy} "
        "(was {was:eligibility_outcome})",
        "ឥឡូវ{outcome:eligibility_outcome}ចូលកម្មវិធី តាមគោលការណ៍ {policy} "
        "(មុននេះ {was:eligibility_outcome})"),
    "audit.eligibility_reasons_changed": (
        "reasons changed, still {outcome:eligibility_outcome} for enrolment under policy "
        "{policy}",
        "មូលហេតុបានប្ដូរ នៅតែ{outcome:eligibility_outcome}ចូលកម្មវិធី តាមគោលការណ៍ {policy}"),

    # Printing (services.paperwork).
    "audit.printed_document": (
        "printed the {document} for {case}",
        "បានបោះពុម្ព{document} សម្រាប់ករណី {case}"),
    "audit.document_intake": ("intake form", "ទម្រង់ទទួលអ្នកជាប់ឃុំចូលមណ្ឌល"),
    "audit.document_consent": ("consent to treatment", "លិខិតយល់ព្រមចូលរួមកម្មវិធីព្យាបាល"),
    "audit.document_screening": ("screening summary", "សេចក្ដីសង្ខេបលទ្ធផលនៃការពិនិត្យ"),
    "audit.document_decision": ("eligibility decision", "សេចក្ដីសម្រេចអំពីលក្ខណៈសម្បត្តិ"),
    "audit.printed_blank_intake": (
        "printed a blank intake form",
        "បានបោះពុម្ពទម្រង់ទទួលអ្នកជាប់ឃុំចូលមណ្ឌលទទេ"),
    "audit.printed_arrival_form": (
        "printed the intake form for {case} (arrivals of {day})",
        "បានបោះពុម្ពទម្រង់ទទួលអ្នកជាប់ឃុំចូលមណ្ឌល សម្រាប់ករណី {case} "
        "(អ្នកមកដល់ថ្ងៃ {day})"),
    "audit.printed_import_report": (
        "printed the import report of the transfer list {file}",
        "បានបោះពុម្ពរបាយការណ៍នាំចូលនៃបញ្ជីផ្ទេរ {file}"),
    "audit.printed_roll_call": (
        "printed the roll call of {session} ({people:person|people})",
        "បានបោះពុម្ពបញ្ជីវត្តមាននៃ {session} ({people} នាក់)"),
    "audit.printed_discharge_summary": (
        "printed the discharge summary for {case}",
        "បានបោះពុម្ពសេចក្ដីសង្ខេបពេលចេញ សម្រាប់ករណី {case}"),
    "audit.printed_release_certificate": (
        "printed the release certificate for {case}",
        "បានបោះពុម្ពលិខិតបញ្ជាក់ការដោះលែង សម្រាប់ករណី {case}"),
    "audit.printed_handover_sheet": (
        "printed the hand-over sheet (belongings and savings) for {case}",
        "បានបោះពុម្ពបញ្ជីប្រគល់របស់របរ និងប្រាក់សន្សំ សម្រាប់ករណី {case}"),

    # Screening (services.screening).
    "audit.screened": ("screened {case}", "បានពិនិត្យវាយតម្លៃករណី {case}"),
    "audit.urine_test_positive": (
        "urine test for {case}: {positives:analyte} positive",
        "តេស្តទឹកនោមសម្រាប់ករណី {case}៖ {positives:analyte} វិជ្ជមាន"),
    "audit.urine_test_negative": (
        "urine test for {case}: all negative",
        "តេស្តទឹកនោមសម្រាប់ករណី {case}៖ អវិជ្ជមានទាំងអស់"),
    "audit.health_screen": (
        "health screen for {case}",
        "ការពិនិត្យសុខភាពសម្រាប់ករណី {case}"),
    "audit.viewed_health_screen": (
        "viewed the health screen of {case}",
        "បានមើលការពិនិត្យសុខភាពរបស់ករណី {case}"),
    "audit.viewed_health_summary": (
        "viewed the health screen summary of {case}",
        "បានមើលសេចក្ដីសង្ខេបការពិនិត្យសុខភាពរបស់ករណី {case}"),
    "audit.consent_signed": (
        "consent to treatment signed ({case})",
        "ការយល់ព្រមចូលរួមការព្យាបាលត្រូវបានចុះហត្ថលេខា (ករណី {case})"),
    "audit.consent_refused": (
        "consent to treatment refused ({case})",
        "ការយល់ព្រមចូលរួមការព្យាបាលត្រូវបានបដិសេធ (ករណី {case})"),

    # Court cases (services.legal).
    "audit.court_case_added": (
        "added court case {number} at {court} ({status:verdict_status}) to {case}",
        "បានបន្ថែមសំណុំរឿងតុលាការ {number} នៅ {court} ({status:verdict_status}) "
        "ទៅករណី {case}"),
    "audit.verdict_status": (
        "verdict status of {court_case} now {status:verdict_status}",
        "ស្ថានភាពសាលក្រមនៃ {court_case} ឥឡូវគឺ {status:verdict_status}"),
    "audit.sentence_recorded": (
        "sentence of {court_case}: expected release {release}",
        "ទោសនៃ {court_case}៖ ថ្ងៃរំពឹងថានឹងដោះលែង {release}"),
    "audit.sentence_recorded_release_unknown": (
        "sentence of {court_case}: expected release unknown",
        "ទោសនៃ {court_case}៖ មិនទាន់ដឹងថ្ងៃរំពឹងថានឹងដោះលែង"),
    "audit.treatment_order": (
        "treatment order by the {by} on {day}",
        "ដីកាបង្គាប់ឱ្យព្យាបាលដោយ{by} នៅថ្ងៃ {day}"),
    "audit.ordered_by_court": ("court", "តុលាការ"),
    "audit.ordered_by_prosecutor": ("prosecutor", "ព្រះរាជអាជ្ញា"),

    # The register (services.register.merge, services.intake).
    "audit.merged_into_kept": (
        "merged the record of {gone} ({uid}) into {kept}: {reason}",
        "បានបញ្ចូលកំណត់ត្រារបស់ {gone} ({uid}) ទៅក្នុងកំណត់ត្រារបស់ {kept}៖ {reason}"),
    "audit.merged_away": (
        "merged into {kept} ({uid})",
        "បានបញ្ចូលទៅក្នុងកំណត់ត្រារបស់ {kept} ({uid})"),
    "audit.registered": ("registered {name}", "បានចុះឈ្មោះ {name}"),
    "audit.registered_not_duplicate": (
        "registered {name}, confirmed not the same person as {count} possible duplicate(s)",
        "បានចុះឈ្មោះ {name} ដោយបញ្ជាក់ថាមិនមែនជាមនុស្សតែមួយនឹងកំណត់ត្រាដែលអាចស្ទួន "
        "{count} ទេ"),
    "audit.admitted": (
        "admitted as {case}; {outcome:eligibility_outcome} for enrolment under policy "
        "{policy}",
        "បានទទួលចូលមណ្ឌលជាករណី {case}។ {outcome:eligibility_outcome}ចូលកម្មវិធី "
        "តាមគោលការណ៍ {policy}"),
    "audit.admitted_with_belongings": (
        "admitted as {case}; {outcome:eligibility_outcome} for enrolment under policy "
        "{policy}; belongings: {belongings}",
        "បានទទួលចូលមណ្ឌលជាករណី {case}។ {outcome:eligibility_outcome}ចូលកម្មវិធី "
        "តាមគោលការណ៍ {policy}។ ទ្រព្យសម្បត្តិផ្ទាល់ខ្លួន៖ {belongings}"),
    "audit.demo_admitted": (
        "admitted {name} as {case} (demo data)",
        "បានទទួល {name} ចូលមណ្ឌលជាករណី {case} (ទិន្នន័យសាកល្បង)"),
    "audit.demo_admitted_with_belongings": (
        "admitted {name} as {case} (demo data); belongings: {belongings}",
        "បានទទួល {name} ចូលមណ្ឌលជាករណី {case} (ទិន្នន័យសាកល្បង)។ "
        "ទ្រព្យសម្បត្តិផ្ទាល់ខ្លួន៖ {belongings}"),
    "audit.photo_added": ("added a photo", "បានបន្ថែមរូបថត"),
    "audit.photo_replaced": ("replaced the photo", "បានប្ដូររូបថត"),
    "audit.identity_changed": ("changed {fields}", "បានកែប្រែ {fields}"),
    "audit.field.khmer_name": ("khmer name", "ឈ្មោះជាភាសាខ្មែរ"),
    "audit.field.latin_name": ("latin name", "ឈ្មោះជាអក្សរឡាតាំង"),
    "audit.field.sex": ("sex", "ភេទ"),
    "audit.field.birth_date": ("birth date", "ថ្ងៃខែឆ្នាំកំណើត"),
    "audit.field.birth_precision": ("birth precision", "កម្រិតច្បាស់លាស់នៃថ្ងៃកំណើត"),
    "audit.field.national_id": ("national id", "លេខអត្តសញ្ញាណប័ណ្ណ"),
    "audit.field.origin_prison": ("origin prison", "ពន្ធនាគារដើម"),
    "audit.field.inmate_number": ("inmate number", "លេខអ្នកជាប់ឃុំ"),
    "audit.field.province_code": ("province code", "ខេត្ត/រាជធានីនៃអាសយដ្ឋានស្នាក់នៅ"),
    "audit.field.district_code": ("district code", "ស្រុក/ខណ្ឌ/ក្រុងនៃអាសយដ្ឋានស្នាក់នៅ"),
    "audit.field.commune_code": ("commune code", "ឃុំ/សង្កាត់នៃអាសយដ្ឋានស្នាក់នៅ"),
    "audit.field.village_code": ("village code", "ភូមិនៃអាសយដ្ឋានស្នាក់នៅ"),
    "audit.field.kin_name": ("kin name", "ឈ្មោះសាច់ញាតិជិតបំផុត"),
    "audit.field.kin_relation": ("kin relation", "ត្រូវជាអ្វីនឹងសាច់ញាតិជិតបំផុត"),
    "audit.field.kin_phone": ("kin phone", "លេខទូរស័ព្ទសាច់ញាតិជិតបំផុត"),
    "audit.transfer_list_imported": (
        "imported {imported} of {rows} rows of the transfer list {file}",
        "បាននាំចូល {imported} ក្នុងចំណោម {rows} ជួរនៃបញ្ជីផ្ទេរ {file}"),
    "audit.spelling_kept": (
        "kept the spelling '{spelling}' seen on {source}",
        "បានរក្សាការសរសេរឈ្មោះ «{spelling}» ដែលឃើញនៅលើ {source}"),
    "audit.stay_closed_at_readmission": (
        "closed stay {case} at re-admission as {new_case}",
        "បានបិទការស្នាក់នៅ {case} ពេលទទួលចូលម្ដងទៀតជាករណី {new_case}"),

    # Programmes, enrolments, case plans and attendance (services.enrolment).
    "audit.setting_row_added": (
        "added {what:audit_record} {label}", "បានបន្ថែម{what:audit_record} {label}"),
    "audit.setting_row_changed": (
        "changed {what:audit_record} {label}", "បានកែប្រែ{what:audit_record} {label}"),
    "audit.waitlist_weights_changed": (
        "changed the waitlist weights: {reason}",
        "បានប្ដូរមេគុណអាទិភាពនៃបញ្ជីរង់ចាំ៖ {reason}"),
    "audit.goal_added": (
        "added a case-plan goal for {case}: {area}",
        "បានបន្ថែមគោលដៅនៃផែនការករណីសម្រាប់ករណី {case}៖ {area}"),
    "audit.goal_closed": (
        "case-plan goal of {case} {status:goal_status}: {area}",
        "គោលដៅនៃផែនការករណីរបស់ករណី {case} {status:goal_status}៖ {area}"),
    "audit.progress_note": (
        "wrote a progress note for {case}",
        "បានសរសេរកំណត់ចំណាំវឌ្ឍនភាពសម្រាប់ករណី {case}"),
    "audit.discharge_written": (
        "wrote the discharge summary of {case}",
        "បានសរសេរសេចក្ដីសង្ខេបពេលចេញរបស់ករណី {case}"),
    "audit.discharge_revised": (
        "revised the discharge summary of {case}",
        "បានកែសម្រួលសេចក្ដីសង្ខេបពេលចេញរបស់ករណី {case}"),
    "audit.referred": (
        "referred {case} to {programme}", "បានបញ្ជូនករណី {case} ទៅកម្មវិធី {programme}"),
    "audit.enrolment_status": (
        "{status:enrolment_status} {case} on {day}",
        "ករណី {case} {status:enrolment_status} នៅថ្ងៃ {day}"),
    "audit.enrolled_in_bed": (
        "enrolled {case} in {programme}, {dormitory} bed {bed}",
        "ករណី {case} បានចូលកម្មវិធី {programme} នៅ{dormitory} គ្រែលេខ {bed}"),
    "audit.enrolled_without_bed": (
        "enrolled {case} in {programme}, {dormitory} without a bed",
        "ករណី {case} បានចូលកម្មវិធី {programme} នៅ{dormitory} ដោយគ្មានគ្រែ"),
    "audit.enrolled_over_capacity": (
        "{enrolled} — over capacity: {reason}",
        "{enrolled} — លើសចំណុះ៖ {reason}"),
    "audit.moved_to_bed": (
        "moved {case} to {dormitory} bed {bed}",
        "បានផ្លាស់ករណី {case} ទៅ{dormitory} គ្រែលេខ {bed}"),
    "audit.moved_without_bed": (
        "moved {case} to {dormitory} without a bed",
        "បានផ្លាស់ករណី {case} ទៅ{dormitory} ដោយគ្មានគ្រែ"),
    "audit.session_added": (
        "added a {session} session on {day}",
        "បានបន្ថែមវគ្គ {session} នៅថ្ងៃ {day}"),
    "audit.roll_call": (
        "took the roll call of {session} on {day}: {present} present, {absent} absent, "
        "{excused} excused",
        "បានស្រង់វត្តមាននៃ {session} នៅថ្ងៃ {day}៖ មានវត្តមាន {present} "
        "អវត្តមាន {absent} មានច្បាប់ {excused}"),
    # vocational training and work
    "audit.workshop_added": ("added the workshop {workshop}",
                             "បានបន្ថែមថ្នាក់វិជ្ជាជីវៈ {workshop}"),
    "audit.workshop_added_because": ("added the workshop {workshop} ({reason})",
                                     "បានបន្ថែមថ្នាក់វិជ្ជាជីវៈ {workshop} ({reason})"),
    "audit.workshop_changed": ("changed the workshop {workshop} ({reason})",
                               "បានកែប្រែថ្នាក់វិជ្ជាជីវៈ {workshop} ({reason})"),
    "audit.workshop_rate_set": (
        "{workshop}: {riel} riel per unit from {day}",
        "{workshop}៖ {riel} រៀលក្នុងមួយឯកតា ចាប់ពីថ្ងៃ {day}"),
    "audit.workshop_rate_changed": (
        "{workshop}: {riel} riel per unit from {day} ({reason})",
        "{workshop}៖ {riel} រៀលក្នុងមួយឯកតា ចាប់ពីថ្ងៃ {day} ({reason})"),
    "audit.work_rules_changed": (
        "changed the work limits and pay rules ({reason})",
        "បានកែប្រែដែនកំណត់ការងារ និងវិធានប្រាក់ឈ្នួល ({reason})"),
    "audit.applied_for_workshop": ("{case} applied for {workshop}",
                                   "ករណី {case} បានដាក់ពាក្យចូល {workshop}"),
    "audit.started_in_workshop": ("{case} started in {workshop} on {day}",
                                  "ករណី {case} បានចាប់ផ្ដើមនៅ {workshop} នៅថ្ងៃ {day}"),
    "audit.resumed_in_workshop": ("{case} resumed in {workshop} on {day}",
                                  "ករណី {case} បានបន្តនៅ {workshop} វិញ នៅថ្ងៃ {day}"),
    "audit.allocation_moved": (
        "{case}: place in {workshop} {status:allocation_status} from {day}",
        "ករណី {case}៖ ការចាត់តាំងនៅ {workshop} {status:allocation_status} ចាប់ពីថ្ងៃ {day}"),
    "audit.allocation_ended_with_stay": (
        "{case}'s workshop place ended: {reason:end_reason}",
        "ការចាត់តាំងចូលថ្នាក់វិជ្ជាជីវៈរបស់ករណី {case} បានបញ្ចប់៖ {reason:end_reason}"),
    "audit.consent_to_work_given": (
        "{case} gave consent to train and work",
        "ករណី {case} បានយល់ព្រមចូលរៀន និងធ្វើការ"),
    "audit.consent_to_work_refused": (
        "{case} did not consent to train and work; the place ended",
        "ករណី {case} មិនបានយល់ព្រមចូលរៀន និងធ្វើការទេ ការចាត់តាំងបានបញ្ចប់"),
    "audit.work_assessed_passed": ("{case} assessed: passed",
                                   "ករណី {case} ត្រូវបានវាយតម្លៃ៖ ជាប់"),
    "audit.work_assessed_not_passed": ("{case} assessed: not yet passed",
                                       "ករណី {case} ត្រូវបានវាយតម្លៃ៖ មិនទាន់ជាប់"),
    "audit.work_recorded": (
        "{case} in {workshop} on {day}: {hours:.1f} h",
        "ករណី {case} នៅ {workshop} ថ្ងៃ {day}៖ {hours:.1f} ម៉ោង"),
    "audit.work_absence_recorded": (
        "{case} in {workshop} on {day}: absent ({reason:work_absence})",
        "ករណី {case} នៅ {workshop} ថ្ងៃ {day}៖ អវត្តមាន ({reason:work_absence})"),
    "audit.work_limit_refused": (
        "work of {hours:.1f} h on {day} refused: {limits:work_limit}",
        "ការងារ {hours:.1f} ម៉ោង នៅថ្ងៃ {day} ត្រូវបានបដិសេធ៖ {limits:work_limit}"),
    "audit.work_corrected": (
        "{case}: {day} corrected in {month} ({reason})",
        "ករណី {case}៖ ថ្ងៃ {day} ត្រូវបានកែតម្រូវក្នុងខែ {month} ({reason})"),
    "audit.pay_period_closed": (
        "closed the pay period {month}: {entries} entries, {riel} riel",
        "បានបិទរយៈពេលបើកប្រាក់ឈ្នួល {month}៖ {entries} ធាតុ {riel} រៀល"),
    "audit.certificate_issued": (
        "issued certificate {serial} to {case} for {workshop}",
        "បានចេញវិញ្ញាបនបត្រ {serial} ជូនករណី {case} សម្រាប់ {workshop}"),
    "audit.certificate_revoked": ("revoked certificate {serial} ({reason})",
                                  "បានដកហូតវិញ្ញាបនបត្រ {serial} ({reason})"),
    "audit.certificate_reprinted": (
        "reprinted certificate {serial} (copy {copy})",
        "បានបោះពុម្ពវិញ្ញាបនបត្រ {serial} ឡើងវិញ (ច្បាប់ចម្លងទី {copy})"),
    "audit.released": (
        "{case} released on {day}: {reason:exit_reason}",
        "ករណី {case} ត្រូវបានដោះលែងនៅថ្ងៃ {day}៖ {reason:exit_reason}"),
    "audit.pathway_set": (
        "{case}: reintegration pathway {pathway:pathway} is {status:pathway_status}",
        "ករណី {case}៖ ផ្លូវធ្វើសមាហរណកម្ម{pathway:pathway} {status:pathway_status}"),
    "audit.follow_up_reached": (
        "{case}: reached for the {months}-month follow-up on {day}",
        "ករណី {case}៖ បានទាក់ទងបានសម្រាប់ការតាមដាន {months} ខែ នៅថ្ងៃ {day}"),
    "audit.follow_up_not_reached": (
        "{case}: not reached for the {months}-month follow-up on {day}",
        "ករណី {case}៖ មិនបានទាក់ទងបានសម្រាប់ការតាមដាន {months} ខែ នៅថ្ងៃ {day}"),
    "audit.outcome_interview": (
        "{case}: {occasion:interview_occasion} outcome interview on {day}",
        "ករណី {case}៖ ការសម្ភាសន៍លទ្ធផល{occasion:interview_occasion} នៅថ្ងៃ {day}"),
    "audit.returned_after_release": (
        "{case} came back as {new_case}, {days} days after the release; the follow-up "
        "still due is not applicable",
        "ករណី {case} បានត្រឡប់មកវិញជា {new_case} {days} ថ្ងៃក្រោយការដោះលែង។ "
        "ការតាមដានដែលនៅសល់មិនពាក់ព័ន្ធទៀតទេ"),
    "audit.enrolment_ended_with_stay": (
        "{case}'s enrolment ended with the stay: {status:enrolment_status}",
        "ការចុះឈ្មោះចូលកម្មវិធីរបស់ករណី {case} បានបញ្ចប់ជាមួយការស្នាក់នៅ៖ "
        "{status:enrolment_status}"),
}
