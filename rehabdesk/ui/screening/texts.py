"""The screening instruments' wording, on screen in the clerk's language.

The domain (``rehabdesk.domain.screening``) holds each question's English wording next to
its scoring, so the two cannot disagree; the Khmer wording lives with every other screen
string in ``resources/translations``. lupdate only finds literal strings, so each English
text is listed here once more under ``QT_TRANSLATE_NOOP`` — a test checks that every text
the domain defines is listed, so a reworded question can never show untranslated.
``{substance}`` in an ASSIST question stays as it is in the translation: the substance's
own (translated) name goes there.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rehabdesk.domain.screening import (
    ASSIST_INJECTION_QUESTION,
    ASSIST_QUESTIONS,
    AssistQuestion,
    Substance,
)
from rehabdesk.ui.kit.words import word

CONTEXT = "ScreeningTexts"

TEXTS: frozenset[str] = frozenset(str(text) for text in (
    # ASSIST v3.1 questions (WHO 2010)
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "In your life, have you ever used {substance}? (non-medical use only)"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "In the past three months, how often have you used {substance}?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "During the past three months, how often have you had a strong desire "
                      "or urge to use {substance}?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "During the past three months, how often has your use of {substance} "
                      "led to health, social, legal or financial problems?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "During the past three months, how often have you failed to do what was "
                      "normally expected of you because of your use of {substance}?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Has a friend or relative or anyone else ever expressed concern about "
                      "your use of {substance}?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Have you ever tried and failed to control, cut down or stop using "
                      "{substance}?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Have you ever used any drug by injection? (non-medical use only)"),
    # answer boxes (ASSIST, DAST-10, AUDIT)
    QT_TRANSLATE_NOOP("ScreeningTexts", "No"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Yes"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Never"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Once or twice"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Monthly"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Weekly"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Daily or almost daily"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "No, never"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Yes, in the past 3 months"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Yes, but not in the past 3 months"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Monthly or less"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "2 to 4 times a month"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "2 to 3 times a week"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "4 or more times a week"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "1 or 2"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "3 or 4"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "5 or 6"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "7, 8 or 9"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "10 or more"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Less than monthly"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Yes, but not in the last year"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Yes, during the last year"),
    # ASSIST substance classes and the names read out with them
    QT_TRANSLATE_NOOP("ScreeningTexts", "cigarettes, chewing tobacco, cigars"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "beer, wine, rice wine, spirits"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "marijuana, pot, grass, hash"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "coke, crack"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "yama, ice (crystal methamphetamine), speed, ecstasy"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "glue, petrol, paint thinner, nitrous"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "diazepam (Valium), Rohypnol"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "LSD, acid, mushrooms, PCP, ketamine (Special K)"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "heroin, opium, morphine, methadone, codeine"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "specify"),
    # DAST-10 (Skinner 1982): the instructions read out first, then the items
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "The following questions concern information about your possible "
                      "involvement with drugs, not including alcoholic beverages, during the "
                      "past 12 months. \"Drug abuse\" refers to (1) the use of prescribed or "
                      "over-the-counter drugs in excess of the directions, and (2) any "
                      "non-medical use of drugs. The various classes of drugs may include "
                      "cannabis, solvents, tranquillisers, barbiturates, cocaine, stimulants, "
                      "hallucinogens or narcotics. Remember that the questions do not include "
                      "alcoholic beverages."),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Have you used drugs other than those required for medical reasons?"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Do you abuse more than one drug at a time?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Are you always able to stop using drugs when you want to?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Have you had \"blackouts\" or \"flashbacks\" as a result of drug use?"),
    QT_TRANSLATE_NOOP("ScreeningTexts", "Do you ever feel bad or guilty about your drug use?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Does your spouse (or parents) ever complain about your involvement with "
                      "drugs?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Have you neglected your family because of your use of drugs?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Have you engaged in illegal activities in order to obtain drugs?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Have you ever experienced withdrawal symptoms (felt sick) when you "
                      "stopped taking drugs?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Have you had medical problems as a result of your drug use (e.g. memory "
                      "loss, hepatitis, convulsions, bleeding)?"),
    # AUDIT (WHO 2001): what one drink is, then the items
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Items 2 and 3 count standard drinks. One drink is about 10 g of "
                      "alcohol: one can or small bottle of beer (330 ml), one glass of wine "
                      "(100 ml), or one small shot of spirits or rice wine (30 ml)."),
    QT_TRANSLATE_NOOP("ScreeningTexts", "How often do you have a drink containing alcohol?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "How many drinks containing alcohol do you have on a typical day when "
                      "you are drinking?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "How often do you have six or more drinks on one occasion?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "How often during the last year have you found that you were not able "
                      "to stop drinking once you had started?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "How often during the last year have you failed to do what was normally "
                      "expected from you because of drinking?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "How often during the last year have you needed a first drink in the "
                      "morning to get yourself going after a heavy drinking session?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "How often during the last year have you had a feeling of guilt or "
                      "remorse after drinking?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "How often during the last year have you been unable to remember what "
                      "happened the night before because you had been drinking?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Have you or someone else been injured as a result of your drinking?"),
    QT_TRANSLATE_NOOP("ScreeningTexts",
                      "Has a relative or friend or a doctor or another health worker been "
                      "concerned about your drinking or suggested you cut down?"),
))

def text(english: str) -> str:
    """``english`` (one of ``TEXTS``) in the interface language."""
    return QCoreApplication.translate(CONTEXT, english)


def substance_name(substance: Substance | str) -> str:
    """The substance class as the glossary names it, in the interface language."""
    return word("substance", substance)


def question_text(question: AssistQuestion, substance: Substance | str) -> str:
    """An ASSIST question as read out for one substance, in the interface language."""
    name = substance_name(substance)
    return text(question.text_en).replace("{substance}", name[:1].lower() + name[1:])


def intervention_text(intervention: str) -> str:
    return word("intervention", intervention)


ASSIST_KEYS = {**{q.key: q for q in ASSIST_QUESTIONS},
               ASSIST_INJECTION_QUESTION.key: ASSIST_INJECTION_QUESTION}
"""Every ASSIST question by its key (``q1`` … ``q8``)."""
