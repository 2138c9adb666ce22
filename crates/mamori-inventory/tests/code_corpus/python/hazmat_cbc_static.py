from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

EXPORT_KEY = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
EXPORT_IV = b"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f"


def encrypt_export(data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(EXPORT_KEY), modes.CBC(EXPORT_IV)).encryptor()
    return enc.update(padded) + enc.finalize()
