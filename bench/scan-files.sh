#!/usr/bin/env bash
# Benchmark `mamori scan files` against `rg -uuu -c -- '-----BEGIN'` over the same generated tree.
# See bench/README.md. Exit status: 0 when the benchmark ran (PASS or FAIL), 1 on FAIL with
# --enforce, 2 when something went wrong (missing tool, build failure, mamori exit code >= 2).
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bench/scan-files.sh [options]

  --files N       files in the generated tree (default 50000)
  --crypto N      of which hold real keys/certificates (default 400)
  --seed N        generator seed (default 1)
  --runs N        hyperfine measured runs per command and round (default 5)
  --rounds N      repeat the hyperfine comparison N times, alternating the tools, and pool the
                  times (default 1; more rounds spread a busy machine's noise over both tools)
  --keep          keep a freshly generated tree in bench/out/ for the next run
                  (an existing tree with the same parameters is always reused)
  --enforce       exit 1 when mamori's throughput is below 80% of ripgrep's (all threads)
  --mamori PATH   use this mamori binary instead of building target/release/mamori
  --rg-only       measure ripgrep only (no build; for checking the tree and the harness)
  -h, --help      this text
EOF
}

FILES=50000 CRYPTO=400 SEED=1 RUNS=5 ROUNDS=1 KEEP=0 ENFORCE=0 MAMORI="" RG_ONLY=0
GOAL=0.80
while [ $# -gt 0 ]; do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --crypto) CRYPTO="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --enforce) ENFORCE=1; shift ;;
    --mamori) MAMORI="$2"; shift 2 ;;
    --rg-only) RG_ONLY=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "scan-files.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out"
TREE="$OUT/tree-f${FILES}-c${CRYPTO}-s${SEED}"
MANIFEST="$TREE.manifest.json"
RES="$OUT/results"
mkdir -p "$OUT"
rm -rf "$RES"; mkdir -p "$RES"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'scan-files.sh: %s\n' "$*" >&2; exit 2; }

# ---- tools ----------------------------------------------------------------------------------
missing=()
command -v python3 >/dev/null || missing+=(python3)
command -v rg >/dev/null || missing+=(ripgrep)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ! -f "$OUT/crypto-pool/POOL-COMPLETE" ]; then
  command -v openssl >/dev/null || missing+=(openssl)
  command -v ssh-keygen >/dev/null || missing+=(openssh-client)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || {
      DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    } || die "could not install ${missing[*]}"
  else
    die "missing tools: ${missing[*]} (Debian/Ubuntu: sudo apt-get install ${missing[*]})"
  fi
fi

# ---- mamori binary --------------------------------------------------------------------------
if [ "$RG_ONLY" = 0 ]; then
  if [ -z "$MAMORI" ]; then
    say "cargo build --release -p mamori-cli"
    (cd "$REPO" && cargo build --release -p mamori-cli) || die "release build failed"
    TARGET_DIR="$(cd "$REPO" && cargo metadata --format-version 1 --no-deps |
      python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
    MAMORI="$TARGET_DIR/release/mamori"
  fi
  [ -x "$MAMORI" ] || die "no mamori binary at $MAMORI"
  "$MAMORI" scan files --help 2>&1 | grep -qi 'usage' || die "$MAMORI has no 'scan files' command yet (try --rg-only)"
fi

# ---- tree -----------------------------------------------------------------------------------
tree_ok() {
  [ -d "$TREE" ] && [ -f "$MANIFEST" ] || return 1
  python3 - "$MANIFEST" "$BENCH_DIR/gen-tree.py" "$FILES" "$CRYPTO" "$SEED" <<'EOF'
import hashlib, json, sys
m = json.load(open(sys.argv[1]))
gen = hashlib.sha256(open(sys.argv[2], "rb").read()).hexdigest()
ok = m["generator_sha256"] == gen and m["params"] == {"files": int(sys.argv[3]), "crypto": int(sys.argv[4]), "seed": int(sys.argv[5])}
sys.exit(0 if ok else 1)
EOF
}
GENERATED=0
if tree_ok; then
  say "reusing $TREE"
else
  say "generating $TREE"
  python3 "$BENCH_DIR/gen-tree.py" "$TREE" --files "$FILES" --crypto "$CRYPTO" --seed "$SEED" --force >&2
  GENERATED=1
fi
cleanup() { if [ "$GENERATED" = 1 ] && [ "$KEEP" = 0 ]; then rm -rf "$TREE" "$MANIFEST"; fi; }
trap cleanup EXIT

