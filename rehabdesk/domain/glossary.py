"""The one glossary of coded values: what each stored code says, in English and Khmer.

Source: issue #21, item 2. Verdict statuses, enrolment statuses, roles, audit actions …
are stored as codes; a person never reads a code. Screens, paper, CSV/XLSX exports,
reports and error sentences all word a code from this table, so the same thing is
called the same way everywhere (the Khmer renderings follow ``KHMER-GLOSSARY.md`` and
``domain.khmer_terms``; ``tests/test_khmer_glossary.py`` holds them to it).

A *kind* is one set of codes (``"enrolment_status"``); :func:`word` looks one up. An
error sentence names a kind in its template's format spec — ``{status:enrolment_status}``
— and the code is worded in the sentence's language (``domain.messages``).

Pure data: standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping

from rehabdesk.domain.khmer_terms import VERDICT_STATUSES

__all__ = ["GLOSSARY", "LANGUAGES", "Kind", "language_index", "word", "wording"]

LANGUAGES = ("en", "km")
"""The languages every wording is written in, in the order of each pair."""

Kind = Mapping[str, tuple[str, str]]
"""Code → (English, Khmer)."""

_VERDICT_STATUS: Kind = {
    code: (english, VERDICT_STATUSES[code]) for code, english in (
        ("pre_trial", "pre-trial"),
        ("first_instance", "first-instance verdict"),
        ("appeal_pending", "appeal pending"),
        ("final", "final verdict"),
        ("acquitted", "acquitted"),
        ("charges_dropped", "charges dropped"),
    )
}
"""The Khmer labels are ``khmer_terms``' (issue #26): a legal officer confirms them."""

_CHARGE_KIND: Kind = {
    "use": ("drug use", "ប្រើប្រាស់គ្រឿងញៀន"),
    "possession": ("drug possession", "កាន់កាប់គ្រឿងញៀន"),
    "trafficking": ("drug trafficking", "ជួញដូរគ្រឿងញៀន"),
    "other": ("other offence", "បទល្មើសផ្សេងទៀត"),
}

_ENROLMENT_STATUS: Kind = {
    "referred": ("referred", "បានបញ្ជូន"),
    "waitlisted": ("waitlisted", "ក្នុងបញ្ជីរង់ចាំ"),
    "enrolled": ("enrolled", "បានចូលកម្មវិធី"),
    "completed": ("completed", "បានបញ្ចប់"),
    "discontinued": ("discontinued", "បានបញ្ឈប់"),
    "transferred": ("transferred", "បានផ្ទេរ"),
    "absconded": ("absconded", "បានរត់គេច"),
    "released": ("released", "បានដោះលែង"),
    "withdrawn": ("withdrawn", "បានដកចេញ"),
}
"""Also the ending of a stay in a programme (the discharge summary's "Ending")."""

_ELIGIBILITY_OUTCOME: Kind = {
    "eligible": ("eligible", "មានលក្ខណៈសម្បត្តិ"),
    "pending": ("pending", "កំពុងរង់ចាំ"),
    "ineligible": ("ineligible", "គ្មានលក្ខណៈសម្បត្តិ"),
}

_ELIGIBILITY_RULE: Kind = {
    "VERDICT": ("Verdict", "សាលក្រម"),
    "DRUG_USE": ("Drug use", "ការប្រើគ្រឿងញៀន"),
    "SENTENCE_LEFT": ("Sentence left", "ទោសនៅសល់"),
    "VIOLENT_OFFENCE": ("Violent offence", "បទល្មើសហិង្សា"),
    "MEDICAL": ("Medical fitness", "សុខភាពសមស្រប"),
    "CONSENT": ("Consent", "ការយល់ព្រម"),
    "AGE": ("Age", "អាយុ"),
}
"""A rule is named by its wording; its code is never shown (issue #21, item 2)."""

_RULE_RESULT: Kind = {
    "pass": ("pass", "ឆ្លងកាត់"),
    "fail": ("fail", "មិនឆ្លងកាត់"),
    "pending": ("pending", "កំពុងរង់ចាំ"),
    "pass (overridden)": ("pass (overridden)", "ឆ្លងកាត់ (លើកលែង)"),
}

_ATTENDANCE_STATUS: Kind = {
    "present": ("present", "មានវត្តមាន"),
    "absent": ("absent", "អវត្តមាន"),
    "excused": ("excused", "មានច្បាប់"),
}

_GOAL_STATUS: Kind = {
    "open": ("open", "មិនទាន់សម្រេច"),
    "achieved": ("achieved", "បានសម្រេច"),
    "dropped": ("dropped", "បានបោះបង់"),
}

_PROGRAMME_KIND: Kind = {
    "residential": ("Residential drug education and correction",
                    "កម្មវិធីអប់រំ និងកែប្រែ ស្នាក់នៅ"),
    "outpatient": ("Outpatient / community-based treatment",
                   "ការព្យាបាលក្រៅមណ្ឌល / តាមសហគមន៍"),
    "detox": ("Detox under medical supervision", "ការផ្ដាច់គ្រឿងញៀន ក្រោមការតាមដានវេជ្ជសាស្ត្រ"),
}

