"""Headquarters' recovery sheet read back (issue #17, item 6): one page, both languages,
the key in its groups, which store and key it opens, and the command that uses it."""

from __future__ import annotations

import re

from rehabdesk.printing import samples
from rehabdesk.printing.samples import SAMPLE_RECOVERY_KEY

KHMER = re.compile("[\u1780-\u17ff]{3}")


def test_the_hq_recovery_sheet_says_what_to_do_in_both_languages(pdf) -> None:
    data = samples._documents()["hq-recovery-sheet"]()
    assert len(pdf.reader(data).pages) == 1
    text = pdf.text(data)
    assert "Headquarters key recovery sheet" in text  # Khmer reads back as glyphs:
    assert KHMER.search(text) and "Ministry of Interior" in text  # its lines are there
    groups = SAMPLE_RECOVERY_KEY.split("-")
    assert "  ".join(groups[:4]) in text and "  ".join(groups[4:]) in text
    assert "postgresql://hq@db.nacd.gov.kh/rehabdesk_hq" in text
    assert "40213 09876 51234 11223 60001 23456 34567 45678" in text
    assert text.count("recover --user NAME") >= 2  # the Khmer step and the English one
    assert "Keep this sheet in a locked cupboard" in text
