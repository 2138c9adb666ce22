#!/usr/bin/env bash
# Benchmark the SBOM vulnerability path: importing OSV records into the offline database,
# scanning real SBOMs, and the stress case of issue 6 — a 10,000-component SBOM against a
# generated 250,000-record database (goals: stress scan under 1 s, import at 20,000 records/s or
# more). A peer runs in the same session where one exists offline: Python `packaging` (what pip
# uses) for the PEP 440 comparisons that dominate PyPI matching, over the same version pairs.
# osv-scanner, Grype and Trivy are Go binaries no package registry here serves, so the scan
# figures are absolute, against the goals.
# Exit status: 0 when the benchmark ran; 1 with --enforce when a goal is missed; 2 on error.
set -euo pipefail

usage() {
  cat <<'EOT'
usage: bench/sbom.sh [--runs N] [--records N] [--components N] [--enforce] [--mamori PATH]

  --runs N        hyperfine runs per measurement (default 5)
  --records N     records in the generated database (default 250000)
  --components N  components in the generated SBOM (default 10000)
  --enforce       exit 1 when the stress scan takes 1 s or more or import is under 20,000/s
  --mamori PATH   use this binary instead of building target/release/mamori
EOT
}

RUNS=5 RECORDS=250000 COMPONENTS=10000 ENFORCE=0 MAMORI=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --records) RECORDS="$2"; shift 2 ;;
    --components) COMPONENTS="$2"; shift 2 ;;
    --enforce) ENFORCE=1; shift ;;
    --mamori) MAMORI="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "sbom.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$BENCH_DIR")"
SHARED="${MAMORI_SHARED_DATA:-$REPO/../shared/data}"
OUT="$BENCH_DIR/out/sbom"
mkdir -p "$OUT/results"
die() { printf 'sbom.sh: %s\n' "$*" >&2; exit 2; }
command -v hyperfine >/dev/null || die "hyperfine is missing (apt-get install hyperfine)"
command -v jq >/dev/null || die "jq is missing (apt-get install jq)"
[ -d "$SHARED/sbom/osv" ] || die "no shared data at $SHARED (set MAMORI_SHARED_DATA)"

if [ -z "$MAMORI" ]; then
  (cd "$REPO" && cargo build --release -q -p mamori-cli) || die "build failed"
  MAMORI="$REPO/target/release/mamori"
fi

# The generated case is reused while its parameters and generator are unchanged.
GEN="$BENCH_DIR/gen-stress-osv.py"
TAG="r$RECORDS-c$COMPONENTS-$(sha1sum "$GEN" | cut -c1-8)"
ZIP="$OUT/stress-$TAG.zip" SBOM="$OUT/stress-$TAG.cdx.json"
if [ ! -f "$ZIP" ] || [ ! -f "$SBOM" ]; then
  echo "generating $RECORDS records and a $COMPONENTS-component SBOM ..."
  python3 "$GEN" --records "$RECORDS" --components "$COMPONENTS" --zip "$ZIP.tmp" --sbom "$SBOM"
  mv "$ZIP.tmp" "$ZIP"
fi

DB_REAL="$OUT/db-real" DB_STRESS="$OUT/db-stress"
mean() { jq -r '.results[0].mean' "$1"; }
median() { jq -r '.results[0].median' "$1"; }

echo "== import: all of shared/data/sbom/osv"
hyperfine -N --runs "$RUNS" --prepare "rm -rf $DB_REAL" --export-json "$OUT/results/import-real.json" \
  "$MAMORI --data-dir $DB_REAL db import -q $SHARED/sbom/osv"
REAL_RECORDS=$("$MAMORI" --data-dir "$DB_REAL" db status --format json | jq '.total')

echo "== import: generated $RECORDS records (all.zip)"
hyperfine -N --runs "$RUNS" --prepare "rm -rf $DB_STRESS" --export-json "$OUT/results/import-stress.json" \
  "$MAMORI --data-dir $DB_STRESS db import -q $ZIP"

echo "== scan: juice-shop (npm) and keycloak (maven) against the real database"
JUICE="$SHARED/sbom/sbom/cyclonedx/bom-examples/juice-shop/v11.1.2/bom.json"
KEYCLOAK="$SHARED/sbom/sbom/cyclonedx/bom-examples/keycloak-10.0.2/bom.json"
[ -f "$JUICE" ] || JUICE=$(find "$SHARED/sbom/sbom/cyclonedx/bom-examples" -path '*juice*' -name '*.json' | head -1)
[ -f "$KEYCLOAK" ] || KEYCLOAK=$(find "$SHARED/sbom/sbom/cyclonedx/bom-examples" -path '*keycloak*' -name '*.json' | head -1)
hyperfine -N --runs "$RUNS" --export-json "$OUT/results/scan-real.json" \
  "$MAMORI --data-dir $DB_REAL sbom scan -q --fail-on never --format json -o /dev/null $JUICE" \
  "$MAMORI --data-dir $DB_REAL sbom scan -q --fail-on never --format json -o /dev/null $KEYCLOAK"
"$MAMORI" --data-dir "$DB_REAL" sbom scan -q --fail-on never --format json -o "$OUT/results/juice-shop.json" "$JUICE"
"$MAMORI" --data-dir "$DB_REAL" sbom scan -q --fail-on never --format json -o "$OUT/results/keycloak.json" "$KEYCLOAK"

echo "== scan: the stress SBOM against the generated database"
hyperfine -N --runs "$RUNS" --warmup 1 --export-json "$OUT/results/scan-stress.json" \
  "$MAMORI --data-dir $DB_STRESS sbom scan -q --fail-on never --format json -o /dev/null $SBOM"
