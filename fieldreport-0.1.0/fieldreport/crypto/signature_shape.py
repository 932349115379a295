"""Whether 64 bytes can be an Ed25519 signature at all, before the signer's key is known.

A bundle from a device the centre does not know yet cannot have its signature
checked (there is no key to check it with) but it can be refused when its
"signature" could never verify under any key: 64 zero bytes, a scalar ``S``
not below the group order (RFC 8032 §5.1.7 rejects it), or an ``R`` that is
not the canonical encoding of a curve point, or is one of the eight points of
small order (which a real signer never produces). The arithmetic is RFC 8032
§5.1.3 (point decoding), in plain integers.
"""

from __future__ import annotations

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
D = (-121665 * pow(121666, P - 2, P)) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def _decode_point(encoded: bytes) -> tuple[int, int] | None:
    """(x, y) of an encoded Edwards point, or None if it is not a canonical encoding of one."""
    value = int.from_bytes(encoded, "little")
    sign, y = value >> 255, value & ((1 << 255) - 1)
    if y >= P:
        return None
    u, v = (y * y - 1) % P, (D * y * y + 1) % P
    x = (u * pow(v, 3, P) * pow(u * pow(v, 7, P), (P - 5) // 8, P)) % P
    if (v * x * x - u) % P != 0:
        x = (x * SQRT_M1) % P
        if (v * x * x - u) % P != 0:
            return None
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = P - x
    return x, y


def _double(point: tuple[int, int]) -> tuple[int, int]:
    x, y = point
    denominator_x = pow(1 + D * x * x * y * y, P - 2, P)
    denominator_y = pow(1 - D * x * x * y * y, P - 2, P)
    return (2 * x * y * denominator_x) % P, ((y * y + x * x) * denominator_y) % P


def plausible(signature: bytes) -> bool:
    """False when ``signature`` cannot be a valid Ed25519 signature under any key."""
    if len(signature) != 64:
        return False
    if int.from_bytes(signature[32:], "little") >= L:
        return False
    point = _decode_point(signature[:32])
    if point is None:
        return False
    for _ in range(3):  # a point of order 1, 2, 4 or 8 becomes the identity after 3 doublings
        point = _double(point)
    return point != (0, 1)
