import os

from cryptography.fernet import Fernet


class SecretStore:
    def __init__(self) -> None:
        self._fernet = Fernet(os.environ["STORE_KEY"])

    def put(self, value: str) -> bytes:
        return self._fernet.encrypt(value.encode())

    def get(self, token: bytes) -> str:
        return self._fernet.decrypt(token).decode()
