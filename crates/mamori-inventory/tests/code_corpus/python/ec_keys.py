from cryptography.hazmat.primitives.asymmetric import ec, ed25519, x25519


def device_identity():
    return ec.generate_private_key(ec.SECP256R1())


def signing_identity():
    return ed25519.Ed25519PrivateKey.generate()


def handshake_key():
    return x25519.X25519PrivateKey.generate()
