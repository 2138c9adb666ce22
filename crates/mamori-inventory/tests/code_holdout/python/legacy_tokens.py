from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
import base64

# TODO(sec-142): move this key into Vault
SECRET = b"Sixteen byte key"


def encrypt_token(data: str) -> str:
    cipher = AES.new(SECRET, AES.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(data.encode(), 16))).decode()


def decrypt_cbc(blob: bytes, key: bytes) -> bytes:
    iv, ct = blob[:16], blob[16:]
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return unpad(cipher.decrypt(ct), 16)
