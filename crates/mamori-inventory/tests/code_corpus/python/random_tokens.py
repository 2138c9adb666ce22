import hashlib
import secrets

from cryptography.hazmat.primitives import hashes


def new_api_token() -> str:
    return secrets.token_urlsafe(32)


def supported() -> list[str]:
    return sorted(hashlib.algorithms_guaranteed)


def is_constant_time_equal(a: str, b: str) -> bool:
    return secrets.compare_digest(a, b)
