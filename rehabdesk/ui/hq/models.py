"""The Headquarters window's three lists, each a read-only table over the services'
frozen records (``ui.kit.list_model``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rehabdesk.services.hq.matches import PairLine
from rehabdesk.services.hq.overview import CentreChain, ConflictLine
from rehabdesk.ui.kit.errors import said
from rehabdesk.ui.kit.list_model import ListTableModel
from rehabdesk.ui.kit.words import word


def _numbers(values: list[int]) -> str:
    return ", ".join(map(str, values)) or QCoreApplication.translate("HqCentresModel", "none")


class CentresModel(ListTableModel[CentreChain]):
    CONTEXT = "HqCentresModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("HqCentresModel", "Centre")),
        str(QT_TRANSLATE_NOOP("HqCentresModel", "Bundles")),
        str(QT_TRANSLATE_NOOP("HqCentresModel", "Last bundle")),
        str(QT_TRANSLATE_NOOP("HqCentresModel", "Last import")),
        str(QT_TRANSLATE_NOOP("HqCentresModel", "Acknowledged up to")),
        str(QT_TRANSLATE_NOOP("HqCentresModel", "Missing bundles")),
        str(QT_TRANSLATE_NOOP("HqCentresModel", "Forks")),
        str(QT_TRANSLATE_NOOP("HqCentresModel", "Audit chain")),
    )

    def cells(self, row: CentreChain) -> tuple[str, ...]:
        audit = (said(row.audit_broken) if row.audit_broken is not None else
                 QCoreApplication.translate("HqCentresModel", "verified to entry %1")
                 .replace("%1", str(row.audit_checked)))
        acknowledged = "" if row.acknowledged_at is None else (
            f"{row.acknowledged_up_to} ({row.acknowledged_at:%Y-%m-%d})")
        return (row.centre, str(row.bundles), str(row.last_sequence or ""),
                row.last_imported_at.strftime("%Y-%m-%d %H:%M") if row.last_imported_at
                else "", acknowledged, _numbers(row.gaps), _numbers(row.forks), audit)

    def tooltip(self, row: CentreChain) -> str | None:
        return QCoreApplication.translate("HqCentresModel", "Key fingerprint: %1").replace(
            "%1", row.fingerprint)


class ConflictsModel(ListTableModel[ConflictLine]):
    CONTEXT = "HqConflictsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("HqConflictsModel", "Centre")),
        str(QT_TRANSLATE_NOOP("HqConflictsModel", "Table")),
        str(QT_TRANSLATE_NOOP("HqConflictsModel", "Bundle")),
        str(QT_TRANSLATE_NOOP("HqConflictsModel", "Held version")),
        str(QT_TRANSLATE_NOOP("HqConflictsModel", "Incoming version")),
        str(QT_TRANSLATE_NOOP("HqConflictsModel", "What differs")),
    )

    def cells(self, row: ConflictLine) -> tuple[str, ...]:
        held = row.held or {}
        differs = "; ".join(f"{c}: {held.get(c)} | {row.incoming.get(c)}"
                            for c in row.differing() if c not in ("version", "updated_at"))
        return (row.centre, word("audit_record", row.table), str(row.sequence),
                str(row.held_version), str(row.incoming_version), differs)


class PairsModel(ListTableModel[PairLine]):
    CONTEXT = "HqPairsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("HqPairsModel", "Score")),
        str(QT_TRANSLATE_NOOP("HqPairsModel", "First centre")),
        str(QT_TRANSLATE_NOOP("HqPairsModel", "Person there")),
        str(QT_TRANSLATE_NOOP("HqPairsModel", "Second centre")),
        str(QT_TRANSLATE_NOOP("HqPairsModel", "Person there")),
        str(QT_TRANSLATE_NOOP("HqPairsModel", "Decision")),
    )

    def cells(self, row: PairLine) -> tuple[str, ...]:
        def person(fields: dict[str, object]) -> str:
            return (f"{fields.get('khmer_name') or ''} {fields.get('latin_name') or ''} "
                    f"({fields.get('birth_date') or '?'})").strip()

        decision = {None: str(QT_TRANSLATE_NOOP("HqPairsModel", "to review")),
                    "same": str(QT_TRANSLATE_NOOP("HqPairsModel", "same person")),
                    "not_same": str(QT_TRANSLATE_NOOP("HqPairsModel", "not the same"))}
        return (f"{row.score:.0f}", row.centres[0], person(row.people[0]), row.centres[1],
                person(row.people[1]),
                QCoreApplication.translate(self.CONTEXT, decision.get(row.decision) or ""))

    def tooltip(self, row: PairLine) -> str | None:
        return "\n".join(said(r) for r in row.reasons)
