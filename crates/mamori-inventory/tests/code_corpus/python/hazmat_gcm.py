import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes, bytes]:
    iv = os.urandom(12)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    encryptor.authenticate_additional_data(aad)
    ciphertext = encryptor.update(plaintext) + encryptor.finalize()
    return iv, ciphertext, encryptor.tag