_SUBSTANCE: Kind = {
    "tobacco": ("Tobacco products", "ផលិតផលថ្នាំជក់"),
    "alcohol": ("Alcoholic beverages", "គ្រឿងស្រវឹង"),
    "cannabis": ("Cannabis", "កញ្ឆា"),
    "cocaine": ("Cocaine", "កូកាអ៊ីន"),
    "amphetamines": ("Amphetamine-type stimulants", "សារធាតុរំញោចប្រភេទអំហ្វេតាមីន"),
    "inhalants": ("Inhalants", "សារធាតុហិត"),
    "sedatives": ("Sedatives or sleeping pills", "ថ្នាំស្ងប់អារម្មណ៍ ឬថ្នាំងងុយដេក"),
    "hallucinogens": ("Hallucinogens", "សារធាតុបង្កការស្រមើស្រមៃ"),
    "opioids": ("Opioids", "សារធាតុអាភៀន"),
    "other": ("Other substances", "សារធាតុផ្សេងៗ"),
}
"""The ASSIST substance classes (WHO ASSIST v3.0, adapted to Cambodia)."""

_RISK_LEVEL: Kind = {
    "low": ("low", "ទាប"),
    "moderate": ("moderate", "មធ្យម"),
    "high": ("high", "ខ្ពស់"),
}
"""An ASSIST substance's risk, and a clinician's withdrawal risk (with ``none``)."""

_WITHDRAWAL_RISK: Kind = {"none": ("none", "គ្មាន"), **_RISK_LEVEL}

_INTERVENTION: Kind = {
    "advice": ("general health advice", "ដំបូន្មានសុខភាពទូទៅ"),
    "brief_intervention": ("brief intervention", "អន្តរាគមន៍ខ្លី"),
    "referral": ("referral to intensive treatment", "បញ្ជូនទៅការព្យាបាលយ៉ាងស៊ីជម្រៅ"),
}

_INJECTION: Kind = {
    "never": ("never", "មិនដែល"),
    "past_3_months": ("yes, in the past 3 months", "ធ្លាប់ ក្នុង ៣ ខែចុងក្រោយ"),
    "before_3_months": ("yes, but not in the past 3 months",
                        "ធ្លាប់ តែមិនមែនក្នុង ៣ ខែចុងក្រោយ"),
}

_DAST_BAND: Kind = {
    "none": ("none", "គ្មាន"),
    "low": ("low", "ទាប"),
    "moderate": ("moderate", "មធ្យម"),
    "substantial": ("substantial", "ច្រើនគួរសម"),
    "severe": ("severe", "ធ្ងន់ធ្ងរ"),
}

_AUDIT_ZONE: Kind = {
    "I": ("alcohol education", "ការអប់រំអំពីគ្រឿងស្រវឹង"),
    "II": ("simple advice", "ដំបូន្មានសាមញ្ញ"),
    "III": ("advice and brief counselling", "ដំបូន្មាន និងការប្រឹក្សាខ្លី"),
    "IV": ("referral to a specialist", "បញ្ជូនទៅអ្នកឯកទេស"),
}

_ANALYTE: Kind = {
    "methamphetamine": ("Methamphetamine (MET)", "មេតំហ្វេតាមីន (MET)"),
    "amphetamine": ("Amphetamine (AMP)", "អំហ្វេតាមីន (AMP)"),
    "mdma": ("MDMA / ecstasy (MDMA)", "MDMA / អ៊ិចស្តាស៊ី (MDMA)"),
    "opiates": ("Opiates / morphine (MOP)", "អាភៀន / ម័រហ្វីន (MOP)"),
    "cannabis": ("Cannabis / THC (THC)", "កញ្ឆា / THC (THC)"),
    "ketamine": ("Ketamine (KET)", "កេតាមីន (KET)"),
    "cocaine": ("Cocaine (COC)", "កូកាអ៊ីន (COC)"),
    "benzodiazepines": ("Benzodiazepines (BZO)", "បេនហ្សូឌីយ៉ាហ្សេពីន (BZO)"),
}
"""Each with the usual cassette abbreviation, as the reader sees it on the strip (in
both languages: the strip is printed in Latin letters)."""

_URINE_RESULT: Kind = {
    "positive": ("positive", "វិជ្ជមាន"),
    "negative": ("negative", "អវិជ្ជមាន"),
    "invalid": ("invalid", "មិនត្រឹមត្រូវ"),
}

_HIV_RESULT: Kind = {
    "positive": ("positive", "វិជ្ជមាន"),
    "negative": ("negative", "អវិជ្ជមាន"),
    "indeterminate": ("indeterminate", "មិនអាចកំណត់បាន"),
}

