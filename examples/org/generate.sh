#!/usr/bin/env bash
# Regenerates the CBOMs of the example organization (examples/org/cbom/*.json).
#
# Every key and certificate is made here, in a temporary directory, by openssl and ssh-keygen,
# laid out as it would be on each system's servers, and then inventoried by mamori's own
# scanners (`mamori scan files`, and `mamori scan code` for two systems' source code). Nothing
# made here protects anything; the temporary directory is deleted at the end, only the CBOMs stay.
#
# Usage (from anywhere):   examples/org/generate.sh
# Needs: bash, openssl (3.x), ssh-keygen, cargo.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$HERE/cbom"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mamori-example-org.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

mamori() {
    # Run from inside $WORK so the locations in the CBOMs are short relative paths
    # ("tax-portal/etc/ssl/...") instead of the temporary directory's name.
    (cd "$WORK" && cargo run -q --manifest-path "$REPO/Cargo.toml" -p mamori-cli -- "$@")
}

cd "$WORK"
days=825
subj() { printf '/C=XX/O=Example Ministry/OU=%s/CN=%s' "$1" "$2"; }

# --- identity-ca: the organization's internal certificate authority -------------------------
# Root on RSA 3072, issuing CA on P-384. The other systems' server certificates are signed by
# the issuing CA, which is why they depend on identity-ca.
mkdir -p identity-ca/etc/pki/root identity-ca/etc/pki/issuing
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out identity-ca/etc/pki/root/root-ca.key 2>/dev/null
openssl req -x509 -new -key identity-ca/etc/pki/root/root-ca.key -sha384 -days 7300 \
    -subj "$(subj 'Identity' 'Example Ministry Root CA')" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out identity-ca/etc/pki/root/root-ca.crt
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out identity-ca/etc/pki/issuing/issuing-ca.key
openssl req -new -key identity-ca/etc/pki/issuing/issuing-ca.key -subj "$(subj 'Identity' 'Example Ministry Issuing CA 1')" \
    -out "$WORK/issuing.csr"
printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n' > "$WORK/ca.ext"
openssl x509 -req -in "$WORK/issuing.csr" -CA identity-ca/etc/pki/root/root-ca.crt \
    -CAkey identity-ca/etc/pki/root/root-ca.key -CAcreateserial -sha384 -days 3650 \
    -extfile "$WORK/ca.ext" -out identity-ca/etc/pki/issuing/issuing-ca.crt 2>/dev/null

# leaf OU CN KEYFILE CERTFILE: a server certificate for KEYFILE, signed by the issuing CA.
leaf() {
    local ou="$1" cn="$2" key="$3" crt="$4"
    openssl req -new -key "$key" -subj "$(subj "$ou" "$cn")" -out "$WORK/leaf.csr"
    printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:%s\n' "$cn" > "$WORK/leaf.ext"
    openssl x509 -req -in "$WORK/leaf.csr" -CA identity-ca/etc/pki/issuing/issuing-ca.crt \
        -CAkey identity-ca/etc/pki/issuing/issuing-ca.key -CAcreateserial -sha256 -days "$days" \
        -extfile "$WORK/leaf.ext" -out "$crt" 2>/dev/null
}

# --- tax-portal: citizens' tax returns, public-facing ---------------------------------------
# An RSA 2048 server certificate from identity-ca, and a forgotten legacy certificate on a
# 1024-bit key signed with SHA-1.
mkdir -p tax-portal/etc/ssl/private tax-portal/etc/ssl/certs tax-portal/opt/legacy-upload
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out tax-portal/etc/ssl/private/tax-portal.key 2>/dev/null
leaf 'Tax' 'tax.example.invalid' tax-portal/etc/ssl/private/tax-portal.key tax-portal/etc/ssl/certs/tax-portal.crt
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out tax-portal/opt/legacy-upload/upload.key 2>/dev/null
openssl req -x509 -new -key tax-portal/opt/legacy-upload/upload.key -sha1 -days 3650 \
    -subj "$(subj 'Tax' 'upload-legacy.example.invalid')" -out tax-portal/opt/legacy-upload/upload.crt

# --- payments-gateway: interbank payments (finance) -----------------------------------------
# A P-256 server certificate from identity-ca; the code already negotiates X25519MLKEM768.
mkdir -p payments-gateway/etc/ssl payments-gateway-src/gateway
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out payments-gateway/etc/ssl/gateway.key
leaf 'Payments' 'pay.example.invalid' payments-gateway/etc/ssl/gateway.key payments-gateway/etc/ssl/gateway.crt
cat > payments-gateway-src/gateway/tls.go <<'EOF'
// Package gateway terminates the banks' TLS connections. (Fictional example.)
package gateway

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/tls"
)

