"""One record as the coordinator reads it, read-only, beside where it came from.

Every field as the field form groups and labels it, in the interface language
(:mod:`fieldreport.ui.dialogs.revision_view` does the words); identifying
values masked until "Show names and contacts" is ticked; the records it names
and those naming it (a click opens them); its photos and files as thumbnails
(Enter or a double click opens the viewer); any earlier revision, with what
changed marked; and each revision's origin: device, bundle, custody-log entry.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldreport.central.record_detail import RecordDetail, Revision
from fieldreport.domain import present
from fieldreport.ui.central.alarms_dialog import what_text
from fieldreport.ui.central.record_model import device_text, kind_text, row_summary, title_text
from fieldreport.ui.dialogs.revision_view import render_html, revision_sections
from fieldreport.ui.i18n import current_language
from fieldreport.ui.media_text import short_name, type_label
from fieldreport.ui.models.media_list import MediaListModel
from fieldreport.ui.models.record_table import local_time, status_text
from fieldreport.ui.views.media_grid import MediaGrid
from fieldreport.ui.widgets.retranslate import RetranslateMixin

THUMB = 96


def origin_text(origin: Mapping[str, Any], names: Mapping[str, str]) -> str:
    return QCoreApplication.translate(
        "CentralWindow",
        "from device {device}, bundle {bundle} (received {received}), custody-log entry "
        "{entry} ({hash}…)",
    ).format(
        device=device_text(origin["device_id"], names),
        bundle=origin.get("bundle_sequence") or "—",
        received=local_time(origin.get("received_at") or ""),
        entry=origin.get("log_seq"),
        hash=(origin.get("entry_hash") or "")[:16],
    )


def _link(href: str, text: str) -> str:
    return f"<a href='{html.escape(href, quote=True)}'>{html.escape(text)}</a>"


class RecordView(RetranslateMixin, QWidget):
    record_requested = Signal(str)  # a linked record's id
    media_requested = Signal(str)  # a media item to open in the viewer
    handover_requested = Signal(str)  # this record's id: it goes on from another device
    evidence_requested = Signal(str)  # this record's id: an evidence package of it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: RecordDetail | None = None
        self.device_names: dict[str, str] = {}
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.revision_label = QLabel(self)
        self.revision = QComboBox(self)
        self.revision.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.revision.setMinimumContentsLength(2)
        # Never squeezed below its number when the row is crowded (long labels in ky, tg).
        self.revision.setMinimumWidth(self.revision.minimumSizeHint().width())
        self.revision_label.setBuddy(self.revision)
        self.identifying = QCheckBox(self)
        self.back_button = QPushButton(self)
        self.back_button.setAutoDefault(False)
        self.back_button.setEnabled(False)
        self.handover_button = QPushButton(self)
        self.handover_button.setAutoDefault(False)
        self.handover_button.clicked.connect(
            lambda: self.detail is not None and self.handover_requested.emit(self.detail.id)
        )
        self.evidence_button = QPushButton(self)
        self.evidence_button.setAutoDefault(False)
        self.evidence_button.clicked.connect(
            lambda: self.detail is not None and self.evidence_requested.emit(self.detail.id)
        )
        self.content = QTextBrowser(self)
        self.content.setOpenLinks(False)
        self.content.setOpenExternalLinks(False)
        self.content.setObjectName("central-record-content")
        self.media_label = QLabel(self)
        self.media_model = MediaListModel(self._thumbnail, self)
        self.media_model.icon_size = QSize(THUMB, THUMB)
        self.media = MediaGrid(self.media_model, self, icon=THUMB)
        self.media.setAcceptDrops(False)
        self.media.setFixedHeight(THUMB + 60)
        self.media_label.setBuddy(self.media)
        self.thumbnails: dict[str, bytes] = {}
        self.history: list[str] = []
        self._going_back = False

        top = QHBoxLayout()
        top.addWidget(self.revision_label)
        top.addWidget(self.revision)
        top.addWidget(self.identifying)
        top.addStretch(1)
        top.addWidget(self.handover_button)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.content, 1)
        below = QHBoxLayout()  # the record's photos, and the package that proves it all
        self.media_label.setWordWrap(True)  # it yields room to the button in long languages
        below.addWidget(self.media_label, 1)
        below.addWidget(self.evidence_button)
        layout.addLayout(below)
        layout.addWidget(self.media)

        self.revision.currentIndexChanged.connect(lambda _i: self._render())
        self.identifying.toggled.connect(lambda _on: self._render())
        self.content.anchorClicked.connect(self._anchor)
        self.media.open_requested.connect(self.media_requested)
        self.back_button.clicked.connect(self._back)
        self.retranslateUi()
        self.clear()

    # -- contents -----------------------------------------------------------------------
    def show_record(self, detail: RecordDetail, device_names: Mapping[str, str]) -> None:
        shown = self.detail
        if self._going_back:
            self._going_back = False
        elif shown is not None and shown.id != detail.id and self.history[-1:] != [shown.id]:
            self.history.append(shown.id)
        self.detail = detail
        self.device_names = dict(device_names)
        self.identifying.setChecked(False)
        self.revision.blockSignals(True)
        self.revision.clear()
        for rev in detail.revisions:
            self.revision.addItem("", rev.revision)
        self.revision.setCurrentIndex(self.revision.count() - 1)
        self.revision.blockSignals(False)
        items = [m.item for m in detail.media]
        self.media_model.set_items(items)
        for widget in (
            self.revision_label, self.revision, self.identifying, self.content,
            self.handover_button, self.evidence_button,
        ):  # fmt: skip
            widget.setVisible(True)
        self.media.setVisible(bool(items))
        self.media_label.setVisible(True)
        self.back_button.setEnabled(bool(self.history))
        self._retranslate_revisions()
        self._render()

    def set_thumbnail(self, media_id: str, data: bytes | None) -> None:
        """A thumbnail made on a worker arrived: repaint that item."""
        self.thumbnails[media_id] = data or b""
        for item in self.media_model.items():
            if item.id == media_id:
                self.media_model._pixmaps.pop(media_id, None)
                self.media_model.update_item(item)

    def _thumbnail(self, media_id: str) -> bytes | None:
        return self.thumbnails.get(media_id, b"")

    def clear(self) -> None:
        """Show nothing (also at lock: no record content stays in the widgets)."""
        self.detail = None
        self.history = []
        self._going_back = False
        self.thumbnails = {}
        self.heading.setText(self.tr("Select a record to read it."))
        self.content.clear()
        self.media_model.clear()
        self.revision.clear()
        for widget in (
            self.revision_label, self.revision, self.identifying, self.content,
            self.handover_button, self.evidence_button,
        ):  # fmt: skip
            widget.setVisible(False)
        self.media.setVisible(False)
        self.media_label.setVisible(False)
        self.back_button.setEnabled(False)

    def show_message(self, text: str) -> None:
        self.clear()
        self.heading.setText(text)

    def selected_revision(self) -> Revision | None:
        if self.detail is None:
            return None
        number = self.revision.currentData()
        for rev in self.detail.revisions:
            if rev.revision == number:
                return rev
        return self.detail.current

    def html(self) -> str:
        return self.content.toHtml()

    def text(self) -> str:
        return self.content.toPlainText()

    # -- drawing --------------------------------------------------------------------------
    def _render(self) -> None:
        detail, rev = self.detail, self.selected_revision()
        if detail is None or rev is None:
            return
        lang = current_language()
        previous = None
        for earlier in detail.revisions:
            if earlier.revision == rev.revision - 1:
                previous = earlier
        title = present.title(detail.kind, detail.current.data, lang)
        self.heading.setText(f"{kind_text(detail.kind)}: {title_text(title)}")
        link_titles = {row.id: row_summary(row, self.device_names) for row in detail.links_out}
        for media in detail.media:
            item = media.item
            link_titles[item.id] = item.caption or short_name(item.original_name) or item.id[:8]
        sections = revision_sections(
            detail.kind,
            self._shown(rev),
            self._shown(previous) if previous is not None else None,
            lang,
            link_titles,
        )
        heading = self.tr("Revision {revision} of {count}, saved {saved}").format(
            revision=rev.revision, count=len(detail.revisions), saved=local_time(rev.saved_at)
        )
        notice = ""
        if rev.deleted:
            notice = self.tr(
                "This revision deleted the record on its device. It still shows what the "
                "record held when it was deleted."
            )
        parts = [
            self._alarms_html(),
            self._origin_html(rev),
            render_html(heading, notice, sections),
        ]
        parts.append(self._links_html())
        parts.append(self._revisions_html())
        self.content.setHtml("".join(parts))
        count = len(detail.media)
        self.media_label.setText(
            self.tr("Photos and files: {count} (Enter or a double click opens one)").format(
                count=count
            )
            if count
            else self.tr("No photos or files attached.")
        )

    def _shown(self, rev: Revision) -> dict[str, Any]:
        data = {**rev.data, "status": rev.status}
        if self.identifying.isChecked() or self.detail is None:
            return data
        return present.masked(self.detail.kind, data)

    def _alarms_html(self) -> str:
        """The alarms on this record or its files (e.g. a file unlike its signed hash)."""
        found = self.detail.alarms if self.detail else ()
        if not found:
            return ""
        files = {  # an item this record holds, by its file's name
            f"media:{m.item.id}": short_name(m.item.original_name) or m.item.id[:8]
            for m in (self.detail.media if self.detail else ())
        }
        lines = []
        for alarm in found:
            item = alarm["item"] or ""
            line = self.tr("Alarm {number}: {what} ({item})").format(
                number=alarm["alarm"], what=what_text(alarm["code"]), item=files.get(item, item)
            )
            if alarm["acknowledged"]:
                line += " — " + self.tr("acknowledged")
            lines.append(html.escape(line))
        title = html.escape(self.tr("Alarms"))
        return (
            f"<p style='font-weight:600; margin-bottom:2px; color:#b00020;'>{title}</p>"
            f"<p style='color:#b00020; margin-top:0;'>{'<br>'.join(lines)}</p>"
        )

    def _origin_html(self, rev: Revision) -> str:
        origin = rev.origin
        rows = [
            (self.tr("Record"), html.escape(self.detail.id if self.detail else "")),
            (self.tr("Status"), html.escape(status_text(rev.status))),
            (self.tr("Device"), html.escape(device_text(origin["device_id"], self.device_names))),
            (
                self.tr("Bundle"),
                html.escape(
                    self.tr("{sequence}, received {received}").format(
                        sequence=origin.get("bundle_sequence") or "—",
                        received=local_time(origin.get("received_at") or ""),
                    )
                ),
            ),
            (
                self.tr("Custody-log entry"),
                html.escape(f"{origin.get('log_seq')} ({(origin.get('entry_hash') or '')[:16]}…)"),
            ),
        ]
        cells = "".join(
            f"<tr><td width='32%' style='color:#5f6368;'>{html.escape(label)}</td>"
            f"<td>{value}</td></tr>"
            for label, value in rows
        )
        title = html.escape(self.tr("Where it came from"))
        return (
            f"<p style='font-weight:600; margin-bottom:2px;'>{title}</p>"
            f"<table width='100%' cellspacing='0' cellpadding='3' "
            f"style='background:#f1f4f8;'>{cells}</table>"
        )

    def _links_html(self) -> str:
        detail = self.detail
        if detail is None:
            return ""
        heading = html.escape(self.tr("Links"))
        names_label = html.escape(self.tr("This record names"))
        named_by = html.escape(self.tr("Named by"))
        parts = [f"<p style='font-weight:600; margin-top:12px;'>{heading}</p>"]
        out = [_link(f"record:{r.id}", row_summary(r, self.device_names)) for r in detail.links_out]
        out += [
            html.escape(self.tr("{id} (not received at the centre)").format(id=i[:8]))
            for i in detail.missing_links
        ]
        into = [_link(f"record:{r.id}", row_summary(r, self.device_names)) for r in detail.links_in]
        none = html.escape(self.tr("None"))
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='4'>"
            f"<tr><td width='32%' valign='top'>{names_label}</td>"
            f"<td valign='top'>{'<br>'.join(out) or none}</td></tr>"
            f"<tr><td valign='top'>{named_by}</td>"
            f"<td valign='top'>{'<br>'.join(into) or none}</td></tr></table>"
        )
        return "".join(parts)

    def _revisions_html(self) -> str:
        detail = self.detail
        if detail is None:
            return ""
        title = html.escape(self.tr("Every revision"))
        lines = []
        for rev in detail.revisions:
            saved = self.tr("Revision {revision}, saved {saved}, {status}: ").format(
                revision=rev.revision,
                saved=local_time(rev.saved_at),
                status=status_text(rev.status),
            )
            lines.append(html.escape(saved + origin_text(rev.origin, self.device_names)))
        return (
            f"<p style='font-weight:600; margin-top:12px; margin-bottom:2px;'>{title}</p>"
            + "<br>".join(lines)
        )

    def _anchor(self, url: QUrl) -> None:
        target = url.toString()
        kind, _, item_id = target.partition(":")
        if kind == "record" and item_id:
            self.record_requested.emit(item_id)
        elif kind == "media" and item_id:
            self.media_requested.emit(item_id)

    def _back(self) -> None:
        if self.history:
            self._going_back = True  # the record shown now is not pushed again
            self.record_requested.emit(self.history.pop())

    def _retranslate_revisions(self) -> None:
        count = self.revision.count()
        longest = 0
        for index in range(count):
            number = self.revision.itemData(index)
            text = self.tr("{revision} of {count}").format(revision=number, count=count)
            self.revision.setItemText(index, text)
            longest = max(longest, len(text))
        self.revision.setMinimumContentsLength(longest)

    def retranslateUi(self) -> None:  # noqa: N802
        self.revision_label.setText(self.tr("Re&vision:"))
        self.identifying.setText(self.tr("Show &names and contacts"))
        self.identifying.setToolTip(
            self.tr("Names and contacts are personal data; they stay masked unless you need them.")
        )
        self.back_button.setText(self.tr("&Back"))
        self.evidence_button.setText(self.tr("Evidence package…"))
        self.evidence_button.setToolTip(
            self.tr(
                "Export an evidence package: a folder an investigator can verify offline, with "
                "the records' revisions, original photos and files, and their signed custody "
                "logs. Select several rows in the list (Shift+arrows, Ctrl+Space) for one "
                "package of them all (Ctrl+Shift+E)"
            )
        )
        self.handover_button.setText(self.tr("Hand over…"))
        self.handover_button.setToolTip(
            self.tr(
                "Hand this record over to another approved device (a replaced laptop); "
                "signed and logged"
            )
        )
        self._retranslate_revisions()
        if self.detail is None:
            self.heading.setText(self.tr("Select a record to read it."))
        else:
            self._render()


def media_line(item: Any) -> str:
    return f"{type_label(item)}: {item.caption or short_name(item.original_name)}"
