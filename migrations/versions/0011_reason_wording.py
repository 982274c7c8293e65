"""decisions store sentence keys and parameters, with the wording kept beside them

Revision ID: 0011
Revises: 0010

A decision stored both languages' full sentences for each of its seven reasons (~1.7 KB,
783 MB of a 200,000-person centre; issue #24, item 2). It now stores each reason's
sentence key, outcome and parameters with the wording version it was made under, and
``reason_wording`` keeps every version's templates (``domain.eligibility.wording``).
Signatures now name what each reason says (its key and non-number parameters) rather
than its English words, so a later rewording is not a new decision.

Each stored sentence is recognised against the wording of the application that runs
this revision: a reason whose sentences that wording rebuilds byte for byte is stored as
its key and parameters. Any other sentence (worded by an older version) is kept as it
was, as a template of the wording version ``before-0011`` (braces escaped, so it is
quoted as is; that version's override suffixes are empty, its sentences carry them).
Every signature is recomputed from the reasons so stored, so the next re-evaluation
stores nothing new for a decision that still says the same thing.

Create Date: 2026-12-06
"""

import datetime as dt
import hashlib
import json
import re
import string
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from rehabdesk.domain.eligibility import Decision, Outcome, Reason, RuleCode, RuleOutcome
from rehabdesk.domain.eligibility import wording as today
from rehabdesk.domain.eligibility.signature import signature
from rehabdesk.domain.eligibility.stored import decode_reasons, encode_reasons, reason_keys

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEGACY = "before-0011"
_FIELD = {"days:days": r"(?P<days>\d+) days?", "min": r"(?P<min>\d+)"}


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression matching ``template``'s English sentence, whatever its
    parameters."""
    labels = "|".join(re.escape(en) for key, (en, _) in today.CATALOGUE.items()
                      if key.startswith("status."))
    parts = []
    for literal, field, spec, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is not None:
            name = f"{field}:{spec}" if spec else field
            parts.append(_FIELD.get(name, f"(?P<status>{labels})"))
    return re.compile("".join(parts))


_PATTERNS = {key: _pattern(en) for key, (en, _) in today.CATALOGUE.items()
             if "." in key and key.partition(".")[0] in RuleCode.__members__}
_STATUS = {en: key.partition(".")[2] for key, (en, _) in today.CATALOGUE.items()
           if key.startswith("status.")}


def _recognised(stored: dict[str, Any]) -> Reason | None:
    """The reason whose sentences today's wording rebuilds exactly as ``stored``."""
    code, outcome = stored["code"], RuleOutcome(stored["outcome"])
    overridden, ignored = bool(stored.get("overridden")), bool(stored.get("override_ignored"))
    suffix = today.OVERRIDDEN if overridden else today.OVERRIDE_IGNORED if ignored else None
    base, note = stored["text_en"], ""
    if suffix is not None:
        said = today.CATALOGUE[suffix][0]
        base, found, note = base.partition(said)
        if not found:
            return None
        note = note.removeprefix(" ")
    for key, pattern in _PATTERNS.items():
        matched = key.startswith(f"{code}.") and pattern.fullmatch(base)
        if not matched:
            continue
        params: dict[str, Any] = {name: int(value) if value.isdigit() else _STATUS[value]
                                  for name, value in matched.groupdict().items()}
        if note:
            params["note"] = note
        if today.render(today.CATALOGUE, key, params, suffix) == (stored["text_en"],
                                                                   stored["text_km"]):
            return Reason(RuleCode(code), outcome, stored["text_en"], stored["text_km"],
                          overridden, ignored, key, tuple(params.items()))
    return None


def _kept_verbatim(stored: dict[str, Any], templates: dict[str, tuple[str, str]]) -> Reason:
    """A reason no wording of today rebuilds, kept as a ``before-0011`` template."""
    en, km = stored["text_en"], stored["text_km"]
    digest = hashlib.blake2s(f"{en}\n{km}".encode(), digest_size=8).hexdigest()
    key = f"{stored['code']}.legacy.{digest}"
    templates.setdefault(key, (en.replace("{", "{{").replace("}", "}}"),
                               km.replace("{", "{{").replace("}", "}}")))
    return Reason(RuleCode(stored["code"]), RuleOutcome(stored["outcome"]), en, km,
                  bool(stored.get("overridden")), bool(stored.get("override_ignored")), key)


