"""``rehabdesk self-test``: proves an installation works on this computer (issue #20,
item 2) by doing, on a scratch centre in a folder of its own, what a centre does on its
first day — and stops at the first step that fails, naming it.

It runs in the frozen bundle as well as from a checkout, so it goes through the same
services the application uses: everything a bundle can lose (the migrations folder, the
SQLCipher driver, the Khmer font and its shaping, the backup's checks) is touched. The
steps, in order: open a scratch centre (encrypted, with an administrator), run the
migrations (the file is at the newest revision and the models agree with it), register a
person, search for them in Khmer and in Latin letters, print their intake form (a PDF
with the Khmer font embedded and Khmer shaped), make and verify a backup, and make and
verify an export bundle to headquarters (issue #16).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rehabdesk import __version__
from rehabdesk.db import migrate, schema
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.intake import NewEpisode, NewPerson
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Role
from rehabdesk.domain.records import Sex
from rehabdesk.exchange import keys
from rehabdesk.printing.kit import fonts
from rehabdesk.services.exchange.export import make_bundle, verify_bundle
from rehabdesk.services.exchange.keys import trust_hq
from rehabdesk.services.intake.arrivals import register_person
from rehabdesk.services.paperwork.forms import print_document
from rehabdesk.services.platform import auth, backup
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.setup import CentreForm, NewCentre, set_up_centre
from rehabdesk.services.register import search

KHMER_NAME = "សុខ ចាន់ធីតា"
LATIN_NAME = "Sok Chanthida"
SEARCHES = ("ចាន់ធីតា", "Chanthyda")
"""The Khmer given name, and the Latin one spelt as another clerk might (``latin_key``
makes the two spellings meet)."""


@dataclass(frozen=True)
class StepResult:
    """One step's outcome, and why it failed when it did."""

    step: Message
    passed: bool
    reason: Message | None = None


@dataclass
class _Scratch:
    """What the steps hand on to each other."""

    path: Path
    today: dt.date
    now: dt.datetime
    centre: NewCentre | None = None
    clerk: Actor | None = None
    case_number: str = ""

    @property
    def opened(self) -> NewCentre:
        assert self.centre is not None, "the first step opens the centre"
        return self.centre

    @property
    def at_the_desk(self) -> Actor:
        assert self.clerk is not None, "the first step adds the clerk"
        return self.clerk


def _open_centre(scratch: _Scratch) -> None:
    """A new encrypted centre with its administrator (who backs up) and a clerk (who
    registers and prints: administrators may not, ``domain.permissions``)."""
    form = CentreForm(code="TST", name_km="មជ្ឈមណ្ឌលសាកល្បង", name_en="Self-test centre",
                      province_code=None, capacity=10, admin_username="selftest",
                      admin_full_name="Self Test", admin_password=secrets.token_urlsafe(18))
    scratch.centre = set_up_centre(scratch.path, form, scratch.today,
                                   program="rehabdesk self-test")
    with scratch.centre.database.unit_of_work(write=True) as uow:
        scratch.clerk = auth.create_user(uow, scratch.centre.administrator, "selftest.clerk",
                                         "Self Test Clerk", Role.CLERK,
                                         secrets.token_urlsafe(18))


def _migrations(scratch: _Scratch) -> None:
    """The file is at this version's newest revision, and Alembic's autogenerate finds no
    difference between the models and what the bundled migrations built."""
    database = scratch.opened.database
    found = schema.inspect_file(scratch.path, key=database.key).revision
    if found != schema.SCHEMA_HEAD:
        raise RehabDeskError("deployment.schema_not_head", found=found or "—",
                             expected=schema.SCHEMA_HEAD)
    drift = migrate.schema_drift(database.engine)
    if drift:
        raise RehabDeskError("deployment.schema_drift", count=len(drift))


def _register(scratch: _Scratch) -> None:
    centre = scratch.opened
    with centre.database.unit_of_work(write=True) as uow:
        person = register_person(uow, scratch.at_the_desk,
                                 NewPerson(KHMER_NAME, LATIN_NAME, Sex.FEMALE),
                                 NewEpisode(scratch.today), scratch.today)
    scratch.case_number = person.episodes[0].case_number


