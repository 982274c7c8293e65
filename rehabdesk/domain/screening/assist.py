"""WHO ASSIST v3.1: questions, scoring, risk levels and the interventions they call for.

Source: WHO ASSIST Working Group, *The Alcohol, Smoking and Substance Involvement
Screening Test (ASSIST): Manual for use in primary care*, WHO 2010 (ASSIST v3.1), as
summarised in DOMAIN.md, "Screening instruments (exact scoring)".

Why the scoring is strict: a Specific Substance Involvement Score decides whether a
detainee gets advice, a brief intervention or a referral, and feeds the eligibility rule
for treatment. A half-answered or self-contradicting sheet would silently produce a low
score, so it is refused with a sentence naming the substance and question to fix.

The question and option data below drive both the questionnaire screen and the scoring,
so the two can never disagree. English wording follows the manual; the Khmer wording of
questions and options lives in ``resources/translations`` with every other screen string.
Substance names carry a Khmer label here because the printed summary and the statistics
sent to headquarters name substances outside any screen.

No validated Khmer version of the ASSIST was found (2026-12 review, issue #26): the Khmer
wording is the project's own translation of this English, checked item by item for
meaning (questions 2 to 5 ask "how often" first, so it cannot be read as "because of
frequent use"). When a validated Khmer version is published, its wording should replace
ours and be cited here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.glossary import wording
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.screening._common import AnswerOption, ScreeningAnswerError

_INSTRUMENT = "assist"


class Substance(StrEnum):
    """The ten ASSIST substance classes, in the order of the questionnaire (Q1 a–j)."""

    TOBACCO = "tobacco"
    ALCOHOL = "alcohol"
    CANNABIS = "cannabis"
    COCAINE = "cocaine"
    AMPHETAMINES = "amphetamines"
    INHALANTS = "inhalants"
    SEDATIVES = "sedatives"
    HALLUCINOGENS = "hallucinogens"
    OPIOIDS = "opioids"
    OTHER = "other"

    @property
    def label_en(self) -> str:
        """The class name as the ASSIST card prints it (``domain.glossary``)."""
        return wording("substance", self.value)[0]

    @property
    def label_km(self) -> str:
        """The class name in Khmer, for the printed summary and HQ statistics."""
        return wording("substance", self.value)[1]

    @property
    def examples_en(self) -> str:
        """Street and brand names read out with the class, adapted to Cambodia."""
        return _EXAMPLES[self]


_EXAMPLES: dict[Substance, str] = {
    Substance.TOBACCO: "cigarettes, chewing tobacco, cigars",
    Substance.ALCOHOL: "beer, wine, rice wine, spirits",
    Substance.CANNABIS: "marijuana, pot, grass, hash",
    Substance.COCAINE: "coke, crack",
    Substance.AMPHETAMINES: "yama, ice (crystal methamphetamine), speed, ecstasy",
    Substance.INHALANTS: "glue, petrol, paint thinner, nitrous",
    Substance.SEDATIVES: "diazepam (Valium), Rohypnol",
    Substance.HALLUCINOGENS: "LSD, acid, mushrooms, PCP, ketamine (Special K)",
    Substance.OPIOIDS: "heroin, opium, morphine, methadone, codeine",
    Substance.OTHER: "specify",
}

SUBSTANCES: tuple[Substance, ...] = tuple(Substance)
"""Every substance class, in questionnaire order."""


class RiskLevel(StrEnum):
    """ASSIST risk levels, lowest first (manual, section on interpreting scores)."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class Intervention(StrEnum):
    """What each risk level calls for, least intensive first (ASSIST v3.1 manual).

    ``ADVICE`` is general health advice; ``BRIEF_INTERVENTION`` the ASSIST-linked brief
    intervention; ``REFERRAL`` a brief intervention plus referral to specialist assessment
    and intensive treatment.
    """

    ADVICE = "advice"
    BRIEF_INTERVENTION = "brief_intervention"
    REFERRAL = "referral"


HIV_HEPATITIS_TESTING = "hiv_hepatitis_testing"
"""Flag: offer HIV and hepatitis B/C testing (injecting risk, ASSIST v3.1 manual)."""

