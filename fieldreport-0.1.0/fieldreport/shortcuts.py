"""Key combinations a person may choose for the panic erase, checked without Qt.

A panic shortcut erases the vault without asking, so it must be hard to press
by accident and must not be one the app already uses: a function key with at
least two modifiers (``Ctrl+Shift+F12``), or a letter or digit with three
(``Ctrl+Alt+Shift+X``). ``Alt`` with a function key is refused as well: on
Linux ``Ctrl+Alt+F1``… switch to a text console before the app sees them.
Written in Qt's portable order (Meta, Ctrl, Alt, Shift, then the key), so the
window can hand the text to ``QKeySequence`` as it is.
"""

from __future__ import annotations

from fieldreport.errors import UsageError

MODIFIERS = ("Meta", "Ctrl", "Alt", "Shift")
FUNCTION_KEYS = tuple(f"F{n}" for n in range(1, 25))
#: Offered in the window's list (the command line takes any allowed combination).
PRESETS = ("Ctrl+Shift+F12", "Ctrl+Shift+F11", "Ctrl+Alt+Shift+X")


def normalised(text: str) -> str | None:
    """The combination in Qt's portable order, or None when it is not an allowed one."""
    parts = [p.strip() for p in text.split("+")]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    *mods, key = parts
    by_lower = {m.lower(): m for m in MODIFIERS}
    chosen = {by_lower.get(m.lower(), "") for m in mods}
    if "" in chosen or len(chosen) != len(mods):
        return None
    key = key.upper()
    if key in FUNCTION_KEYS:
        if len(chosen) < 2 or "Alt" in chosen:
            return None
    elif not (len(key) == 1 and key.isascii() and key.isalnum()) or len(chosen) < 3:
        return None
    return "+".join([*(m for m in MODIFIERS if m in chosen), key])


def parse_shortcut(text: str) -> str:
    """The panic shortcut from what a person typed: ``off`` is "", else a checked combination."""
    if text.strip().lower() in ("off", "none", ""):
        return ""
    found = normalised(text)
    if found is None:
        raise UsageError(
            "panic-shortcut must be a function key with two modifiers (Ctrl+Shift+F12) or a "
            "letter or digit with three (Ctrl+Alt+Shift+X), or off; nothing was changed."
        )
    return found
