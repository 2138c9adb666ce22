import hashlib
import hmac
import os

SECRET = os.environ["WEBHOOK_SECRET"].encode()


def valid_signature(body: bytes, header: str) -> bool:
    """Hex HMAC-SHA256 of the body; the v1 header carried an HMAC-MD5."""
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header)