func BankConfig(cert tls.Certificate) *tls.Config {
	return &tls.Config{
		Certificates:     []tls.Certificate{cert},
		MinVersion:       tls.VersionTLS13,
		CurvePreferences: []tls.CurveID{tls.X25519MLKEM768},
	}
}

// sealBatch encrypts a settlement batch at rest with AES-256-GCM.
func sealBatch(key [32]byte, nonce, batch []byte) ([]byte, error) {
	block, err := aes.NewCipher(key[:])
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return gcm.Seal(nil, nonce, batch, nil), nil
}
EOF

# --- patient-records: hospital records kept for decades (healthcare) ------------------------
# RSA 3072 server certificate from identity-ca, classic DH parameters, and an export script
# that still checksums with SHA-1 next to AES-128-GCM.
mkdir -p patient-records/etc/ssl patient-records-src/scripts
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out patient-records/etc/ssl/records.key 2>/dev/null
leaf 'Health' 'records.example.invalid' patient-records/etc/ssl/records.key patient-records/etc/ssl/records.crt
openssl genpkey -genparam -algorithm DH -pkeyopt dh_paramgen_prime_len:2048 -out patient-records/etc/ssl/dhparam.pem 2>/dev/null
cat > patient-records-src/scripts/export_records.py <<'EOF'
"""Nightly export of patient records to the archive. (Fictional example.)"""
import hashlib

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def checksum(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def seal(data: bytes, nonce: bytes) -> bytes:
    key = AESGCM.generate_key(bit_length=128)
    return AESGCM(key).encrypt(nonce, data, None)
EOF

# --- signalling-core: telecom signalling, short-lived secrets -------------------------------
mkdir -p signalling-core/etc/ssh signalling-core/home/noc/.ssh
ssh-keygen -q -t ed25519 -N '' -C 'signalling-core host' -f signalling-core/etc/ssh/ssh_host_ed25519_key
ssh-keygen -q -t ecdsa -b 256 -N '' -C 'signalling-core host' -f signalling-core/etc/ssh/ssh_host_ecdsa_key
ssh-keygen -q -t rsa -b 2048 -N '' -C 'noc@signalling-core' -f signalling-core/home/noc/.ssh/id_rsa

# --- grid-scada: control of the electricity grid (energy) -----------------------------------
# Long-lived firmware signatures: a DSA signing key from the last decade and a P-384 key.
mkdir -p grid-scada/opt/firmware grid-scada/etc/ssl
openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:2048 -out "$WORK/dsa.param" 2>/dev/null
openssl genpkey -paramfile "$WORK/dsa.param" -out grid-scada/opt/firmware/firmware-signing-dsa.key
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out grid-scada/opt/firmware/firmware-signing-p384.key
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out grid-scada/etc/ssl/historian.key 2>/dev/null
leaf 'Energy' 'historian.example.invalid' grid-scada/etc/ssl/historian.key grid-scada/etc/ssl/historian.crt

# --- port-community: the port's logistics platform (ports) ----------------------------------
mkdir -p port-community/etc/ssl port-community/home/ops/.ssh
openssl genpkey -algorithm ed25519 -out port-community/etc/ssl/edi-signing.key
openssl req -x509 -new -key port-community/etc/ssl/edi-signing.key -days 1095 \
    -subj "$(subj 'Port' 'edi.example.invalid')" -out port-community/etc/ssl/edi-signing.crt
ssh-keygen -q -t ed25519 -N '' -C 'ops@port-community' -f port-community/home/ops/.ssh/id_ed25519

# --- inventory every system with mamori ------------------------------------------------------
find "$WORK" -name "*.srl" -delete
mkdir -p "$OUT"
rm -f "$OUT"/*.json
for system in identity-ca tax-portal payments-gateway patient-records signalling-core grid-scada port-community; do
    mamori scan files "$system" --format cbom -o "$OUT/$system.json" --fail-on never -q
done
mamori scan code payments-gateway-src --format cbom -o "$OUT/payments-gateway-code.json" --fail-on never -q
mamori scan code patient-records-src --format cbom -o "$OUT/patient-records-code.json" --fail-on never -q

echo "wrote $(ls "$OUT"/*.json | wc -l) CBOMs to $OUT"
