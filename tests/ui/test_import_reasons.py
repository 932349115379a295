"""Every reason the importer can name reads in the coordinator window, in every language."""

from __future__ import annotations

import pytest

from fieldreport.errors import BUNDLE_REASONS
from fieldreport.ui import i18n
from fieldreport.ui.central.reasons import NOT_SHOWN, reason_text

DEVICE = "0f1e2d3c-aaaa-4bbb-8ccc-123456789abc"
VALUES = {
    "device": DEVICE,
    "owner": "9a8b7c6d-aaaa-4bbb-8ccc-123456789abc",
    "revoked_at": "2024-05-03T10:00:00.000Z",
    "error": "Permission denied",
    "item": "record:0f1e2d3c-aaaa-4bbb-8ccc-123456789abc#2",
    "previous": "ab12cd34ef56",
}


def _params(code: str) -> dict[str, object]:
    return {name: VALUES.get(name, 4000 + i) for i, name in enumerate(BUNDLE_REASONS[code])}


@pytest.mark.parametrize("language", ["en", "ru", "ky", "tg"])
def test_every_reason_code_reads_with_its_parameters(qtbot, language: str):
    english = {code: reason_text(code, _params(code)) for code in BUNDLE_REASONS}
    assert i18n.set_language(language) or language == "en"
    for code in BUNDLE_REASONS:
        params = _params(code)
        text = reason_text(code, params)
        assert text, code
        assert "{" not in text and "}" not in text, (code, text)
        for name, value in params.items():
            if name in NOT_SHOWN:
                assert str(value) not in text  # system words stay in the tooltip
                continue
            shown = {"device": DEVICE[:8], "owner": "9a8b7c6d", "revoked_at": "2024-05-03"}.get(
                name, str(value)
            )
            assert shown in text, (code, name, text)
        if language != "en":
            assert text != english[code], (code, "not translated")
    assert reason_text("no-such-code", {}) is None
