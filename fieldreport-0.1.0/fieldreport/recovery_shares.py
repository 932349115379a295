"""Recovery shares: a random secret split into SLIP-39 word lists (``shamir-mnemonic``).

SLIP-39 (SatoshiLabs' reviewed standard, Trezor's reference implementation)
turns a 128-bit secret into N shares of 20 words each, any K of which give
the secret back and K−1 of which say nothing about it. Each share carries its
set's identifier, its own index, the threshold and an RS1024 checksum, so a
mistyped word, a share from another set or too few shares are caught before
anything is tried; this module turns those cases into one clear sentence
naming the share at fault (:class:`~fieldreport.errors.SharesRefused`).

A share file is text: comment lines beginning with ``#`` say what it is, and
the words follow, five to a line. Numbers before the words (``1.``), as a
person may copy them from the printed sheet, are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import shamir_mnemonic
from shamir_mnemonic import MnemonicError, Share
from shamir_mnemonic.wordlist import WORD_INDEX_MAP

from fieldreport.errors import SharesRefused, UsageError

MAX_SHARES = 16  # SLIP-39's limit for one group
WORDS_PER_LINE = 5
_NUMBER = re.compile(r"^\d+[.):]?$")


@dataclass(frozen=True)
class ShareText:
    """One share as a person gave it: where it came from (a file name, "share 2") and its text."""

    label: str
    text: str


def check_counts(shares: int, threshold: int) -> None:
    if not 2 <= shares <= MAX_SHARES:
        raise UsageError(f"--shares must be from 2 to {MAX_SHARES}.")
    if not 2 <= threshold <= shares:
        raise UsageError(
            "--threshold must be at least 2 and at most the number of shares "
            "(one share alone must never open the vault)."
        )


def make(secret: bytes, shares: int, threshold: int) -> list[str]:
    """``shares`` mnemonics of which any ``threshold`` give ``secret`` back."""
    check_counts(shares, threshold)
    groups = shamir_mnemonic.generate_mnemonics(
        group_threshold=1,
        groups=[(threshold, shares)],
        master_secret=secret,
        passphrase=b"",
        extendable=True,
        iteration_exponent=0,  # the secret is random: no slow derivation needed
    )
    return groups[0]


def words(text: str) -> list[str]:
    """The words of a share file or of typed text (comments and numbering left out)."""
    out: list[str] = []
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        out.extend(w.lower() for w in line.replace(",", " ").split() if not _NUMBER.match(w))
    return out


def file_text(mnemonic: str, index: int, shares: int, threshold: int, made: str) -> str:
    """What a share file holds: what it is, a warning, then the words five to a line."""
    ws = mnemonic.split()
    lines = [" ".join(ws[i : i + WORDS_PER_LINE]) for i in range(0, len(ws), WORDS_PER_LINE)]
    header = [
        f"# FieldReport recovery share {index} of {shares}, made {made}.",
        f"# Any {threshold} of the {shares} shares open the vault and set a new passphrase:",
        "#   fieldreport-cli recovery restore SHARE_FILE...",
        "# SECRET: whoever holds enough shares can open the vault. Keep each share in a",
        "# different safe place, on paper rather than on a computer, and never with the laptop.",
        "",
    ]
    return "\n".join(header + lines) + "\n"


def parse(given: ShareText) -> Share:
    """One share, checked alone: its words, their number and its checksum."""
    ws = words(given.text)
    if not ws:
        raise SharesRefused(f"{given.label} holds no words.", "empty", share=given.label)
    for n, word in enumerate(ws, start=1):
        if word not in WORD_INDEX_MAP:
            raise SharesRefused(
                f'{given.label}: word {n}, "{word}", is not one of the recovery words; '
                "check its spelling against the sheet. Nothing was changed.",
                "unknown_word",
                share=given.label,
                position=n,
                word=word,
            )
    if len(ws) not in (20, 33):
        raise SharesRefused(
            f"{given.label} has {len(ws)} words; a share has 20 (or 33). "
            "Check that no word is missing or doubled. Nothing was changed.",
            "length",
            share=given.label,
            words=len(ws),
        )
    try:
        return Share.from_mnemonic(" ".join(ws))
    except MnemonicError as exc:
        raise SharesRefused(
            f"{given.label} has a mistyped or swapped word (its checksum does not match); "
            "compare each word with the sheet. Nothing was changed.",
            "checksum",
            share=given.label,
        ) from exc


def combine(given: Sequence[ShareText]) -> bytes:
    """The secret, or :class:`SharesRefused` naming the wrong share, or how many are missing."""
    if not given:
        raise SharesRefused("No recovery share was given. Nothing was changed.", "none")
    parsed = [(g, parse(g)) for g in given]
    first_label, first = parsed[0][0].label, parsed[0][1]
    chosen: dict[int, tuple[ShareText, Share]] = {}
    for g, share in parsed:
        if share.common_parameters() != first.common_parameters() or (
            share.group_parameters() != first.group_parameters()
        ):
            raise SharesRefused(
                f"{g.label} is from a different set of shares than {first_label}: use shares "
                "made together by one split. Nothing was changed.",
                "other_set",
                share=g.label,
                first=first_label,
            )
        same = chosen.get(share.index)
        if same is not None:
            if same[1].value != share.value:
                raise SharesRefused(
                    f"{g.label} and {same[0].label} claim to be the same share but differ. "
                    "Nothing was changed.",
                    "conflict",
                    share=g.label,
                    other=same[0].label,
                )
            continue  # the same share given twice counts once
        chosen[share.index] = (g, share)
    needed = first.member_threshold
    if len(chosen) < needed:
        raise SharesRefused(
            f"This set needs {needed} different shares to open the vault; "
            f"{len(chosen)} {'was' if len(chosen) == 1 else 'were'} given. Nothing was changed.",
            "too_few",
            needed=needed,
            given=len(chosen),
        )
    mnemonics = [s.mnemonic() for _, s in list(chosen.values())[:needed]]
    try:
        return shamir_mnemonic.combine_mnemonics(mnemonics, b"")
    except MnemonicError as exc:
        raise SharesRefused(
            "These shares do not fit together (one was altered). Nothing was changed.",
            "mismatch",
        ) from exc
