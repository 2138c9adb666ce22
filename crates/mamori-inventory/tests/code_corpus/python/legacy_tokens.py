from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


def encrypt_token(key: bytes, token: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(token, AES.block_size))


def decrypt_token(key: bytes, blob: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_ECB)
    return unpad(cipher.decrypt(blob), AES.block_size)