_RISK_RANK: dict[str, int] = {level.value: rank for rank, level in enumerate(RiskLevel)}
_INTERVENTION_RANK: dict[str, int] = {
    intervention.value: rank for rank, intervention in enumerate(Intervention)
}
_INTERVENTION_FOR_RISK: dict[str, Intervention] = {
    RiskLevel.LOW: Intervention.ADVICE,
    RiskLevel.MODERATE: Intervention.BRIEF_INTERVENTION,
    RiskLevel.HIGH: Intervention.REFERRAL,
}


@dataclass(frozen=True)
class AssistQuestion:
    """One ASSIST question with its answer options and their points.

    ``text_en`` follows the manual's wording with ``{substance}`` where the interviewer
    names the substance (Q1 is asked per substance here rather than as one list).
    """

    key: str
    number: int
    text_en: str
    options: tuple[AnswerOption, ...]

    def text_for(self, substance: Substance | str) -> str:
        """The question as read out for one substance."""
        return self.text_en.format(substance=Substance(substance).label_en.lower())

    def option(self, value: str) -> AnswerOption | None:
        """The option stored as ``value``, or ``None`` when there is no such option."""
        for option in self.options:
            if option.value == value:
                return option
        return None


def _frequency(*points: int) -> tuple[AnswerOption, ...]:
    labels = (
        ("never", "Never"),
        ("once_or_twice", "Once or twice"),
        ("monthly", "Monthly"),
        ("weekly", "Weekly"),
        ("daily", "Daily or almost daily"),
    )
    return tuple(
        AnswerOption(value, label, score)
        for (value, label), score in zip(labels, points, strict=True)
    )


def _timing(*points: int) -> tuple[AnswerOption, ...]:
    labels = (
        ("never", "No, never"),
        ("past_3_months", "Yes, in the past 3 months"),
        ("before_3_months", "Yes, but not in the past 3 months"),
    )
    return tuple(
        AnswerOption(value, label, score)
        for (value, label), score in zip(labels, points, strict=True)
    )


ASSIST_QUESTIONS: tuple[AssistQuestion, ...] = (
    AssistQuestion(
        "q1",
        1,
        "In your life, have you ever used {substance}? (non-medical use only)",
        (AnswerOption("no", "No", None), AnswerOption("yes", "Yes", None)),
    ),
    AssistQuestion(
        "q2",
        2,
        "In the past three months, how often have you used {substance}?",
        _frequency(0, 2, 3, 4, 6),
    ),
    AssistQuestion(
        "q3",
        3,
        "During the past three months, how often have you had a strong desire or urge to "
        "use {substance}?",
        _frequency(0, 3, 4, 5, 6),
    ),
    AssistQuestion(
        "q4",
        4,
        "During the past three months, how often has your use of {substance} led to health, "
        "social, legal or financial problems?",
        _frequency(0, 4, 5, 6, 7),
    ),
    AssistQuestion(
        "q5",
        5,
        "During the past three months, how often have you failed to do what was normally "
        "expected of you because of your use of {substance}?",
        _frequency(0, 5, 6, 7, 8),
    ),
    AssistQuestion(
        "q6",
        6,
        "Has a friend or relative or anyone else ever expressed concern about your use of "
        "{substance}?",
        _timing(0, 6, 3),
    ),
    AssistQuestion(
        "q7",
        7,
        "Have you ever tried and failed to control, cut down or stop using {substance}?",
        _timing(0, 6, 3),
    ),
)
"""Questions 1–7, asked for each substance, in order."""

ASSIST_INJECTION_QUESTION = AssistQuestion(
    "q8",
    8,
    "Have you ever used any drug by injection? (non-medical use only)",
    _timing(0, 2, 1),
)
"""Question 8, asked once per screening; it is not part of any substance score."""

_QUESTION_BY_KEY: dict[str, AssistQuestion] = {q.key: q for q in ASSIST_QUESTIONS}
_FREQUENCY_SKIPPED = ("q3", "q4", "q5")

_QUESTION_SHORT: dict[str, Message] = {
    "q1": sentence("screening.assist_q1_short"),
    "q2": sentence("screening.assist_q2_short"),
    "q3": sentence("screening.assist_q3_short"),
    "q4": sentence("screening.assist_q4_short"),
    "q5": sentence("screening.assist_q5_short"),
    "q6": sentence("screening.assist_q6_short"),
    "q7": sentence("screening.assist_q7_short"),
}
"""The few words that name a question in an error sentence, after its number."""

