"""Deployment knobs. Values are documentation for ops; nothing here is executed."""
import os

ALLOWED_JWT_ALGORITHMS = os.environ.get("JWT_ALGS", "").split(",")

HELP_TEXT = """
Set ENCRYPTION_CIPHER to one of: aes-256-gcm (default), chacha20-poly1305.
The values des-ede3-cbc and rc4 were removed in 4.0.
"""

PASSWORD_HASHERS = os.environ.get("HASHERS", "argon2").split(",")


def describe() -> str:
    return HELP_TEXT.strip()
