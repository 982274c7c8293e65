"""Every error and message the application can show has a sentence in both languages,
with every parameter filled (issue #21, item 3).

The source is read, not run: each call that builds an error (a subclass of
``RehabDeskError``) or a message (``sentence``) must name a code literally, the code must be in the
catalogue, and the keyword arguments must be exactly the fields both templates use. Then
each sentence is worded in English and Khmer with sample values: no field may be left
unfilled, and the Khmer may not fall back to English words.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

import rehabdesk
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.glossary import GLOSSARY
from rehabdesk.domain.messages import CATALOGUE, Message, say

ROOT = Path(rehabdesk.__file__).parent

PROPER_NOUNS = {
    "ASSIST", "DAST", "AUDIT", "RehabDesk", "SQLCipher", "SQLite", "PostgreSQL", "CSV",
    "XLSX", "PDF", "JSON", "USB", "HIV", "TB", "ID", "QR", "UTC", "REHABDESK_LANG",
    "REHABDESK_PASSWORD", "REHABDESK_USER", "ReportLab", "Excel", "LibreOffice", "HQ",
}
"""Latin words a Khmer sentence may carry: instrument names, file formats, the product."""


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """``RehabDeskError`` and every class that derives from it, read from the source."""
    found = {"RehabDeskError"}
    classes = [node for tree in trees for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)]
    while True:
        more = {c.name for c in classes if any(
            (b.id if isinstance(b, ast.Name) else getattr(b, "attr", None)) in found
            for b in c.bases)} - found
        if not more:
            return found
        found |= more


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _builders() -> Iterator[tuple[str, ast.Call]]:
    """Every call that builds an error or a message, with where it is."""
    paths = sorted(ROOT.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in paths]
    builders = _error_classes(trees) | {"sentence"}
    for path, tree in zip(paths, trees, strict=True):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node) in builders:
                yield f"{path.relative_to(ROOT.parent)}:{node.lineno}", node


def _fields(template: str) -> dict[str, str]:
    """Field name → format spec."""
    return {name: spec or "" for _, name, spec, _ in string.Formatter().parse(template)
            if name is not None}


BUILDERS = list(_builders())


def test_every_error_is_built_from_a_code_in_the_catalogue() -> None:
    problems: list[str] = []
    for where, call in BUILDERS:
        if _name(call) in ("__init__", "super"):
            continue
        if not call.args or not isinstance(call.args[0], ast.Constant) \
                or not isinstance(call.args[0].value, str):
            problems.append(f"{where}: the first argument is not a code written out")
            continue
        code = call.args[0].value
        if code not in CATALOGUE:
            problems.append(f"{where}: {code!r} is not in the catalogue")
            continue
        if len(call.args) > 1:
            problems.append(f"{where}: parameters must be passed by name")
        given = {k.arg for k in call.keywords if k.arg is not None}
        if any(k.arg is None for k in call.keywords):
            continue  # **params passed on: checked where they are built
        expected = set(_fields(CATALOGUE[code][0]))
        extra_keywords = {"instrument", "substance", "question"}  # where, not what
        if given - extra_keywords != expected:
            problems.append(f"{where}: {code!r} takes {sorted(expected)}, given {sorted(given)}")
    assert not problems, "\n".join(problems)


def test_every_sentence_is_used() -> None:
    used = {call.args[0].value for _, call in BUILDERS
            if call.args and isinstance(call.args[0], ast.Constant)}
    assert not set(CATALOGUE) - used, sorted(set(CATALOGUE) - used)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_both_languages_take_the_same_parameters(code: str) -> None:
    english, khmer = CATALOGUE[code]
    assert _fields(english) == _fields(khmer) or (
        _fields(english).keys() == _fields(khmer).keys()
        and all("|" in spec for name, spec in _fields(english).items()
                if spec != _fields(khmer)[name])), f"{code}: {english!r} / {khmer!r}"


def _sample(name: str, spec: str) -> object:
    if spec in GLOSSARY:
        return next(iter(GLOSSARY[spec]))
    if "|" in spec:
        return 3
    if spec.startswith("."):
        return 1.5
    return f"<{name}>"


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_parameter_is_filled_in_both_languages(code: str) -> None:
    params = {name: _sample(name, spec) for name, spec in _fields(CATALOGUE[code][0]).items()}
    for language in ("en", "km"):
        text = say(code, params, language)
        assert text and "{" not in text and "}" not in text and code not in text, text
        for value in params.values():
            if isinstance(value, str) and value.startswith("<"):
                assert value in text, f"{code} ({language}) drops {value}: {text}"


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_the_khmer_sentence_is_khmer(code: str) -> None:
    khmer = re.sub(r"\{[^}]*\}", "", CATALOGUE[code][1])
    khmer = re.sub(r"\b[A-Z]{2,10}(?:-[A-Z0-9]+)+\b", "", khmer)  # an example serial
    latin = set(re.findall(r"[A-Za-z][A-Za-z_\-0-9]*", khmer)) - PROPER_NOUNS
    assert not latin, f"{code}: English left in the Khmer sentence: {sorted(latin)}"
    assert re.search("[\u1780-\u17ff]", khmer), f"{code}: no Khmer at all"


def test_an_error_says_its_sentence_in_either_language_and_survives_pickling() -> None:
    import pickle

    code = next(iter(CATALOGUE))
    params = {name: _sample(name, spec) for name, spec in _fields(CATALOGUE[code][0]).items()}
    error = ValidationError(code, **params)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is ValidationError
    assert again.said("km") == error.said("km") != str(error) == again.said("en")


def test_an_unknown_code_is_still_a_readable_line() -> None:
    assert say("no.such.code", {"day": 3}, "km") == "no.such.code (day=3)"
    assert str(Message("no.such.code")) == "no.such.code"


def test_a_name_kept_in_both_languages_is_said_in_the_sentence_s_language() -> None:
    from rehabdesk.domain.messages import Named

    sewing = Named("Sewing", "ដេរ")
    assert (sewing.said("en"), sewing.said("km"), str(sewing)) == ("Sewing", "ដេរ", "Sewing")
    assert Named("Sewing").said("km") == "Sewing"  # no Khmer name recorded yet