_ANSWER_NAMES: dict[str, Message] = {
    "No": sentence("screening.assist_answer_no"),
    "Yes": sentence("screening.assist_answer_yes"),
    "Never": sentence("screening.assist_answer_never"),
    "Once or twice": sentence("screening.assist_answer_once_or_twice"),
    "Monthly": sentence("screening.assist_answer_monthly"),
    "Weekly": sentence("screening.assist_answer_weekly"),
    "Daily or almost daily": sentence("screening.assist_answer_daily"),
    "No, never": sentence("screening.assist_answer_no_never"),
    "Yes, in the past 3 months": sentence("screening.assist_answer_past_3_months"),
    "Yes, but not in the past 3 months": sentence("screening.assist_answer_before_3_months"),
}
"""Each answer box by its English label, as an error sentence lists the choices."""

_INJECTION_QUESTION = sentence("screening.assist_injection_question")
"""Question 8 as an error sentence names it."""


def assist_max_score(substance: Substance | str) -> int:
    """Highest possible score: 31 for tobacco (no Q5), 39 for every other substance."""
    return 31 if Substance(substance) is Substance.TOBACCO else 39


@dataclass(frozen=True)
class SubstanceScore:
    """The Specific Substance Involvement Score of one substance and its risk level."""

    score: int
    risk: str

    def __post_init__(self) -> None:
        if self.risk not in _RISK_RANK:
            raise ValueError(f'"{self.risk}" is not an ASSIST risk level (low, moderate, high).')
        if not 0 <= self.score <= 39:
            raise ValueError(f"An ASSIST substance score lies between 0 and 39, not {self.score}.")

    @property
    def intervention(self) -> str:
        """The intervention this risk level calls for (see ``recommended_intervention``)."""
        return recommended_intervention(self.risk)


def assist_risk(substance: Substance | str, score: int) -> str:
    """Risk level of a substance score (ASSIST v3.1 manual, risk-level table).

    Alcohol has its own, higher, low-risk ceiling because moderate drinking carries little
    risk: 0–10 low, 11–26 moderate, 27+ high. Every other substance: 0–3 low, 4–26
    moderate, 27+ high.
    """
    substance = _substance(substance)
    if not 0 <= score <= assist_max_score(substance):
        raise ScreeningAnswerError(
            "screening.assist_score_out_of_range",
            instrument=_INSTRUMENT,
            substance=substance.value,
            drug=substance.value,
            highest=assist_max_score(substance),
            score=score,
        )
    low_ceiling = 10 if substance is Substance.ALCOHOL else 3
    if score <= low_ceiling:
        return RiskLevel.LOW.value
    if score <= 26:
        return RiskLevel.MODERATE.value
    return RiskLevel.HIGH.value


def score_assist(answers: Mapping[str, Mapping[str, str]]) -> dict[str, SubstanceScore]:
    """Score a whole ASSIST sheet: one entry per substance ever used (Q1 "yes").

    ``answers`` maps substance values to ``{"q1": ..., ..., "q7": ...}``; a substance left
    out was never used, a skipped question is left out. The result keeps questionnaire
    order. Score = Q2+Q3+Q4+Q5+Q6+Q7, without Q5 for tobacco (ASSIST v3.1 manual).

    Raises ``ScreeningAnswerError`` (a ``ValueError``) naming the substance and question
    for an unknown substance, question or answer, for answers the skip rules forbid (Q2–Q7
    after Q1 "no", Q3–Q5 after Q2 "never", Q5 for tobacco), and for any answer the skip
    rules require but that is missing: a half-answered sheet never yields a score.
    """
    for key in answers:
        _substance(key)
    scores: dict[str, SubstanceScore] = {}
    for substance in SUBSTANCES:
        if substance.value not in answers:
            continue
        score = _score_substance(substance, answers[substance.value])
        if score is not None:
            scores[substance.value] = SubstanceScore(score, assist_risk(substance, score))
    return scores


def _substance(value: str) -> Substance:
    try:
        return Substance(value)
    except ValueError:
        raise ScreeningAnswerError(
            "screening.assist_unknown_substance",
            instrument=_INSTRUMENT,
            substance=str(value),
            value=str(value),
            substances=[s.value for s in SUBSTANCES],
        ) from None


def _where(substance: Substance, question: AssistQuestion) -> Message:
    """Where an error sentence points: "Cannabis, question 3 (strong desire or urge)"."""
    return sentence("screening.assist_where", drug=substance.value,
                    number=question.number, short=_QUESTION_SHORT[question.key])


