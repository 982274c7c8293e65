"""Name normalisation for search and duplicate detection.

Khmer names reach the centre romanised by many hands: the same person is "Sok" on one
list and "Sokh" on the next, "Chhun" or "Chun", "Touch" or "Toch". Search must find
them all, so Latin names are reduced to a *search key* in which the common spelling
variants of the same Khmer sound coincide. The rules, applied in this order:

1. Unicode NFKD, combining marks dropped ("Sâm" → "sam"), lower case.
2. Everything but the letters a–z and digits dropped, spaces included, so "Sok Dara",
   "Sokdara" and "Sok-Dara" coincide (spacing is folded).
3. ``w`` → ``v`` ("Wuthy"/"Vuthy"), ``y`` → ``i`` ("Srey"/"Srei", "Ly"/"Li"),
   ``x`` → ``s`` (rare French-era spellings).
4. An ``h`` after a consonant is dropped: kh→k, chh→c(h)→c, ph→p, th→t ("Khim"/"Kim",
   "Chhun"/"Chun", "Phal"/"Pal", "Thida"/"Tida"); so is an ``h`` closing a word after a
   vowel ("Yeah"/"Yea").
5. ``ou``/``oo`` → ``o`` ("Touch"/"Toch", "Sour"/"Sor"); ``ea``/``ie`` kept.
6. Doubled letters collapse ("Vannak"/"Vanak", "Sokk"/"Sok").

The key is for matching only; it is never shown to anyone. Khmer-script names are
compared after NFC normalisation with spaces and zero-width characters removed, because
Khmer writing does not reliably separate words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rehabdesk.domain.messages import Message, sentence

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_LETTER_MAP = str.maketrans({"w": "v", "y": "i", "x": "s"})
_H_AFTER_CONSONANT = re.compile(r"([bcdfgjklmnpqrstvz])h+")
_FINAL_H_AFTER_VOWEL = re.compile(r"(?<=[aeiou])h(?=$| )")
_OU = re.compile(r"o[ou]")
_DOUBLED = re.compile(r"(.)\1+")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff "), None)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_KHMER_BLOCK = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]")
_ID_CHARS = re.compile(r"[^A-Z0-9\-/]+")


def fold_latin(text: str) -> str:
    """Lower case, no diacritics, words separated by one space (rules 1 and spacing)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(_NON_ALNUM.sub(" ", bare).split())


@lru_cache(maxsize=16384)
def latin_key(text: str) -> str:
    """The search key of a romanised name (module docstring, rules 1–6). Kept per name:
    a transfer list's rows are keyed when checked and again when stored, and a list
    repeats names (issue #24, item 4)."""
    words = fold_latin(text).translate(_LETTER_MAP)
    words = _FINAL_H_AFTER_VOWEL.sub("", words)
    words = _H_AFTER_CONSONANT.sub(r"\1", words)
    words = _OU.sub("o", words)
    return _DOUBLED.sub(r"\1", words.replace(" ", ""))


def khmer_key(text: str) -> str:
    """A Khmer-script name in NFC with spaces and zero-width characters removed."""
    return unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH)


def is_khmer(text: str) -> bool:
    return bool(_KHMER_BLOCK.search(text))


def id_key(text: str) -> str:
    """An identifier (case number, national id, inmate number) as it is searched: upper
    case, only letters, digits, ``-`` and ``/``."""
    return _ID_CHARS.sub("", unicodedata.normalize("NFKC", text).upper())


@dataclass(frozen=True)
class SearchTerm:
    """One word the user typed, in the forms it may match.

    ``khmer`` is set for a Khmer-script word; ``latin`` and ``ident`` for anything else
    (a Latin word may be a name or part of a case number, so both are tried).
    """

    khmer: str = ""
    latin: str = ""
    ident: str = ""

    @property
    def longest(self) -> int:
        return max(len(self.khmer), len(self.latin), len(self.ident))


MAX_QUERY_CHARS = 200
"""Longer input is cut: no name or identifier is that long, and a pasted page of text
must not turn into a query with thousands of terms."""


def search_terms(query: str) -> list[SearchTerm]:
    """Splits what the user typed into terms; every term must match (AND).

    Any text is accepted: quotes, operators and emoji simply vanish from the keys, so a
    query can never be a syntax error.
    """
    terms: list[SearchTerm] = []
    for word in query[:MAX_QUERY_CHARS].split():
        if is_khmer(word):
            term = SearchTerm(khmer=khmer_key(word))
        else:
            term = SearchTerm(latin=latin_key(word), ident=id_key(word))
        if term.longest and term not in terms:
            terms.append(term)
    return terms


def clean_name(text: str) -> str:
    """A name as it is stored: NFC, without zero-width characters, soft hyphens or
    surrounding spaces (the normalisation search applies to Khmer names, so what is
    stored is what is found)."""
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE).strip()


@lru_cache(maxsize=4096)
def name_problem(text: str) -> Message | None:
    """What makes ``text`` unfit as a name (after ``clean_name``), or None: the end of a
    sentence whose beginning names the field ("The Latin name …").

    Control characters (a newline, ESC, BEL), bidirectional overrides and other format
    characters would hide or reorder what the clerk sees on screen, on paper and in a
    terminal; a name must also have at least one letter to be seen at all. Kept per
    text, as it looks at each character: a transfer list checks every row's names when
    read and again when stored, and repeats names (issue #24, item 4)."""
    for char in clean_name(text):
        category = unicodedata.category(char)
        if category.startswith("C") or category in ("Zl", "Zp"):
            return sentence("intake.name_control_character",
                            character=f"U+{ord(char):04X}")
    cleaned = clean_name(text)
    if cleaned and not any(unicodedata.category(c).startswith("L") for c in cleaned):
        return sentence("intake.name_without_letter")
    return None
