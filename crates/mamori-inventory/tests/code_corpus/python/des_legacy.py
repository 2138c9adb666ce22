from Crypto.Cipher import ARC4, DES


def decrypt_mainframe(key: bytes, blob: bytes) -> bytes:
    return DES.new(key, DES.MODE_ECB).decrypt(blob)


def decrypt_wifi_blob(key: bytes, blob: bytes) -> bytes:
    return ARC4.new(key).decrypt(blob)
