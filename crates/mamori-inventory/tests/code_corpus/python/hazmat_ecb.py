from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class BlockScrambler:
    """Scrambles fixed-size records.

    Note: never use ECB for anything longer than one block; modes.ECB leaks patterns.
    """

    def __init__(self, key: bytes) -> None:
        self._cipher = Cipher(algorithms.AES(key), modes.ECB())

    def scramble(self, block: bytes) -> bytes:
        enc = self._cipher.encryptor()
        return enc.update(block) + enc.finalize()
