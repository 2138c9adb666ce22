import pytest

from audit.tls import grade_handshake


@pytest.mark.parametrize(
    "proto,cipher,expected",
    [
        ("TLSv1", "DES-CBC3-SHA", "F"),
        ("TLSv1.2", "ECDHE-RSA-AES128-GCM-SHA256", "A"),
        ("SSLv3", "RC4-MD5", "F"),
    ],
)
def test_grade(proto, cipher, expected):
    assert grade_handshake(proto, cipher) == expected


def test_md5_is_flagged_in_report():
    assert "md5" in grade_handshake("TLSv1.2", "RC4-MD5", verbose=True).lower()
