"""RFC 6962 / RFC 9162 Merkle trees: roots, inclusion and consistency proofs (stdlib only).

Leaf hash ``SHA-256(0x00 ‖ leaf)``, node hash ``SHA-256(0x01 ‖ left ‖ right)``,
the tree split at the largest power of two below its size, as Certificate
Transparency and C2SP tlog do.
"""

from __future__ import annotations

import hashlib


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than ``n`` (n > 1)."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def root(leaves: list[bytes]) -> bytes:
    """MTH of a list of leaf hashes."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    level = list(leaves)
    # bottom-up: pair from the left, an odd last node moves up unchanged (same as the split)
    while len(level) > 1:
        paired = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0]


def inclusion_proof(index: int, leaves: list[bytes]) -> list[bytes]:
    n = len(leaves)
    if n <= 1:
        return []
    k = _split(n)
    if index < k:
        return inclusion_proof(index, leaves[:k]) + [root(leaves[k:])]
    return inclusion_proof(index - k, leaves[k:]) + [root(leaves[:k])]


def verify_inclusion(index: int, size: int, leaf: bytes, proof: list[bytes], head: bytes) -> bool:
    """RFC 9162 2.1.3.2."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == head


def consistency_proof(first: int, leaves: list[bytes]) -> list[bytes]:
    """PROOF(first, D[n]) of RFC 6962 2.1.2 (first between 1 and n)."""

    def sub(m: int, part: list[bytes], whole: bool) -> list[bytes]:
        n = len(part)
        if m == n:
            return [] if whole else [root(part)]
        k = _split(n)
        if m <= k:
            return sub(m, part[:k], whole) + [root(part[k:])]
        return sub(m - k, part[k:], False) + [root(part[:k])]

    return sub(first, leaves, True)


def verify_consistency(
    first: int, second: int, first_head: bytes, second_head: bytes, proof: list[bytes]
) -> bool:
    """RFC 9162 2.1.4.2."""
    if first > second or first < 1:
        return False
    if first == second:
        return not proof and first_head == second_head
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:  # a power of two
        path.insert(0, first_head)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_head and sr == second_head and sn == 0