def _answers(question: AssistQuestion) -> list[Message]:
    return [_ANSWER_NAMES[option.label_en] for option in question.options]


def _score_substance(substance: Substance, given: Mapping[str, str]) -> int | None:
    """Validate one substance's answers; its score, or ``None`` if never used."""
    for key in given:
        if key == ASSIST_INJECTION_QUESTION.key:
            raise ScreeningAnswerError(
                "screening.assist_injection_asked_once",
                instrument=_INSTRUMENT,
                substance=substance.value,
                question=key,
                drug=substance.value,
                key=key,
            )
        if key not in _QUESTION_BY_KEY:
            raise ScreeningAnswerError(
                "screening.assist_unknown_question",
                instrument=_INSTRUMENT,
                substance=substance.value,
                question=str(key),
                drug=substance.value,
                key=str(key),
            )
    q = _QUESTION_BY_KEY
    if substance is Substance.TOBACCO and "q5" in given:
        raise ScreeningAnswerError(
            "screening.assist_not_asked_for_tobacco",
            instrument=_INSTRUMENT,
            substance=substance.value,
            question="q5",
            where=_where(substance, q["q5"]),
        )
    points: dict[str, int | None] = {}
    for key, value in given.items():
        question = q[key]
        option = question.option(value)
        if option is None:
            raise ScreeningAnswerError(
                "screening.assist_unknown_answer",
                instrument=_INSTRUMENT,
                substance=substance.value,
                question=key,
                where=_where(substance, question),
                value=str(value),
                answers=_answers(question),
            )
        points[key] = option.points

    if given.get("q1") == "no":
        for key in given:
            if key != "q1":
                raise ScreeningAnswerError(
                    "screening.assist_answered_after_never_used",
                    instrument=_INSTRUMENT,
                    substance=substance.value,
                    question=key,
                    where=_where(substance, q[key]),
                    number=q[key].number,
                )
        return None
    if "q1" in given and given.get("q2") == "never":  # an unanswered Q1 is named first
        for key in _FREQUENCY_SKIPPED:
            if key in given:
                raise ScreeningAnswerError(
                    "screening.assist_answered_after_no_recent_use",
                    instrument=_INSTRUMENT,
                    substance=substance.value,
                    question=key,
                    where=_where(substance, q[key]),
                    number=q[key].number,
                )
    for key in _required(substance, given):
        if key not in given:
            raise ScreeningAnswerError(
                "screening.assist_unanswered",
                instrument=_INSTRUMENT,
                substance=substance.value,
                question=key,
                where=_where(substance, q[key]),
            )
    return sum(p for p in points.values() if p is not None)


def _required(substance: Substance, given: Mapping[str, str]) -> tuple[str, ...]:
    """The questions the skip rules ask, in order, given the answers to Q1 and Q2."""
    if "q1" not in given:
        return ("q1",)
    if "q2" not in given:
        return ("q2",)
    if given["q2"] == "never":
        frequency: tuple[str, ...] = ()
    else:
        frequency = ("q3", "q4") if substance is Substance.TOBACCO else _FREQUENCY_SKIPPED
    return (*frequency, "q6", "q7")


def score_injection(q8: str) -> int:
    """Points of ASSIST Q8 (injection): never 0, past 3 months 2, before that 1.

    Kept apart from every substance score, as the manual does; it only drives the
    injecting-risk advice and the HIV/hepatitis testing flag.
    """
    option = ASSIST_INJECTION_QUESTION.option(q8)
    if option is None or option.points is None:
        raise ScreeningAnswerError(
            "screening.assist_unknown_answer",
            instrument=_INSTRUMENT,
            question=ASSIST_INJECTION_QUESTION.key,
            where=_INJECTION_QUESTION,
            value=str(q8),
            answers=_answers(ASSIST_INJECTION_QUESTION),
        )
    return option.points


def recommended_intervention(risk: str) -> str:
    """The intervention a risk level calls for (ASSIST v3.1 manual, feedback section).

    low → ``"advice"`` (general health advice), moderate → ``"brief_intervention"``,
    high → ``"referral"`` (brief intervention and referral to intensive treatment).
    """
    try:
        return _INTERVENTION_FOR_RISK[RiskLevel(risk)].value
    except ValueError:
        raise ValueError(
            f'"{risk}" is not an ASSIST risk level; use "low", "moderate" or "high".'
        ) from None


