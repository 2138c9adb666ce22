from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

KEY = b"0123456789abcdef"
IV = b"fedcba9876543210"


def encrypt_export(data: bytes) -> bytes:
    cipher = AES.new(KEY, AES.MODE_CBC, IV)
    return cipher.encrypt(pad(data, 16))
