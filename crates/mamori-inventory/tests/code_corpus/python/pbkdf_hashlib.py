import hashlib


def legacy_password_hash(password: str) -> str:
    dk = hashlib.pbkdf2_hmac("sha1", password.encode(), b"static-salt", 1000)
    return dk.hex()
