#!/usr/bin/env bash
# Benchmark `mamori scan code` on a large real source tree: the cargo registry sources on this
# machine (Rust, C, C++, Python, JS, Go... from hundreds of crates) plus, when present, the Rust
# standard library sources. Reports MB/s of source read and parsed, and the same figure for a
# peer measured in the same run: ripgrep searching the same files for a crypto-API regex (what
# grep-based crypto inventories do), so the ratio shows what syntax awareness costs. With
# --semgrep PATH (or semgrep on PATH) a second peer runs: semgrep with the small crypto rule set
# in bench/peers/semgrep-crypto.yml, the syntax-aware tool users would otherwise reach for.
# Exit status: 0 when the benchmark ran; 1 with --enforce when mamori is under 50 MB/s or the
# whole tree takes a minute or more; 2 when something went wrong.
set -euo pipefail

usage() {
  cat <<'EOT'
usage: bench/scan-code.sh [--tree DIR]... [--runs N] [--enforce] [--mamori PATH]

  --tree DIR     a tree to scan (repeatable; default: ~/.cargo/registry/src and the toolchain's
                 rust-src when installed)
  --runs N       hyperfine runs per tool (default 3)
  --enforce      exit 1 below 50 MB/s or at 60 s or more
  --mamori PATH  use this binary instead of building target/release/mamori
  --semgrep PATH also measure semgrep (default: semgrep on PATH, if any; pip install semgrep)
EOT
}

TREES=() RUNS=3 ENFORCE=0 MAMORI="" SEMGREP="$(command -v semgrep || true)"
while [ $# -gt 0 ]; do
  case "$1" in
    --tree) TREES+=("$2"); shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --enforce) ENFORCE=1; shift ;;
    --mamori) MAMORI="$2"; shift 2 ;;
    --semgrep) SEMGREP="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "scan-code.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out/scan-code"
mkdir -p "$OUT"
die() { printf 'scan-code.sh: %s\n' "$*" >&2; exit 2; }
command -v hyperfine >/dev/null || die "hyperfine is missing (apt-get install hyperfine)"
command -v rg >/dev/null || die "ripgrep is missing (apt-get install ripgrep)"
command -v python3 >/dev/null || die "python3 is missing"

if [ ${#TREES[@]} -eq 0 ]; then
  for d in "$HOME"/.cargo/registry/src/*/; do [ -d "$d" ] && TREES+=("${d%/}"); done
  SYSROOT="$(rustc --print sysroot 2>/dev/null || true)"
  [ -d "$SYSROOT/lib/rustlib/src/rust/library" ] && TREES+=("$SYSROOT/lib/rustlib/src/rust/library")
fi
[ ${#TREES[@]} -gt 0 ] || die "no tree to scan"

if [ -z "$MAMORI" ]; then
  (cd "$REPO" && cargo build --release -q -p mamori-cli) || die "build failed"
  MAMORI="$REPO/target/release/mamori"
fi

# Warm the page cache so both tools read from memory, then count what mamori scans.
"$MAMORI" scan code --no-ignore --hidden -q --fail-on never --format json -o "$OUT/report.json" "${TREES[@]}"
read -r FILES BYTES FINDINGS SCANNED < <(python3 - "$OUT/report.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = d["stats"]
print(s["files"], s["bytes_scanned"], d["summary"]["findings"], s["files_scanned"])
PY
)

# The peer: ripgrep over the same file types with an alternation of crypto API names.
RG_TYPES=(-t java -t kotlin -t py -t go -t c -t cpp -t js -t ts -t rust -t cs)
PATTERN='Cipher\.getInstance|MessageDigest|KeyPairGenerator|hashlib\.|EVP_[a-z0-9_]+|crypto/(md5|sha1|aes|des|rc4|rsa)|createHash|createCipheriv|Sha256::|Aes128|RSA_generate_key|mbedtls_|crypto_secretbox|SHA1\.Create|MD5\.Create'

hyperfine --style basic --warmup 1 --runs "$RUNS" --ignore-failure \
  --export-json "$OUT/hyperfine.json" \
  -n mamori "'$MAMORI' scan code --no-ignore --hidden -q --fail-on never --format json -o /dev/null ${TREES[*]}" \
  -n ripgrep "rg -uu -c ${RG_TYPES[*]} -e '$PATTERN' ${TREES[*]} > /dev/null" >&2

SG_TIME=0
if [ -n "$SEMGREP" ]; then
  # One run: semgrep takes tens of seconds on this tree.
  SEMGREP_ENABLE_VERSION_CHECK=0 hyperfine --style basic --runs 1 --ignore-failure \
    --export-json "$OUT/semgrep.json" \
    -n semgrep "'$SEMGREP' scan --metrics=off --disable-version-check --no-git-ignore -j 2 -q --config '$BENCH_DIR/peers/semgrep-crypto.yml' --json -o /dev/null ${TREES[*]}" >&2
  SG_TIME=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$OUT/semgrep.json")
fi

python3 - "$OUT/hyperfine.json" "$BYTES" "$FILES" "$FINDINGS" "$SCANNED" "$ENFORCE" "$SG_TIME" <<'PY'
import json, sys
h = json.load(open(sys.argv[1]))
nbytes, files, findings, scanned, enforce = (int(x) for x in sys.argv[2:7])
sg = float(sys.argv[7])
t = {r["command"]: r["median"] for r in h["results"]}
mb = nbytes / 1e6
m, r = t["mamori"], t["ripgrep"]
print(f"tree: {files} files walked, {scanned} source/config files scanned, {mb:.0f} MB of source, {findings} findings")
print(f"mamori : {m:6.2f} s median  {mb / m:7.1f} MB/s")
print(f"ripgrep: {r:6.2f} s median  {mb / r:7.1f} MB/s  (regex search of the same source files)")
print(f"ratio  : mamori takes {m / r:.2f}x ripgrep's time")
if sg > 0:
    print(f"semgrep: {sg:6.2f} s (1 run)  {mb / sg:7.1f} MB/s  (bench/peers/semgrep-crypto.yml, 28 patterns)")
    print(f"ratio  : mamori is {sg / m:.1f}x faster than semgrep")
ok = mb / m >= 50 and m < 60
print("goal (>= 50 MB/s, whole tree < 60 s):", "PASS" if ok else "FAIL")
sys.exit(1 if enforce and not ok else 0)
PY
