#!/usr/bin/env bash
# Benchmark `mamori scan tls` against sslyze and `mamori scan ssh` against ssh-audit over the
# same few hundred loopback endpoints (nginx and sshd on 127.0.0.1). See bench/peers/README.md.
# Exit status: 0 when the benchmark ran (PASS or FAIL), 1 on FAIL with --enforce, 2 when
# something went wrong (missing tool, a server that did not start, a tool that crashed).
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bench/scan-net.sh [options]

  --tls N          TLS endpoints (one nginx, one port each; default 150)
  --ssh N          SSH endpoints (sshd processes of at most 10 ports each; default 50)
  --concurrency N  endpoints scanned at once by mamori (--concurrency) and ssh-audit
                   (--threads) (default 64)
  --runs N         timed runs of each tool, alternating the tools (default 3); the median counts
  --mamori PATH    use this mamori binary instead of building target/release/mamori
  --tls-only       TLS only          --ssh-only   SSH only
  --timeout S      bound on each tool run, seconds (default 1800)
  --enforce        exit 1 when mamori scan tls is less than 10x faster than sslyze
  -h, --help       this text
EOF
}

TLS_N=150 SSH_N=50 CONC=64 RUNS=3 MAMORI="" DO_TLS=1 DO_SSH=1 TIMEOUT=1800 ENFORCE=0
GOAL=10
while [ $# -gt 0 ]; do
  case "$1" in
    --tls) TLS_N="$2"; shift 2 ;;
    --ssh) SSH_N="$2"; shift 2 ;;
    --concurrency) CONC="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --mamori) MAMORI="$2"; shift 2 ;;
    --tls-only) DO_SSH=0; shift ;;
    --ssh-only) DO_TLS=0; shift ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --enforce) ENFORCE=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "scan-net.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[ "$DO_TLS" = 1 ] || TLS_N=0
