"""Content-addressed storage helpers for the upload service."""
import hashlib
from pathlib import Path

CHUNK = 1 << 20


def content_id(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def gravatar_url(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"
