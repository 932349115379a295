import time

import pytest

from fieldreport.crypto import kdf


def test_calibrated_parameters_never_go_below_64_mib():
    params = kdf.calibrate(target_seconds=0.0, memory_kib=1024)
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 1
    assert len(params.salt) == 16


def test_derivation_depends_on_passphrase_and_salt():
    params = kdf.calibrate(target_seconds=0.0)
    a = kdf.derive("passphrase one", params)
    assert a == kdf.derive("passphrase one", params)
    assert a != kdf.derive("passphrase two", params)
    other_salt = kdf.KdfParams.from_json({**params.to_json(), "salt": "AAAAAAAAAAAAAAAAAAAAAA=="})
    assert a != kdf.derive("passphrase one", other_salt)


def test_calibration_reaches_the_target_time_by_adding_passes():
    fast = kdf.calibrate(target_seconds=0.0)
    assert fast.iterations == 1
    # The target is several one-pass derivations long as measured now, so a loaded
    # machine (one pass slower than usual) still needs more than one pass.
    started = time.perf_counter()
    kdf.derive("calibration", fast)
    one_pass = time.perf_counter() - started
    slow = kdf.calibrate(target_seconds=max(0.3, 5 * one_pass))
    assert slow.iterations > fast.iterations


@pytest.mark.parametrize(
    "change",
    [{"memory_kib": 1024}, {"iterations": 0}, {"salt": "AAAA"}, {"algorithm": "scrypt"}],
)
def test_parameters_below_the_safe_minimum_are_refused(change):
    good = kdf.calibrate(target_seconds=0.0).to_json()
    with pytest.raises(ValueError):
        kdf.KdfParams.from_json({**good, **change})
