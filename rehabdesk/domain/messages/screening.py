"""Sentences about screenings: ASSIST, DAST-10, AUDIT, urine tests and the health screen
(domain.screening, services.screening).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``. Substances, analytes and risk levels are named by their
glossary kind; an ASSIST question and its answer boxes, which have none, are sentences of
their own here, passed into the sentences that name them (``{where}``, ``{answers}``).
In Khmer, DAST-10 is written "DAST" (the messages test takes "DAST-10" for a Latin word).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # domain.screening.assist: a question, as a sentence points at it
    "screening.assist_where": (
        "{drug:substance}, question {number} ({short})",
        "{drug:substance}, សំណួរទី {number} ({short})"),
    "screening.assist_injection_question": ("Question 8 (injection)", "សំណួរទី ៨ (ការចាក់)"),
    "screening.assist_q1_short": ("ever used", "ធ្លាប់ប្រើ"),
    "screening.assist_q2_short": (
        "use in the past 3 months", "ការប្រើក្នុងរយៈពេល ៣ ខែចុងក្រោយ"),
    "screening.assist_q3_short": ("strong desire or urge", "ចំណង់ ឬតម្រូវការខ្លាំង"),
    "screening.assist_q4_short": (
        "health, social, legal or financial problems",
        "បញ្ហាសុខភាព សង្គម ច្បាប់ ឬហិរញ្ញវត្ថុ"),
    "screening.assist_q5_short": (
        "failed to do what was expected", "មិនបានធ្វើអ្វីដែលគេរំពឹងទុក"),
    "screening.assist_q6_short": (
        "others expressed concern", "អ្នកដទៃបានបង្ហាញការព្រួយបារម្ភ"),
    "screening.assist_q7_short": (
        "tried and failed to cut down or stop", "បានព្យាយាមកាត់បន្ថយ ឬឈប់ តែមិនបានសម្រេច"),

    # domain.screening.assist: the answer boxes, as a sentence lists the choices
    "screening.assist_answer_no": ('"no"', "«គ្មាន»"),
    "screening.assist_answer_yes": ('"yes"', "«មាន»"),
    "screening.assist_answer_never": ('"never"', "«មិនដែល»"),
    "screening.assist_answer_once_or_twice": ('"once or twice"', "«ម្ដង ឬពីរដង»"),
    "screening.assist_answer_monthly": ('"monthly"', "«ប្រចាំខែ»"),
    "screening.assist_answer_weekly": ('"weekly"', "«ប្រចាំសប្ដាហ៍»"),
    "screening.assist_answer_daily": (
        '"daily or almost daily"', "«ប្រចាំថ្ងៃ ឬស្ទើរតែរៀងរាល់ថ្ងៃ»"),
    "screening.assist_answer_no_never": ('"no, never"', "«មិនដែល»"),
    "screening.assist_answer_past_3_months": (
        '"yes, in the past 3 months"', "«ធ្លាប់ ក្នុងរយៈពេល ៣ ខែចុងក្រោយ»"),
    "screening.assist_answer_before_3_months": (
        '"yes, but not in the past 3 months"',
        "«ធ្លាប់ ប៉ុន្តែមិនមែនក្នុងរយៈពេល ៣ ខែចុងក្រោយ»"),

    # domain.screening.assist: an answer sheet that cannot be scored
    "screening.assist_unknown_substance": (
        '"{value}" is not an ASSIST substance; the substances are: {substances:substance}.',
        "«{value}» មិនមែនជាសារធាតុរបស់ ASSIST ទេ។ សារធាតុទាំងនោះគឺ៖ {substances:substance}។"),
    "screening.assist_unknown_question": (
        '{drug:substance}: "{key}" is not an ASSIST question; the questions for each '
        "substance are q1 to q7.",
        "{drug:substance}៖ «{key}» មិនមែនជាសំណួររបស់ ASSIST ទេ។ "
        "សំណួរសម្រាប់សារធាតុនីមួយៗ គឺសំណួរទី ១ ដល់ទី ៧។"),
    "screening.assist_injection_asked_once": (
        '{drug:substance}: "{key}" is not an ASSIST question; question 8 (injection) is '
        "asked once for the whole screening, not per substance.",
        "{drug:substance}៖ «{key}» មិនមែនជាសំណួររបស់ ASSIST ទេ។ សំណួរទី ៨ (ការចាក់) "
        "សួរតែម្ដងសម្រាប់ការពិនិត្យទាំងមូល មិនមែនសួរតាមសារធាតុនីមួយៗទេ។"),
    "screening.assist_not_asked_for_tobacco": (
        "{where}: this question is not asked for tobacco, so leave it empty.",
        "{where}៖ សំណួរនេះមិនសួរសម្រាប់ថ្នាំជក់ទេ។ សូមទុកវាឱ្យនៅទទេ។"),
    "screening.assist_unknown_answer": (
        '{where}: "{value}" is not one of the answers; choose one of {answers}.',
        "{where}៖ «{value}» មិនមែនជាចម្លើយមួយក្នុងចំណោមចម្លើយទេ។ "
        "សូមជ្រើសរើសមួយក្នុងចំណោម {answers}។"),
    "screening.assist_unanswered": (
        "{where} has not been answered.",
        "{where} មិនទាន់បានឆ្លើយនៅឡើយទេ។"),
    "screening.assist_answered_after_never_used": (
        "{where} is answered, but question 1 says the person has never used this "
        "substance; clear question {number} or change question 1.",
        "{where} មានចម្លើយ ប៉ុន្តែសំណួរទី ១ បញ្ជាក់ថា បុគ្គលនេះមិនដែលប្រើសារធាតុនេះទេ។ "
        "សូមលុបចម្លើយសំណួរទី {number} ឬកែសំណួរទី ១។"),
    "screening.assist_answered_after_no_recent_use": (
        "{where} is answered, but question 2 says no use in the past 3 months, so "
        "questions 3 to 5 are skipped; clear question {number} or change question 2.",
        "{where} មានចម្លើយ ប៉ុន្តែសំណួរទី ២ បញ្ជាក់ថា មិនបានប្រើក្នុងរយៈពេល ៣ ខែចុងក្រោយ "
        "ដូច្នេះសំណួរទី ៣ ដល់ទី ៥ ត្រូវរំលង។ សូមលុបចម្លើយសំណួរទី {number} ឬកែសំណួរទី ២។"),
    "screening.assist_score_out_of_range": (
        "{drug:substance}: an ASSIST score lies between 0 and {highest}, not {score}.",
        "{drug:substance}៖ ពិន្ទុ ASSIST ស្ថិតនៅចន្លោះ ០ ដល់ {highest} មិនមែន {score} ទេ។"),
    "screening.assist_risk_mismatch": (
        "{drug:substance}: a score of {score} means {expected:risk_level} risk, not "
        "{risk:risk_level}.",
        "{drug:substance}៖ ពិន្ទុ {score} មានន័យថា ហានិភ័យ{expected:risk_level} "
        "មិនមែនហានិភ័យ{risk:risk_level} ទេ។"),

    # domain.screening.dast, domain.screening.alcohol_audit
    "screening.dast10_answer_count": (
        "DAST-10 needs exactly 10 yes/no answers, one per item; got {count:answer|answers}.",
        "DAST ត្រូវការចម្លើយ «មាន» ឬ «គ្មាន» ចំនួន ១០ គឺមួយសម្រាប់សំណួរនីមួយៗ "
        "ប៉ុន្តែទទួលបានចម្លើយ {count}។"),
    "screening.dast10_answers_are_text": (
        "DAST-10 needs exactly 10 yes/no answers, one per item; got text.",
        "DAST ត្រូវការចម្លើយ «មាន» ឬ «គ្មាន» ចំនួន ១០ គឺមួយសម្រាប់សំណួរនីមួយៗ "
        "ប៉ុន្តែទទួលបានអត្ថបទ។"),
    "screening.dast10_answer_not_yes_no": (
        "DAST-10 item {number}: the answer must be yes or no, not {answer}.",
        "សំណួរ DAST ទី {number}៖ ចម្លើយត្រូវតែជា «មាន» ឬ «គ្មាន» មិនមែន {answer} ទេ។"),
    "screening.dast10_score_out_of_range": (
        "A DAST-10 score lies between 0 and 10, not {score}.",
        "ពិន្ទុ DAST ស្ថិតនៅចន្លោះ ០ ដល់ ១០ មិនមែន {score} ទេ។"),
    "screening.audit_answer_count": (
        "AUDIT needs exactly 10 answers, one per item (enter 0 for a skipped item); "
        "got {count}.",
        "AUDIT ត្រូវការចម្លើយចំនួន ១០ គឺមួយសម្រាប់សំណួរនីមួយៗ (បញ្ចូល ០ "
        "សម្រាប់សំណួរដែលបានរំលង) ប៉ុន្តែទទួលបាន {count}។"),
    "screening.audit_impossible_points": (
        "AUDIT item {number}: {answer} is not a possible score; the scores of this item "
        "are {choices}.",
        "សំណួរ AUDIT ទី {number}៖ {answer} មិនមែនជាពិន្ទុដែលអាចមានទេ។ "
        "ពិន្ទុនៃសំណួរនេះគឺ {choices}។"),
    "screening.audit_score_out_of_range": (
        "An AUDIT score lies between 0 and 40, not {score}.",
        "ពិន្ទុ AUDIT ស្ថិតនៅចន្លោះ ០ ដល់ ៤០ មិនមែន {score} ទេ។"),

    # domain.screening.urine
    "screening.urine_kit_missing": (
        "The urine test's kit is missing; it is needed to trace the result.",
        "សូមបញ្ចូលឧបករណ៍តេស្តនៃតេស្តទឹកនោម ព្រោះវាចាំបាច់សម្រាប់តាមដានប្រភពនៃលទ្ធផល។"),
    "screening.urine_lot_number_missing": (
        "The urine test's lot number is missing; it is needed to trace the result.",
        "សូមបញ្ចូលលេខឡូត៍នៃតេស្តទឹកនោម ព្រោះវាចាំបាច់សម្រាប់តាមដានប្រភពនៃលទ្ធផល។"),
    "screening.urine_reader_missing": (
        "The urine test's reader is missing; it is needed to trace the result.",
        "សូមបញ្ចូលឈ្មោះអ្នកអានតេស្តទឹកនោម ព្រោះវាចាំបាច់សម្រាប់តាមដានប្រភពនៃលទ្ធផល។"),
    "screening.urine_unknown_analyte": (
        '"{key}" is not on the urine test panel.',
        "«{key}» មិនមែនជាសារធាតុដែលតេស្តទឹកនោមនេះពិនិត្យទេ។"),
    "screening.urine_unknown_result": (
        'Urine test, {analyte:analyte}: "{value}" is not a result; record positive, negative or '
        "invalid.",
        "តេស្តទឹកនោម, {analyte:analyte}៖ «{value}» មិនមែនជាលទ្ធផលទេ។ "
        "សូមកត់ត្រា វិជ្ជមាន អវិជ្ជមាន ឬមិនត្រឹមត្រូវ។"),
    "screening.urine_results_missing": (
        "The urine test has no result for: {analytes:analyte}. Record positive, negative or "
        "invalid for every drug on the panel.",
        "តេស្តទឹកនោមមិនទាន់មានលទ្ធផលសម្រាប់៖ {analytes:analyte}។ សូមកត់ត្រា វិជ្ជមាន អវិជ្ជមាន "
        "ឬមិនត្រឹមត្រូវ សម្រាប់គ្រឿងញៀននីមួយៗដែលតេស្តនេះពិនិត្យ។"),

    # domain.screening.health
    "screening.hiv_accepted_not_offered": (
        "The HIV test is marked accepted but was not offered; an HIV test must be offered "
        "before it can be accepted.",
        "តេស្តមេរោគអេដស៍ត្រូវបានកត់ថាបានទទួលយក ប៉ុន្តែមិនទាន់បានផ្ដល់ជូនទេ។ "
        "តេស្តមេរោគអេដស៍ត្រូវតែផ្ដល់ជូនជាមុនសិន ទើបអាចទទួលយកបាន។"),
    "screening.hiv_result_without_consent": (
        "An HIV result is recorded but the test was not accepted; record the consent first.",
        "លទ្ធផលតេស្តមេរោគអេដស៍ត្រូវបានកត់ត្រា ប៉ុន្តែតេស្តនេះមិនត្រូវបានទទួលយកទេ។ "
        "សូមកត់ត្រាការយល់ព្រមជាមុនសិន។"),
    "screening.unknown_hiv_result": (
        '"{value}" is not an HIV test result; record positive, negative or indeterminate.',
        "«{value}» មិនមែនជាលទ្ធផលតេស្តមេរោគអេដស៍ទេ។ "
        "សូមកត់ត្រា វិជ្ជមាន អវិជ្ជមាន ឬមិនអាចកំណត់បាន។"),
    "screening.unknown_withdrawal_risk": (
        '"{value}" is not a withdrawal risk; record none, low, moderate or high.',
        "«{value}» មិនមែនជាកម្រិតហានិភ័យនៃការញៀនដាច់ទេ។ សូមកត់ត្រា គ្មាន ទាប មធ្យម ឬខ្ពស់។"),

    # services.screening: who, when
    "screening.screener_missing": (
        "Enter who did the screening; the record must name them.",
        "សូមបញ្ចូលឈ្មោះអ្នកដែលបានធ្វើការពិនិត្យវាយតម្លៃ ព្រោះកំណត់ត្រាត្រូវតែមានឈ្មោះអ្នកនោះ។"),
    "screening.health_screener_missing": (
        "Enter who did the health screen; the record must name them.",
        "សូមបញ្ចូលឈ្មោះអ្នកដែលបានធ្វើការពិនិត្យសុខភាព ព្រោះកំណត់ត្រាត្រូវតែមានឈ្មោះអ្នកនោះ។"),
    "screening.consent_explainer_missing": (
        "Enter who explained the consent form; the record must name them.",
        "សូមបញ្ចូលឈ្មោះអ្នកដែលបានពន្យល់លិខិតយល់ព្រម ព្រោះកំណត់ត្រាត្រូវតែមានឈ្មោះអ្នកនោះ។"),
    "screening.date_of_screening": ("screening", "ពិនិត្យវាយតម្លៃ"),  # "the … date", "ថ្ងៃ…"
    "screening.date_of_urine_test": ("urine test", "ធ្វើតេស្តទឹកនោម"),
    "screening.date_of_health_screen": ("health screen", "ពិនិត្យសុខភាព"),
    "screening.date_of_consent": ("consent", "យល់ព្រម"),
    "screening.date_of_signature": ("signature", "ចុះហត្ថលេខា"),
    "screening.date_in_future": (
        "The {what} date {day} is in the future; check the date.",
        "ថ្ងៃ{what} {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមពិនិត្យកាលបរិច្ឆេទឡើងវិញ។"),
    "screening.date_before_arrival": (
        "The {what} date {day} is before the arrival on {arrival}; a result from before "
        "this stay belongs to another record. Check the date.",
        "ថ្ងៃ{what} {day} នៅមុនថ្ងៃមកដល់ {arrival}។ លទ្ធផលពីមុនការស្នាក់នៅនេះ "
        "ជារបស់កំណត់ត្រាមួយផ្សេងទៀត។ សូមពិនិត្យកាលបរិច្ឆេទឡើងវិញ។"),

    # services.screening: the interview
    "screening.nothing_to_save": (
        "Nothing to save: fill in ASSIST, DAST-10 or AUDIT.",
        "គ្មានអ្វីត្រូវរក្សាទុកទេ៖ សូមបំពេញ ASSIST, DAST ឬ AUDIT។"),
    "screening.assist_injection_without_assist": (
        "Question 8 (injection) is answered but ASSIST is not; fill in ASSIST or clear "
        "question 8.",
        "សំណួរទី ៨ (ការចាក់) មានចម្លើយ ប៉ុន្តែ ASSIST មិនទាន់បានបំពេញទេ។ "
        "សូមបំពេញ ASSIST ឬលុបចម្លើយសំណួរទី ៨។"),

    # services.screening: consent to treatment
    "screening.consent_language_missing": (
        "Say in which language the consent form was explained.",
        "សូមបញ្ជាក់ភាសាដែលបានប្រើដើម្បីពន្យល់លិខិតយល់ព្រម។"),
    "screening.consent_signed_or_refused": (
        "Record either that the person signed (or thumbprinted) the consent form, or that "
        "they refused it.",
        "សូមកត់ត្រាយ៉ាងណាមួយ៖ បុគ្គលនេះបានចុះហត្ថលេខា (ឬផ្ដិតមេដៃ) លើលិខិតយល់ព្រម "
        "ឬគាត់បានបដិសេធ។"),
    "screening.consent_signature_date_missing": (
        "Enter the date the consent form was signed.",
        "សូមបញ្ចូលថ្ងៃដែលលិខិតយល់ព្រមត្រូវបានចុះហត្ថលេខា។"),
    "screening.consent_refusal_reason_missing": (
        "Write the reason the person gave for refusing treatment.",
        "សូមសរសេរមូលហេតុដែលបុគ្គលនេះបានផ្ដល់ សម្រាប់ការបដិសេធការព្យាបាល។"),
}
