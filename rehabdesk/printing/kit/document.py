"""What the documents share above the page: how a document about one person's stay is
opened (who prints; which record the QR code and the footer name) and the signatures that
close most documents.

One place each, so that a change to the footer's reference or to how signatures are kept
with their heading reaches every document instead of the one someone remembered.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from rehabdesk.domain.records import EpisodeDetails, PersonDetails
from rehabdesk.printing.kit.flowables import SignatureRole, section, signature_block
from rehabdesk.printing.kit.page import CONTENT_WIDTH, DocumentMeta, PrintContext, build_pdf

__all__ = ["about_person", "person_pdf", "signatures"]


def about_person(title_km: str, title_en: str, person: PersonDetails,
                 episode: EpisodeDetails) -> DocumentMeta:
    """A document about ``person``'s stay ``episode``: its case number in the footer, the
    person's QR code in the header."""
    return DocumentMeta(title_km, title_en, episode.case_number, person.uid, "person")


def person_pdf(title_km: str, title_en: str, person: PersonDetails, episode: EpisodeDetails,
               printed: PrintContext, story: Sequence[Flowable], *, out: Any = None) -> bytes:
    """The PDF of ``story`` as a document :func:`about_person` (also written to ``out``)."""
    return build_pdf(printed, about_person(title_km, title_en, person, episode), story,
                     out=out)


def signatures(roles: Sequence[SignatureRole], *, box_height: float = 30 * mm,
               number: int | None = None, lead: Sequence[Flowable] = ()) -> KeepTogether:
    """The "Signatures" heading and one column per signer, kept on one page together with
    ``lead`` (a note that belongs with the signatures under it): a heading alone at the
    foot of a page, its boxes overleaf, invites a signature in the wrong place."""
    return KeepTogether([
        *lead,
        section("ហត្ថលេខា", "Signatures", number),
        signature_block(roles, CONTENT_WIDTH, box_height=box_height),
    ])
