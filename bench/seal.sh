#!/usr/bin/env bash
# Benchmark mamori's seal signatures (issue 7): signatures/s and verifications/s of the composite
# id-MLDSA65-Ed25519-SHA512 and of pure ML-DSA-65, beside Python `cryptography` (>= 48, backed by
# the OpenSSL its wheel bundles) doing the same work in the same run: pure ML-DSA-65, Ed25519,
# and the composite built by hand (SHA-512 pre-hash, ML-DSA-65 with the 30-byte label as
# context, Ed25519). Single-threaded on both sides. Rounds alternate which side goes first; the
# table shows the median of the rounds and the ratio mamori/python (above 1: mamori is faster).
# Exit status: 0 when the benchmark ran; 2 when something went wrong.
set -euo pipefail

usage() {
  cat <<'EOT'
usage: bench/seal.sh [--rounds N] [--seconds S] [--msg-bytes N[,N...]] [--mamori-example PATH]

  --rounds N             alternating rounds of both sides (default 3); medians are reported
  --seconds S            seconds per measurement and side (default 2)
  --msg-bytes LIST       message sizes in bytes, comma-separated (default 1024,1048576)
  --mamori-example PATH  use this seal_throughput binary instead of building
                         crates/mamori-seal/examples/seal_throughput.rs in release
EOT
}

die() { printf 'seal.sh: %s\n' "$*" >&2; exit 2; }
need_value() { [ $# -ge 2 ] && [ -n "$2" ] || die "$1 needs a value"; }

ROUNDS=3 SECONDS_PER=2 SIZES=1024,1048576 EXAMPLE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) need_value "$@"; ROUNDS="$2"; shift 2 ;;
    --seconds) need_value "$@"; SECONDS_PER="$2"; shift 2 ;;
    --msg-bytes) need_value "$@"; SIZES="$2"; shift 2 ;;
    --mamori-example) need_value "$@"; EXAMPLE="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "seal.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "--rounds: '$ROUNDS' is not a whole number >= 1"
[[ "$SECONDS_PER" =~ ^([0-9]+\.?[0-9]*|\.[0-9]+)$ ]] || die "--seconds: '$SECONDS_PER' is not a number"
[[ "$SIZES" =~ ^[0-9]+(,[0-9]+)*$ ]] || die "--msg-bytes: '$SIZES' is not a comma-separated list of sizes"

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out/seal"
RESULTS="$OUT/results"
VENV="$OUT/venv"
PEER="$BENCH_DIR/peers/mldsa_throughput.py"
command -v python3 >/dev/null || die "python3 is missing"
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.jsonl "$RESULTS"/summary.json

if [ -z "$EXAMPLE" ]; then
  echo "building seal_throughput (release)..." >&2
  (cd "$REPO" && cargo build --release -q -p mamori-seal --example seal_throughput) \
    || die "cargo build --release -p mamori-seal --example seal_throughput failed"
  EXAMPLE="${CARGO_TARGET_DIR:-$REPO/target}/release/examples/seal_throughput"
fi
[ -x "$EXAMPLE" ] || die "no executable at $EXAMPLE"

# The peer's venv: cryptography >= 48 has ML-DSA (its wheels bundle an OpenSSL that has it).
if ! "$VENV/bin/python" -c 'import sys, cryptography; sys.exit(int(cryptography.__version__.split(".")[0]) < 48)' 2>/dev/null; then
  echo "setting up $VENV with cryptography>=48..." >&2
  python3 -m venv "$VENV" || die "python3 -m venv failed (apt-get install python3-venv)"
  "$VENV/bin/pip" install -q --disable-pip-version-check 'cryptography>=48' \
    || die "pip install 'cryptography>=48' failed"
fi

run_mamori() { "$EXAMPLE" --msg-bytes "$SIZES" --seconds "$SECONDS_PER" > "$RESULTS/mamori-r$1.jsonl" \
  || die "seal_throughput failed in round $1"; }
