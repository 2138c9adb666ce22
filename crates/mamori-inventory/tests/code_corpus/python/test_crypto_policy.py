import pytest

from mamori_demo.policy import Policy


@pytest.mark.parametrize("alg", ["DES", "RC4", "MD5"])
def test_weak_algorithms_rejected(alg):
    assert Policy().allows(alg) is False


def test_md5_rejected_message():
    with pytest.raises(ValueError, match="MD5 is not allowed"):
        Policy().require("md5")


def test_sha1_rejected():
    assert not Policy().allows("SHA1")
