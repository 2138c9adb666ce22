from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519


def new_rsa_pem(passphrase: bytes) -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=4096)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )


def new_ec_key():
    return ec.generate_private_key(ec.SECP384R1())


def new_node_identity():
    return ed25519.Ed25519PrivateKey.generate()