_DATE_PRECISION: Kind = {
    "day": ("exact", "ច្បាស់លាស់"),
    "month": ("month and year only", "ខែ និងឆ្នាំប៉ុណ្ណោះ"),
    "year": ("year only", "ឆ្នាំប៉ុណ្ណោះ"),
    "estimated": ("estimated", "ប៉ាន់ស្មាន"),
}

_SEX: Kind = {
    "M": ("male", "ប្រុស"),
    "F": ("female", "ស្រី"),
}

_ROLE: Kind = {
    "clerk": ("clerk", "ស្មៀន"),
    "health_officer": ("health officer", "មន្ត្រីសុខាភិបាល"),
    "supervisor": ("supervisor", "អ្នកត្រួតពិនិត្យ"),
    "administrator": ("administrator", "អ្នកគ្រប់គ្រងប្រព័ន្ធ"),
    "auditor": ("auditor", "សវនករ"),
    "monitor": ("independent monitor", "អ្នកសង្កេតការណ៍ឯករាជ្យ"),
}

_AUDIT_ACTION: Kind = {
    "create": ("added", "បានបន្ថែម"),
    "update": ("changed", "បានកែប្រែ"),
    "delete": ("deleted", "បានលុប"),
    "merge": ("merged", "បានបញ្ចូលគ្នា"),
    "print": ("printed", "បានបោះពុម្ព"),
    "export": ("exported", "បាននាំចេញ"),
    "import": ("imported", "បាននាំចូល"),
    "evaluate": ("evaluated", "បានវាយតម្លៃ"),
    "override": ("overridden", "បានលើកលែង"),
    "backup": ("backed up", "បានបម្រុងទុក"),
    "restore": ("restored", "បានស្ដារ"),
    "encrypt": ("encrypted", "បានអ៊ិនគ្រីប"),
    "view": ("viewed", "បានមើល"),
    "sign_in": ("signed in", "បានចូលប្រើ"),
    "sign_in_failed": ("sign-in refused", "ការចូលប្រើត្រូវបានបដិសេធ"),
    "acknowledge": ("acknowledged", "បានបញ្ជាក់ទទួល"),
}
"""Every action an audit entry can record (a test reads the services' audit calls)."""

