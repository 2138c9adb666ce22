from cryptography.hazmat.primitives.asymmetric import rsa


def make_test_key():
    # Small key: only for unit tests of the parser.
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def make_ca_key():
    return rsa.generate_private_key(
        public_exponent=65537,
        key_size=4096,
    )
