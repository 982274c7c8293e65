import pytest

from rehabdesk.domain.names import fold_latin, khmer_key, latin_key, search_terms


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sok", "Sokh"),
        ("Chhun", "Chun"),
        ("Touch", "Toch"),
        ("Vannak", "Vanak"),
        ("Srey Pov", "Sreypov"),
        ("Khim", "Kim"),
        ("Vuthy", "Wuthy"),
        ("Ly", "Li"),
        ("Phally", "Pally"),
        ("Sâm", "Sam"),
        ("Sok-Dara", "sok dara"),
    ],
)
def test_romanisation_variants_share_a_key(a: str, b: str) -> None:
    assert latin_key(a) == latin_key(b)


@pytest.mark.parametrize(("a", "b"), [("Sok", "Sam"), ("Dara", "Dy"), ("Chan", "Chea")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert latin_key(a) != latin_key(b)


def test_fold_latin_keeps_word_boundaries() -> None:
    assert fold_latin("  ÉLISE  de-la Cruz ") == "elise de la cruz"


def test_khmer_key_drops_spaces_and_zero_width_spaces() -> None:
    assert khmer_key("សុខ\u200b ដារ៉ា") == "សុខដារ៉ា"


def test_search_terms_classify_khmer_and_latin_words() -> None:
    terms = search_terms("សុខា KPC-2026-000123 sokh")
    assert terms[0].khmer == "សុខា" and not terms[0].latin
    assert terms[1].ident == "KPC-2026-000123"
    assert terms[2].latin == "sok"


@pytest.mark.parametrize("hostile", ['"', "'; DROP TABLE person; --", "NEAR(a b)", "*", "🙂🙂",
                                     "a" * 10_000, "\x00\x01", "(((", "AND OR NOT"])
def test_search_terms_never_raise(hostile: str) -> None:
    for term in search_terms(hostile):
        assert '"' not in term.latin and '"' not in term.ident


def test_another_spelling_is_what_a_paper_wrote_differently() -> None:
    from rehabdesk.domain.intake import NameSpelling, is_another_spelling

    known = [("សុខ ដារ៉ា", "Sok Dara")]
    assert is_another_spelling(NameSpelling("សុខ ដារ៉ា", "Sokh Dara", "list"), known)
    assert is_another_spelling(NameSpelling("", "Dara Sok", "list"), known)
    assert not is_another_spelling(NameSpelling("សុខ ដារ៉ា", " sok  DARA ", "list"), known)
    assert not is_another_spelling(NameSpelling("", "", "list"), known)
    assert not is_another_spelling(NameSpelling("សុខ ដារ៉ា", "", "list"), known)
