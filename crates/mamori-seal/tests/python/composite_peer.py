"""An independent peer for mamori's composite signatures, on OpenSSL through Python
`cryptography` (>= 48, which has ML-DSA).

  verify DIR  reads mldsa_pk, ed25519_pk, representative, label, mldsa_sig, ed25519_sig and
              checks both components; exit 0 when both verify, 1 otherwise.
  sign DIR    makes a fresh ML-DSA-65 + Ed25519 key pair and signs the representative in
              DIR/representative with the label in DIR/label as ML-DSA context; writes
              public_key (mldsaPK || edPK) and signature (mldsaSig || edSig).
"""
import pathlib
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519, mldsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def main(cmd, d):
    d = pathlib.Path(d)
    m = (d / "representative").read_bytes()
    label = (d / "label").read_bytes()
    if cmd == "verify":
        ok = True
        try:
            mldsa.MLDSA65PublicKey.from_public_bytes((d / "mldsa_pk").read_bytes()).verify(
                (d / "mldsa_sig").read_bytes(), m, label
            )
            print("ML-DSA-65: valid")
        except InvalidSignature:
            print("ML-DSA-65: INVALID")
            ok = False
        try:
            ed25519.Ed25519PublicKey.from_public_bytes((d / "ed25519_pk").read_bytes()).verify(
                (d / "ed25519_sig").read_bytes(), m
            )
            print("Ed25519: valid")
        except InvalidSignature:
            print("Ed25519: INVALID")
            ok = False
        return 0 if ok else 1
    if cmd == "sign":
        mk, ek = mldsa.MLDSA65PrivateKey.generate(), ed25519.Ed25519PrivateKey.generate()
        raw = (Encoding.Raw, PublicFormat.Raw)
        (d / "public_key").write_bytes(
            mk.public_key().public_bytes(*raw) + ek.public_key().public_bytes(*raw)
        )
        (d / "signature").write_bytes(mk.sign(m, label) + ek.sign(m))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