# What is on disk right now (not what the manifest says): regular files and their bytes.
read -r NFILES NBYTES < <(find "$TREE" -type f -printf '%s\n' | awk '{n++; s+=$1} END {printf "%d %d\n", n, s}')
if [ "$GENERATED" = 0 ]; then
  read -r MFILES MBYTES < <(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["files"], m["bytes"])' "$MANIFEST")
  if [ "$NFILES" != "$MFILES" ] || [ "$NBYTES" != "$MBYTES" ]; then
    say "tree on disk differs from its manifest; regenerating"
    python3 "$BENCH_DIR/gen-tree.py" "$TREE" --files "$FILES" --crypto "$CRYPTO" --seed "$SEED" --force >&2
    GENERATED=1
    read -r NFILES NBYTES < <(find "$TREE" -type f -printf '%s\n' | awk '{n++; s+=$1} END {printf "%d %d\n", n, s}')
  fi
fi
say "tree: $NFILES files, $NBYTES bytes"

q() { printf '%q' "$1"; }
RG_ALL="rg -uuu -c -- '-----BEGIN' $(q "$TREE") > /dev/null; [ \$? -le 1 ]"
RG_ONE="rg -j1 -uuu -c -- '-----BEGIN' $(q "$TREE") > /dev/null; [ \$? -le 1 ]"
# rg exits 1 when nothing matches, mamori exits 1 when it finds broken crypto: both fine; 2 = error.

# ---- warm the page cache, check exit codes, collect asset count -----------------------------
say "warm-up pass: ripgrep"
set +e
rg -uuu -c -- '-----BEGIN' "$TREE" > "$RES/rg-counts.txt"; rc=$?
set -e
[ "$rc" -le 1 ] || die "rg exited $rc"

THREADS_FLAG=""
MAMORI_RC=""
if [ "$RG_ONLY" = 0 ]; then
  say "warm-up pass: mamori scan files (json kept in $RES/mamori-scan.json)"
  set +e
  "$MAMORI" scan files "$TREE" --format json > "$RES/mamori-scan.json" 2> "$RES/mamori-stderr.txt"; MAMORI_RC=$?
  set -e
  if [ "$MAMORI_RC" -gt 1 ]; then
    tail -n 20 "$RES/mamori-stderr.txt" >&2
    die "mamori scan files exited $MAMORI_RC"
  fi
  say "peak RSS: /usr/bin/time -v"
  set +e
  /usr/bin/time -v -o "$RES/time-mamori.txt" "$MAMORI" scan files "$TREE" --format json > /dev/null 2>&1
  /usr/bin/time -v -o "$RES/time-rg.txt" rg -uuu -c -- '-----BEGIN' "$TREE" > /dev/null 2>&1
  set -e
  MAMORI_ALL="$(q "$MAMORI") scan files $(q "$TREE") --format json > /dev/null; [ \$? -le 1 ]"
  # single thread: --threads 1 if the command takes it
  if "$MAMORI" scan files --help 2>/dev/null | grep -q -- '--threads'; then
    set +e
    "$MAMORI" scan files "$TREE" --format json --threads 1 > /dev/null 2> "$RES/mamori-j1-stderr.txt"; rc=$?
    set -e
    if [ "$rc" -le 1 ]; then
      THREADS_FLAG="--threads 1"
    else
      say "note: 'mamori scan files --threads 1' exited $rc; single-thread mamori row skipped"
    fi
  else
    say "note: 'mamori scan files' has no --threads flag; single-thread mamori row skipped"
  fi
  [ -n "$THREADS_FLAG" ] && MAMORI_ONE="$(q "$MAMORI") scan files $(q "$TREE") --format json --threads 1 > /dev/null; [ \$? -le 1 ]"
fi

