"""A bundle's outer age layer, streamed in this process on OpenSSL's ChaCha20-Poly1305.

The age v1 format (<https://age-encryption.org/v1>, X25519 recipients) is
small: a header that wraps a random 16-byte file key to each recipient, then
the payload in 64 KiB chunks, each sealed with ChaCha20-Poly1305 under a key
derived from the file key and a 16-byte nonce, the chunk's number and a flag
on the last one in its nonce. The sealing itself is one call per chunk into
OpenSSL (through ``cryptography``), which runs at ~2.5 GB/s on this kind of
machine, against ~0.5 GB/s for pyrage 1.4 and ~1 GB/s for the stock (Go) age:
so the bundle's one age pass no longer needs a process of its own (bundles
were encrypted and decrypted in a child process before, with a pipe between:
two more copies of every byte and a Python start per bundle).

:class:`Encrypting` is a file to write the plaintext into; it writes the age
file to its ``emit`` callable in pieces of about a megabyte. :class:`Decrypting`
is a file to read the plaintext from; it pulls the age file from ``source``.
Both keep at most a few chunks in memory. The stock ``age`` tool opens what
:class:`Encrypting` writes and :class:`Decrypting` opens what age (or pyrage)
writes (``tests/sync/test_age_layer.py``). The header code is shared with the
sealed media items' check (:mod:`fieldreport.sync.sealed_media`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import os
from collections import deque
from collections.abc import Callable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from fieldreport.sync import bech32
from fieldreport.sync.sealed_media import MAX_HEADER, NoMatchingKey, SealError, _hkdf, open_header

CHUNK = 64 * 1024  # age's payload chunk (plaintext)
TAG = 16
SEALED = CHUNK + TAG
NONCE = 16
BLOCK = 16  # chunks handled per step: about a megabyte read, written or returned at once
_INTRO = b"age-encryption.org/v1\n"
_LAST = b"\x01"
_MORE = b"\x00"


class AgeError(Exception):
    """The age file cannot be opened: a bad header, a chunk that fails its check, a cut end."""


class NotForUs(AgeError):
    """The header holds no stanza for the given identity (the file is for another recipient)."""


def _b64(raw: bytes) -> bytes:
    return base64.b64encode(raw).rstrip(b"=")


def _recipient(text: str) -> bytes:
    try:
        hrp, raw = bech32.decode(text)
    except bech32.Bech32Error:
        raise ValueError(f"not an age recipient: {text[:12]}…") from None
    if hrp != "age" or len(raw) != 32:
        raise ValueError(f"not an age recipient: {text[:12]}…")
    return raw


def _stanza(file_key: bytes, recipient: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    if shared == bytes(32):
        raise ValueError("the age recipient is a low-order point")
    wrap = _hkdf(shared, share + recipient, b"age-encryption.org/v1/X25519")
    body = _b64(ChaCha20Poly1305(wrap).encrypt(bytes(12), file_key, None))
    return b"-> X25519 " + _b64(share) + b"\n" + body + b"\n"  # 43 characters: one line


def _nonce(counter: int, flag: bytes) -> bytes:
    return counter.to_bytes(11, "big") + flag


class Encrypting(io.RawIOBase):
    """Write plaintext here; the age file goes to ``emit`` (a list of pieces at a time).

    :meth:`finish` writes the last chunk (a file not finished is not a whole age
    file: no reader accepts it). ``emit`` gets each piece once, in order; its
    failure propagates to the caller's ``write``.
    """

    def __init__(self, emit: Callable[[list[bytes]], None], recipients: list[str]) -> None:
        super().__init__()
        if not recipients:
            raise ValueError("at least one age recipient is needed")
        parsed = [_recipient(r) for r in recipients]  # a bad recipient fails before any byte
        file_key = os.urandom(16)
        header = _INTRO + b"".join(_stanza(file_key, r) for r in parsed) + b"---"
        mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
        nonce = os.urandom(NONCE)
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._emit = emit
        self._counter = 0
        self._held = bytearray()  # at most one chunk: it may turn out to be the last
        self.finished = False
        emit([header + b" " + _b64(mac) + b"\n" + nonce])

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self.finished:
            raise ValueError("the age file is finished")
        view = memoryview(data).cast("B")
        size = len(view)
        out: list[bytes] = []
        held = self._held
        if held:
            need = CHUNK - len(held)
            if size <= need:  # still no more than a chunk: it may be the last one
                held += view
                return size
            held += view[:need]
            view = view[need:]
            out.append(self._seal(held, _MORE))
            held.clear()
        full = (len(view) - 1) // CHUNK  # keep 1..CHUNK bytes back: the last chunk is flagged
        seal = self._seal
        for start in range(0, full * CHUNK, CHUNK):
            out.append(seal(view[start : start + CHUNK], _MORE))
        held += view[full * CHUNK :]
        if out:
            self._emit(out)
        return size

    def _seal(self, chunk: Any, flag: bytes) -> bytes:
        sealed = self._aead.encrypt(_nonce(self._counter, flag), chunk, None)
        self._counter += 1
        return sealed

    def finish(self) -> None:
        """Write the last chunk (empty only if nothing was written at all)."""
        if not self.finished:
            self._emit([self._seal(self._held, _LAST)])
            self._held.clear()
            self.finished = True


def _opened(head: bytes, identity: str) -> tuple[bytes, int]:
    """The file key of the age file that starts with ``head``, and where its payload starts."""
    try:
        file_key, length = open_header(head, identity)
    except NoMatchingKey:
        raise NotForUs("no identity matched the age file's header") from None
    except SealError as exc:
        raise AgeError(f"the age header is not valid: {exc}") from None
    if len(head) < length + NONCE:
        raise AgeError("the age file is cut short")
    return file_key, length + NONCE


def payload_at(head: bytes, identity: str) -> int:
    """Where the payload's first chunk starts in the age file that starts with ``head``.

    ``head`` holds the file's first ``MAX_HEADER + NONCE`` bytes (or all of a
    shorter file). Raises :class:`NotForUs` or :class:`AgeError`.
    """
    return _opened(head, identity)[1]


HEAD = MAX_HEADER + NONCE  # bytes that always hold a whole header and its nonce


class Decrypting(io.RawIOBase):
    """The plaintext of the age file that ``source.read(n)`` yields, opened by ``identity``.

    Every chunk is authenticated before any of its bytes is returned; the end
    of the stream counts only once the last chunk (flagged so) authenticated,
    so a file cut at a chunk boundary raises instead of reading as shorter.
    Raises :class:`NotForUs` or :class:`AgeError`. :meth:`rest` says whether
    plaintext was left unread (it reads and checks the remainder first).
    """

    def __init__(self, source: Any, identity: str, *, head: bytes | None = None) -> None:
        """``head``: the header and nonce, already read from ``source`` (see :func:`payload_at`).

        Given it, ``source`` is read from the payload's first byte in blocks of
        :data:`BLOCK` whole chunks, so a source that reads in those blocks hands
        each over without a copy.
        """
        super().__init__()
        self._source = source
        if head is None:
            head = self._take(MAX_HEADER + NONCE)
        file_key, length = _opened(head, identity)
        self._aead = ChaCha20Poly1305(_hkdf(file_key, head[length - NONCE : length], b"payload"))
        # Ciphertext is read a block of whole chunks at a time, aligned on chunks, one
        # block ahead: a chunk is the last one only if nothing follows it.
        leftover = head[length:]
        self._current = leftover + self._take(BLOCK * SEALED - len(leftover))
        self._next = self._take(BLOCK * SEALED) if len(self._current) == BLOCK * SEALED else b""
        self._counter = 0
        self._done = False  # the last chunk was opened
        self._plain: deque[bytes] = deque()  # opened chunks, not yet read; the first from _offset
        self._offset = 0
        #: The first chunk that failed its check (the caller's own errors are not ours).
        self.failure: AgeError | None = None

    def readable(self) -> bool:
        return True

    def _take(self, n: int) -> bytes:
        parts, got = [], 0
        while got < n and (data := self._source.read(n - got)):
            parts.append(data)
            got += len(data)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def _open_more(self) -> None:
        """Open the chunks of the current block, then read the block after the next."""
        block = memoryview(self._current)
        size = len(block)
        final = not self._next  # nothing follows this block
        if not size:
            self.failure = AgeError("the age file is cut short")
            raise self.failure
        aead, plain, counter = self._aead, self._plain, self._counter
        try:
            for at in range(0, size, SEALED):
                end = min(at + SEALED, size)
                if final and end == size:
                    if end - at < TAG or (end - at == TAG and counter > 0):
                        raise AgeError("the age file is cut short")
                    chunk = aead.decrypt(_nonce(counter, _LAST), block[at:end], None)
                    self._done = True
                else:
                    chunk = aead.decrypt(_nonce(counter, _MORE), block[at:end], None)
                counter += 1
                plain.append(chunk)
        except InvalidTag:
            self.failure = AgeError("an age chunk failed its check: the file is damaged or cut")
            raise self.failure from None
        except AgeError as exc:
            self.failure = exc
            raise
        finally:
            self._counter = counter
        self._current = self._next
        if not final:
            full = len(self._next) == BLOCK * SEALED
            self._next = self._take(BLOCK * SEALED) if full else b""

    def read(self, size: int | None = -1) -> bytes:
        """Up to ``size`` bytes, at most to the end of one opened chunk (short reads, no copy).

        A chunk read whole is handed on as it came from OpenSSL; ``b""`` only at
        the end of the stream, once its last chunk authenticated.
        """
        if size is None or size < 0:
            parts = []
            while chunk := self.read(CHUNK):
                parts.append(chunk)
            return b"".join(parts)
        while not self._plain and not self._done:
            self._open_more()
        if not self._plain or size == 0:
            return b""
        first, offset = self._plain[0], self._offset
        if size >= len(first) - offset:
            self._plain.popleft()
            self._offset = 0
            return first[offset:] if offset else first
        self._offset = offset + size
        return first[offset : offset + size]

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)

    def rest(self) -> bool:
        """Read and check what is left; whether any plaintext was left unread."""
        left = False
        while True:
            data = self.read(CHUNK)
            if not data:
                return left
            left = True