def risk_rank(risk: str) -> int:
    """0 for low, 1 for moderate, 2 for high: for sorting and "at least moderate" tests."""
    try:
        return _RISK_RANK[RiskLevel(risk)]
    except ValueError:
        raise ValueError(
            f'"{risk}" is not an ASSIST risk level; use "low", "moderate" or "high".'
        ) from None


@dataclass(frozen=True)
class SubstanceResult:
    """One line of the ASSIST summary: a substance, its score, risk and intervention."""

    substance: str
    score: int
    risk: str
    intervention: str

    @property
    def label_en(self) -> str:
        return Substance(self.substance).label_en

    @property
    def label_km(self) -> str:
        return Substance(self.substance).label_km


@dataclass(frozen=True)
class AssistSummary:
    """The outcome of a whole ASSIST screening, as the feedback card and summary show it.

    ``substances`` lists every substance ever used, in questionnaire order, each with its
    own intervention (the manual gives feedback substance by substance).
    ``overall_intervention`` is the most intensive of those, tobacco included, since the
    manual makes no exception for it; ``None`` when no substance was ever used.
    ``injection`` is the Q8 answer (``None`` only when no substance was ever used, when
    the manual ends the interview after Q1). ``flags`` holds ``HIV_HEPATITIS_TESTING``
    when testing is to be offered.
    """

    substances: tuple[SubstanceResult, ...]
    overall_intervention: str | None
    injection: str | None
    flags: frozenset[str]

    @property
    def needs_hiv_hepatitis_testing(self) -> bool:
        return HIV_HEPATITIS_TESTING in self.flags

    @property
    def injected_in_past_3_months(self) -> bool:
        return self.injection == "past_3_months"

    @property
    def any_non_tobacco_moderate_or_high(self) -> bool:
        """Moderate or high risk on a substance other than tobacco.

        This is the ASSIST half of the ``DRUG_USE`` eligibility rule (DOMAIN.md): tobacco
        use alone does not call for drug treatment.
        """
        return any(
            r.substance != Substance.TOBACCO.value and risk_rank(r.risk) >= 1
            for r in self.substances
        )

    def result_for(self, substance: Substance | str) -> SubstanceResult | None:
        """The line of one substance, or ``None`` if it was never used."""
        wanted = _substance(substance).value
        for result in self.substances:
            if result.substance == wanted:
                return result
        return None


def summarise_assist(scores: Mapping[str, SubstanceScore], injection: str | None) -> AssistSummary:
    """Summarise ``score_assist``'s result and the Q8 answer into interventions and flags.

    Rules (ASSIST v3.1 manual; DOMAIN.md): each substance gets the intervention of its
    risk level; the overall recommendation is the most intensive of them. HIV and
    hepatitis testing is flagged when the person injected in the past 3 months, or injected
    at any time and has moderate or high risk on any substance, because injecting is the
    main route of HIV and hepatitis C infection among people who use drugs.

    ``injection`` may be ``None`` only when no substance was ever used; a score whose
    risk does not match its substance's bands is refused (it was not made by
    ``score_assist``).
    """
    results: list[SubstanceResult] = []
    for key in scores:
        _substance(key)
    for substance in SUBSTANCES:
        if substance.value not in scores:
            continue
        score = scores[substance.value]
        expected = assist_risk(substance, score.score)
        if score.risk != expected:
            raise ScreeningAnswerError(
                "screening.assist_risk_mismatch",
                instrument=_INSTRUMENT,
                substance=substance.value,
                drug=substance.value,
                score=score.score,
                expected=expected,
                risk=score.risk,
            )
        results.append(
            SubstanceResult(
                substance.value, score.score, score.risk, recommended_intervention(score.risk)
            )
        )
    if injection is None:
        if results:
            raise ScreeningAnswerError(
                "screening.assist_unanswered",
                instrument=_INSTRUMENT,
                question=ASSIST_INJECTION_QUESTION.key,
                where=_INJECTION_QUESTION,
            )
        ever_injected = False
    else:
        ever_injected = score_injection(injection) > 0
    overall = max(
        (r.intervention for r in results), key=_INTERVENTION_RANK.__getitem__, default=None
    )
    flags: set[str] = set()
    if injection == "past_3_months" or (
        ever_injected and any(risk_rank(r.risk) >= 1 for r in results)
    ):
        flags.add(HIV_HEPATITIS_TESTING)
    return AssistSummary(tuple(results), overall, injection, frozenset(flags))
