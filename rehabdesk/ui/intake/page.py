"""The Intake page: register an arrival by keyboard, with a duplicate check as you type.

DOMAIN.md: "a person who returns gets a new episode, never a new person". While the
clerk types, the page asks ``services.duplicates.find_candidates`` (off the GUI thread,
newest answer only) and shows each candidate beside the form with the reasons it
matched. The clerk either re-admits a candidate (a new episode) or explicitly confirms
a new person, and that confirmation is audited with the candidates' uids.

The half-filled form is kept as the signed-in clerk's draft inside the encrypted
database on every change (debounced), so an accidental close or a crash loses nothing; a
successful save clears it. Another user never sees it (issue #22, item 7).
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.duplicates import DuplicateProbe, shown_from
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.intake import NameSpelling
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails, PersonDetails
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.intake import drafts, duplicates
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.ui.intake.duplicate_panel import DuplicatePanel
from rehabdesk.ui.intake.episode_fields import EpisodeFields
from rehabdesk.ui.intake.photo import camera_available, scaled_jpeg
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import ERROR_STYLE
from rehabdesk.ui.kit.identity_fields import IdentityFields
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.shell.dates import shown_date, shown_moment

log = logging.getLogger(__name__)

DUPLICATE_DELAY_MS = 150
"""Typing pauses shorter than this do not start a search."""
DRAFT_DELAY_MS = 400
PLAIN_DRAFT_KEY = "intake/draft"
"""Where versions before 0.1 kept the draft in the plain settings store (issue #22)."""


def forget_plain_draft() -> None:
    """Removes a draft an earlier version left in the desktop's plain settings store,
    where names, ids and a photo sat unencrypted and shared by every user."""
    settings = QSettings()
    if settings.contains(PLAIN_DRAFT_KEY):
        settings.remove(PLAIN_DRAFT_KEY)
        settings.sync()


class IntakePage(QWidget):
    """Registering arrivals: the form, the duplicate panel, the transfer-list import."""

    registered = Signal(str)
    """The uid of the person just registered or re-admitted (the register refreshes)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("intakePage")
        self._ops = ops
        self._today = today
        self._photo: bytes | None = None
        self._restoring = False
        self._checking = False
        """A duplicate check is due or running: saving waits for its answer."""
        prisons = self._known_prisons()

        self.identity = IdentityFields(today, prisons, self)
        self.episode = EpisodeFields(today, prisons, self)
        self.panel = DuplicatePanel(self)
        self.panel.setFixedWidth(310)

        self.photo_label = QLabel(self.tr("No photo"), self)
        self.photo_label.setObjectName("photo")
        self.photo_label.setFixedSize(120, 150)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.photo_label.setToolTip(self.tr("The person's photo, stored with the record."))
        self.photo_button = QPushButton(self.tr("Photo from &file…"), self)
        self.photo_button.setToolTip(self.tr("Choose a picture file; it is scaled to 600 "
                                             "pixels and stored as JPEG."))
        self.camera_button = QPushButton(self.tr("Take photo…"), self)
        self.camera_button.setToolTip(self.tr("Take the photo with the workstation's camera."))
        self.camera_button.setVisible(camera_available())

        self.import_button = QPushButton(self.tr("Import transfer list…"), self)
        self.import_button.setObjectName("importTransferList")
        self.import_button.setToolTip(self.tr("Register everyone on a prison's transfer list "
                                              "(Excel or CSV) at once, with a preview."))
        self.new_button = QPushButton(self.tr("New form"), self)
        self.new_button.setToolTip(self.tr("Clear the form for the next arrival (Ctrl+N)."))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveIntake")
        self.save_button.setToolTip(self.tr("Register this person and their arrival "
                                            "(Ctrl+S). Enabled once the form is complete."))
        self.save_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("intakeMessage")
        self.message.setWordWrap(True)
        self.draft_note = QLabel(self)
        self.draft_note.setObjectName("draftNote")
        self.draft_note.setVisible(False)
        self._readmitting: Any = None
        """The candidate chosen for re-admission, until saved or cancelled."""
        self.readmission_bar = QFrame(self)
        self.readmission_bar.setObjectName("readmissionBar")
        self.readmission_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.readmission_note = QLabel(self.readmission_bar)
        self.readmission_note.setWordWrap(True)
        cancel = QPushButton(self.tr("Cancel re-admission"), self.readmission_bar)
        cancel.setObjectName("cancelReadmission")
        cancel.clicked.connect(self.cancel_readmission)
        bar = QHBoxLayout(self.readmission_bar)
        bar.addWidget(self.readmission_note, 1)
        bar.addWidget(cancel)
        self.readmission_bar.setVisible(False)

        self._build_layout()
        self._set_tab_order()
        self._allow_only_what_the_role_may()

        self._duplicates = LatestOnly(parent=self)
        self._duplicates.finished.connect(self._show_candidates)
        self._duplicates.failed.connect(self._duplicate_failed)
        self._duplicate_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.find_duplicates)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        for fields in (self.identity, self.episode):
            fields.changed.connect(self._changed)
        for probe_field in (self.identity.khmer_name, self.identity.latin_name,
                            self.identity.birth, self.identity.national_id,
                            self.identity.inmate_number):
            probe_field.textChanged.connect(self._duplicate_check_due)
        self.identity.origin_prison.currentTextChanged.connect(self._duplicate_check_due)
        self.panel.confirmation_changed.connect(self._update_save)
        self.panel.confirmation_changed.connect(self._forget_undecided)
        self.panel.readmit_requested.connect(self.readmit)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_form)
        self.photo_button.clicked.connect(self.choose_photo)
        self.camera_button.clicked.connect(self.take_photo)
        self.import_button.clicked.connect(self.import_transfer_list)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._restore_draft()
        self._update_save()

    # -- layout ----------------------------------------------------------------------------
    def _build_layout(self) -> None:
        identity_box = QGroupBox(self.tr("Identity"), self)
        identity_layout = QVBoxLayout(identity_box)
        identity_layout.addWidget(self.identity)
        identity_layout.addStretch(1)
        photo = QVBoxLayout()
        photo.addWidget(self.photo_label)
        photo.addWidget(self.photo_button)
        photo.addWidget(self.camera_button)
        photo.addStretch(1)
        episode_box = QGroupBox(self.tr("Arrival"), self)
        episode_layout = QVBoxLayout(episode_box)
        episode_layout.addWidget(self.episode)
        right = QVBoxLayout()
        photo_row = QHBoxLayout()
        photo_row.addLayout(photo)
        photo_row.addStretch(1)
        right.addLayout(photo_row)
        right.addWidget(episode_box)
        right.addStretch(1)
        columns = QWidget(self)
        columns_layout = QHBoxLayout(columns)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        columns_layout.addWidget(identity_box, 5)
        columns_layout.addLayout(right, 4)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(columns)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        top = QHBoxLayout()
        title = QLabel(self.tr("<h2>New arrival</h2>"), self)
        top.addWidget(title)
        top.addWidget(self.draft_note)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(self.panel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.readmission_bar)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [*self.identity.tab_chain(), *self.episode.tab_chain(),
                                self.photo_button, self.save_button, self.panel.confirm_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first_field(self) -> None:
        self.identity.khmer_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- validation ------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._restoring:
            return
        self.message.clear()
        self._update_save()
        self._draft_timer.start()

    def is_valid(self) -> bool:
        identity_ok = self.identity.check()
        episode_ok = self.episode.check()
        return identity_ok and episode_ok

    def _allow_only_what_the_role_may(self) -> None:
        """A role that may not register arrivals (an administrator, an auditor) finds the
        form closed and told why before typing a whole form (issue #22, item 8)."""
        if not self._ops.may(Action.REGISTER_ARRIVAL):
            why = self.tr("Your role may not register arrivals: only clerks and supervisors "
                          "may. Sign in as one of them (File › Switch user…).")
            for widget in (self.identity, self.episode, self.photo_button,
                           self.camera_button, self.new_button, self.save_button):
                widget.setEnabled(False)
                widget.setToolTip(why)
            self._say(why, error=True)
        if not self._ops.may(Action.IMPORT_TRANSFER_LIST):
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr(
                "Your role may not import transfer lists: only clerks and supervisors may."))

    def _undecided(self) -> str:
        return self.tr("Possible duplicates are shown: re-admit one of them or confirm "
                       "that this is a new person.")

    def _forget_undecided(self) -> None:
        """The clerk decided about the duplicates: the sentence asking them to goes."""
        if not self.panel.needs_confirmation() and self.message.text() == self._undecided():
            self._say("")

    def _update_save(self) -> None:
        if not self._ops.may(Action.REGISTER_ARRIVAL):
            return  # closed, and its tooltip says why
        if self._readmitting is not None:  # the arrival section is checked on Save
            self.save_button.setEnabled(True)
            self.save_button.setToolTip(self.tr("Open the new stay of the person chosen "
                                                "for re-admission (Ctrl+S)."))
            return
        valid = self.is_valid() if self._touched() else False
        self.save_button.setEnabled(valid and not self._checking
                                    and not self.panel.needs_confirmation())
        if valid and self.panel.needs_confirmation():
            self.save_button.setToolTip(self.tr("Possible duplicates are shown: re-admit one "
                                                "of them or click \"Confirm new person\" "
                                                "first."))
        else:
            self.save_button.setToolTip(self.tr("Register this person and their arrival "
                                                "(Ctrl+S). Enabled once the form is "
                                                "complete."))

    def _touched(self) -> bool:
        """A blank form shows no errors: the clerk has not done anything wrong yet."""
        state = self.identity.state()
        return any(v for k, v in state.items() if k not in ("birth_precision", "address")) \
            or any(state["address"])

    # -- duplicates ------------------------------------------------------------------------
    def _duplicate_check_due(self) -> None:
        if self._restoring:
            return
        self._checking = True
        self._duplicate_timer.start()
        self._update_save()

    def find_duplicates(self) -> None:
        identity = self.identity
        probe = DuplicateProbe(
            khmer_name=identity.khmer_name.text().strip(),
            latin_name=identity.latin_name.text().strip(),
            birth_year=identity.birth_year(),
            national_id=identity.national_id.text().strip() or None,
            inmate_number=identity.inmate_number.text().strip() or None,
            origin_prison=identity.origin_prison.currentText().strip() or None,
        )
        if not (probe.khmer_name or probe.latin_name or probe.national_id
                or probe.inmate_number):
            self._duplicates.start(list)  # outdates any search still running
            return
        ops = self._ops
        self._duplicates.start(
            lambda: ops.read(lambda uow, _actor: list(duplicates.find_candidates(
                uow, probe, min_score=shown_from(probe)))))

    def _show_candidates(self, candidates: object) -> None:
        self._checking = False
        self.panel.show_candidates(candidates)  # type: ignore[arg-type]
        self._update_save()

    def _duplicate_failed(self, message: str) -> None:
        self._checking = False
        self._update_save()
        self.panel.status.setText(self.tr("The duplicate check failed: %1").replace(
            "%1", message))

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> None:
        """Ctrl+S: registers the person and the arrival in one unit of work (or the
        chosen person's re-admission)."""
        if self._readmitting is not None:
            self._save_readmission(self._readmitting)
            return
        if not self.save_button.isEnabled():
            self.is_valid()
            if self.panel.needs_confirmation():
                self._say(self._undecided(), error=True)
            return
        try:
            person = self.identity.person()
            episode = self.episode.episode()
            confirmed = tuple(sorted(self.panel.confirmed & self.panel.uids()))
            photo, today = self._photo, self._today()

            def register(uow: UnitOfWork, actor: Actor) -> PersonDetails:
                details = intake.register_person(uow, actor, person, episode, today,
                                                 confirmed_not_duplicate_of=confirmed)
                if photo is not None:
                    intake.set_photo(uow, actor, details.uid, photo)
                return details

            details = self._ops.write(register, changed={"person", "episode"})
        except RehabDeskError as error:
            self._say(error_text(error), error=True)
            return
        case = details.latest_episode.case_number if details.latest_episode else ""
        self._finish(self.tr("Registered %1 as case %2.").replace(
            "%1", details.latin_name or details.khmer_name).replace("%2", case), details.uid)

    def readmit(self, candidate: Any) -> None:
        """The clerk chose a candidate: this form becomes their re-admission. Nothing is
        saved yet — the arrival section is still to fill — and Save (Ctrl+S) saves it
        (issue #22, item 2: re-admitting at once lost what was typed after)."""
        self._readmitting = candidate
        self.readmission_note.setText(self.tr(
            "Re-admitting %1 (%2). Fill in the arrival, then Save (Ctrl+S); the names as "
            "typed are kept as this paper's spelling.").replace(
            "%1", candidate.latin_name or candidate.khmer_name).replace(
            "%2", candidate.case_number or ""))
        self.readmission_bar.setVisible(True)
        if not self.identity.khmer_name.text() and not self.identity.latin_name.text():
            self.identity.khmer_name.setText(candidate.khmer_name)
            self.identity.latin_name.setText(candidate.latin_name)
        self.save_button.setText(self.tr("&Save re-admission"))
        self._update_save()
        self.episode.arrival.setFocus()

    def cancel_readmission(self) -> None:
        """Back to registering someone new from this form."""
        self._readmitting = None
        self.readmission_bar.setVisible(False)
        self.save_button.setText(self.tr("&Save"))
        self._update_save()

    def _save_readmission(self, candidate: Any) -> None:
        """The chosen person's new stay with this form's arrival; the earlier stay left
        open is closed if the clerk says so, and the typed names kept as a spelling."""
        if not self.episode.check():
            self.episode.arrival.setFocus()
            return
        uid = candidate.person_uid
        try:
            stays = self._ops.read(lambda uow, _actor: persons.get_person(uow, uid).episodes)
        except RehabDeskError as error:
            self._say(error_text(error), error=True)
            return
        close = self._close_open_stays([s for s in stays if s.is_open])
        if close is None:
            return
        episode, today = self.episode.episode(), self._today()
        typed = self.identity.state()
        papers = episode.transfer_document or episode.transferred_from
        spelling = NameSpelling(
            str(typed.get("khmer_name") or ""), str(typed.get("latin_name") or ""),
            self.tr("intake form, %1").replace("%1", papers) if papers
            else self.tr("intake form"))
        try:
            details = self._ops.write(
                lambda uow, actor: intake.readmit(uow, actor, uid, episode, today,
                                                  spelled_as=spelling, close_open_stays=close),
                changed={"person", "episode"})
        except RehabDeskError as error:
            self._say(error_text(error), error=True)
            return
        case = details.latest_episode.case_number if details.latest_episode else ""
        self._finish(self.tr("Re-admitted %1 as case %2.").replace(
            "%1", details.latin_name or details.khmer_name).replace("%2", case), details.uid)

    def _close_open_stays(self, open_stays: list[EpisodeDetails]) -> bool | None:
        """Asks whether to close the earlier stays that have no end; None: cancelled."""
        if not open_stays:
            return False
        names = ", ".join(self.tr("%1 (arrived %2)").replace("%1", s.case_number).replace(
            "%2", shown_date(s.arrival_date)) for s in open_stays)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Earlier stay still open"),
                          self.tr("The earlier stay %1 has no recorded end. Close it as of "
                                  "the day before this arrival? The release pages will "
                                  "record releases properly.").replace("%1", names),
                          parent=self)
        close = box.addButton(self.tr("Close it and re-admit"),
                              QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Re-admit, leave it open"),
                             QMessageBox.ButtonRole.RejectRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(close)
        box.exec()
        if box.clickedButton() is close:
            return True
        return False if box.clickedButton() is keep else None

    def _finish(self, message: str, uid: str) -> None:
        self.new_form()
        self._say(message)
        self.registered.emit(uid)

    def _say(self, message: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b5e20;")
        self.message.setText(message)

    def navigate_to(self, target: str, argument: str) -> None:
        """Ctrl+N from anywhere (the shell's shortcut for this page): a fresh form."""
        self.new_form()

    def save_state(self, settings: QSettings) -> None:
        """The window is closing: a pending draft is saved now."""
        self.flush_draft()

    def restore_state(self, settings: QSettings) -> None:
        """The draft comes back when the page is built (``_restore_draft``)."""

    def new_form(self) -> None:
        """A blank form and no draft (Ctrl+N, and after every save)."""
        self._restoring = True
        try:
            self.identity.clear()
            self.episode.clear()
            self.set_photo(None)
        finally:
            self._restoring = False
        self._draft_timer.stop()
        self._duplicate_timer.stop()
        self._duplicates.start(list)  # outdates a check still running for the old form
        self.clear_draft()
        self.panel.reset()
        self.cancel_readmission()
        self.message.clear()
        self._update_save()
        self.focus_first_field()

    # -- photo -----------------------------------------------------------------------------
    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the person's photo"), "",
            self.tr("Images (*.jpg *.jpeg *.png *.bmp)"))
        if path:
            self.load_photo(path)

    def load_photo(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self._say(self.tr("That file is not a picture RehabDesk can read; choose a JPEG "
                              "or PNG file."), error=True)
            return False
        self.set_photo(scaled_jpeg(image))
        self._changed()
        return True

    def take_photo(self) -> None:
        from rehabdesk.ui.kit.camera_dialog import CameraDialog

        dialog = CameraDialog(self)
        if dialog.exec() and dialog.image is not None:
            self.set_photo(scaled_jpeg(dialog.image))
            self._changed()

    def set_photo(self, jpeg: bytes | None) -> None:
        self._photo = jpeg
        if jpeg is None:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(jpeg, "JPEG")
        self.photo_label.setPixmap(pixmap.scaled(
            self.photo_label.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def photo(self) -> bytes | None:
        return self._photo

    # -- the draft -------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        return {
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "identity": self.identity.state(),
            "episode": self.episode.state(),
            "photo": base64.b64encode(self._photo).decode() if self._photo else None,
        }

    def save_draft(self) -> None:
        """Keeps the form as this clerk's draft in the database: restored after an
        accidental close or a crash, shown to nobody else."""
        if not self._ops.may(Action.REGISTER_ARRIVAL):
            return
        if not self._touched() and not self.episode.belongings.rows:
            self.clear_draft()
            return
        form, now = self.draft(), dt.datetime.now(dt.UTC).replace(tzinfo=None)
        try:
            self._ops.write(lambda uow, actor: drafts.save_draft(uow, actor, form, now))
        except RehabDeskError as error:
            log.warning("The intake draft was not kept: %s", error)

    def clear_draft(self) -> None:
        if not self._ops.may(Action.REGISTER_ARRIVAL):
            return
        try:
            self._ops.write(lambda uow, actor: drafts.clear_draft(uow, actor))
        except RehabDeskError as error:
            log.warning("The intake draft was not cleared: %s", error)
        self.draft_note.setVisible(False)

    def flush_draft(self) -> None:
        """Saves a pending draft now (the window is closing)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()

    def _restore_draft(self) -> None:
        forget_plain_draft()
        if not self._ops.may(Action.REGISTER_ARRIVAL):
            return
        try:
            found = self._ops.read(lambda uow, actor: drafts.load_draft(uow, actor))
        except RehabDeskError:
            return
        if found is None:
            return
        draft, saved_at = found
        try:
            self._restoring = True
            self.identity.restore(draft.get("identity") or {})
            self.episode.restore(draft.get("episode") or {})
            photo = draft.get("photo")
            self.set_photo(base64.b64decode(photo) if photo else None)
        except (ValueError, TypeError, KeyError):
            log.warning("Discarding an unreadable intake draft")
            self.clear_draft()
            return
        finally:
            self._restoring = False
        self.draft_note.setText(self.tr("Restored the unsaved form from %1.").replace(
            "%1", shown_moment(saved_at)))
        self.draft_note.setVisible(True)
        self._duplicate_check_due()

    # -- transfer lists --------------------------------------------------------------------
    def import_transfer_list(self) -> None:
        from rehabdesk.ui.intake.transfer_import_dialog import TransferImportDialog

        dialog = TransferImportDialog(self._ops, self, today=self._today)
        dialog.imported.connect(lambda: self.registered.emit(""))
        dialog.open()

    def _known_prisons(self) -> list[str]:
        try:
            return self._ops.read(lambda uow, _actor: intake.known_prisons(uow))
        except RehabDeskError:
            return []