_AUDIT_RECORD: Kind = {
    "user": ("user", "អ្នកប្រើ"),
    "bundle": ("export bundle", "កញ្ចប់នាំចេញ"),
    "centre_key": ("centre's signing key", "កូនសោចុះហត្ថលេខារបស់មណ្ឌល"),
    "hq_key": ("headquarters' key", "កូនសោរបស់ទីស្នាក់ការកណ្ដាល"),
    "attendance": ("attendance", "វត្តមាន"),
    "backup_drive": ("backup drive", "ដ្រាយបម្រុងទុក"),
    "case_goal": ("goal", "គោលដៅ"),
    "centre": ("centre", "មណ្ឌល"),
    "centre_setting": ("centre setting", "ការកំណត់មណ្ឌល"),
    "consent": ("consent", "ការយល់ព្រម"),
    "court_case": ("court case", "សំណុំរឿងតុលាការ"),
    "database": ("database", "មូលដ្ឋានទិន្នន័យ"),
    "discharge_summary": ("discharge summary", "សេចក្ដីសង្ខេបពេលចេញ"),
    "document": ("document", "ឯកសារ"),
    "dormitory": ("dormitory", "អន្តេវាសិកដ្ឋាន"),
    "eligibility_decision": ("eligibility decision", "សេចក្ដីសម្រេចលក្ខណៈសម្បត្តិ"),
    "eligibility_override": ("override of a rule", "ការលើកលែងលក្ខខណ្ឌ"),
    "eligibility_policy": ("eligibility policy", "គោលការណ៍លក្ខណៈសម្បត្តិ"),
    "enrolment": ("enrolment", "ការចុះឈ្មោះចូលកម្មវិធី"),
    "episode": ("stay", "ការស្នាក់នៅ"),
    "group_session": ("group session", "វគ្គក្រុម"),
    "health_screen": ("health screen", "ការពិនិត្យសុខភាព"),
    "key_file": ("key file", "ឯកសារសោ"),
    "person": ("person", "បុគ្គល"),
    "person_alias": ("other spelling of a name", "ការសរសេរឈ្មោះផ្សេងទៀត"),
    "progress_note": ("progress note", "កំណត់ចំណាំវឌ្ឍនភាព"),
    "screening": ("screening", "ការពិនិត្យវាយតម្លៃ"),
    "session_type": ("session type", "ប្រភេទវគ្គ"),
    "transfer_list": ("transfer list", "បញ្ជីផ្ទេរ"),
    "programme": ("programme", "កម្មវិធី"),
    "urine_test": ("urine test", "តេស្តទឹកនោម"),
    "waitlist_weights": ("waitlist weights", "មេគុណអាទិភាពនៃបញ្ជីរង់ចាំ"),
    "workshop": ("workshop", "ថ្នាក់វិជ្ជាជីវៈ"),
    "workshop_rate": ("workshop pay rate", "អត្រាប្រាក់ឈ្នួលថ្នាក់វិជ្ជាជីវៈ"),
    "workshop_allocation": ("workshop allocation", "ការចាត់តាំងចូលថ្នាក់វិជ្ជាជីវៈ"),
    "work_register": ("work register", "បញ្ជីការងារប្រចាំថ្ងៃ"),
    "work_entry": ("work register entry", "ធាតុបញ្ជីការងារ"),
    "work_rules": ("work limits and pay rules", "ដែនកំណត់ការងារ និងវិធានប្រាក់ឈ្នួល"),
    "work_limit_refusal": ("work refused over a limit", "ការងារដែលត្រូវបានបដិសេធព្រោះលើសដែនកំណត់"),
    "pay_period": ("pay period", "រយៈពេលបើកប្រាក់ឈ្នួល"),
    "vocational_assessment": ("vocational assessment", "ការវាយតម្លៃជំនាញវិជ្ជាជីវៈ"),
    "vocational_certificate": ("vocational certificate", "វិញ្ញាបនបត្រវិជ្ជាជីវៈ"),
    "release": ("release", "ការដោះលែង"),
    "reintegration_pathway": ("reintegration pathway", "ផ្លូវធ្វើសមាហរណកម្ម"),
    "follow_up_point": ("follow-up point", "ចំណុចតាមដាន"),
    "cost_item": ("cost item", "ធាតុចំណាយ"),
    "budget_assumptions": ("budget assumptions", "ការសន្មតថវិកា"),
    "contact_attempt": ("contact attempt", "ការព្យាយាមទាក់ទង"),
    "outcome_interview": ("outcome interview", "ការសម្ភាសន៍លទ្ធផល"),
    "court": ("court or prosecutor's office", "តុលាការ ឬអយ្យការ"),
    "court_letter": ("request letter to a court", "លិខិតស្នើសុំទៅតុលាការ"),
    "court_answer": ("court's answer", "ចម្លើយរបស់តុលាការ"),
    "legal_basis": ("legal basis", "មូលដ្ឋានច្បាប់"),
    "rights_alert": ("rights alert", "ការជូនដំណឹងអំពីសិទ្ធិ"),
    "rights_sheet": ("rights sheet", "សន្លឹកសិទ្ធិ"),
    "grievance": ("grievance", "ពាក្យបណ្ដឹង"),
    "visit": ("visit", "ការសួរសុខទុក្ខ"),
    "incident": ("incident", "ឧប្បត្តិហេតុ"),
    "monitor_grant": ("monitor's named access", "សិទ្ធិឃើញឈ្មោះរបស់អ្នកសង្កេតការណ៍ឯករាជ្យ"),
    "monitor_view": ("monitor's view", "ទិដ្ឋភាពរបស់អ្នកសង្កេតការណ៍ឯករាជ្យ"),
}
"""Every kind of record an audit entry can name."""

_WORKSHOP_KIND: Kind = {
    "industrial": ("industrial", "ឧស្សាហកម្ម"),
    "agro_industrial": ("agro-industrial", "កសិ-ឧស្សាហកម្ម"),
    "service": ("service", "សេវាកម្ម"),
    "literacy": ("literacy and life skills", "អក្ខរកម្ម និងជំនាញជីវិត"),
}

_ALLOCATION_STATUS: Kind = {
    "applied": ("applied", "បានដាក់ពាក្យ"),
    "waitlisted": ("waitlisted", "ក្នុងបញ្ជីរង់ចាំ"),
    "active": ("active", "កំពុងចូលរៀន"),
    "suspended": ("suspended", "បានផ្អាក"),
    "ended": ("ended", "បានបញ្ចប់"),
}
"""A place in a workshop (issue #14, item 2)."""

_END_REASON: Kind = {
    "released": ("released", "បានដោះលែង"),
    "transferred": ("transferred", "បានផ្ទេរ"),
    "absconded": ("absconded", "បានរត់គេច"),
    "died": ("died", "បានទទួលមរណភាព"),
    "course_finished": ("course finished", "វគ្គសិក្សាបានបញ្ចប់"),
    "completed": ("completed", "បានបញ្ចប់ដោយជោគជ័យ"),
    "withdrew": ("withdrew of own will", "បានដកខ្លួនដោយឆន្ទៈផ្ទាល់"),
    "withdrawn_by_staff": ("withdrawn by staff", "ត្រូវបានបុគ្គលិកដកចេញ"),
    "health": ("health", "សុខភាព"),
    "security": ("security", "សន្តិសុខ"),
    "other": ("other", "ផ្សេងទៀត"),
}

