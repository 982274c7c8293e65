"""One term for one thing, in one spelling (issue #26, items 2 and 5).

The glossary (:mod:`rehabdesk.domain.khmer_terms`) holds the screen (the .ts file), the
domain's sentences and the printed forms to one Khmer rendering per English term; the
orthography checks keep one subscript form (្ដ) per word, no Latin semicolon inside Khmer
and keyboard shortcuts after the Khmer word.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

from rehabdesk.domain import khmer_terms
from rehabdesk.domain.glossary import GLOSSARY, wording
from rehabdesk.domain.khmer_terms import EXCEPTIONS, SUBSCRIPT_DA_WORDS, TERMS, VERDICT_STATUSES
from rehabdesk.domain.legal import VerdictStatus
from rehabdesk.domain.messages import CATALOGUE

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "rehabdesk_km.ts"
KHMER = re.compile("[\u1780-\u17ff]")
COENG_TA, COENG_DA = "\u17d2\u178f", "\u17d2\u178a"


def _ts() -> list[tuple[str, str, str]]:
    """(context, English source, Khmer translation) of every message."""
    root = ET.parse(TS).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "",
             m.findtext("translation") or "")
            for ctx in root.iter("context") for m in ctx.iter("message")]


def _literals() -> list[tuple[str, str]]:
    """(file:line, text) of every string constant with Khmer letters in the domain and
    the printing modules."""
    found = []
    for package in ("domain", "printing"):
        for path in sorted((ROOT / "rehabdesk" / package).rglob("*.py")):
            if path.name == "khmer_terms.py":  # the glossary names the wrong renderings
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                        and KHMER.search(node.value)):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    return found


def _everywhere() -> list[tuple[str, str]]:
    """(where, Khmer text) on screen, in the domain and on paper."""
    return [(f"{ctx}: {src!r}", tr) for ctx, src, tr in _ts()] + _literals()


def _names(term: khmer_terms.Term, english: str) -> bool:
    return re.search(rf"\b(?:{term.english})\b", english.replace("&", ""), re.I) is not None


def test_the_glossary_is_consistent() -> None:
    for term in TERMS:
        assert term.khmer and all(w and w != term.khmer for w in term.wrong + term.wrong_here)
        for wrong in term.wrong:
            assert wrong not in term.khmer, term
    renderings = {t.khmer for t in TERMS}
    assert set(VERDICT_STATUSES.values()) <= renderings, "a verdict status is a glossary term"
    assert khmer_terms.TO_CONFIRM, "the (confirm) terms are listed in one place"
    assert all(t.confirm for t in khmer_terms.TO_CONFIRM)


def test_no_wrong_rendering_on_screen_in_the_domain_or_on_paper() -> None:
    wrong = [(where, term.english, bad) for where, text in _everywhere()
             for term in TERMS for bad in term.wrong if bad in text]
    assert wrong == []


def test_a_term_named_in_english_is_rendered_the_one_way() -> None:
    missing, wrong = [], []
    for ctx, src, tr in _ts():
        for term in TERMS:
            if not _names(term, src) or (ctx, src.replace("&", "")) in EXCEPTIONS:
                continue
            if term.khmer not in tr:
                missing.append((ctx, src, term.khmer))
            # A rendering right elsewhere (បញ្ជូន = refer) is wrong where this term is
            # named, unless it is part of a glossary rendering (អ្នកគ្រប់គ្រងប្រព័ន្ធ).
            rest = tr
            for other in sorted(TERMS, key=lambda t: -len(t.khmer)):
                rest = rest.replace(other.khmer, "")
            wrong += [(ctx, src, bad) for bad in term.wrong_here if bad in rest]
    assert missing == []
    assert wrong == []


def _printed_pairs() -> list[tuple[str, str, str]]:
    """(file:line, Khmer, English) of the bilingual labels on paper: a Khmer string
    constant followed by an English one, as ``Label("លេខករណី", "Case no.")`` or
    ``("បានផ្ទេរ", "transferred")`` write them."""
    pairs = []
    for path in sorted((ROOT / "rehabdesk" / "printing").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            items = node.args if isinstance(node, ast.Call) else (
                node.elts if isinstance(node, ast.Tuple) else [])
            for km, en in pairwise(items):
                if (isinstance(km, ast.Constant) and isinstance(km.value, str)
                        and isinstance(en, ast.Constant) and isinstance(en.value, str)
                        and KHMER.search(km.value) and not KHMER.search(en.value)):
                    pairs.append((f"{path.relative_to(ROOT)}:{km.lineno}", km.value, en.value))
    return pairs


def test_a_term_named_on_paper_is_printed_the_one_way() -> None:
    missing = [(where, en, term.khmer) for where, km, en in _printed_pairs()
               for term in TERMS if _names(term, en) and term.khmer not in km]
    assert missing == []


def test_the_exceptions_are_few_and_still_needed() -> None:
    assert len(EXCEPTIONS) <= 5
    messages = {(ctx, src.replace("&", "")) for ctx, src, _ in _ts()}
    assert set(EXCEPTIONS) <= messages


@pytest.mark.parametrize("status", list(VerdictStatus))
def test_a_verdict_status_has_one_khmer_label(status: VerdictStatus) -> None:
    """Screen labels = reason sentences = letters: the domain's label (which the reason
    sentences and the decision letter quote) is the glossary's, and so is the screen's
    (``ui.kit.words`` words every code from ``domain.glossary``)."""
    assert status.label_km == VERDICT_STATUSES[status.value]
    assert wording("verdict_status", status.value) == (status.label_en, status.label_km)


def _domain_wordings() -> list[tuple[str, str, str]]:
    """(where, English, Khmer) of every coded value's wording and every sentence of the
    domain's catalogues."""
    found = [(f"glossary {kind}.{code}", en, km)
             for kind, codes in GLOSSARY.items() for code, (en, km) in codes.items()]
    return found + [(f"message {code}", en, km) for code, (en, km) in CATALOGUE.items()]


