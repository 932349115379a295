"""Handing records over to another device from the coordinator window.

The same core as ``fieldreport-cli central handover``
(:mod:`fieldreport.central.handover`): from the Devices tab, everything a
device owns moves; from a record's view, that record (with the photos and
files its current revision shows that the device owns). The coordinator
chooses the new device among the approved ones, reads what moves from where
to where, and confirms; the organisation's key signs the decision and the
centre's custody log keeps it. It is one short write, made on the window's
thread when no read is using the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fieldreport.central import devices, handover, ownership
from fieldreport.errors import FieldReportError, UsageError
from fieldreport.ui.messages import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from fieldreport.central.store import CentralStore
    from fieldreport.ui.central.query_runner import QueryRunner


def handover_question(chosen: handover.Plan, names: dict[str, str]) -> str:
    """What moves from where to where, in the coordinator's language."""
    return QCoreApplication.translate(
        "HandoverActions",
        "Records: {records}, photos and files: {media}. They move from “{old}” to "
        "“{new}”.\n\nFrom now on the centre accepts changes to them only from “{new}”; "
        "changes from “{old}” are refused, with an alarm. The organisation's key signs "
        "the decision and the centre's custody log keeps it; it cannot be undone, only "
        "handed back.",
    ).format(
        records=len(chosen.records),
        media=len(chosen.media),
        old=names.get(chosen.from_device, chosen.from_device),
        new=names.get(chosen.to_device, chosen.to_device),
    )


class HandoverActionsMixin:
    if TYPE_CHECKING:
        store: CentralStore | None
        runner: QueryRunner
        importing: bool

        def confirm(self, title: str, text: str) -> bool: ...
        def ask_choice(self, title: str, label: str, items: list[str]) -> int | None: ...
        def inform(self, text: str) -> None: ...
        def reload(self) -> None: ...

    def hand_over_device(self, device_id: str, error: QLabel) -> None:
        """Everything ``device_id`` owns, to a device the coordinator chooses."""
        if self.store is not None and not self.importing:
            self.runner.exclusive(lambda: self._hand_over(device_id, [], error))

    def hand_over_record(self, record_id: str, error: QLabel) -> None:
        """One record (and its media its owner holds), to a device the coordinator chooses."""
        if self.store is None or self.importing:
            return

        def start() -> None:
            if self.store is None:
                return
            owner = ownership.owners_of(self.store.db, [f"record:{record_id}"]).get(
                f"record:{record_id}"
            )
            if owner is None:
                _show(
                    error,
                    QCoreApplication.translate(
                        "HandoverActions", "The centre does not know which device owns this record."
                    ),
                )
                return
            self._hand_over(owner, [record_id], error)

        self.runner.exclusive(start)

    def _hand_over(self, from_device: str, records: list[str], error: QLabel) -> None:
        store = self.store
        if store is None or self.importing:
            return
        every = devices.all_devices(store)
        names = {d.id: d.label for d in every}  # shown in the question: name, else id
        others = [d for d in every if d.status == "approved" and d.id != from_device]
        try:
            if not others:
                raise UsageError(
                    QCoreApplication.translate(
                        "HandoverActions",
                        "No other approved device can take them: approve the new device "
                        "first (Approve a request…).",
                    )
                )
            chosen_index = self.ask_choice(
                QCoreApplication.translate("HandoverActions", "Hand over to which device?"),
                QCoreApplication.translate(
                    "HandoverActions", "The records of “{old}” go to:"
                ).format(old=names.get(from_device, from_device)),
                [f"{d.name} ({d.id[:8]})" if d.name else d.id for d in others],
            )
            if chosen_index is None:
                return
            chosen = handover.plan(store, from_device, others[chosen_index].id, records)
            if not self.confirm(
                QCoreApplication.translate("HandoverActions", "Hand these records over?"),
                handover_question(chosen, names),
            ):
                return
            done = handover.hand_over(store, chosen)
        except FieldReportError as exc:
            _show(error, error_text(exc))
            return
        error.setVisible(False)
        self.reload()
        self.inform(
            QCoreApplication.translate(
                "HandoverActions",
                "Handed over to “{new}”: records: {records}, photos and files: {media} "
                "(signed decision {id}, entry {seq} of the centre's custody log).",
            ).format(
                new=names.get(chosen.to_device, chosen.to_device),
                records=len(chosen.records),
                media=len(chosen.media),
                id=done.id,
                seq=done.log_seq,
            )
        )


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(True)
