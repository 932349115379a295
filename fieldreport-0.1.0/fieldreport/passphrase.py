"""A passphrase strength hint for people choosing one (no network, no word lists)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from fieldreport.domain.i18n import QT_TRANSLATE_NOOP
from fieldreport.storage.vault import MIN_PASSPHRASE_LENGTH


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (unusable) … 4 (strong)
    hint: str  # English; translate with context "Passphrase"


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Strength(
            0, QT_TRANSLATE_NOOP("Passphrase", "Too short: use at least 10 characters.")
        )
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    if any(ord(c) > 127 for c in passphrase):
        pool += 33  # Cyrillic and other scripts
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    if bits < 45:
        return Strength(1, QT_TRANSLATE_NOOP("Passphrase", "Weak: add more words."))
    if bits < 65:
        return Strength(
            2, QT_TRANSLATE_NOOP("Passphrase", "Fair: a few more words make it strong.")
        )
    if bits < 85:
        return Strength(3, QT_TRANSLATE_NOOP("Passphrase", "Good."))
    return Strength(4, QT_TRANSLATE_NOOP("Passphrase", "Strong."))
