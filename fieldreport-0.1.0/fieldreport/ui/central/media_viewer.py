"""The field app's viewer, for what the centre received: read-only.

:class:`~fieldreport.ui.dialogs.media_viewer.MediaViewer` asks a session for
previews and record names. Here a :class:`ReceivedMedia` answers from what
the coordinator window already read on a worker (previews made there, in
memory), so opening the viewer never reads the store on the window's thread.
Captions belong to the device that wrote them, so they cannot be edited here,
nothing can be deleted, and a record's position is not the centre's to set.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from fieldreport.errors import FieldReportError
from fieldreport.ui.dialogs.media_viewer import MediaViewer


class ReceivedMedia:
    """What the viewer asks of a session, answered from memory (``locked``: no caption edits)."""

    locked = True

    def __init__(self, previews: Mapping[str, bytes | None], records: Mapping[str, list[str]]):
        self.previews = dict(previews)
        self.records = dict(records)

    def media_preview(self, media_id: str) -> bytes | None:
        return self.previews.get(media_id)

    def get(self, record_id: str) -> Any:
        raise FieldReportError("records are named by the coordinator window")


class CentralMediaViewer(MediaViewer):
    def __init__(
        self,
        source: ReceivedMedia,
        items: list[Any],
        index: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(source, items, index, parent)
        panel = self.panel
        panel.caption.setReadOnly(True)
        for widget in (
            panel.save_caption_button,
            panel.delete_button,
            panel.location_button,
            panel.export_button,
            panel.export_stripped_button,
        ):
            widget.setVisible(False)
        self._show()

    def _record_names(self, item: Any) -> list[str]:
        source = self.session
        return list(source.records.get(item.id, [])) if isinstance(source, ReceivedMedia) else []

    def _show(self) -> None:
        super()._show()
        panel = getattr(self, "panel", None)
        if panel is not None:
            panel.location_button.setVisible(False)
            panel.export_stripped_button.setVisible(False)
            panel.caption_label.setVisible(bool(panel.caption.text()))
            panel.caption.setVisible(bool(panel.caption.text()))
