from Crypto.Cipher import PKCS1_OAEP, PKCS1_v1_5
from Crypto.PublicKey import RSA


def make_key():
    return RSA.generate(1024)


def encrypt_old(key, data: bytes) -> bytes:
    return PKCS1_v1_5.new(key.publickey()).encrypt(data)


def encrypt_new(key, data: bytes) -> bytes:
    return PKCS1_OAEP.new(key.publickey()).encrypt(data)
