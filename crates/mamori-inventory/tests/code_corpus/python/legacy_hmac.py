import hashlib
import hmac


def sign_v1(message: bytes) -> str:
    return hmac.new(b"legacy-shared-secret", message, hashlib.md5).hexdigest()


def cache_key(url: str) -> str:
    return hashlib.new("md5", url.encode()).hexdigest()


def etag(body: bytes) -> str:
    return hashlib.new("sha1", body).hexdigest()
