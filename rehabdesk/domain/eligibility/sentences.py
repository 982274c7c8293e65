"""The sentences of the eligibility rules: every reason a policy's rules can give, in
English and Khmer, built once per policy.

Source: DOMAIN.md, "Eligibility for treatment enrolment — default policy": each rule
gives one reason with a stable code and a sentence in English and Khmer, which the
clerk, the detainee and an inspector read; official Khmer text writes numbers in Khmer
digits.

Speed: after a policy change every person on file is re-evaluated (200,000 in a few
seconds, database work included), so a policy's reasons are written once, when the
policy is first used, and every decision shares them; :mod:`.rules` only picks entries.
Only reasons that quote a number of days are built on demand, and then cached. The
``VERDICT`` table is keyed by what that rule reads (verdict status, treatment order on
file), so its outcomes under the policy are decided here, with their sentences.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rehabdesk.domain.eligibility.decision import Reason, RuleCode, RuleOutcome
from rehabdesk.domain.legal import VerdictStatus

if TYPE_CHECKING:
    from rehabdesk.domain.eligibility.policy import Policy

__all__ = ["PolicySentences"]

_DAY_CACHE_LIMIT = 100_000  # distinct day counts kept per policy; more are built each time

_KM_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def _km(n: int) -> str:
    """A number in Khmer digits, as official Khmer text writes it."""
    return str(n).translate(_KM_DIGITS)


def _days_en(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


_V = RuleCode
_P, _F, _W = RuleOutcome.PASS, RuleOutcome.FAIL, RuleOutcome.PENDING

_OVERRIDDEN_EN = " Overridden by a supervisor, so it counts as a pass."
_OVERRIDDEN_KM = " អ្នកត្រួតពិនិត្យបានលើកលែងលក្ខខណ្ឌនេះ ដូច្នេះចាត់ទុកថាបានឆ្លងកាត់។"
_IGNORED_EN = (
    " A supervisor override was recorded but ignored: this policy does not allow overriding {code}."
)
_IGNORED_KM = " ការលើកលែងរបស់អ្នកត្រួតពិនិត្យមិនត្រូវបានអនុវត្តទេ ព្រោះគោលការណ៍នេះមិនអនុញ្ញាតឱ្យលើកលែងលក្ខខណ្ឌនេះ។"


class PolicySentences:
    """Every fixed reason of one policy, built once (see the module docstring); the
    reasons that quote a number of days come from :meth:`sentence_left`."""

    def __init__(self, policy: Policy) -> None:
        self.min_days = policy.min_programme_days
        self.verdict = self._verdict_reasons(policy)
        self.drug_pending = Reason(
            _V.DRUG_USE,
            _W,
            "No ASSIST screening and no urine test on file; do the ASSIST interview or a "
            "urine drug test.",
            "មិនទាន់មានការវាយតម្លៃ ASSIST ឬតេស្តទឹកនោម។ សូមធ្វើការសម្ភាសន៍ ASSIST ឬតេស្តទឹកនោម។",
        )
        self.drug_fail = Reason(
            _V.DRUG_USE,
            _F,
            "Screened, but no moderate or high ASSIST risk for any substance other than "
            "tobacco and no positive urine test; drug treatment is not indicated.",
            "បានវាយតម្លៃរួចហើយ ប៉ុន្តែគ្មានហានិភ័យកម្រិតមធ្យម ឬខ្ពស់ចំពោះសារធាតុក្រៅពីថ្នាំជក់ "
            "ហើយតេស្តទឹកនោមមិនវិជ្ជមាន។ មិនចាំបាច់ព្យាបាលការញៀនទេ។",
        )
        assist_en = "ASSIST shows moderate or high risk for a substance other than tobacco"
        assist_km = "ការវាយតម្លៃ ASSIST បង្ហាញហានិភ័យកម្រិតមធ្យម ឬខ្ពស់ចំពោះសារធាតុក្រៅពីថ្នាំជក់"
        urine_km = "លទ្ធផលតេស្តទឹកនោមចុងក្រោយវិជ្ជមានចំពោះគ្រឿងញៀនខុសច្បាប់"
        self.drug_assist = Reason(_V.DRUG_USE, _P, f"{assist_en}.", f"{assist_km}។")
        self.drug_urine = Reason(
            _V.DRUG_USE,
            _P,
            "The latest urine test is positive for an illicit drug.",
            f"{urine_km}។",
        )
        self.drug_both = Reason(
            _V.DRUG_USE,
            _P,
            f"{assist_en}, and the latest urine test is positive for an illicit drug.",
            f"{assist_km} ហើយ{urine_km}។",
        )
        self.sentence_left_pending = Reason(
            _V.SENTENCE_LEFT,
            _W,
            "Expected release date unknown; record the sentence (length, start date and "
            "credited pre-trial days).",
            "មិនទាន់ដឹងកាលបរិច្ឆេទដោះលែង។ សូមកត់ត្រាទោស (រយៈពេល ថ្ងៃចាប់ផ្ដើម "
            "និងចំនួនថ្ងៃឃុំខ្លួនបណ្ដោះអាសន្នដែលត្រូវកាត់កង)។",
        )
        self._sentence_left_by_days: dict[int, Reason] = {}
        violent_fail_en = "Convicted of a violent offence; not for the open centre"
        violent_fail_km = "ត្រូវបានផ្ដន្ទាទោសពីបទល្មើសប្រើអំពើហិង្សា។ មិនសមស្របសម្រាប់មជ្ឈមណ្ឌលបើកចំហទេ។"
        # The sentence an override builds on: it says what failed, not that it may be lifted.
        self._override_base: dict[RuleCode, tuple[str, str]] = {
            _V.VIOLENT_OFFENCE: (violent_fail_en + ".", violent_fail_km)
        }
        if RuleCode.VIOLENT_OFFENCE in policy.overridable_rules:
            violent_fail_en += " (a supervisor may override)."
            violent_fail_km += " អ្នកត្រួតពិនិត្យអាចលើកលែងបាន។"
        else:
            violent_fail_en += "."
        self.violent = {
            True: Reason(_V.VIOLENT_OFFENCE, _F, violent_fail_en, violent_fail_km),
            False: Reason(
                _V.VIOLENT_OFFENCE,
                _P,
                "No conviction for a violent offence on file.",
                "គ្មានការផ្ដន្ទាទោសពីបទល្មើសប្រើអំពើហិង្សាក្នុងឯកសារ។",
            ),
        }
        self.medical = {
            True: Reason(
                _V.MEDICAL,
                _P,
                "Assessed fit for the residential programme.",
                "បានវាយតម្លៃថាសុខភាពសមស្របសម្រាប់កម្មវិធីស្នាក់នៅ។",
            ),
            False: Reason(
                _V.MEDICAL,
                _F,
                "Assessed not fit for the residential programme; re-screen when the "
                "health condition allows.",
                "បានវាយតម្លៃថាសុខភាពមិនទាន់សមស្របសម្រាប់កម្មវិធីស្នាក់នៅ។ សូមពិនិត្យសុខភាពម្ដងទៀតនៅពេលសមស្រប។",
            ),
            None: Reason(
                _V.MEDICAL,
                _W,
                "Fitness for the residential programme not yet assessed; a health officer "
                "must do the health screen.",
                "មិនទាន់បានវាយតម្លៃសុខភាពសម្រាប់កម្មវិធីស្នាក់នៅ។ មន្ត្រីសុខាភិបាលត្រូវធ្វើការពិនិត្យសុខភាព។",
            ),
        }
        self.consent = {
            True: Reason(
                _V.CONSENT,
                _P,
                "Informed consent to treatment signed.",
                "បានចុះហត្ថលេខាលើលិខិតយល់ព្រមព្យាបាលរួចហើយ។",
            ),
            False: Reason(
                _V.CONSENT,
                _W,
                "Informed consent to treatment not yet signed; print the consent form and "
                "have it signed or thumbprinted.",
                "មិនទាន់ចុះហត្ថលេខាលើលិខិតយល់ព្រមព្យាបាល។ សូមបោះពុម្ពលិខិតយល់ព្រម ហើយឱ្យចុះហត្ថលេខា ឬផ្ដិតមេដៃ។",
            ),
        }
        min_age = policy.min_age_years
        self.age_pass = Reason(
            _V.AGE, _P, f"Aged {min_age} or older.", f"មានអាយុចាប់ពី {_km(min_age)} ឆ្នាំឡើងទៅ។"
        )
        self.age_fail = Reason(
            _V.AGE,
            _F,
            f"Under {min_age} years old; refer to juvenile services.",
            f"មានអាយុក្រោម {_km(min_age)} ឆ្នាំ។ សូមបញ្ជូនទៅសេវាសម្រាប់អនីតិជន។",
        )
        self.age_pending = Reason(
            _V.AGE,
            _W,
            "Age unknown; record the date of birth or an estimated age.",
            "មិនទាន់ដឹងអាយុ។ សូមកត់ត្រាថ្ងៃខែឆ្នាំកំណើត ឬអាយុប្រហាក់ប្រហែល។",
        )

    @staticmethod
    def _verdict_reasons(policy: Policy) -> dict[tuple[str | None, bool], Reason]:
        """Every (verdict status, treatment order on file) pair → its reason."""
        table: dict[tuple[str | None, bool], Reason] = {}
        order_km = "ដីកាបង្គាប់ឱ្យព្យាបាលរបស់តុលាការ ឬព្រះរាជអាជ្ញា"
        wait_en = "eligibility waits for the court."
        wait_km = "ត្រូវរង់ចាំការសម្រេចរបស់តុលាការ។"
        statuses: list[VerdictStatus | None] = [None, *VerdictStatus]
        for status in statuses:
            for order in (False, True):
                if status is VerdictStatus.ACQUITTED or status is VerdictStatus.CHARGES_DROPPED:
                    en_label = (
                        "Acquitted" if status is VerdictStatus.ACQUITTED else "Charges dropped"
                    )
                    km_first = (
                        "តុលាការសម្រេចឱ្យរួចខ្លួន។"
                        if status is VerdictStatus.ACQUITTED
                        else "បានលើកលែងការចោទប្រកាន់រួចហើយ។"
                    )
                    reason = Reason(
                        _V.VERDICT,
                        _F,
                        f"{en_label}; the person should be released, not enrolled.",
                        f"{km_first} ត្រូវដោះលែងបុគ្គលនេះ មិនមែនចុះឈ្មោះព្យាបាលទេ។",
                    )
                elif status is VerdictStatus.FINAL:
                    reason = Reason(
                        _V.VERDICT, _P, "Final verdict on file.", "មានសាលក្រមស្ថាពររួចហើយ។"
                    )
                elif status is not None and status.value in policy.passing_verdicts:
                    reason = Reason(
                        _V.VERDICT,
                        _P,
                        f"Verdict status {status.label_en} is accepted by this policy.",
                        f"ស្ថានភាពសាលក្រម «{status.label_km}» ត្រូវបានទទួលយកតាមគោលការណ៍នេះ។",
                    )
                else:
                    if status is None:
                        head_en = "No court case on file"
                        head_km = "គ្មានសំណុំរឿងតុលាការក្នុងឯកសារ"
                    else:
                        head_en = f"No final verdict yet (status: {status.label_en})"
                        head_km = f"មិនទាន់មានសាលក្រមស្ថាពរ ({status.label_km})"
                    if order and policy.treatment_order_counts:
                        reason = Reason(
                            _V.VERDICT,
                            _P,
                            f"{head_en}, but a court or prosecutor order for treatment is on file.",
                            f"{head_km} ប៉ុន្តែមាន{order_km}។",
                        )
                    elif order:
                        reason = Reason(
                            _V.VERDICT,
                            _W,
                            f"{head_en}; a treatment order is on file, but this policy does "
                            f"not accept an order in place of a verdict; {wait_en}",
                            f"{head_km}។ មាន{order_km} ប៉ុន្តែគោលការណ៍នេះ"
                            f"មិនទទួលយកដីកាជំនួសសាលក្រមទេ។ {wait_km}",
                        )
                    elif status is None:
                        reason = Reason(
                            _V.VERDICT,
                            _W,
                            "No court case and no treatment order on file; record the court "
                            "case or the court or prosecutor order for treatment.",
                            f"គ្មានសំណុំរឿងតុលាការ និងគ្មាន{order_km}ក្នុងឯកសារ។ សូមកត់ត្រាសំណុំរឿង ឬដីកានោះ។",
                        )
                    else:
                        reason = Reason(
                            _V.VERDICT,
                            _W,
                            f"{head_en} and no treatment order on file; {wait_en}",
                            f"{head_km} ហើយគ្មាន{order_km}។ {wait_km}",
                        )
                key = None if status is None else status.value
                table[(key, order)] = reason
        return table

    def sentence_left(self, days: int) -> Reason:
        """The ``SENTENCE_LEFT`` reason for ``days`` of sentence left (cached)."""
        reason = self._sentence_left_by_days.get(days)
        if reason is not None:
            return reason
        minimum = self.min_days
        if days >= minimum:
            reason = Reason(
                _V.SENTENCE_LEFT,
                _P,
                f"{_days_en(days)} of sentence left, at least the programme's minimum of "
                f"{minimum}.",
                f"នៅសល់ទោស {_km(days)} ថ្ងៃ ដែលគ្រប់ចំនួនអប្បបរមា {_km(minimum)} ថ្ងៃនៃកម្មវិធី។",
            )
        elif days >= 0:
            reason = Reason(
                _V.SENTENCE_LEFT,
                _F,
                f"Only {_days_en(days)} of sentence left, fewer than the programme's "
                f"minimum of {minimum}; refer to community follow-up.",
                f"នៅសល់ទោសតែ {_km(days)} ថ្ងៃ តិចជាងអប្បបរមា {_km(minimum)} ថ្ងៃនៃកម្មវិធី។ "
                "សូមបញ្ជូនទៅការតាមដាននៅសហគមន៍។",
            )
        else:
            reason = Reason(
                _V.SENTENCE_LEFT,
                _F,
                f"The expected release date passed {_days_en(-days)} ago; check the "
                "release and refer to community follow-up.",
                f"កាលបរិច្ឆេទដោះលែងដែលរំពឹងទុកបានកន្លងផុត {_km(-days)} ថ្ងៃហើយ។ "
                "សូមពិនិត្យការដោះលែង និងបញ្ជូនទៅការតាមដាននៅសហគមន៍។",
            )
        if len(self._sentence_left_by_days) < _DAY_CACHE_LIMIT:
            self._sentence_left_by_days[days] = reason
        return reason

    def overridden(self, reason: Reason, note: str) -> Reason:
        """The failing ``reason`` lifted by a supervisor: it counts as a pass, says so,
        and ends with ``note`` (who, when and why) when there is one."""
        suffix = f" {note}" if note else ""
        text_en, text_km = self._override_base.get(reason.code, (reason.text_en, reason.text_km))
        return Reason(
            reason.code,
            _P,
            text_en + _OVERRIDDEN_EN + suffix,
            text_km + _OVERRIDDEN_KM + suffix,
            overridden=True,
        )

    @staticmethod
    def override_ignored(reason: Reason) -> Reason:
        """``reason`` unchanged, saying that an override the policy does not allow was
        recorded and ignored."""
        return Reason(
            reason.code,
            reason.outcome,
            reason.text_en + _IGNORED_EN.format(code=reason.code.value),
            reason.text_km + _IGNORED_KM,
            override_ignored=True,
        )
