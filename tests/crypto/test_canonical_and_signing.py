from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json, content_hash


def test_canonical_json_follows_rfc_8785():
    # Example from RFC 8785 section 3.2.3 (key sorting by UTF-16 code units, number forms).
    value = {"numbers": [333333333.33333329, 1e30, 4.50, 2e-3, 0.000000000000000000000000001]}
    assert canonical_json(value) == (b'{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27]}')
    assert canonical_json({"b": 1, "a": "é"}) == '{"a":"é","b":1}'.encode()


def test_content_hash_ignores_key_order():
    assert content_hash({"a": 1, "b": [1, 2]}) == content_hash({"b": [1, 2], "a": 1})
    assert content_hash({"a": 1}) != content_hash({"a": 2})


def test_signatures_verify_only_for_the_signed_message_and_key():
    private = signing.generate_private_key()
    public = signing.public_key_of(private)
    sig = signing.sign(private, b"message")
    assert signing.verify(public, sig, b"message")
    assert not signing.verify(public, sig, b"messagE")
    other = signing.public_key_of(signing.generate_private_key())
    assert not signing.verify(other, sig, b"message")
    assert not signing.verify(public, sig[:-1] + bytes([sig[-1] ^ 1]), b"message")


def test_fingerprint_is_readable_and_stable():
    public = signing.public_key_of(signing.generate_private_key())
    fp = signing.fingerprint(public)
    assert fp == signing.fingerprint(public)
    groups = fp.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