# ---- measure --------------------------------------------------------------------------------
HF=(hyperfine --warmup 1 --runs "$RUNS" --style basic)
for ((round = 1; round <= ROUNDS; round++)); do
  sfx=""; [ "$ROUNDS" -gt 1 ] && sfx="-r$round"
  say "hyperfine, all threads${sfx:+ (round $round of $ROUNDS)}"
  if [ "$RG_ONLY" = 1 ]; then
    "${HF[@]}" --export-json "$RES/hyperfine-all$sfx.json" -n ripgrep "$RG_ALL" >&2
  elif [ $((round % 2)) = 1 ]; then
    "${HF[@]}" --export-json "$RES/hyperfine-all$sfx.json" -n ripgrep "$RG_ALL" -n mamori "$MAMORI_ALL" >&2
  else
    "${HF[@]}" --export-json "$RES/hyperfine-all$sfx.json" -n mamori "$MAMORI_ALL" -n ripgrep "$RG_ALL" >&2
  fi
  say "hyperfine, one thread${sfx:+ (round $round of $ROUNDS)}"
  if [ -z "$THREADS_FLAG" ]; then
    "${HF[@]}" --export-json "$RES/hyperfine-one$sfx.json" -n ripgrep "$RG_ONE" >&2
  elif [ $((round % 2)) = 1 ]; then
    "${HF[@]}" --export-json "$RES/hyperfine-one$sfx.json" -n ripgrep "$RG_ONE" -n mamori "$MAMORI_ONE" >&2
  else
    "${HF[@]}" --export-json "$RES/hyperfine-one$sfx.json" -n mamori "$MAMORI_ONE" -n ripgrep "$RG_ONE" >&2
  fi
done

# ---- report ---------------------------------------------------------------------------------
MAMORI_VERSION=""
[ "$RG_ONLY" = 0 ] && MAMORI_VERSION="$("$MAMORI" --version 2>/dev/null | head -n1 || true)"
set +e
python3 - "$RES" "$MANIFEST" "$NFILES" "$NBYTES" "$GOAL" "$RG_ONLY" "${MAMORI_RC:-}" \
  "$(rg --version | head -n1)" "${MAMORI_VERSION:-mamori}" "$(nproc)" <<'EOF'
import json, os, re, sys
res, manifest, nfiles, nbytes, goal, rg_only, mrc, rgv, mv, ncpu = sys.argv[1:]
nfiles, nbytes, goal, rg_only = int(nfiles), int(nbytes), float(goal), rg_only == "1"

import glob, statistics

def load(prefix):
    """Pool the times of hyperfine-PREFIX.json or hyperfine-PREFIX-r*.json (rounds)."""
    times = {}
    for p in sorted(glob.glob(os.path.join(res, "hyperfine-%s.json" % prefix)) + glob.glob(os.path.join(res, "hyperfine-%s-r*.json" % prefix))):
        for r in json.load(open(p))["results"]:
            times.setdefault(r["command"], []).extend(r["times"])
    return {k: {"median": statistics.median(t), "mean": statistics.mean(t), "stddev": statistics.stdev(t) if len(t) > 1 else 0.0,
                "min": min(t), "n": len(t)} for k, t in times.items()}

def row(label, threads, r):
    med, mean, sd = r["median"], r["mean"], r["stddev"]
    print("%-22s %-8s %9.3f %8.3f ±%6.3f %8.3f %12s %9s" % (
        label, threads, med, mean, sd, r["min"], "{:,.0f}".format(nfiles / med), "{:,.0f}".format(nbytes / 1e6 / med)))

allr, oner = load("all"), load("one")
m = json.load(open(manifest)) if os.path.exists(manifest) else {}
print()
print("tree:    %s" % m.get("tree", "?"))
print("         %d files, %.1f MB (%d bytes), %s dirs; %s crypto files planted (seed %s)" % (
    nfiles, nbytes / 1e6, nbytes, m.get("dirs", "?"), m.get("params", {}).get("crypto", "?"), m.get("params", {}).get("seed", "?")))
try:
    la = open("/proc/loadavg").read().split()[:3]
except OSError:
    la = ["?"]
print("machine: %s CPUs, load average %s (other jobs on the machine skew the figures)" % (ncpu, " ".join(la)))
print("tools:   %s; %s" % (rgv, mv if not rg_only else "mamori not measured (--rg-only)"))
print()
print("%-22s %-8s %9s %17s %8s %12s %9s" % ("command", "threads", "median s", "mean ± sd s", "min s", "files/s", "MB/s"))
print("-" * 92)
for label, threads, table in (("ripgrep -uuu -c BEGIN", "all", allr), ("mamori scan files", "all", allr),
                              ("ripgrep -uuu -c BEGIN", "1", oner), ("mamori scan files", "1", oner)):
    key = "ripgrep" if label.startswith("ripgrep") else "mamori"
    if key in table:
        row(label, threads, table[key])
    elif key == "mamori" and not rg_only:
        print("%-22s %-8s %s" % (label, threads, "(skipped: no usable --threads flag)"))
print("-" * 92)
print("files/s and MB/s = whole tree / median wall time (page cache warm); %s runs per row" % (
    "/".join(sorted({str(r["n"]) for t in (allr, oner) for r in t.values()})) or "?"))