run_python() { "$VENV/bin/python" "$PEER" --msg-bytes "$SIZES" --seconds "$SECONDS_PER" > "$RESULTS/python-r$1.jsonl" \
  || die "mldsa_throughput.py failed in round $1"; }

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
for r in $(seq 1 "$ROUNDS"); do
  if [ $((r % 2)) -eq 1 ]; then
    echo "round $r/$ROUNDS: mamori, then python" >&2; run_mamori "$r"; run_python "$r"
  else
    echo "round $r/$ROUNDS: python, then mamori" >&2; run_python "$r"; run_mamori "$r"
  fi
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

python3 - "$RESULTS" "$ROUNDS" "$SECONDS_PER" "$LOAD_BEFORE" "$LOAD_AFTER" "$EXAMPLE" <<'PY' || die "summary failed"
import glob, json, os, platform, statistics, sys
results, rounds, seconds, load_before, load_after, example = sys.argv[1:7]
rows, info = {}, {}
for path in sorted(glob.glob(os.path.join(results, "*-r*.jsonl"))):
    for line in open(path):
        d = json.loads(line)
        if "info" in d:
            info[d["impl"]] = d["info"]
            continue
        rows.setdefault((d["alg"], d["op"], d["msg_bytes"], d["impl"]), []).append(d["per_s"])
if not rows:
    sys.exit("no measurements")
cpu = "?"
try:
    cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
except (OSError, StopIteration):
    pass
med = {k: statistics.median(v) for k, v in rows.items()}
order = {"id-MLDSA65-Ed25519-SHA512": 0, "id-ML-DSA-65": 1, "Ed25519": 2}
keys = sorted({k[:3] for k in rows}, key=lambda k: (k[2], order.get(k[0], 9), k[0], k[1]))
table = []
for alg, op, size in keys:
    m, p = med.get((alg, op, size, "mamori")), med.get((alg, op, size, "python-cryptography"))
    table.append({
        "alg": alg, "op": op, "msg_bytes": size,
        "mamori_per_s": m, "python_per_s": p,
        "mamori_rounds": rows.get((alg, op, size, "mamori"), []),
        "python_rounds": rows.get((alg, op, size, "python-cryptography"), []),
        "ratio_mamori_over_python": (m / p) if m and p else None,
    })
summary = {
    "rounds": int(rounds), "seconds_per_measurement": float(seconds), "threads": 1,
    "mamori_example": example, "peer": info.get("python-cryptography", {}),
    "machine": {"cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(),
                "loadavg_before": load_before, "loadavg_after": load_after},
    "rows": table,
}
json.dump(summary, open(os.path.join(results, "summary.json"), "w"), indent=2)

def size(n):
    return f"{n // (1 << 20)} MiB" if n % (1 << 20) == 0 else f"{n // 1024} KiB" if n % 1024 == 0 else f"{n} B"
def rate(x):
    return f"{x:,.0f}" if x is not None else "-"
head = f"{'algorithm':27} {'op':6} {'message':>8} {'mamori /s':>11} {'python /s':>11} {'mamori/python':>14}"
print(head)
print("-" * len(head))
for t in table:
    ratio = f"{t['ratio_mamori_over_python']:.2f}x" if t["ratio_mamori_over_python"] else "-"
    print(f"{t['alg']:27} {t['op']:6} {size(t['msg_bytes']):>8} {rate(t['mamori_per_s']):>11} "
          f"{rate(t['python_per_s']):>11} {ratio:>14}")
print("-" * len(head))
pi = info.get("python-cryptography", {})
print(f"median of {rounds} alternating rounds, ~{seconds} s per measurement, one thread each side")
print(f"peer: cryptography {pi.get('cryptography', '?')}, {pi.get('openssl', '?')} (ML-DSA signing hedged); "
      "mamori: ml-dsa (RustCrypto) deterministic, ed25519-dalek")
print(f"machine: {cpu}, {os.cpu_count()} cores; load average {load_before} before, {load_after} after")
print(f"written: {os.path.join(results, 'summary.json')}")
PY