_CONSENT: Kind = {
    "not_asked": ("not yet asked", "មិនទាន់បានសួរ"),
    "given": ("given", "បានយល់ព្រម"),
    "refused": ("refused", "បានបដិសេធ"),
}

_PAY_SCHEME: Kind = {
    "none": ("unpaid (training)", "គ្មានប្រាក់ឈ្នួល (ការបណ្ដុះបណ្ដាល)"),
    "per_hour": ("per hour", "តាមម៉ោង"),
    "per_session": ("per session", "តាមវគ្គ"),
    "per_piece": ("per piece", "តាមចំនួនដុំ"),
}

_WORK_ABSENCE: Kind = {
    "sick": ("sick", "ឈឺ"),
    "rest_day": ("rest day", "ថ្ងៃសម្រាក"),
    "refused": ("refused", "បដិសេធ"),
    "court": ("court", "តុលាការ"),
    "medical_appointment": ("medical appointment", "ណាត់ជួបពេទ្យ"),
    "visit": ("visit", "ការសួរសុខទុក្ខ"),
    "workshop_cancelled": ("workshop cancelled", "ថ្នាក់វិជ្ជាជីវៈត្រូវបានលុបចោល"),
    "other": ("other", "ផ្សេងទៀត"),
}
"""Why a person allocated to a session did not work that day; a refusal is one reason
among others and carries no sanction (DOMAIN.md)."""

_PERSON_FIELD: Kind = {
    "khmer_name": ("Khmer name", "ឈ្មោះជាភាសាខ្មែរ"),
    "latin_name": ("Latin name", "ឈ្មោះជាអក្សរឡាតាំង"),
    "sex": ("sex", "ភេទ"),
    "birth_date": ("birth date", "ថ្ងៃខែឆ្នាំកំណើត"),
    "birth_precision": ("how much of the birth date is known",
                        "កម្រិតដែលដឹងអំពីថ្ងៃខែឆ្នាំកំណើត"),
    "national_id": ("national id", "លេខអត្តសញ្ញាណប័ណ្ណ"),
    "origin_prison": ("origin prison", "ពន្ធនាគារដើម"),
    "inmate_number": ("inmate number", "លេខអ្នកជាប់ឃុំ"),
    "province_code": ("home province", "ខេត្ត/រាជធានីនៃអាសយដ្ឋានស្នាក់នៅ"),
    "district_code": ("home district", "ស្រុក/ខណ្ឌ/ក្រុងនៃអាសយដ្ឋានស្នាក់នៅ"),
    "commune_code": ("home commune", "ឃុំ/សង្កាត់នៃអាសយដ្ឋានស្នាក់នៅ"),
    "village_code": ("home village", "ភូមិនៃអាសយដ្ឋានស្នាក់នៅ"),
    "kin_name": ("next of kin", "សាច់ញាតិជិតបំផុត"),
    "kin_relation": ("next of kin's relation", "ត្រូវជាអ្វីនឹងសាច់ញាតិជិតបំផុត"),
    "kin_phone": ("next of kin's phone", "លេខទូរស័ព្ទសាច់ញាតិជិតបំផុត"),
    "photo": ("photo", "រូបថត"),
}
"""A person's identity fields, as a correction names them (the History tab)."""

_WORK_LIMIT: Kind = {
    "DAY_CAP": ("more hours than a day allows", "ម៉ោងលើសការកំណត់ក្នុងមួយថ្ងៃ"),
    "WEEK_CAP": ("more hours than 7 days allow", "ម៉ោងលើសការកំណត់ក្នុងរយៈពេល ៧ ថ្ងៃ"),
    "NO_REST_DAY": ("no rest day in 7 days", "គ្មានថ្ងៃសម្រាកក្នុងរយៈពេល ៧ ថ្ងៃ"),
}
"""The limits ``domain.vocational.limit_breaches`` names (issue #14, item 4)."""

_EXIT_REASON: Kind = {
    "completed": ("completed the programme", "បានបញ្ចប់កម្មវិធី"),
    "order_ended": ("order or sentence ended before completing",
                    "ដីកា ឬទោសបានផុតកំណត់ មុនពេលបញ្ចប់កម្មវិធី"),
    "transferred": ("transferred to another centre", "បានផ្ទេរទៅមណ្ឌលផ្សេង"),
    "returned_to_prison": ("returned to prison or court", "បានត្រឡប់ទៅពន្ធនាគារ ឬតុលាការវិញ"),
    "court_release": ("released by a court decision", "បានដោះលែងតាមសេចក្ដីសម្រេចតុលាការ"),
    "left_against_advice": ("left against advice", "បានចាកចេញផ្ទុយនឹងដំបូន្មាន"),
    "absconded": ("absconded", "បានរត់គេច"),
    "administrative": ("administrative discharge", "បានចេញតាមរដ្ឋបាល"),
    "died": ("died", "បានទទួលមរណភាព"),
    "other": ("other", "ផ្សេងទៀត"),
}
"""How a stay ends (issue #15, item 2; after TEDS and clinical practice)."""