verdict_ok = None
for name, table in (("all threads", allr), ("one thread", oner)):
    if "ripgrep" in table and "mamori" in table:
        ratio = table["ripgrep"]["median"] / table["mamori"]["median"]
        best = table["ripgrep"]["min"] / table["mamori"]["min"]
        line = "mamori/ripgrep throughput, %-11s: %5.1f%% (best runs: %5.1f%%)" % (name, ratio * 100, best * 100)
        if name == "all threads":
            verdict_ok = ratio >= goal
            line += "   -> %s (goal >= %.0f%%)" % ("PASS" if verdict_ok else "FAIL", goal * 100)
        print(line)

if not rg_only:
    def rss(path):
        try:
            t = open(path).read()
        except OSError:
            return None
        mm = re.search(r"Maximum resident set size \(kbytes\): (\d+)", t)
        return int(mm.group(1)) if mm else None
    mr, rr = rss(os.path.join(res, "time-mamori.txt")), rss(os.path.join(res, "time-rg.txt"))
    print("peak RSS: mamori %s, ripgrep %s" % ("%.1f MB" % (mr / 1024) if mr else "?", "%.1f MB" % (rr / 1024) if rr else "?"))
    # asset count: {"assets": [...]} or a top-level array (or CycloneDX components)
    try:
        doc = json.load(open(os.path.join(res, "mamori-scan.json")))
        if isinstance(doc, list):
            assets, where = doc, "top-level array"
        elif isinstance(doc, dict) and isinstance(doc.get("assets"), list):
            assets, where = doc["assets"], '"assets"'
        elif isinstance(doc, dict) and isinstance(doc.get("components"), list):
            assets, where = doc["components"], '"components"'
        else:
            assets, where = None, "no asset list found"
        extra = []
        if isinstance(doc, dict):
            # scan statistics, so that a scan which quietly skipped files shows
            for sect in ("stats", "statistics", "summary"):
                if isinstance(doc.get(sect), dict):
                    extra.append("%s: %s" % (sect, ", ".join("%s=%s" % kv for kv in doc[sect].items() if not isinstance(kv[1], (dict, list)))))
        print("assets found by mamori: %s (%s; scan exit code %s)" % (len(assets) if assets is not None else "?", where, mrc))
        for e in extra:
            print("  mamori %s" % e)
        # recall: which planted crypto files got at least one asset
        planted = m.get("crypto_files", [])
        if assets is not None and planted:
            tree = m.get("tree", "")
            roots = [r for r in (doc.get("roots", []) if isinstance(doc, dict) else [])]
            found = set()
            for a in assets:
                loc = a.get("location") if isinstance(a, dict) else None
                path = loc.get("path") if isinstance(loc, dict) else (loc if isinstance(loc, str) else (a.get("path") if isinstance(a, dict) else None))
                if not isinstance(path, str):
                    continue
                for pre in [tree + "/"] + [os.path.abspath(r) + "/" for r in roots] + [r.rstrip("/") + "/" for r in roots]:
                    if path.startswith(pre):
                        path = path[len(pre):]
                        break
                found.add(path.lstrip("./") if path.startswith("./") else path)
            missed = [c for c in planted if c["path"] not in found]
            print("planted crypto files with at least one asset: %d/%d" % (len(planted) - len(missed), len(planted)))
            if missed:
                by = {}
                for c in missed:
                    by.setdefault("%s (%s)" % (c["kind"], c["mode"]), []).append(c["path"])
                for k, v in sorted(by.items(), key=lambda kv: -len(kv[1]))[:12]:
                    print("  missed %3d x %s, e.g. %s" % (len(v), k, v[0]))
    except (OSError, ValueError) as e:
        print("assets found by mamori: ? (could not read the JSON output: %s)" % e)
try:
    hits = [l for l in open(os.path.join(res, "rg-counts.txt")) if l.strip()]
    print("ripgrep matched %d files (%d BEGIN lines); expected %s: %d planted crypto files with a PEM marker + %s decoys" % (
        len(hits), sum(int(l.rsplit(":", 1)[1]) for l in hits), m.get("expected_rg_files", "?"),
        sum(1 for c in m.get("crypto_files", []) if c.get("pem_marker")), m.get("counts", {}).get("decoy", "?")))
except OSError:
    pass
print("raw results: %s" % res)
sys.exit(3 if verdict_ok is False else 0)
EOF
rc=$?
set -e
if [ "$rc" = 3 ]; then
  [ "$ENFORCE" = 1 ] && exit 1
  exit 0
fi
exit "$rc"