def _search(scratch: _Scratch) -> None:
    with scratch.opened.database.unit_of_work() as uow:
        for query in SEARCHES:
            found = len(search.find_ids(uow, query))
            if found != 1:
                raise RehabDeskError("deployment.search_missed", query=query, found=found)


def _print(scratch: _Scratch) -> None:
    """The intake form as the clerk prints it; its PDF must embed the Khmer font (a
    workstation has none installed), and the same shaping must turn the coeng into a
    subscript glyph (unshaped Khmer prints as separate signs)."""
    centre = scratch.opened
    with centre.database.unit_of_work() as uow:
        pdf = print_document(uow, scratch.at_the_desk, "intake", scratch.case_number,
                             scratch.today).pdf
    if not pdf.startswith(b"%PDF-"):
        raise RehabDeskError("deployment.print_not_pdf")
    if b"/FontFile2" not in pdf or b"+NotoSansKhmer" not in pdf:
        raise RehabDeskError("deployment.print_font_missing")
    if not fonts.khmer_is_shaped():
        raise RehabDeskError("deployment.print_not_shaped")


def _backup(scratch: _Scratch) -> None:
    centre = scratch.opened
    with centre.database.unit_of_work(write=True) as uow:
        info = backup.back_up(uow, centre.administrator, scratch.now)
    if info.state != "verified" or info.audit_head is None:
        raise RehabDeskError("deployment.backup_not_verified", file=info.path.name,
                             state=backup.backup_state(info))


def _export(scratch: _Scratch) -> None:
    """The export to headquarters (issue #16) as an administrator makes it: a made-up
    headquarters key installed, one bundle written to a folder (the drive), then checked
    against the centre's key. The bundle writer verifies what it wrote before it
    renames it; ``verify_bundle`` reads it back once more, as a clerk's check would."""
    centre = scratch.opened
    _private, public = keys.new_hq_keys()
    with centre.database.unit_of_work(write=True) as uow:
        trust_hq(uow, centre.administrator, public)
    drive = scratch.path.parent / "drive"
    drive.mkdir()
    made = make_bundle(centre.database, centre.administrator, drive)
    with centre.database.unit_of_work() as uow:
        check = verify_bundle(uow, made.bundle)
    if check.sequence != made.sequence or made.tables.get("person", 0) < 1:
        raise RehabDeskError("deployment.bundle_not_verified", file=made.bundle.name)


STEPS: tuple[tuple[Message, Callable[[_Scratch], None]], ...] = (
    (sentence("deployment.step_centre"), _open_centre),
    (sentence("deployment.step_migrations"), _migrations),
    (sentence("deployment.step_register"), _register),
    (sentence("deployment.step_search"), _search),
    (sentence("deployment.step_print"), _print),
    (sentence("deployment.step_backup"), _backup),
    (sentence("deployment.step_export"), _export),
)
"""Every step, in the order the issue lists them: each relies on the ones before."""


def run_self_test(folder: Path, on_step: Callable[[StepResult], None]) -> bool:
    """Runs every step on a new centre in ``folder`` (empty; the caller removes it),
    telling ``on_step`` each outcome; True when none failed. Stops at the first failure:
    the steps after it rely on it."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    scratch = _Scratch(folder / "self-test.sqlite3", dt.date.today(), now)
    try:
        for step, run in STEPS:
            result = _outcome(step, run, scratch)
            on_step(result)
            if not result.passed:
                return False
        return True
    finally:
        if scratch.centre is not None:
            scratch.centre.database.close()


def _outcome(step: Message, run: Callable[[_Scratch], None], scratch: _Scratch
             ) -> StepResult:
    """A step's result; any error becomes its reason (the self-test reports, never
    crashes: a broken installation is exactly what it is run to find)."""
    try:
        run(scratch)
    except RehabDeskError as error:
        return StepResult(step, False, error.message)
    except Exception as error:
        return StepResult(step, False, sentence(
            "deployment.unexpected", error=f"{type(error).__name__}: {error}"))
    return StepResult(step, True)


def version_line() -> Message:
    """What a passed self-test ends with: which version and schema were tested."""
    return sentence("deployment.self_test_passed", version=__version__,
                    revision=schema.SCHEMA_HEAD)
