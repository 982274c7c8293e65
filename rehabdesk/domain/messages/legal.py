"""Sentences about court cases, charges, verdicts and sentences (domain.legal, services.legal).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Verdict status and its changes.
    "legal.unknown_verdict_status": (
        '"{value}" is not a verdict status; use one of: {statuses:verdict_status}.',
        "«{value}» មិនមែនជាស្ថានភាពសាលក្រមទេ។ "
        "សូមប្រើមួយក្នុងចំណោម៖ {statuses:verdict_status}។"),
    "legal.reopening_needs_reason": (
        "The case was closed as {old:verdict_status}; changing it to {new:verdict_status} "
        "needs a recorded reason, for example a prosecutor's appeal or charges filed again.",
        "សំណុំរឿងនេះត្រូវបានបិទរួចហើយ ក្នុងស្ថានភាព «{old:verdict_status}»។ "
        "ការប្ដូរទៅជា «{new:verdict_status}» ត្រូវមានមូលហេតុ។ "
        "សូមកត់ត្រាមូលហេតុ ឧទាហរណ៍ បណ្ដឹងឧទ្ធរណ៍របស់ព្រះរាជអាជ្ញា ឬការចោទប្រកាន់ជាថ្មី។"),
    "legal.final_verdict_needs_reason": (
        "The verdict is final; changing it to {new:verdict_status} needs a recorded reason, "
        "for example a Supreme Court decision or a retrial order.",
        "សំណុំរឿងនេះមានសាលក្រមស្ថាពររួចហើយ។ "
        "ការប្ដូរទៅជា «{new:verdict_status}» ត្រូវមានមូលហេតុ។ "
        "សូមកត់ត្រាមូលហេតុ ឧទាហរណ៍ សេចក្ដីសម្រេចរបស់តុលាការកំពូល ឬដីកាឱ្យជំនុំជម្រះឡើងវិញ។"),
    "legal.moving_back_needs_reason": (
        "Moving the case back from {old:verdict_status} to {new:verdict_status} needs a "
        "recorded reason, for example a retrial ordered on appeal.",
        "ការប្ដូរសំណុំរឿងថយក្រោយពី «{old:verdict_status}» ទៅ «{new:verdict_status}» "
        "ត្រូវមានមូលហេតុ។ "
        "សូមកត់ត្រាមូលហេតុ ឧទាហរណ៍ ការជំនុំជម្រះឡើងវិញដែលតុលាការឧទ្ធរណ៍បានសម្រេច។"),
    "legal.verdict_change_before_current": (
        "The case has been {status:verdict_status} since {since}; a later change cannot be "
        "dated {day}. Check the date on the court's document.",
        "សំណុំរឿងនេះមានស្ថានភាព «{status:verdict_status}» តាំងពីថ្ងៃ {since}។ "
        "ការផ្លាស់ប្ដូរបន្ទាប់មិនអាច"
        "ចុះថ្ងៃ {day} បានទេ។ សូមពិនិត្យកាលបរិច្ឆេទលើឯកសាររបស់តុលាការ។"),
    # Charges.
    "legal.unknown_charge_kind": (
        '"{value}" is not a kind of charge; use one of: {kinds:charge_kind}.',
        "«{value}» មិនមែនជាប្រភេទបទចោទទេ។ សូមប្រើមួយក្នុងចំណោម៖ {kinds:charge_kind}។"),
    "legal.no_charge_ticked": (
        "Tick at least one charge, as on the court's papers.",
        "សូមធីកបទចោទយ៉ាងហោចណាស់មួយ ដូចក្នុងឯកសាររបស់តុលាការ។"),
    # The sentence: its length, in the court's units (``part`` is one of the three below).
    "legal.sentence_years": ("years", "ឆ្នាំ"),
    "legal.sentence_months": ("months", "ខែ"),
    "legal.sentence_days": ("days", "ថ្ងៃ"),
    "legal.sentence_part_not_whole": (
        "The sentence's {part} must be a whole number.",
        "ចំនួន{part}នៃទោសត្រូវតែជាចំនួនគត់។"),
    "legal.sentence_part_negative": (
        "The sentence's {part} cannot be negative ({value}); check the verdict.",
        "ចំនួន{part}នៃទោសមិនអាចជាចំនួនអវិជ្ជមាន ({value}) បានទេ។ សូមពិនិត្យសាលក្រម។"),
    "legal.sentence_not_three_parts": (
        "Give a sentence as (years, months, days).",
        "សូមផ្ដល់ទោសជា (ឆ្នាំ ខែ ថ្ងៃ)។"),
    "legal.sentence_length_not_whole": (
        "The sentence length must be a whole number of days.",
        "រយៈពេលទោសត្រូវតែជាចំនួនថ្ងៃគត់។"),
    "legal.sentence_length_negative": (
        "The sentence length cannot be negative ({days:day|days}); check the verdict.",
        "រយៈពេលទោសមិនអាចជាចំនួនអវិជ្ជមាន ({days} ថ្ងៃ) បានទេ។ សូមពិនិត្យសាលក្រម។"),
    "legal.sentence_length_missing": (
        "Enter the sentence's length in years, months or days.",
        "សូមបញ្ចូលរយៈពេលទោសជាឆ្នាំ ខែ ឬថ្ងៃ។"),
    "legal.sentence_past_year_9999": (
        "The sentence runs past the year 9999; check its length.",
        "ទោសនេះផុតលើសឆ្នាំ ៩៩៩៩។ សូមពិនិត្យរយៈពេលទោស។"),
    "legal.sentence_start_missing": (
        "Enter the date the sentence starts; the release date is counted from it.",
        "សូមបញ្ចូលថ្ងៃចាប់ផ្ដើមទោស។ កាលបរិច្ឆេទដោះលែងត្រូវគណនាចាប់ពីថ្ងៃនោះ។"),
    # Credited pre-trial days.
    "legal.credit_not_whole": (
        "The credited pre-trial days must be a whole number.",
        "ថ្ងៃឃុំខ្លួនបណ្ដោះអាសន្នកាត់កង ត្រូវតែជាចំនួនថ្ងៃគត់។"),
    "legal.credit_negative": (
        "The credited pre-trial days cannot be negative ({days}).",
        "ថ្ងៃឃុំខ្លួនបណ្ដោះអាសន្នកាត់កង មិនអាចជាចំនួនអវិជ្ជមាន ({days} ថ្ងៃ) បានទេ។"),
    "legal.credit_beyond_sentence": (
        "The credited pre-trial days ({credited}) are more than the whole sentence of "
        "{total:day|days}; check both figures on the verdict.",
        "ថ្ងៃឃុំខ្លួនបណ្ដោះអាសន្នកាត់កង {credited} ថ្ងៃ លើសពីទោសទាំងមូលដែលមានតែ {total} ថ្ងៃ។ "
        "សូមពិនិត្យតួលេខទាំងពីរនៅលើសាលក្រម។"),
    "legal.credit_without_sentence": (
        "Credited pre-trial days need a sentence to be credited to.",
        "ថ្ងៃឃុំខ្លួនបណ្ដោះអាសន្នកាត់កង ត្រូវមានទោសមួយដើម្បីកាត់កងចូល។ សូមកត់ត្រាទោសជាមុនសិន។"),
    # Dates that cannot all be true.
    "legal.offence_in_future": (
        "The offence date {day} is in the future; check the date.",
        "ថ្ងៃប្រព្រឹត្តបទល្មើស {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមពិនិត្យកាលបរិច្ឆេទ។"),
    "legal.arrest_in_future": (
        "The arrest date {day} is in the future; check the date.",
        "ថ្ងៃចាប់ខ្លួន {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមពិនិត្យកាលបរិច្ឆេទ។"),
    "legal.verdict_in_future": (
        "The verdict date {day} is in the future; check the date.",
        "ថ្ងៃចេញសាលក្រម {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមពិនិត្យកាលបរិច្ឆេទ។"),
    "legal.arrest_before_offence": (
        "The arrest date {day} is before the offence date {offence}; check both dates.",
        "ថ្ងៃចាប់ខ្លួន {day} នៅមុនថ្ងៃប្រព្រឹត្តបទល្មើស {offence}។ "
        "សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។"),
    "legal.verdict_before_offence": (
        "The verdict date {day} is before the offence date {offence}; check both dates.",
        "ថ្ងៃចេញសាលក្រម {day} នៅមុនថ្ងៃប្រព្រឹត្តបទល្មើស {offence}។ "
        "សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។"),
    "legal.sentence_start_before_offence": (
        "The sentence start {day} is before the offence date {offence}; check both dates.",
        "ថ្ងៃចាប់ផ្ដើមទោស {day} នៅមុនថ្ងៃប្រព្រឹត្តបទល្មើស {offence}។ "
        "សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។"),
    "legal.release_before_sentence_start": (
        "The expected release date {release} is before the sentence start {start}; check "
        "both dates.",
        "កាលបរិច្ឆេទដោះលែងដែលរំពឹងទុក {release} នៅមុនថ្ងៃចាប់ផ្ដើមទោស {start}។ "
        "សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។"),
    # Court cases and treatment orders (services.legal).
    "legal.case_not_found": (
        "That court case no longer exists; refresh the record.",
        "សំណុំរឿងតុលាការនោះលែងមានទៀតហើយ។ សូមផ្ទុកកំណត់ត្រាឡើងវិញ។"),
    "legal.court_missing": (
        "Enter the court's name, as on the papers.",
        "សូមបញ្ចូលឈ្មោះតុលាការ ដូចក្នុងឯកសារ។"),
    "legal.order_by_missing": (
        "Say who ordered treatment: the court or the prosecutor.",
        "សូមបញ្ជាក់អ្នកចេញដីកាបង្គាប់ឱ្យព្យាបាល៖ តុលាការ ឬព្រះរាជអាជ្ញា។"),
    "legal.order_in_future": (
        "The order date {day} is in the future; check the date.",
        "ថ្ងៃចេញដីកាបង្គាប់ឱ្យព្យាបាល {day} ស្ថិតនៅថ្ងៃអនាគត។ សូមពិនិត្យកាលបរិច្ឆេទ។"),
}
