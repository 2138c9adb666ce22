import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305


class Envelope:
    def __init__(self, data_key: bytes):
        self._aead = AESGCM(data_key)

    def seal(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, plaintext, aad)


def seal_mobile(key: bytes, plaintext: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, None)
