#!/usr/bin/env bash
# Seeds every fuzz target's corpus from the test data: the example inventory, the post-quantum
# artifacts in ../shared/data, and keys and keystores made on the spot by openssl, ssh-keygen and
# keytool. Seeds are rebuilt on each run and not committed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
shared=${MAMORI_SHARED_DATA:-$repo/../shared/data}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
openssl req -x509 -newkey rsa:1024 -nodes -keyout k.pem -subj /CN=seed -days 1 -out c.pem 2>/dev/null
openssl x509 -in c.pem -outform DER -out c.der
openssl pkcs8 -topk8 -nocrypt -in k.pem -outform DER -out k8.der
openssl pkey -in k.pem -pubout -outform DER -out spki.der
openssl ecparam -genkey -name prime256v1 -noout -outform DER -out ec.der
openssl pkcs12 -export -in c.pem -inkey k.pem -passout pass:pw -out s.p12
openssl pkcs8 -topk8 -in k.pem -passout pass:pw -outform DER -out enc.der
keytool -genkeypair -keystore s.jks -storetype JKS -storepass changeit -keypass changeit -alias a -keyalg EC -dname CN=a 2>/dev/null
ssh-keygen -q -t ed25519 -N '' -f id
ssh-keygen -q -t ecdsa -N 'pw' -f id2
sed '1d;$d' id | base64 -d > openssh.bin
cut -d' ' -f2 id.pub | base64 -d > blob.bin
seed() { # target files...
  local dir="$here/corpus/$1"; shift
  mkdir -p "$dir"
  local f
  for f in "$@"; do cp "$f" "$dir/seed-$(basename "$f" | tr -c 'A-Za-z0-9._\n-' _)"; done
}
pq=("$shared"/cbom/pqc-certs/*.der)
examples=()
while IFS= read -r -d '' f; do examples+=("$f"); done < <(find "$repo/examples" -type f -print0)
seed analyze c.pem c.der k8.der spki.der ec.der s.p12 s.jks enc.der id id.pub "${pq[@]}" "${examples[@]}"
seed pem c.pem k.pem id "${examples[@]}"
seed ssh id id.pub id2 id2.pub openssh.bin blob.bin
seed der_keys c.der k8.der spki.der ec.der enc.der "${pq[@]}"
seed keystore s.p12 s.jks
# Code scanning: one seed per corpus file, prefixed with the byte that selects its language
# (the index in Language::ALL).
langs=(java kotlin python go c cpp javascript typescript rust csharp)
mkdir -p "$here/corpus/code"
for set in code_corpus code_holdout; do
for i in "${!langs[@]}"; do
  d="$repo/crates/mamori-inventory/tests/$set/${langs[$i]}"
  [ -d "$d" ] || continue
  for f in "$d"/*; do
    case "$f" in *labels.tsv) continue ;; esac
    { printf "\\$(printf '%03o' "$i")"; cat "$f"; } > "$here/corpus/code/seed-$set-${langs[$i]}-$(basename "$f")"
  done
done
done
cfg=$repo/crates/mamori-inventory/tests/code_corpus/config
if [ -d "$cfg" ]; then
  n=0
  while IFS= read -r -d '' f; do
    n=$((n + 1))
    for i in 10 11 12 13 14 15 16 17; do
      { printf "\\$(printf '%03o' "$i")"; cat "$f"; } > "$here/corpus/code/seed-config-$n-$i"
    done
  done < <(find "$cfg" -type f ! -name labels.tsv -print0)
fi
# Systems files and policies: the example organization and the built-in policies.
mkdir -p "$here/corpus/assess_toml"
cp "$repo/examples/org/systems.toml" "$here/corpus/assess_toml/seed-systems.toml"
for p in "$repo"/crates/mamori-assess/src/policy/builtin/*.toml; do
  cp "$p" "$here/corpus/assess_toml/seed-policy-$(basename "$p")"
done
# SBOM vulnerability management: OSV records, SBOMs, PURLs, VEX and version pairs from the shared
# data (a sample of each, so the seed stays small).
sbom=$shared/sbom
mkdir -p "$here/corpus/osv_record" "$here/corpus/sbom" "$here/corpus/purl" "$here/corpus/vex" "$here/corpus/version"
find "$sbom/osv" -name '*.json' -size -64k | sort | awk 'NR % 40 == 1' | while IFS= read -r f; do
  cp "$f" "$here/corpus/osv_record/seed-$(basename "$f")"
done
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  case "$f" in *.xml) b=1 ;; *.spdx) b=3 ;; *spdx*) b=2 ;; *) b=0 ;; esac
  { printf "\\$(printf '%03o' "$b")"; cat "$f"; } > "$here/corpus/sbom/seed-$n"
done < <(find "$sbom/sbom" "$sbom/closed-world/trivy/fixtures/sbom" -type f -size -512k \( -name '*.json' -o -name '*.xml' -o -name '*.spdx' \) -print0)
# No `head` in these pipelines: it closes the pipe early, and with pipefail the writer's
# SIGPIPE would fail the script at random.
grep -rhoE 'pkg:[a-z]+/[^"<> ]+' "$sbom/sbom" | sort -u | awk 'NR % 25 == 1 && n++ < 200' | while IFS= read -r p; do
  printf '%s' "$p" > "$here/corpus/purl/seed-$(printf '%s' "$p" | sha1sum | cut -c1-12)"
done
find "$sbom/vex" "$sbom/closed-world/trivy/fixtures/vex" -name '*.json' -size -256k -exec cp {} "$here/corpus/vex/" \;
# Version pairs: the scheme byte is the index in Scheme::all() (semver go pypi maven rubygems
# nuget packagist pub hackage cran debian alpine rpm generic).
i=0
for scheme in semver go pypi maven rubygems nuget packagist pub hackage cran debian alpine redhat; do
  f="$sbom/version-compare/osv-scalibr-semantic/$scheme-versions.txt"
  [ "$scheme" = go ] && f="$sbom/version-compare/osv-scalibr-semantic/semver-versions.txt"
  if [ -f "$f" ]; then
    grep -vE '^(#|//)' "$f" | awk 'NF == 3 && n++ < 60' | while IFS= read -r line; do
      a=${line%% *}; b=${line##* }
      { printf "\\$(printf '%03o' "$i")"; printf '%s%s' "$a" "$b"; } > "$here/corpus/version/seed-$scheme-$(printf '%s' "$line" | sha1sum | cut -c1-10)"
    done
  fi
  i=$((i + 1))
done
# E-seals: the Bouncy Castle and OpenSSL post-quantum keys and certificates.
mkdir -p "$here/corpus/seal_der"
cp "$shared"/cbom/pqc-certs/*.der "$here/corpus/seal_der/"
# Sealed envelopes and JSON to canonicalize: JSON documents of the shared data.
mkdir -p "$here/corpus/seal_json"
find "$sbom/vex" -name '*.json' -size -64k -exec cp {} "$here/corpus/seal_json/" \;
echo "seeded $(find "$here/corpus" -name 'seed-*' | wc -l) files"