_PATHWAY: Kind = {
    "accommodation": ("accommodation", "ទីលំនៅ"),
    "family": ("family and community", "គ្រួសារ និងសហគមន៍"),
    "drugs_alcohol": ("drugs and alcohol", "គ្រឿងញៀន និងគ្រឿងស្រវឹង"),
    "education_work": ("education, skills and work", "ការអប់រំ ជំនាញ និងការងារ"),
    "finance_identity": ("finance and identity documents",
                         "ហិរញ្ញវត្ថុ និងឯកសារអត្តសញ្ញាណ"),
    "health": ("health", "សុខភាព"),
    "attitudes": ("attitudes and behaviour", "អាកប្បកិរិយា និងឥរិយាបថ"),
}

_PATHWAY_STATUS: Kind = {
    "not_started": ("not started", "មិនទាន់ចាប់ផ្ដើម"),
    "in_progress": ("in progress", "កំពុងដំណើរការ"),
    "not_required": ("support not required", "មិនត្រូវការជំនួយ"),
    "declined": ("support declined", "បានបដិសេធជំនួយ"),
    "required": ("support required", "ត្រូវការជំនួយ"),
    "done": ("done", "រួចរាល់"),
}

_FOLLOW_UP_STATUS: Kind = {
    "reached": ("reached", "បានទាក់ទងបាន"),
    "reached_late": ("reached late", "បានទាក់ទងបានយឺត"),
    "not_applicable": ("not applicable", "មិនពាក់ព័ន្ធ"),
    "not_due": ("not due yet", "មិនទាន់ដល់ពេល"),
    "due": ("due", "ដល់ពេល"),
    "overdue": ("overdue", "ហួសពេល"),
    "lost": ("lost to follow-up", "បាត់ការតាមដាន"),
}
"""A follow-up point's status, derived by ``domain.followup.point_status``."""

_DEATH_NOTIFICATION: Kind = {
    "family": ("family", "គ្រួសារ"),
    "prosecutor": ("prosecutor", "ព្រះរាជអាជ្ញា"),
    "health_authority": ("health authority", "អាជ្ញាធរសុខាភិបាល"),
}

_OUTCOME_RATING: Kind = {
    "physical_health": ("physical health", "សុខភាពរាងកាយ"),
    "psychological_health": ("psychological health", "សុខភាពផ្លូវចិត្ត"),
    "quality_of_life": ("quality of life", "គុណភាពជីវិត"),
}

_CONTACT_METHOD: Kind = {
    "phone": ("phone", "ទូរស័ព្ទ"),
    "home_visit": ("home visit", "ការចុះសួរសុខទុក្ខដល់ផ្ទះ"),
    "commune": ("through the commune or village chief", "តាមរយៈឃុំ ឬមេភូមិ"),
    "family": ("through the family", "តាមរយៈគ្រួសារ"),
    "health_centre": ("at a health centre", "នៅមណ្ឌលសុខភាព"),
}
"""How a released person was sought for a follow-up point (issue #15, item 4)."""

_HANDOVER: Kind = {
    "family": ("family member", "សមាជិកគ្រួសារ"),
    "commune": ("commune authority", "អាជ្ញាធរឃុំ"),
    "ngo": ("NGO", "អង្គការមិនមែនរដ្ឋាភិបាល"),
    "self": ("nobody (left on their own)", "គ្មាននរណា (ចេញដោយខ្លួនឯង)"),
}
"""Who a released person was handed over to (issue #15, item 2)."""

_INTERVIEW_OCCASION: Kind = {
    "admission": ("admission", "ពេលចូល"),
    "release": ("release", "ពេលដោះលែង"),
    "follow_up": ("follow-up", "ពេលតាមដាន"),
}
"""When an outcome interview was asked (issue #15, item 4)."""

_FOLLOW_UP_CLOSING: Kind = {
    "died": ("died", "បានទទួលមរណភាព"),
    "transferred": ("transferred to another centre", "បានផ្ទេរទៅមណ្ឌលផ្សេង"),
    "returned_to_prison": ("returned to prison or court", "បានត្រឡប់ទៅពន្ធនាគារ ឬតុលាការវិញ"),
    "readmitted": ("re-admitted", "បានចូលមណ្ឌលម្ដងទៀត"),
}
"""Why a follow-up point is not applicable."""

