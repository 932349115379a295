"""The interface languages, in one place for every layer.

English is the fallback wherever a text lacks a translation. Russian and
Kyrgyz are spoken on one side of the border, Tajik (Cyrillic) on the other;
monitors and witnesses on both sides use the same app.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "ru", "ky", "tg")
FALLBACK_LANGUAGE = "en"
#: Each language named in itself, so a person can find theirs whatever is shown.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "ky": "Кыргызча",
    "tg": "Тоҷикӣ",
}
