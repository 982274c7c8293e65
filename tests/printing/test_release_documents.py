"""The release papers (issue #15, item 3) read back: the certificate names the person,
the stay, the exit reason as the glossary words it, the destination and the receiver,
with the signatures of the person, the receiver and the director; the hand-over sheet
accounts for every belonging and the savings paid out."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest

from rehabdesk.domain.records import Address
from rehabdesk.printing import (
    DOCUMENTS,
    HandoverRequest,
    PrintContext,
    ReleaseRequest,
    render_document,
    samples,
)
from rehabdesk.printing.kit import page

S = samples
PRINTED = PrintContext(S.CENTRE, S.PRINTED_BY, S.RELEASED_ON)
KHMER = re.compile("[\u1780-\u17ff]")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _certificate(pdf: Any, **changes: Any) -> tuple[str, bytes]:
    release = dataclasses.replace(S.sample_release(), **changes)
    data = render_document("release", ReleaseRequest(
        PRINTED, S.PERSON, S.sample_released_episode(), release))
    return _flat(pdf.text(data)), data


def _handover(pdf: Any, episode: Any = None, **changes: Any) -> tuple[str, bytes]:
    release = dataclasses.replace(S.sample_release(), **changes)
    data = render_document("handover", HandoverRequest(
        PRINTED, S.PERSON, episode or S.sample_released_episode(), release))
    return _flat(pdf.text(data)), data


@pytest.fixture
def qr_payloads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    drawn: list[str] = []
    original = page._draw_qr

    def spy(canv: Any, payload: str, *args: Any) -> None:
        drawn.append(payload)
        original(canv, payload, *args)

    monkeypatch.setattr(page, "_draw_qr", spy)
    return drawn


def test_both_release_papers_are_registered_and_drawn_by_make_forms() -> None:
    assert {"release", "handover"} <= set(DOCUMENTS)
    assert DOCUMENTS["release"].title_en == "Release certificate"
    assert {"release-certificate", "handover-sheet"} <= set(S._documents())


def test_the_certificate_names_person_stay_reason_destination_and_receiver(
        pdf, qr_payloads: list[str]) -> None:
    text, data = _certificate(pdf)
    for expected in (
        "Release certificate", "This is to certify that", "SOK Chantha", "KPC-2026-000123",
        "stayed at this centre from 12 Mar 2026 and was released on 14 Sep 2026 (186 days)",
        "030512874", "KC-2025-0481",
        "completed the programme",  # the glossary's wording of the exit reason
        "Kampong Cham",  # the destination, as the gazetteer names it
        "family member", "SOK Sreymom", "012 345 678", "HENG Dara",
        "hand-over sheet",
    ):
        assert expected in text, expected
    assert "១៨៦" in text and KHMER.search(text)  # the Khmer line counts in Khmer digits
    # signed by the person, the receiver and the director, on the one page
    for signer in ("Person released", "Receiver", "Director of the centre"):
        assert signer in text, signer
    assert len(pdf.reader(data).pages) == 1
    # the QR code, like every paper about one stay, points at the record
    assert qr_payloads and set(qr_payloads) == {
        f"rehabdesk:person/{S.PERSON.uid}?case=KPC-2026-000123"}


def test_the_certificate_prints_the_words_of_other_and_the_case_of_a_return(pdf) -> None:
    text, _ = _certificate(pdf, reason="other", other_reason="deported to Thailand")
    assert "other" in text and "deported to Thailand" in text
    text, _ = _certificate(pdf, reason="returned_to_prison",
                           case_returned_to="Kampong Cham Provincial Court 123/2026")
    assert "returned to prison or court" in text
    assert "Kampong Cham Provincial Court 123/2026" in text


def test_a_person_who_left_alone_has_no_receiver_to_sign(pdf) -> None:
    text, data = _certificate(pdf, handed_to_kind="self", handed_to_name="",
                              handed_to_phone="", destination=Address())
    assert "nobody (left on their own)" in text
    assert "Receiver" not in text
    assert "Person released" in text and "Director of the centre" in text
    assert len(pdf.reader(data).pages) == 1


def test_the_hand_over_sheet_accounts_for_every_belonging_and_the_savings(pdf) -> None:
    text, data = _handover(pdf)
    episode = S.sample_released_episode()
    assert "Hand-over sheet: belongings and savings" in text and "KPC-2026-000123" in text
    for item in episode.belongings:  # the English half (Khmer reads back as glyphs)
        assert item.item.split(" · ")[-1] in text, item.item
    back = sum(b.returned_on is not None for b in episode.belongings)
    assert text.count("handed back") == back == 4
    assert text.count("still held") == 1  # the belt the centre keeps
    assert "186,300 riel" in text and "១៨៦ ៣០០" in text
    assert "paid in cash on the release day" in text
    assert "I have received the belongings ticked above and the money above in full" in text
    for signer in ("Person released", "Receiver", "Officer handing over"):
        assert signer in text, signer
    assert len(pdf.reader(data).pages) == 1
    assert KHMER.search(text)


def test_nothing_handed_back_says_so_and_a_death_has_no_signature_of_the_person(
        pdf) -> None:
    held = dataclasses.replace(S.sample_released_episode(), belongings=tuple(
        dataclasses.replace(b, returned_on=None)
        for b in S.sample_released_episode().belongings))
    text, _ = _handover(pdf, held, reason="absconded", savings_paid_riel=0,
                        handed_to_kind=None, handed_to_name="", handed_to_phone="")
    assert "Nothing was handed back with this release" in text
    assert text.count("still held") == len(held.belongings)
    assert "0 riel" in text and "no savings" in text
    text, _ = _handover(pdf, reason="died")
    assert "Person released" not in text
    assert "Receiver" in text and "SOK Sreymom" in text
