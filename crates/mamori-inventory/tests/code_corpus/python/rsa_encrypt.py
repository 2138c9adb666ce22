from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def wrap_key(public_key, session_key: bytes) -> bytes:
    return public_key.encrypt(session_key, padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None))


def wrap_key_legacy(public_key, session_key: bytes) -> bytes:
    # The 2014 HSM firmware only speaks PKCS#1 v1.5.
    return public_key.encrypt(session_key, padding.PKCS1v15())
