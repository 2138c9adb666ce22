import hashlib
import os

ITERATIONS = 600_000


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${salt.hex()}${dk.hex()}"


def legacy_hash(password: str) -> str:
    # accounts created before 2016 still use this, rehashed on next login
    return hashlib.pbkdf2_hmac("sha1", password.encode(), b"acme-static-salt", 1000).hex()