def test_a_term_named_in_a_coded_value_or_an_error_is_rendered_the_one_way() -> None:
    missing = [(where, en, term.khmer) for where, en, km in _domain_wordings()
               for term in TERMS if _names(term, en) and term.khmer not in km]
    assert missing == []


def _subscript_keys(text: str) -> list[tuple[str, str]]:
    """(the spelling with ្ដ, the spelling as written) of every syllable around a
    subscript ta or da: two letters before it and one after."""
    keys = []
    for run in re.findall("[\u1780-\u17ff]+", text):
        for m in re.finditer(f"{COENG_TA}|{COENG_DA}", run):
            written = run[max(0, m.start() - 2):m.end() + 1]
            keys.append((written.replace(COENG_TA, COENG_DA), written))
    return keys


def test_no_word_is_spelled_with_both_subscripts() -> None:
    spellings: dict[str, set[str]] = defaultdict(set)
    for _, text in _everywhere():
        for key, written in _subscript_keys(text):
            spellings[key].add(written)
    assert {k: v for k, v in spellings.items() if len(v) > 1} == {}


def test_chuon_nath_words_take_the_subscript_da() -> None:
    ta_spellings = [w.replace(COENG_DA, COENG_TA) for w in SUBSCRIPT_DA_WORDS]
    found = [(where, w) for where, text in _everywhere() for w in ta_spellings if w in text]
    assert found == []


def _khmer_semicolons(text: str) -> list[str]:
    """The Khmer sentences of ``text`` with a Latin ';' that has Khmer on both sides.
    HTML character references (&#9873;) are not punctuation, and the English half of a
    bilingual line (after " · ") is not a Khmer sentence."""
    found = []
    for sentence in re.split(r"[។\n]| · ", re.sub(r"&#?\w+;", "", text)):
        parts = sentence.split(";")
        if any(KHMER.search(left) and KHMER.search(right)
               for left, right in pairwise(parts)):
            found.append(sentence)
    return found


def test_no_latin_semicolon_inside_khmer() -> None:
    found = [(where, s) for where, text in _everywhere() for s in _khmer_semicolons(text)]
    assert found == []


def test_keyboard_shortcuts_come_after_the_khmer_word() -> None:
    def bare(text: str) -> str:  # without "&&" and character references (&#9873;)
        return re.sub(r"&#?\w+;", "", text.replace("&&", ""))

    inside = [(ctx, src, tr) for ctx, src, tr in _ts()
              if "&" in re.sub(r"\(&[^&\s]\)(?=$|[…៖:]| \()", "", bare(tr))]
    assert inside == []


def test_yes_and_no_are_values_not_spoken_answers() -> None:
    """បាទ/ចាស answer a question aloud; a value on a form is មាន/គ្មាន or បាទ/ទេ."""
    spoken = [(where, text) for where, text in _everywhere() if "បាទ/ចាស" in text]
    assert spoken == []