def _converted(reasons: str, outcome: str,
               legacy: dict[str, tuple[str, str]]) -> tuple[str, str, str]:
    """(reasons, wording version, signature) of one stored decision's reasons."""
    said = [(_recognised(r), r) for r in json.loads(reasons)]
    if all(reason is not None for reason, _ in said):
        version = today.WORDING_VERSION
        kept = tuple(reason for reason, _ in said if reason is not None)
    else:
        version = LEGACY
        kept = tuple(_kept_verbatim(stored, legacy) for _, stored in said)
    decision = Decision(Outcome(outcome), kept, "", dt.date.min)  # signed: outcome, reasons
    return encode_reasons(kept), version, signature(decision)


def _store_wording(conn: Any, version: str, templates: dict[str, tuple[str, str]]) -> None:
    conn.execute(sa.text("INSERT INTO reason_wording VALUES (:v, :k, :en, :km)"),
                 [{"v": version, "k": k, "en": en, "km": km} for k, (en, km) in templates.items()])


def upgrade() -> None:
    op.create_table(
        "reason_wording",
        sa.Column("wording_version", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_km", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("wording_version", "key", name=op.f("pk_reason_wording")),
    )
    with op.batch_alter_table("eligibility_decision") as batch_op:
        batch_op.add_column(sa.Column("wording_version", sa.String(length=16), nullable=True))
    conn = op.get_bind()
    legacy: dict[str, tuple[str, str]] = {today.OVERRIDDEN: ("", ""),
                                          today.OVERRIDE_IGNORED: ("", "")}
    converted: dict[tuple[str, str], tuple[str, str, str]] = {}
    updates = []
    for decision_id, reasons, outcome in conn.execute(
            sa.text("SELECT id, reasons, outcome FROM eligibility_decision")):
        row = converted.get((reasons, outcome))
        if row is None:
            row = converted[(reasons, outcome)] = _converted(reasons, outcome, legacy)
        updates.append({"id": decision_id, "reasons": row[0], "wording": row[1],
                        "signature": row[2]})
    if updates:
        # The same decisions, stored more compactly: version and updated_at stay.
        conn.execute(sa.text("UPDATE eligibility_decision SET reasons = :reasons, "
                             "wording_version = :wording, signature = :signature "
                             "WHERE id = :id"), updates)
        _store_wording(conn, today.WORDING_VERSION, dict(today.CATALOGUE))
        if len(legacy) > 2:
            _store_wording(conn, LEGACY, legacy)
    with op.batch_alter_table("eligibility_decision") as batch_op:
        batch_op.alter_column("wording_version", existing_type=sa.String(length=16),
                              nullable=False)


def downgrade() -> None:
    conn = op.get_bind()
    updates = []
    spelled: dict[tuple[str, str], str] = {}
    for decision_id, reasons, version, sig in conn.execute(sa.text(
            "SELECT id, reasons, wording_version, signature FROM eligibility_decision")):
        text = spelled.get((reasons, version))
        if text is None:
            text = spelled[(reasons, version)] = _spelled_out(conn, reasons, version)
        updates.append({"id": decision_id, "reasons": text,
                        "signature": f"{sig.partition('#')[0]}#{_wording_0007(text)}"})
    if updates:
        conn.execute(sa.text("UPDATE eligibility_decision SET reasons = :reasons, "
                             "signature = :signature WHERE id = :id"), updates)
    with op.batch_alter_table("eligibility_decision") as batch_op:
        batch_op.drop_column("wording_version")
    op.drop_table("reason_wording")


def _wording_0007(reasons: str) -> str:
    """The signature's digest as revisions 0007–0010 computed it: the English sentences
    with their numbers blanked."""
    text = "\n".join(re.sub(r"\d+", "#", r["text_en"]) for r in json.loads(reasons))
    return hashlib.blake2s(text.encode("utf-8"), digest_size=4).hexdigest()


def _spelled_out(conn: Any, reasons: str, version: str) -> str:
    """Stored reasons as revision 0010 stored them: both languages' full sentences."""
    # Reads them with today's decoder: a downgrade runs the code it ships in.
    keys = sorted(reason_keys(reasons))
    rows = conn.execute(sa.text(
        "SELECT key, text_en, text_km FROM reason_wording WHERE wording_version = :v "
        "AND key IN :keys").bindparams(sa.bindparam("keys", expanding=True)),
        {"v": version, "keys": keys})
    said = decode_reasons(reasons, {key: (en, km) for key, en, km in rows})
    return json.dumps([
        {"code": r.code.value, "outcome": r.outcome.value, "text_en": r.text_en,
         "text_km": r.text_km, "overridden": r.overridden,
         "override_ignored": r.override_ignored} for r in said], ensure_ascii=False)
