"""Opening a person's record from any page: the record window with the tabs the features
registered, its Print menu, the identity editor and the merge.

Every page that lists people (the register, the screening queue, the eligibility list,
the waitlist) opens records through ``Context.open_record``, which lands here.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.intake import NewPerson
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import PersonDetails
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.intake import readmission
from rehabdesk.services.platform import audit, persons
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.record.merge_dialog import MergeDialog
from rehabdesk.ui.record.view import RecordView
from rehabdesk.ui.shell.context import Context


def open_record(context: Context, uid: str, section: str | None,
                parent: QWidget | None) -> RecordView | None:
    """Opens the record of person ``uid``, at the tab ``section`` if given."""
    try:
        person, history, spellings = context.ops.read(
            lambda uow, _actor: (persons.get_person(uow, uid), audit.history_of_person(uow, uid),
                                 readmission.aliases(uow, uid)))
    except RehabDeskError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("RecordView", "RehabDesk"),
                            error_text(error))
        return None
    view = RecordView(person, history, parent, tabs=context.registry.record_tabs,
                      aliases=spellings,
                      save_identity=partial(_save_identity, context, uid),
                      merge=partial(_merge, context) if context.ops.may(Action.MERGE_PERSONS)
                      else None)
    view.follow_history(partial(_history, context, uid))
    context.changes.changed.connect(view.reload_history)
    printer = PaperworkPrinter(context.ops, view)
    view.set_printer(printer)
    episode = person.latest_episode
    if episode is not None:  # the registered tabs are about the current stay
        for tab in context.registry.record_tabs:
            if tab.build is not None:
                view.set_section(tab.key, tab.build(context, episode, printer))
    if section is not None:
        view.show_section(section)
    view.open()
    return view


def _history(context: Context, uid: str) -> list[audit.AuditRecord]:
    """The person's history as now recorded: a save in any tab, or elsewhere while the
    record is open, shows in its History tab at once (issue #22, item 10)."""
    return context.ops.read(lambda uow, _actor: audit.history_of_person(uow, uid))


def _save_identity(context: Context, uid: str, changes: NewPerson
                   ) -> tuple[PersonDetails, list[audit.AuditRecord]]:
    """The identity editor's Save: one write, then the fresh history."""
    person = context.ops.write(
        lambda uow, actor: intake.update_identity(uow, actor, uid, changes, dt.date.today()),
        changed={"person"})
    return person, _history(context, uid)


def _merge(context: Context, view: RecordView) -> None:
    """The "Merge with…" button: pick the other record, then show the merged one."""
    dialog = MergeDialog(context.ops, view.person, view)
    if dialog.exec() and dialog.merged is not None:
        view.accept()
        open_record(context, dialog.merged.uid, None, view.parentWidget())
