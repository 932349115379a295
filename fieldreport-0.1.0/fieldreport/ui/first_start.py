"""First start: offer to join the organisation whose provisioning file came with the app.

An organisation may ship its ``provisioning.json`` beside the installer; the
installer puts it beside ``FieldReport.exe`` (docs/packaging.md). When the
vault is open and has not joined an organisation yet, the window asks once per
run: "Join <organisation>?", with the organisation's fingerprint to compare
with the coordinator's, *Yes* or *Not now*. *Yes* goes on as *Sync → Join an
organisation…* does after the file is chosen (save the enrollment request,
join). A damaged or forged file is refused with the reason and changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fieldreport.errors import FieldReportError
from fieldreport.sync.provisioning import Provisioning
from fieldreport.sync.shipped_provisioning import read_provisioning_file, shipped_provisioning
from fieldreport.ui.messages import error_text

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QDialog

    from fieldreport.core import Session
    from fieldreport.ui.views.records_page import RecordsPage


class FirstStartMixin:
    """Needs ``session``, ``demo``, ``records_page``, ``_track()`` and
    ``join_with_provisioning()``."""

    if TYPE_CHECKING:
        session: Session | None
        demo: bool
        records_page: RecordsPage

        def join_with_provisioning(self, data: bytes) -> None: ...
        def _track(self, dialog: QDialog) -> None: ...

    # The question (or the refusal) shown this run, for tests and for closing it.
    provisioning_offer: QMessageBox | None = None
    _provisioning_offered = False

    def offer_shipped_provisioning(self) -> QMessageBox | None:
        """Once per run, when the open vault has not joined and a file came with the app."""
        if self._provisioning_offered or self.session is None or self.demo:
            return None
        path = shipped_provisioning()
        if path is None or self.session.sync_status()["organisation"] is not None:
            return None
        self._provisioning_offered = True
        try:
            org = read_provisioning_file(path)
        except FieldReportError as exc:
            box = self._refused_box(path, exc)
        else:
            box = self._join_box(path, org)
        self.provisioning_offer = box
        self._track(box)  # locking closes it, as it closes every dialog
        box.open()
        return box

    def _join_box(self, path: Path, org: Provisioning) -> QMessageBox:
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("FirstStart", "Join an organisation"))
        box.setText(
            QCoreApplication.translate("FirstStart", "Join {org}?").format(org=org.org_name)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "FirstStart",
                "This organisation's provisioning file came with the app:\n{path}\n\n"
                "The organisation's fingerprint:\n{fingerprint}\n\n"
                "Join only if your coordinator gives you the same fingerprint. You then "
                "save an enrollment request for the coordinator. You can also join later "
                "on the Sync page.",
            ).format(path=str(path), fingerprint=org.keys.fingerprint)
        )
        yes = box.addButton(
            QCoreApplication.translate("FirstStart", "&Yes"), QMessageBox.ButtonRole.AcceptRole
        )
        later = box.addButton(
            QCoreApplication.translate("FirstStart", "&Not now"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(yes)
        box.setEscapeButton(later)
        yes.clicked.connect(lambda: self._join_shipped(org))
        return box

    def _join_shipped(self, org: Provisioning) -> None:
        self.records_page.show_sync()  # the result and the device's fingerprint show there
        self.join_with_provisioning(org.raw)

    def _refused_box(self, path: Path, exc: FieldReportError) -> QMessageBox:
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("FirstStart", "Join an organisation"))
        box.setText(
            QCoreApplication.translate(
                "FirstStart",
                "The provisioning file that came with the app was refused; nothing was changed.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "FirstStart",
                "{path}: {reason}\n\nAsk your coordinator for a new provisioning file and "
                "join with it on the Sync page.",
            ).format(path=str(path), reason=error_text(exc))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        return box