"$MAMORI" --data-dir "$DB_STRESS" sbom scan -q --fail-on never --format json -o "$OUT/results/stress.json" "$SBOM"
/usr/bin/time -v "$MAMORI" --data-dir "$DB_STRESS" sbom scan -q --fail-on never --format json -o /dev/null "$SBOM" \
  2> "$OUT/results/scan-stress.time" || true
STRESS_RSS=$(awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}' "$OUT/results/scan-stress.time")

echo "== version ordering: PEP 440 pairs from the PyPA records, mamori vs Python packaging"
PAIRS="$OUT/pep440-pairs.txt"
if [ ! -f "$PAIRS" ]; then
  python3 - "$SHARED/sbom/osv/pypa" > "$PAIRS" <<'PY'
import glob, json, random, sys
vs = []
for f in sorted(glob.glob(sys.argv[1] + "/*.json")):
    for a in json.load(open(f)).get("affected", []):
        vs.extend(a.get("versions", []))
r = random.Random(1)
for _ in range(500000):
    print(r.choice(vs), r.choice(vs))
PY
fi
PY_VENV="$OUT/venv"
[ -x "$PY_VENV/bin/python" ] || { python3 -m venv "$PY_VENV" && "$PY_VENV/bin/pip" -q install packaging; }
"$MAMORI" version compare -e pypi --stdin < "$PAIRS" > "$OUT/results/pep440-mamori.txt" || true
"$PY_VENV/bin/python" "$BENCH_DIR/peers/pep440_compare.py" < "$PAIRS" > "$OUT/results/pep440-packaging.txt"
# Disagreements on pairs packaging accepts, and pairs with a pre-PEP 440 ("legacy") version
# that packaging refuses and mamori orders below every PEP 440 version, as pip's LegacyVersion did.
DIFF=$(paste -d' ' "$OUT/results/pep440-mamori.txt" "$OUT/results/pep440-packaging.txt" | awk '$2 != "error:" && $1 != $2' | wc -l)
LEGACY=$(awk '$1 == "error:"' "$OUT/results/pep440-packaging.txt" | wc -l)
hyperfine --runs "$RUNS" --export-json "$OUT/results/pep440.json" \
  "$MAMORI version compare -e pypi --stdin < $PAIRS > /dev/null" \
  "$PY_VENV/bin/python $BENCH_DIR/peers/pep440_compare.py < $PAIRS > /dev/null"

IMPORT_REAL=$(median "$OUT/results/import-real.json")
IMPORT_STRESS=$(median "$OUT/results/import-stress.json")
SCAN_JUICE=$(jq -r '.results[0].median' "$OUT/results/scan-real.json")
SCAN_KEYCLOAK=$(jq -r '.results[1].median' "$OUT/results/scan-real.json")
SCAN_STRESS=$(median "$OUT/results/scan-stress.json")
PEP_M=$(jq -r '.results[0].median' "$OUT/results/pep440.json")
PEP_P=$(jq -r '.results[1].median' "$OUT/results/pep440.json")
STRESS_FINDINGS=$(jq '.summary.findings' "$OUT/results/stress.json")
python3 - "$OUT/results/summary.json" <<PY
import json, sys
r = {
  "import_real_records": $REAL_RECORDS, "import_real_s": $IMPORT_REAL,
  "import_real_records_per_s": round($REAL_RECORDS / $IMPORT_REAL),
  "import_stress_records": $RECORDS, "import_stress_s": $IMPORT_STRESS,
  "import_stress_records_per_s": round($RECORDS / $IMPORT_STRESS),
  "scan_juice_shop_s": $SCAN_JUICE, "scan_keycloak_s": $SCAN_KEYCLOAK,
  "scan_stress_s": $SCAN_STRESS, "scan_stress_components": $COMPONENTS,
  "scan_stress_findings": $STRESS_FINDINGS, "scan_stress_max_rss_kb": int("${STRESS_RSS:-0}" or 0),
  "pep440_pairs": 500000, "pep440_mamori_s": $PEP_M, "pep440_packaging_s": $PEP_P,
  "pep440_speedup": round($PEP_P / $PEP_M, 1), "pep440_disagreements": $DIFF,
  "pep440_legacy_pairs": $LEGACY,
}
json.dump(r, open(sys.argv[1], "w"), indent=2)
print()
print(f"import, shared OSV data: {r['import_real_records']} records in {r['import_real_s']:.2f} s = {r['import_real_records_per_s']}/s")
print(f"import, generated:       {r['import_stress_records']} records in {r['import_stress_s']:.2f} s = {r['import_stress_records_per_s']}/s (goal >= 20000/s)")
print(f"scan juice-shop:         {r['scan_juice_shop_s']*1000:.0f} ms;  keycloak: {r['scan_keycloak_s']*1000:.0f} ms")
print(f"scan stress:             {r['scan_stress_s']*1000:.0f} ms for {r['scan_stress_components']} components, {r['scan_stress_findings']} findings, max RSS {r['scan_stress_max_rss_kb']//1024} MiB (goal < 1000 ms)")
print(f"PEP 440, 500k pairs:     mamori {r['pep440_mamori_s']:.2f} s, packaging {r['pep440_packaging_s']:.2f} s = {r['pep440_speedup']}x; {r['pep440_disagreements']} disagreements, {r['pep440_legacy_pairs']} pairs with a legacy version packaging refuses")
PY
if [ "$ENFORCE" = 1 ]; then
  python3 -c "
import json,sys; r=json.load(open('$OUT/results/summary.json'))
ok = r['scan_stress_s'] < 1.0 and r['import_stress_records_per_s'] >= 20000
print('goals:', 'PASS' if ok else 'FAIL'); sys.exit(0 if ok else 1)"
fi
