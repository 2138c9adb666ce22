"""Checksums for the artifact mirror.

MD5 is kept only because the upstream index publishes MD5 sums.
"""
import hashlib
from pathlib import Path


def md5_of(path: Path) -> str:
    h = hashlib.md5()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
