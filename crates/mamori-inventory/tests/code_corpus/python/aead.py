import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305


def seal_record(key: bytes, record: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, record, None)


def seal_stream_chunk(key: bytes, chunk: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, chunk, None)