[ "$DO_SSH" = 1 ] || SSH_N=0

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/out/net"
WORK="$OUT/work"
RES="$OUT/results"
VENV="$ROOT/bench/out/peers-venv"
HOST=127.0.0.1 # loopback only, always
mkdir -p "$WORK" "$RES"
rm -f "$RES"/*

say() { printf '%s\n' "$*" >&2; }
die() { say "scan-net.sh: $*"; exit 2; }

# ---------------------------------------------------------------------------------------------
# Tools

need=()
[ -x /usr/sbin/nginx ] || need+=(nginx)
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh-keygen >/dev/null || need+=(openssh-client)
command -v openssl >/dev/null || need+=(openssl)
[ -x /usr/bin/time ] || need+=(time)
command -v python3 >/dev/null || need+=(python3 python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}" >/dev/null ||
      { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}" >/dev/null; } ||
      die "cannot install ${need[*]}"
  else
    die "missing: ${need[*]} (Debian packages); install them and run again"
  fi
fi
if ! "$VENV/bin/python" -c 'import sslyze, ssh_audit' 2>/dev/null; then
  say "installing sslyze and ssh-audit into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q sslyze ssh-audit || die "pip install sslyze ssh-audit failed"
fi
if [ -z "$MAMORI" ]; then
  say "cargo build --release -p mamori-cli"
  (cd "$ROOT" && cargo build --release -q -p mamori-cli) || die "build failed"
  MAMORI="$ROOT/target/release/mamori"
fi
[ -x "$MAMORI" ] || die "no mamori binary at $MAMORI"
MAMORI="$(cd "$(dirname "$MAMORI")" && pwd)/$(basename "$MAMORI")"

# Many sockets at once: nginx, sshd and the scanners all want descriptors.
ulimit -n 65536 2>/dev/null || ulimit -n 8192 2>/dev/null || true

# ---------------------------------------------------------------------------------------------
# Servers: stopped on every way out.

PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 50); do
    local alive=0
    for p in "${PIDS[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.1
  done
  for p in "${PIDS[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  PIDS=()
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Key material, made once.
(
  cd "$WORK"
  if [ ! -f rsa2048.pem ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -keyout rsa2048.key -out rsa2048.pem \
      -subj /CN=rsa2048.bench.test -days 365 -sha256 2>/dev/null
    openssl req -x509 -newkey rsa:3072 -nodes -keyout rsa3072.key -out rsa3072.pem \
      -subj /CN=rsa3072.bench.test -days 365 -sha384 2>/dev/null
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ec256.key \
      -out ec256.pem -subj /CN=ec256.bench.test -days 365 -sha256 2>/dev/null
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-384 -nodes -keyout ec384.key \
      -out ec384.pem -subj /CN=ec384.bench.test -days 365 -sha384 2>/dev/null
    openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 -out dh.pem 2>/dev/null
  fi
  [ -f host_ed25519 ] || ssh-keygen -q -t ed25519 -N '' -f host_ed25519
  [ -f host_rsa ] || ssh-keygen -q -t rsa -b 3072 -N '' -f host_rsa
  [ -f host_ecdsa ] || ssh-keygen -q -t ecdsa -b 384 -N '' -f host_ecdsa
)

# N distinct free loopback ports: all bound at once, then released.
free_ports() {
  python3 - "$1" <<'EOF'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
EOF
}

# Waits until every port accepts a connection (or the deadline passes).
wait_ports() {
  python3 - "$@" <<'EOF'
import socket, sys, time
deadline = time.time() + float(sys.argv[1])
left = [int(p) for p in sys.argv[2:]]
while left and time.time() < deadline:
    still = []
    for p in left:
        try:
            socket.create_connection(("127.0.0.1", p), timeout=0.5).close()
        except OSError:
            still.append(p)
    left = still
    if left:
        time.sleep(0.1)
if left:
    print(f"ports not listening: {left[:10]}{' ...' if len(left) > 10 else ''}", file=sys.stderr)
    sys.exit(1)
EOF
}

# TLS: one nginx (2 workers), one server block per port, five configurations in turn.
TLS_KINDS=(tls12-serverpref tls13-only tls-default-ecdsa tls-legacy tls-multiversion)
tls_block() {
  local w="$WORK"
  case "$1" in
    tls12-serverpref) printf '%s\n' \
      "ssl_certificate $w/rsa2048.pem; ssl_certificate_key $w/rsa2048.key;" \
      "ssl_protocols TLSv1.2; ssl_prefer_server_ciphers on; ssl_dhparam $w/dh.pem;" \
      "ssl_ciphers ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256;" \
      "ssl_ecdh_curve X25519:prime256v1;" ;;
    tls13-only) printf '%s\n' \
      "ssl_certificate $w/ec384.pem; ssl_certificate_key $w/ec384.key;" \
      "ssl_protocols TLSv1.3; ssl_ecdh_curve secp384r1:X25519;" \
      "ssl_conf_command Ciphersuites TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256;" ;;
    tls-default-ecdsa) printf '%s\n' \
      "ssl_certificate $w/ec256.pem; ssl_certificate_key $w/ec256.key;" \
      "ssl_protocols TLSv1.2 TLSv1.3;" ;;
    tls-legacy) printf '%s\n' \
      "ssl_certificate $w/rsa2048.pem; ssl_certificate_key $w/rsa2048.key;" \
      "ssl_protocols TLSv1 TLSv1.1; ssl_dhparam $w/dh.pem;" \
      "ssl_ciphers 'ECDHE-RSA-AES128-SHA:DHE-RSA-AES256-SHA:AES128-SHA:NULL-SHA:@SECLEVEL=0';" ;;
    tls-multiversion) printf '%s\n' \
      "ssl_certificate $w/rsa3072.pem; ssl_certificate_key $w/rsa3072.key;" \
      "ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3; ssl_prefer_server_ciphers on;" \
      "ssl_ciphers 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA:AES256-SHA:@SECLEVEL=0';" \
      "ssl_ecdh_curve secp521r1:X448:ffdhe3072;" ;;
  esac
}

start_tls() {
  local n="$1" ports prefix="$WORK/nginx" attempt
  mkdir -p "$prefix/logs" "$prefix/tmp"
  for attempt in 1 2 3; do
    read -r -a ports <<<"$(free_ports "$n")"
    {
      echo "worker_processes 2; worker_rlimit_nofile 16384;"
      echo "pid $prefix/nginx.pid; error_log $prefix/logs/error.log error;"
      echo "events { worker_connections 8192; }"
      echo "http { access_log off; client_body_temp_path $prefix/tmp/body; proxy_temp_path $prefix/tmp/proxy;"
      echo "fastcgi_temp_path $prefix/tmp/fcgi; uwsgi_temp_path $prefix/tmp/uwsgi; scgi_temp_path $prefix/tmp/scgi;"
      local i kind
      for i in "${!ports[@]}"; do
        kind="${TLS_KINDS[$((i % ${#TLS_KINDS[@]}))]}"
        echo "server { # $kind"
        echo "listen $HOST:${ports[$i]} ssl;"
        tls_block "$kind"
        echo 'return 200 "bench\n"; }'
      done
      echo "}"
    } >"$prefix/nginx.conf"
    /usr/sbin/nginx -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;' 2>>"$prefix/logs/stderr.log" &
    local pid=$!
    PIDS+=("$pid")
    if wait_ports 20 "${ports[@]}"; then
      : >"$WORK/tls-targets.txt"
      for i in "${!ports[@]}"; do
        echo "$HOST:${ports[$i]}" >>"$WORK/tls-targets.txt"
        printf '%s:%s %s\n' "$HOST" "${ports[$i]}" "${TLS_KINDS[$((i % ${#TLS_KINDS[@]}))]}" >>"$WORK/tls-kinds.txt"
      done
      return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    say "nginx attempt $attempt failed (see $prefix/logs/), retrying"
  done
  die "nginx did not start"
}

# SSH: sshd listens on at most 16 addresses (MAX_LISTEN_SOCKS): 10 ports per process, three
# configurations in turn.
SSH_KINDS=(ssh-modern ssh-legacy ssh-default)
ssh_block() {
  case "$1" in
    ssh-modern) printf '%s\n' \
      "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256" \
      "HostKeyAlgorithms ssh-ed25519,rsa-sha2-512,ecdsa-sha2-nistp384" \
      "Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com" \
      "MACs hmac-sha2-512-etm@openssh.com" ;;
    ssh-legacy) printf '%s\n' \
      "KexAlgorithms diffie-hellman-group1-sha1,diffie-hellman-group14-sha1" \
      "HostKeyAlgorithms ssh-rsa" "PubkeyAcceptedAlgorithms +ssh-rsa" \
      "Ciphers aes128-cbc,3des-cbc" "MACs hmac-sha1,hmac-md5" ;;
    ssh-default) ;;
  esac
}

start_ssh() {
  local n="$1" per=10 procs i j kind
  mkdir -p /run/sshd
  procs=$(((n + per - 1) / per))
  : >"$WORK/ssh-targets.txt"
  for ((i = 0; i < procs; i++)); do
    local count=$((n - i * per)); [ "$count" -gt "$per" ] && count=$per
    kind="${SSH_KINDS[$((i % ${#SSH_KINDS[@]}))]}"
    local d="$WORK/sshd-$i" ok=0 attempt ports
    mkdir -p "$d"
    for attempt in 1 2 3; do
      read -r -a ports <<<"$(free_ports "$count")"
      {
        for j in "${ports[@]}"; do echo "ListenAddress $HOST:$j"; done
        echo "HostKey $WORK/host_ed25519"; echo "HostKey $WORK/host_rsa"; echo "HostKey $WORK/host_ecdsa"
        echo "PidFile $d/sshd.pid"; echo "UsePAM no"; echo "StrictModes no"; echo "AuthorizedKeysFile none"
        echo "PasswordAuthentication no"; echo "KbdInteractiveAuthentication no"
        echo "LogLevel ERROR"; echo "LoginGraceTime 20"; echo "MaxStartups 1000:30:2000"
        ssh_block "$kind"
      } >"$d/sshd_config"
      /usr/sbin/sshd -t -f "$d/sshd_config" || die "sshd config $d/sshd_config"
      /usr/sbin/sshd -D -e -f "$d/sshd_config" 2>>"$d/sshd.log" &
      local pid=$!
      PIDS+=("$pid")
      if wait_ports 20 "${ports[@]}"; then ok=1; break; fi
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      say "sshd $i attempt $attempt failed, retrying"
    done
    [ "$ok" = 1 ] || die "sshd $i did not start (see $d/sshd.log)"
    for j in "${ports[@]}"; do
      echo "$HOST:$j" >>"$WORK/ssh-targets.txt"
      echo "$HOST:$j $kind" >>"$WORK/ssh-kinds.txt"
    done
  done
}

rm -f "$WORK/tls-kinds.txt" "$WORK/ssh-kinds.txt"
if [ "$TLS_N" -gt 0 ]; then start_tls "$TLS_N"; say "nginx: $TLS_N TLS endpoints on $HOST"; fi
if [ "$SSH_N" -gt 0 ]; then start_ssh "$SSH_N"; say "sshd: $SSH_N SSH endpoints on $HOST ($(((SSH_N + 9) / 10)) processes)"; fi

# ---------------------------------------------------------------------------------------------
# Timed runs. Each run: wall seconds and peak RSS from /usr/bin/time, output kept.

timed() { # name run max-verdict-exit outfile cmd...
  local name="$1" run="$2" maxok="$3" out="$4"; shift 4
  local t="$RES/$name.$run.time" rc=0
  /usr/bin/time -f '%e %M %U %S' -o "$t" timeout "$TIMEOUT" "$@" >"$out" 2>"$RES/$name.$run.stderr" || rc=$?
  echo "$rc" >"$RES/$name.$run.rc"
  say "  $name run $run: $(tail -1 "$t" | cut -d' ' -f1) s (exit $rc)"
  # Exit codes up to maxok are the tool's verdicts (mamori: 2 = an endpoint failed; ssh-audit:
  # 1-3 = connection error / warning / failure findings); 124 is our time bound.
  if [ "$rc" -gt "$maxok" ]; then say "  $name exited $rc: see $RES/$name.$run.stderr"; fi
}

SSLYZE_CMD=("$VENV/bin/python" -m sslyze --quiet --mozilla_config=disable
  --sslv2 --sslv3 --tlsv1 --tlsv1_1 --tlsv1_2 --tlsv1_3 --elliptic_curves --certinfo
  --targets_in "$WORK/tls-targets.txt")
SSH_AUDIT_CMD=("$VENV/bin/ssh-audit" -T "$WORK/ssh-targets.txt" --threads "$CONC" -j
  --skip-rate-test -t 10)

{
  echo "$MAMORI scan tls -T $WORK/tls-targets.txt --format json --concurrency $CONC --timeout 10 --fail-on never -q"
  echo "${SSLYZE_CMD[*]} --json_out RESULTS/sslyze.RUN.json"
  echo "$MAMORI scan ssh -T $WORK/ssh-targets.txt --format json --concurrency $CONC --timeout 10 --fail-on never -q"
  echo "${SSH_AUDIT_CMD[*]}"
} >"$RES/commands.txt"

for ((r = 1; r <= RUNS; r++)); do
  say "round $r of $RUNS"
  # Alternate which tool goes first, so neither always meets a warmer (or busier) machine.
  if [ "$TLS_N" -gt 0 ]; then
    if [ $((r % 2)) = 1 ]; then order=(mamori sslyze); else order=(sslyze mamori); fi
    for tool in "${order[@]}"; do
      if [ "$tool" = mamori ]; then
        timed mamori-tls "$r" 2 "$RES/mamori-tls.$r.jsonl" "$MAMORI" scan tls -T "$WORK/tls-targets.txt" \
          --format json --concurrency "$CONC" --timeout 10 --fail-on never -q
      else
        timed sslyze "$r" 0 /dev/null "${SSLYZE_CMD[@]}" --json_out "$RES/sslyze.$r.json"
      fi
    done
  fi
  if [ "$SSH_N" -gt 0 ]; then
    if [ $((r % 2)) = 1 ]; then order=(mamori ssh-audit); else order=(ssh-audit mamori); fi
    for tool in "${order[@]}"; do
      if [ "$tool" = mamori ]; then
        timed mamori-ssh "$r" 2 "$RES/mamori-ssh.$r.jsonl" "$MAMORI" scan ssh -T "$WORK/ssh-targets.txt" \
          --format json --concurrency "$CONC" --timeout 10 --fail-on never -q
      else
        timed ssh-audit "$r" 3 "$RES/ssh-audit.$r.json" "${SSH_AUDIT_CMD[@]}"
      fi
    done
  fi
done

cleanup

# ---------------------------------------------------------------------------------------------
# Summary: median wall time, endpoints completed, failures, and whether the tools agree.

set +e
python3 -B - "$RES" "$WORK" "$RUNS" "$GOAL" "$ENFORCE" "$ROOT/bench/peers" <<'EOF'
import json, statistics, sys
from pathlib import Path

res, work, runs, goal, enforce = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5] == "1"
sys.path.insert(0, sys.argv[6])
import compare  # bench/peers/compare.py: the same normalization as the agreement check

cm = compare.CipherMap()


def targets(name):
    p = work / name
    return [l.split()[0] for l in p.read_text().splitlines()] if p.exists() else []


def kinds(name):
    p = work / name
    return dict(l.split() for l in p.read_text().splitlines()) if p.exists() else {}


def timing(name):
    out = []
    for r in range(1, runs + 1):
        t = res / f"{name}.{r}.time"
        if t.exists():
            line = t.read_text().strip().splitlines()[-1].split()
            try:
                out.append((float(line[0]), int(line[1]), int((res / f"{name}.{r}.rc").read_text()),
                            float(line[2]) + float(line[3])))
            except (ValueError, IndexError):
                pass
    return out


def mamori_results(path):
    got = {}
    if path.exists():
        for line in path.read_text().splitlines():
            if line.startswith("{"):
                d = json.loads(line)
                got[d["target"]] = d
    return got


def sslyze_results(path):
    got = {}
    if path.exists():
        for s in json.loads(path.read_text()).get("server_scan_results", []):
            loc = s["server_location"]
            got[f"{loc['ip_address'] or loc['hostname']}:{loc['port']}"] = s
    return got


def ssh_audit_results(path):
    got = {}
    if not path.exists() or not path.read_text().strip():
        return got
    text = path.read_text()
    try:
        data = json.loads(text)
        items = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        items = [json.loads(l) for l in text.splitlines() if l.strip().startswith("{")]
    for d in items:
        t = d.get("target") or ""
        if t:
            got[t if ":" in t else f"{t}:22"] = d
    return got


def sslyze_ok(s):
    if s.get("connectivity_status") != "COMPLETED":
        return False, f"connectivity {s.get('connectivity_status')}"
    bad = [k for k, v in (s.get("scan_result") or {}).items()
           if v and v.get("status") not in ("COMPLETED", "NOT_SCHEDULED")]
    return (not bad), (f"scan commands failed: {', '.join(bad)}" if bad else "")


summary = {"runs": runs, "protocols": {}}
lines = []
ok_goal = True
for proto, mname, pname, tfile, kfile in (("tls", "mamori-tls", "sslyze", "tls-targets.txt", "tls-kinds.txt"),
                                          ("ssh", "mamori-ssh", "ssh-audit", "ssh-targets.txt", "ssh-kinds.txt")):
    tg = targets(tfile)
    if not tg:
        continue
    kd = kinds(kfile)
    mt, pt = timing(mname), timing(pname)
    if not mt or not pt:
        continue
    m_med = statistics.median(t for t, *_ in mt)
    p_med = statistics.median(t for t, *_ in pt)
    m_cpu = statistics.median(c for *_, c in mt)
    p_cpu = statistics.median(c for *_, c in pt)
    # the goal is set for TLS (mamori vs sslyze); for SSH the ratio is reported only
    has_goal = proto == "tls"
    ratio = p_med / m_med if m_med > 0 else float("inf")
    # completion and agreement from the last run of each tool
    last = runs
    mres = mamori_results(res / f"{mname}.{last}.jsonl")
    if proto == "tls":
        pres = sslyze_results(res / f"sslyze.{last}.json")
    else:
        pres = ssh_audit_results(res / f"ssh-audit.{last}.json")
    m_done = [t for t in tg if t in mres and not mres[t].get("error")]
    m_fail = {t: (mres[t].get("error") if t in mres else "no result") for t in tg if t not in m_done}
    p_done, p_fail = [], {}
    for t in tg:
        if t not in pres:
            p_fail[t] = "no result"
            continue
        if proto == "tls":
            ok, why = sslyze_ok(pres[t])
        else:
            ok, why = ("banner" in pres[t] and "kex" in pres[t]), "no banner/kex in output"
        (p_done.append(t) if ok else p_fail.__setitem__(t, why))
    # agreement on what both tools report
    fields = (["versions", "suites SSLv3", "suites TLSv1.0", "suites TLSv1.1", "suites TLSv1.2",
               "suites TLSv1.3", "groups (EC)", "leaf cert SHA-256"] if proto == "tls" else
              ["banner", "kex", "host-key algorithms", "ciphers", "macs", "host keys"])
    agree, differ = 0, {}
    for t in set(m_done) & set(p_done):
        if proto == "tls":
            a, b = compare.mamori_tls(mres[t], cm), compare.sslyze_tls(pres[t], cm)
        else:
            a, b = compare.mamori_ssh(mres[t]), compare.ssh_audit_ssh(pres[t])
        bad = [f for f in fields if f in a and f in b and a[f] != b[f]]
        if bad:
            for f in bad:
                differ.setdefault(f"{kd.get(t, '?')}: {f}", []).append(t)
        else:
            agree += 1
    entry = {
        "endpoints": len(tg),
        "mamori": {"wall_s": [t for t, *_ in mt], "median_s": m_med, "median_cpu_s": m_cpu,
                   "peak_rss_kb": max(r for _, r, *_ in mt), "exit": [c for _, _, c, _ in mt],
                   "completed": len(m_done), "failures": m_fail},
        pname: {"wall_s": [t for t, *_ in pt], "median_s": p_med, "median_cpu_s": p_cpu,
                "peak_rss_kb": max(r for _, r, *_ in pt), "exit": [c for _, _, c, _ in pt],
                "completed": len(p_done), "failures": p_fail},
        "speedup": ratio, "cpu_ratio": (p_cpu / m_cpu if m_cpu > 0 else None),
        "goal": goal if has_goal else None, "pass": (ratio >= goal) if has_goal else None,
        "agreement": {"compared": len(set(m_done) & set(p_done)), "agree": agree,
                      "differ": {k: sorted(v) for k, v in differ.items()}, "fields": fields},
    }
    if has_goal:
        ok_goal &= ratio >= goal
    summary["protocols"][proto] = entry
    lines.append(f"{proto.upper()}: {len(tg)} endpoints, {runs} run(s) each, median wall time")
    lines.append(f"  mamori    {m_med:8.2f} s  runs {', '.join(f'{t:.2f}' for t, *_ in mt)}  CPU {m_cpu:.2f} s  "
                 f"peak RSS {max(r for _, r, *_ in mt) / 1024:.0f} MB  completed {len(m_done)}/{len(tg)}")
    lines.append(f"  {pname:<9} {p_med:8.2f} s  runs {', '.join(f'{t:.2f}' for t, *_ in pt)}  CPU {p_cpu:.2f} s  "
                 f"peak RSS {max(r for _, r, *_ in pt) / 1024:.0f} MB  completed {len(p_done)}/{len(tg)}")
    verdict = (f"(goal >= {goal:g}x): {'PASS' if ratio >= goal else 'FAIL'}" if has_goal else "(no goal set)")
    lines.append(f"  speed-up  {ratio:8.1f}x wall, {p_cpu / m_cpu if m_cpu else float('inf'):.1f}x CPU  {verdict}")
    lines.append(f"  agreement on {', '.join(fields)}: {agree} of {len(set(m_done) & set(p_done))} endpoints")
    for k, v in differ.items():
        lines.append(f"    differ  {k}: {len(v)} endpoints (e.g. {v[0]})")
    for name, fails in (("mamori", m_fail), (pname, p_fail)):
        for t, why in list(fails.items())[:10]:
            lines.append(f"    failed  {name} {t} ({kd.get(t, '?')}): {str(why)[:160]}")
        if len(fails) > 10:
            lines.append(f"    ... and {len(fails) - 10} more {name} failures (summary.json)")

print("\n".join(lines))
(res / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
print(f"\nresults: {res}/ (summary.json, commands.txt, each run's output, time and stderr)")
sys.exit(1 if enforce and not ok_goal else 0)
EOF
status=$?
exit "$status"
