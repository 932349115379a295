"""RFC 6962 trees, inclusion and consistency proofs, and C2SP signed notes."""

from __future__ import annotations

import pytest

from fieldreport.crypto import signing
from fieldreport.verifier import merkle, note

#: Certificate Transparency's test leaves (RFC 6962 reference tests) and their tree's root.
CT_LEAVES = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    bytes(range(0x50, 0x58)),
    bytes(range(0x60, 0x70)),
]
CT_ROOT = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"


def _naive(leaves: list[bytes]) -> bytes:
    if len(leaves) == 1:
        return leaves[0]
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return merkle.node_hash(_naive(leaves[:k]), _naive(leaves[k:]))


def test_known_root() -> None:
    assert merkle.root([merkle.leaf_hash(x) for x in CT_LEAVES]).hex() == CT_ROOT
    assert merkle.root([]).hex().startswith("e3b0c442")


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13, 21])
def test_every_proof_of_small_trees(size: int) -> None:
    leaves = [merkle.leaf_hash(bytes([i])) for i in range(size)]
    head = merkle.root(leaves)
    assert head == _naive(leaves)
    other = merkle.leaf_hash(b"other")
    for i in range(size):
        proof = merkle.inclusion_proof(i, leaves)
        assert merkle.verify_inclusion(i, size, leaves[i], proof, head)
        assert not merkle.verify_inclusion(i, size, other, proof, head)
    for first in range(1, size + 1):
        proof = merkle.consistency_proof(first, leaves)
        old = merkle.root(leaves[:first])
        assert merkle.verify_consistency(first, size, old, head, proof)
        if first < size:
            assert not merkle.verify_consistency(first, size, other, head, proof)
            rewritten = [other, *leaves[1:]]
            assert not merkle.verify_consistency(
                first, size, old, merkle.root(rewritten), merkle.consistency_proof(first, rewritten)
            )


def test_signed_note() -> None:
    key = signing.generate_private_key()
    checkpoint = note.Checkpoint("fieldreport/test", 7, bytes(range(32)))
    text = note.sign(checkpoint, key)
    assert text.startswith("fieldreport/test\n7\n") and "\n\n\u2014 fieldreport/test " in text
    assert note.verify(text, signing.public_key_of(key)) == checkpoint
    with pytest.raises(note.NoteError):
        note.verify(text.replace("\n7\n", "\n8\n"), signing.public_key_of(key))
    with pytest.raises(note.NoteError):
        note.verify(text, signing.public_key_of(signing.generate_private_key()))
