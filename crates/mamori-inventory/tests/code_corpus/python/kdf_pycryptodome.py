from Crypto.Hash import SHA512
from Crypto.Protocol.KDF import PBKDF2
from Crypto.Random import get_random_bytes


def derive_vault_key(passphrase: str) -> tuple[bytes, bytes]:
    # Older vaults used count=1000 with the default SHA-1; see migrate.py.
    salt = get_random_bytes(16)
    key = PBKDF2(passphrase, salt, dkLen=32, count=600000, hmac_hash_module=SHA512)
    return salt, key
