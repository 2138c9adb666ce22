#!/usr/bin/env python3
"""Signatures/s and verifications/s with Python `cryptography` (OpenSSL-backed), the peer of
crates/mamori-seal/examples/seal_throughput.rs in bench/seal.sh (issue 7).

Measures, single-threaded, for each message size:

- id-ML-DSA-65: pure ML-DSA-65 (FIPS 204) over the message, empty context;
- Ed25519: Ed25519 over the message;
- id-MLDSA65-Ed25519-SHA512: the composite done by hand in Python, the same work a mamori seal
  does (draft-ietf-lamps-pq-composite-sigs): M' = Prefix || Label || len(ctx) || ctx ||
  SHA-512(M), then ML-DSA-65 over M' with the 30-byte Label as its context and Ed25519 over M';
  verification rebuilds M' and checks both. Its signatures are checked against the layout a
  mamori verifier expects (ML-DSA-65 signature || Ed25519 signature, 3309 + 64 bytes).

Before each signature a counter is written into the message's first 8 bytes, as the Rust
example does (there it averages the rejection rounds of deterministic signing; OpenSSL signs
hedged, so here it only keeps the work the same). Verification checks one signature repeatedly.

Prints one JSON line per (algorithm, operation, size), like the Rust example:
{"impl":"python-cryptography","alg":"...","op":"sign","msg_bytes":1024,"per_s":...,...}
and, first, a line {"impl":"python-cryptography","info":{...}} with the cryptography and OpenSSL
versions. Exit 2 on bad arguments or when the backend lacks ML-DSA (cryptography < 48 or an
OpenSSL without it).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
import time

PREFIX = b"CompositeAlgorithmSignatures2025"
LABEL = b"COMPSIG-MLDSA65-Ed25519-SHA512"  # 30 bytes: the ML-DSA context of the composite
CTX = b""  # the application context a seal signs with
ALGS = ("composite", "mldsa65", "ed25519")
NAMES = {
    "composite": "id-MLDSA65-Ed25519-SHA512",
    "mldsa65": "id-ML-DSA-65",
    "ed25519": "Ed25519",
}


def fail(msg: str) -> None:
    print(f"mldsa_throughput.py: {msg}", file=sys.stderr)
    sys.exit(2)


def size_list(text: str) -> list[int]:
    out = []
    for part in text.split(","):
        try:
            n = int(part.strip())
        except ValueError:
            n = -1
        if not 1 <= n <= 1 << 30:
            raise argparse.ArgumentTypeError(f"{part!r} is not a size from 1 to 1073741824")
        out.append(n)
    return out


def seconds_arg(text: str) -> float:
    try:
        s = float(text)
    except ValueError:
        s = -1.0
    if not 0.01 <= s <= 3600:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 0.01 to 3600")
    return s


def iters_arg(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number >= 1")
    return n


def measure(budget_s: float | None, iters: int | None, op) -> tuple[int, float]:
    """One untimed call, then `iters` calls or calls until `budget_s` seconds have passed."""
    op()
    clock = time.perf_counter
    n = 0
    start = clock()
    if iters is not None:
        for _ in range(iters):
            op()
        n = iters
    else:
        while True:
            op()
            n += 1
            if clock() - start >= budget_s:
                break
    return n, clock() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--msg-bytes", type=size_list, action="append",
                    help="message sizes, comma-separated (default 1024,1048576; repeatable)")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--seconds", type=seconds_arg, help="about S seconds per measurement (default 2)")
    g.add_argument("--iters", type=iters_arg, help="exactly N operations per measurement")
    ap.add_argument("--alg", choices=ALGS + ("all",), default="all")
    try:
        a = ap.parse_args()
    except SystemExit as e:
        # argparse exits 2 on errors already; keep --help at 0.
        return int(e.code or 0)
    sizes = [n for group in a.msg_bytes for n in group] if a.msg_bytes else [1024, 1 << 20]
    budget = None if a.iters else (a.seconds or 2.0)
    algs = ALGS if a.alg == "all" else (a.alg,)

    try:
        import cryptography
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.backends.openssl import backend
        from cryptography.hazmat.primitives.asymmetric import ed25519, mldsa
    except ImportError as e:
        fail(f"cannot import cryptography with ML-DSA (need cryptography >= 48): {e}")
    if not backend.mldsa_supported():
        fail(f"this backend has no ML-DSA ({backend.openssl_version_text()})")

    print(json.dumps({
        "impl": "python-cryptography",
        "info": {
            "cryptography": cryptography.__version__,
            "openssl": backend.openssl_version_text(),
            "python": platform.python_version(),
            "mldsa_signing": "OpenSSL default (hedged, randomized)",
        },
    }), flush=True)

    for size in sizes:
        msg = bytes((i * 31 + 7) & 0xFF for i in range(size))
        # As in the Rust example: every signed message differs in its first 8 bytes (a counter),
        # so ML-DSA's rejection rounds average out; verification checks one signature.
        varied = bytearray(msg)
        head = min(size, 8)
        counter = [0]

        def next_msg():
            counter[0] += 1
            varied[:head] = counter[0].to_bytes(8, "little")[:head]
            return varied

        for alg in algs:
            ml = mldsa.MLDSA65PrivateKey.generate()
            ml_pub = ml.public_key()
            ed = ed25519.Ed25519PrivateKey.generate()
            ed_pub = ed.public_key()
            if alg == "mldsa65":
                def sign(msg=msg):
                    return ml.sign(msg, CTX)

                def verify(sig):
                    ml_pub.verify(sig, msg, CTX)
            elif alg == "ed25519":
                def sign(msg=msg):
                    return ed.sign(msg)

                def verify(sig):
                    ed_pub.verify(sig, msg)
            else:
                rep_head = PREFIX + LABEL + bytes([len(CTX)]) + CTX

                def sign(msg=msg):
                    m = rep_head + hashlib.sha512(msg).digest()
                    return ml.sign(m, LABEL) + ed.sign(m)

                def verify(sig):
                    if len(sig) != 3309 + 64:
                        raise InvalidSignature("length")
                    m = rep_head + hashlib.sha512(msg).digest()
                    ml_pub.verify(sig[:3309], m, LABEL)
                    ed_pub.verify(sig[3309:], m)

            sig = sign()
            try:
                verify(sig)
            except InvalidSignature:
                fail(f"{NAMES[alg]} rejects its own signature")
            if alg == "composite" and len(sig) != 3373:
                fail(f"composite signature is {len(sig)} bytes, not 3373")
            for op, fn in (("sign", lambda: sign(next_msg())), ("verify", lambda: verify(sig))):
                n, secs = measure(budget, a.iters, fn)
                print(json.dumps({
                    "impl": "python-cryptography",
                    "alg": NAMES[alg],
                    "op": op,
                    "msg_bytes": size,
                    "per_s": round(n / secs, 3),
                    "iters": n,
                    "seconds": round(secs, 6),
                }), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
