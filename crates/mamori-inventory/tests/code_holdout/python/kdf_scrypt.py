import hashlib
import hmac
import os


def derive(password: bytes, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt or os.urandom(16)
    key = hashlib.scrypt(password, salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=32)
    return salt, key


def check(password: bytes, salt: bytes, expected: bytes) -> bool:
    return hmac.compare_digest(derive(password, salt)[1], expected)
