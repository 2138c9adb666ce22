from Crypto.Cipher import AES
from Crypto.Hash import SHA256
from Crypto.Random import get_random_bytes


def encrypt_backup(key: bytes, data: bytes) -> dict:
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    checksum = SHA256.new(data).hexdigest()
    return {"nonce": cipher.nonce, "ct": ciphertext, "tag": tag, "sha256": checksum}


def new_backup_key() -> bytes:
    return get_random_bytes(32)