# Rights and oversight (issue #19; domain.rights).
_BASIS_KIND: Kind = {
    "treatment_order": ("court order for treatment", "ដីកាបង្គាប់ឱ្យព្យាបាល"),
    "sentence": ("sentence with transfer order", "ទោសដែលមានដីកាផ្ទេរ"),
    "voluntary": ("voluntary admission with signed consent",
                  "ការចូលដោយស្ម័គ្រចិត្ត ដែលមានលិខិតយល់ព្រមចុះហត្ថលេខា"),
}
_RIGHTS_ALERT: Kind = {
    "past_basis_end": ("held past the end of their legal basis",
                       "ឃុំហួសថ្ងៃបញ្ចប់មូលដ្ឋានច្បាប់"),
    "no_basis": ("no legal basis recorded", "គ្មានមូលដ្ឋានច្បាប់ក្នុងកំណត់ត្រា"),
    "minor": ("minors (under 18)", "អនីតិជន (អាយុក្រោម ១៨ ឆ្នាំ)"),
    "past_expected_release": ("past expected release, not released",
                              "ហួសថ្ងៃរំពឹងថានឹងដោះលែង តែមិនទាន់ដោះលែង"),
    "grievance_overdue": ("grievances not answered in time",
                          "ពាក្យបណ្ដឹងមិនបានឆ្លើយតបទាន់ពេល"),
    "no_visit": ("no visit for a long time", "គ្មានការសួរសុខទុក្ខយូរមកហើយ"),
}
_GRIEVANCE_CATEGORY: Kind = {
    "treatment": ("treatment", "ការព្យាបាល"),
    "food": ("food", "អាហារ"),
    "health": ("health", "សុខភាព"),
    "violence": ("violence", "អំពើហិង្សា"),
    "property": ("property", "ទ្រព្យសម្បត្តិ"),
    "legal_status": ("legal status", "ស្ថានភាពផ្លូវច្បាប់"),
    "work": ("work", "ការងារ"),
    "other": ("other", "ផ្សេងទៀត"),
}
_GRIEVANCE_FILER: Kind = {
    "person": ("the person held", "បុគ្គលដែលត្រូវបានឃុំ"),
    "family": ("family", "គ្រួសារ"),
    "staff": ("staff member", "បុគ្គលិក"),
    "monitor": ("independent monitor", "អ្នកសង្កេតការណ៍ឯករាជ្យ"),
}
_GRIEVANCE_STATUS: Kind = {
    "open": ("open", "កំពុងដំណើរការ"),
    "overdue": ("overdue", "ហួសកាលកំណត់"),
    "answered": ("answered", "បានឆ្លើយតប"),
    "closed": ("closed", "បានបិទ"),
}
_VISITOR_RELATION: Kind = {
    "family": ("family", "គ្រួសារ"),
    "lawyer": ("lawyer", "មេធាវី"),
    "ngo": ("NGO", "អង្គការមិនមែនរដ្ឋាភិបាល"),
    "monitor": ("independent monitor", "អ្នកសង្កេតការណ៍ឯករាជ្យ"),
}
_INCIDENT_KIND: Kind = {
    "injury": ("injury", "របួស"),
    "illness_transfer": ("illness needing transfer", "ជំងឺដែលត្រូវផ្ទេរទៅព្យាបាល"),
    "self_harm": ("self-harm", "ការធ្វើបាបខ្លួនឯង"),
    "use_of_force": ("use of force or restraint", "ការប្រើកម្លាំង ឬការចងរឹត"),
    "escape": ("escape", "ការរត់គេច"),
    "death": ("death", "ការទទួលមរណភាព"),
}
_NOTIFIED_PARTY: Kind = {
    "family": ("family", "គ្រួសារ"),
    "prosecutor": ("prosecutor", "ព្រះរាជអាជ្ញា"),
    "health_authority": ("health authority", "អាជ្ញាធរសុខាភិបាល"),
    "headquarters": ("headquarters", "ទីស្នាក់ការកណ្ដាល"),
}

_COURT_LEVEL: Kind = {
    "first_instance": ("provincial or municipal court", "សាលាដំបូង"),
    "appeal": ("Appeal Court", "សាលាឧទ្ធរណ៍"),
    "supreme": ("Supreme Court", "តុលាការកំពូល"),
}
"""Court levels (issue #25): a court of first instance per province, appeal, supreme."""

_COURT_OFFICE: Kind = {
    "court": ("court", "តុលាការ"),
    "prosecutor": ("prosecutor's office", "អយ្យការ"),
}

_LETTER_METHOD: Kind = {
    "hand": ("delivered by hand", "ប្រគល់ផ្ទាល់ដៃ"),
    "post": ("by post", "តាមប្រៃសណីយ៍"),
    "email": ("by email", "តាមអ៊ីមែល"),
    "fax": ("by fax", "តាមទូរសារ"),
}
"""How a request letter went to a court (issue #25, item 3)."""

_COURT_ANSWER: Kind = {
    "hearing_scheduled": ("hearing scheduled", "បានកំណត់សវនាការ"),
    "verdict_given": ("verdict given", "បានប្រកាសសាលក្រម"),
    "treatment_order": ("treatment order issued", "បានចេញដីកាបង្គាប់ឱ្យព្យាបាល"),
    "no_answer": ("no answer", "គ្មានចម្លើយ"),
}
"""What a court answered about one person (issue #25, item 4)."""

