from cryptography.hazmat.primitives import hashes


def fingerprint(chunks) -> bytes:
    digest = hashes.Hash(hashes.SHA256())
    for chunk in chunks:
        digest.update(chunk)
    return digest.finalize()


def legacy_fingerprint(data: bytes) -> bytes:
    digest = hashes.Hash(hashes.SHA1())
    digest.update(data)
    return digest.finalize()