_COST_CATEGORY: Kind = {
    "staff": ("staff", "បុគ្គលិក"),
    "food": ("food", "អាហារ"),
    "medicines": ("medicines and medical supplies", "ថ្នាំ និងសម្ភារៈពេទ្យ"),
    "utilities": ("water, electricity and fuel", "ទឹក អគ្គិសនី និងប្រេងឥន្ធនៈ"),
    "security": ("security", "សន្តិសុខ"),
    "vocational_materials": ("vocational training materials", "សម្ភារៈបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ"),
    "transport_court": ("transport to court", "ការដឹកជញ្ជូនទៅតុលាការ"),
    "transport_release": ("transport at release", "ការដឹកជញ្ជូនពេលដោះលែង"),
    "maintenance": ("maintenance and repairs", "ការថែទាំ និងជួសជុល"),
    "buildings": ("buildings (written off)", "អគារ (រំលស់)"),
    "equipment": ("equipment (written off)", "បរិក្ខារ (រំលស់)"),
    "other": ("other costs", "ចំណាយផ្សេងៗ"),
}
"""The budget's cost line items (issue #18, item 4; ``domain.budget.CostCategory``)."""

GLOSSARY: Mapping[str, Kind] = {
    "verdict_status": _VERDICT_STATUS,
    "charge_kind": _CHARGE_KIND,
    "enrolment_status": _ENROLMENT_STATUS,
    "eligibility_outcome": _ELIGIBILITY_OUTCOME,
    "eligibility_rule": _ELIGIBILITY_RULE,
    "rule_result": _RULE_RESULT,
    "attendance_status": _ATTENDANCE_STATUS,
    "goal_status": _GOAL_STATUS,
    "programme_kind": _PROGRAMME_KIND,
    "substance": _SUBSTANCE,
    "risk_level": _RISK_LEVEL,
    "withdrawal_risk": _WITHDRAWAL_RISK,
    "intervention": _INTERVENTION,
    "injection": _INJECTION,
    "dast_band": _DAST_BAND,
    "audit_zone": _AUDIT_ZONE,
    "analyte": _ANALYTE,
    "urine_result": _URINE_RESULT,
    "hiv_result": _HIV_RESULT,
    "date_precision": _DATE_PRECISION,
    "sex": _SEX,
    "role": _ROLE,
    "audit_action": _AUDIT_ACTION,
    "audit_record": _AUDIT_RECORD,
    "workshop_kind": _WORKSHOP_KIND,
    "allocation_status": _ALLOCATION_STATUS,
    "end_reason": _END_REASON,
    "consent": _CONSENT,
    "pay_scheme": _PAY_SCHEME,
    "work_absence": _WORK_ABSENCE,
    "person_field": _PERSON_FIELD,
    "work_limit": _WORK_LIMIT,
    "exit_reason": _EXIT_REASON,
    "pathway": _PATHWAY,
    "pathway_status": _PATHWAY_STATUS,
    "follow_up_status": _FOLLOW_UP_STATUS,
    "death_notification": _DEATH_NOTIFICATION,
    "outcome_rating": _OUTCOME_RATING,
    "contact_method": _CONTACT_METHOD,
    "handover": _HANDOVER,
    "interview_occasion": _INTERVIEW_OCCASION,
    "follow_up_closing": _FOLLOW_UP_CLOSING,
    "cost_category": _COST_CATEGORY,
    "court_level": _COURT_LEVEL,
    "court_office": _COURT_OFFICE,
    "letter_method": _LETTER_METHOD,
    "court_answer": _COURT_ANSWER,
    "basis_kind": _BASIS_KIND,
    "rights_alert": _RIGHTS_ALERT,
    "grievance_category": _GRIEVANCE_CATEGORY,
    "grievance_filer": _GRIEVANCE_FILER,
    "grievance_status": _GRIEVANCE_STATUS,
    "visitor_relation": _VISITOR_RELATION,
    "incident_kind": _INCIDENT_KIND,
    "notified_party": _NOTIFIED_PARTY,
}
"""Kind → its codes' wording."""


def language_index(language: str) -> int:
    """0 for English, 1 for Khmer: the place of ``language`` in every wording pair
    (anything but Khmer reads English, the language every sentence is written in first)."""
    return 1 if language == "km" else 0


def wording(kind: str, code: object) -> tuple[str, str]:
    """``code`` of ``kind`` in (English, Khmer), for paper that prints both."""
    pair = GLOSSARY[kind].get(str(code))
    return (str(code), str(code)) if pair is None else pair


def word(kind: str, code: object, language: str = "en") -> str:
    """``code`` of ``kind`` in ``language``; ``""`` for no code. An unknown code is shown
    as it is rather than hidden (``tests/domain/test_glossary.py`` keeps every stored
    code in the table)."""
    if code is None:
        return ""
    wording = GLOSSARY[kind].get(str(code))
    return str(code) if wording is None else wording[language_index(language)]
