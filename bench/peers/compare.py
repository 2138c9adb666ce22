#!/usr/bin/env python3
"""Agreement of `mamori scan tls` / `mamori scan ssh` with sslyze, testssl.sh and ssh-audit.

Starts TLS servers (openssl s_server) and SSH servers (sshd) on 127.0.0.1 with known
configurations, runs every tool on each endpoint, normalizes what each one reports and prints,
field by field, where they agree and where they do not. See bench/peers/README.md.

Loopback only: every server listens on 127.0.0.1 and every tool is pointed at 127.0.0.1.
Exit status: 0 when the comparison ran (whatever it found), 1 with --strict when a field
disagrees, 2 when something could not run (a missing tool, a server that did not start).
"""

from __future__ import annotations

import argparse
import base64
import concurrent.futures
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out" / "peers"
VENV = ROOT / "bench" / "out" / "peers-venv"
HOST = "127.0.0.1"  # never anything else

TESTSSL_MAPPING = [Path("/etc/testssl/cipher-mapping.txt"), Path("/usr/share/testssl/etc/cipher-mapping.txt")]

VERSIONS = ["SSLv2", "SSLv3", "TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Tools


def run(cmd, timeout=600, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)


def ensure_venv() -> Path:
    py = VENV / "bin" / "python"
    if py.exists() and run([str(py), "-c", "import sslyze, ssh_audit"]).returncode == 0:
        return py
    log(f"installing sslyze and ssh-audit into {VENV}")
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "-q", "sslyze", "ssh-audit"], check=True)
    return py


def ensure_testssl() -> str | None:
    for name in ("testssl", "testssl.sh"):
        p = shutil.which(name)
        if p:
            return p
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        log("testssl.sh is missing: install Debian's package testssl.sh (apt-get install testssl.sh)")
        return None
    log("installing testssl.sh with apt-get")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if run(["apt-get", "install", "-y", "testssl.sh"], env=env).returncode != 0:
        run(["apt-get", "update"], env=env)
        run(["apt-get", "install", "-y", "testssl.sh"], env=env)
    return shutil.which("testssl") or shutil.which("testssl.sh")


def ensure_mamori(path: str | None) -> Path:
    if path:
        return Path(path).resolve()
    exe = ROOT / "target" / "debug" / "mamori"
    log("cargo build -p mamori-cli")
    subprocess.run(["cargo", "build", "-q", "-p", "mamori-cli"], cwd=ROOT, check=True)
    return exe


def tool_version(cmd) -> str:
    try:
        r = run(cmd, timeout=60)
        text = (r.stdout + r.stderr).strip()
        for line in text.splitlines():
            if re.search(r"\d+\.\d+", line):
                return line.strip()
        return text.splitlines()[0] if text else "?"
    except Exception as e:  # noqa: BLE001 - informative only
        return f"? ({e})"


# --------------------------------------------------------------------------------------------
# Servers


class Servers:
    """Every process started here; stop_all() ends them (also on SIGINT/SIGTERM)."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen] = []

    def add(self, p: subprocess.Popen) -> None:
        self.procs.append(p)

    def stop_all(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.terminate()
        deadline = time.time() + 5
        for p in self.procs:
            try:
                p.wait(timeout=max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        self.procs.clear()


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_listening(p: subprocess.Popen, port: int, secs: float = 10) -> bool:
    deadline = time.time() + secs
    while time.time() < deadline:
        if p.poll() is not None:
            return False
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def material(work: Path) -> None:
    """Certificates, DH parameters and SSH host keys, made once per work folder."""
    work.mkdir(parents=True, exist_ok=True)
    if not (work / "rsa-cert.pem").exists():
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "rsa-key.pem",
             "-out", "rsa-cert.pem", "-subj", "/CN=tls.example.test", "-days", "30", "-sha256"],
            cwd=work, check=True, capture_output=True)
    if not (work / "ec-cert.pem").exists():
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
             "-nodes", "-keyout", "ec-key.pem", "-out", "ec-cert.pem",
             "-subj", "/CN=ecdsa.example.test", "-days", "30", "-sha256"],
            cwd=work, check=True, capture_output=True)
    if not (work / "dh.pem").exists():
        subprocess.run(
            ["openssl", "genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", "group:ffdhe2048",
             "-out", "dh.pem"], cwd=work, check=True, capture_output=True)


def start_s_server(servers: Servers, work: Path, name: str, cert: str, args: list[str]) -> int:
    for _ in range(5):
        port = free_port()
        errlog = open(work / f"{name}.log", "w")  # noqa: SIM115 - lives with the process
        p = subprocess.Popen(
            ["openssl", "s_server", "-quiet", "-accept", f"{HOST}:{port}",
             "-cert", f"{cert}-cert.pem", "-key", f"{cert}-key.pem", *args],
            cwd=work, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errlog)
        servers.add(p)
        if wait_listening(p, port):
            return port
        p.kill()
    raise RuntimeError(f"openssl s_server for {name} did not start (see {work}/{name}.log)")


def ssh_keys(d: Path) -> None:
    d.mkdir(parents=True, exist_ok=True)
    for kind, extra in (("ed25519", []), ("rsa", ["-b", "3072"]), ("ecdsa", ["-b", "384"]),
                        ("dsa", [])):
        if not (d / f"host_{kind}").exists():
            subprocess.run(["ssh-keygen", "-q", "-t", kind, *extra, "-N", "", "-f", f"host_{kind}"],
                           cwd=d, check=True)


def start_sshd(servers: Servers, work: Path, name: str, extra: str) -> int:
    d = work / f"sshd-{name}"
    ssh_keys(d)
    Path("/run/sshd").mkdir(parents=True, exist_ok=True)
    for _ in range(5):
        port = free_port()
        cfg = (
            f"ListenAddress {HOST}:{port}\n"
            f"HostKey {d}/host_ed25519\nHostKey {d}/host_rsa\nHostKey {d}/host_ecdsa\n"
            # DSA is loaded too, but offered only where HostKeyAlgorithms names ssh-dss
            f"HostKey {d}/host_dsa\n"
            f"PidFile {d}/sshd.pid\nUsePAM no\nStrictModes no\nAuthorizedKeysFile none\n"
            # the tools open several unauthenticated connections at once
            "MaxStartups 100:30:200\nLoginGraceTime 30\n"
            f"{extra}\n"
        )
        (d / "sshd_config").write_text(cfg)
        t = run(["/usr/sbin/sshd", "-t", "-f", str(d / "sshd_config")])
        if t.returncode != 0:
            raise RuntimeError(f"sshd config {name}: {t.stderr.strip()}")
        errlog = open(d / "sshd.log", "w")  # noqa: SIM115
        p = subprocess.Popen(["/usr/sbin/sshd", "-D", "-e", "-f", str(d / "sshd_config")],
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errlog)
        servers.add(p)
        if wait_listening(p, port):
            return port
        p.kill()
    raise RuntimeError(f"sshd {name} did not start (see {d}/sshd.log)")


def ssh_fingerprints(name: str, work: Path) -> dict[str, str]:
    d = work / f"sshd-{name}"
    out = {}
    for kind in ("ed25519", "rsa", "ecdsa", "dsa"):
        r = run(["ssh-keygen", "-l", "-E", "sha256", "-f", str(d / f"host_{kind}.pub")])
        out[kind] = r.stdout.split()[1]
    return out


def sshd_effective(name: str, work: Path) -> dict:
    """What `sshd -T` says the server offers: the ground truth for the default configuration.
    Host-key algorithms are those of the keys loaded (no certificates, no FIDO keys), with
    ssh-dss only where the configuration names it."""
    d = work / f"sshd-{name}"
    r = run(["/usr/sbin/sshd", "-T", "-f", str(d / "sshd_config")])
    conf = dict(ln.split(" ", 1) for ln in r.stdout.splitlines() if " " in ln)
    allowed = set(conf.get("hostkeyalgorithms", "").split(","))
    # sshd lists the algorithms of each loaded key in HostKey order (sshd.c list_hostkey_types)
    per_key = [["ssh-ed25519"], ["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"],
               ["ecdsa-sha2-nistp384"], ["ssh-dss"]]
    out = {
        "kex": conf.get("kexalgorithms", "").split(","),
        "ciphers": conf.get("ciphers", "").split(","),
        "macs": conf.get("macs", "").split(","),
        "host-key algorithms": [a for algs in per_key for a in algs if a in allowed],
    }
    return {k: v for k, v in out.items() if v and v != [""]}


# --------------------------------------------------------------------------------------------
# Endpoints: what is started, and what the configuration says the answer is (where known).

TLS_ENDPOINTS = [
    {
        "name": "tls12-serverpref",
        "cert": "rsa",
        "args": ["-tls1_2", "-cipher",
                 "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256",
                 "-serverpref", "-groups", "X25519:P-256", "-dhparam", "dh.pem"],
        "expected": {
            "versions": ["TLSv1.2"],
            "suites TLSv1.2": ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                               "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                               "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"],
            "server order TLSv1.2": True,
            "preference TLSv1.2": ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                                   "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                                   "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"],
            "groups (EC)": ["secp256r1", "x25519"],
            "DHE prime bits": 2048,
        },
    },
    {
        "name": "tls12-clientorder",
        "cert": "rsa",
        "args": ["-tls1_2", "-cipher", "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256"],
        "expected": {
            "versions": ["TLSv1.2"],
            "suites TLSv1.2": ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                               "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"],
            "server order TLSv1.2": False,
        },
    },
    {
        "name": "tls13-only",
        "cert": "rsa",
        "args": ["-tls1_3", "-ciphersuites", "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
                 "-groups", "P-384:X25519"],
        "expected": {
            "versions": ["TLSv1.3"],
            "suites TLSv1.3": ["TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"],
            "server order TLSv1.3": False,
            "groups (EC)": ["secp384r1", "x25519"],
            "groups (FFDHE)": [],
        },
    },
    {
        "name": "tls10-legacy",
        "cert": "rsa",
        "args": ["-tls1", "-cipher", "AES128-SHA:NULL-SHA:@SECLEVEL=0"],
        "expected": {
            "versions": ["TLSv1.0"],
            "suites TLSv1.0": ["TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_NULL_SHA"],
            "server order TLSv1.0": False,
            "groups (EC)": [],
        },
    },
    {
        # TLS 1.0 and 1.1 only, DHE preferred over ECDHE: the groups can only be seen below
        # TLS 1.2, and only by a client that asks for ECDHE suites on purpose.
        "name": "tls11-dhe-first",
        "cert": "rsa",
        "args": ["-min_protocol", "TLSv1", "-max_protocol", "TLSv1.1", "-serverpref",
                 "-cipher", "DHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA:AES128-SHA:@SECLEVEL=0",
                 "-groups", "X448:P-521", "-dhparam", "dh.pem"],
        "expected": {
            "versions": ["TLSv1.0", "TLSv1.1"],
            "suites TLSv1.0": ["TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
                               "TLS_RSA_WITH_AES_128_CBC_SHA"],
            "suites TLSv1.1": ["TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
                               "TLS_RSA_WITH_AES_128_CBC_SHA"],
            "server order TLSv1.0": True,
            "server order TLSv1.1": True,
            "preference TLSv1.0": ["TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
                                   "TLS_RSA_WITH_AES_128_CBC_SHA"],
            "preference TLSv1.1": ["TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
                                   "TLS_RSA_WITH_AES_128_CBC_SHA"],
            "groups (EC)": ["secp521r1", "x448"],
            "DHE prime bits": 2048,
        },
    },
    {
        # Every version from TLS 1.0 on, few suites, unusual groups, server order.
        "name": "tls-multiversion",
        "cert": "rsa",
        "args": ["-min_protocol", "TLSv1", "-serverpref", "-cipher",
                 "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA:AES256-SHA:@SECLEVEL=0",
                 "-ciphersuites", "TLS_AES_128_GCM_SHA256", "-groups", "P-521:X448:ffdhe3072"],
        "expected": {
            "versions": ["TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"],
            "suites TLSv1.0": ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"],
            "suites TLSv1.1": ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"],
            "suites TLSv1.2": ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                               "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"],
            "suites TLSv1.3": ["TLS_AES_128_GCM_SHA256"],
            "server order TLSv1.0": True,
            "server order TLSv1.1": True,
            "server order TLSv1.2": True,
            "preference TLSv1.0": ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"],
            "preference TLSv1.1": ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"],
            "preference TLSv1.2": ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                                   "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"],
            "groups (EC)": ["secp521r1", "x448"],
            "groups (FFDHE)": ["ffdhe3072"],
        },
    },
    {
        # OpenSSL's defaults (Debian: TLS 1.2 and 1.3, its default suites and groups), ECDSA key.
        "name": "tls-default-ecdsa",
        "cert": "ec",
        "args": [],
        "expected": {
            "versions": ["TLSv1.2", "TLSv1.3"],
            "server order TLSv1.2": False,
            "server order TLSv1.3": False,
            # OpenSSL 3.0's default group list
            "groups (EC)": ["secp256r1", "secp384r1", "secp521r1", "x25519", "x448"],
            "groups (FFDHE)": ["ffdhe2048", "ffdhe3072", "ffdhe4096", "ffdhe6144", "ffdhe8192"],
        },
    },
]

SSH_MODERN = (
    "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256\n"
    "HostKeyAlgorithms ssh-ed25519,rsa-sha2-512,ecdsa-sha2-nistp384\n"
    "Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com\n"
    "MACs hmac-sha2-512-etm@openssh.com"
)
SSH_LEGACY = (
    "KexAlgorithms diffie-hellman-group1-sha1,diffie-hellman-group14-sha1\n"
    "HostKeyAlgorithms ssh-rsa,ssh-dss\nPubkeyAcceptedAlgorithms +ssh-rsa\n"
    "Ciphers aes128-cbc,3des-cbc\n"
    "MACs hmac-sha1,hmac-md5"
)

SSH_ENDPOINTS = [
    {
        "name": "ssh-modern",
        "config": SSH_MODERN,
        "expected": {
            "kex": ["sntrup761x25519-sha512@openssh.com", "curve25519-sha256"],
            "host-key algorithms": ["ssh-ed25519", "rsa-sha2-512", "ecdsa-sha2-nistp384"],
            "ciphers": ["chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com"],
            "macs": ["hmac-sha2-512-etm@openssh.com"],
            "host keys": ["ecdsa", "ed25519", "rsa"],
            "host key sizes": [["ssh-rsa", 3072]],
        },
    },
    {
        "name": "ssh-legacy",
        "config": SSH_LEGACY,
        "expected": {
            "kex": ["diffie-hellman-group1-sha1", "diffie-hellman-group14-sha1"],
            "host-key algorithms": ["ssh-rsa", "ssh-dss"],
            "ciphers": ["aes128-cbc", "3des-cbc"],
            "macs": ["hmac-sha1", "hmac-md5"],
            "host keys": ["dsa", "rsa"],
            "host key sizes": [["ssh-dss", 1024], ["ssh-rsa", 3072]],
        },
    },
    {
        # OpenSSH's defaults with the same three host keys (group exchange included).
        "name": "ssh-default",
        "config": "",
        "expected": {
            "host keys": ["ecdsa", "ed25519", "rsa"],
            "host key sizes": [["ssh-rsa", 3072]],
        },
    },
]


# --------------------------------------------------------------------------------------------
# Names


class CipherMap:
    """testssl.sh's cipher-mapping.txt: code <-> OpenSSL name <-> IANA name."""

    def __init__(self) -> None:
        self.iana: dict[int, str] = {}
        self.by_name: dict[str, int] = {}
        path = next((p for p in TESTSSL_MAPPING if p.exists()), None)
        if path is None:
            return
        for line in path.read_text().splitlines():
            m = re.match(r"\s*0x([0-9A-Fa-f]{2}),0x([0-9A-Fa-f]{2})\s+-\s+(\S+)\s+(\S+)", line)
            if not m:
                continue
            code = int(m.group(1) + m.group(2), 16)
            ossl, iana = m.group(3), m.group(4)
            if iana != "-":
                self.iana.setdefault(code, iana)
                self.by_name.setdefault(iana, code)
            self.by_name.setdefault(ossl, code)

    def code(self, name: str) -> int | None:
        if re.fullmatch(r"0x[0-9A-Fa-f]{4}", name):
            return int(name, 16)
        return self.by_name.get(name)

    def label(self, code: int) -> str:
        return self.iana.get(code, f"0x{code:04X}")

    def labels(self, names, ordered=False):
        """Names (IANA or OpenSSL) -> IANA labels through the codepoint; unknown names kept."""
        out = []
        for n in names:
            c = self.code(n)
            out.append(self.label(c) if c is not None else f"?{n}")
        return out if ordered else sorted(set(out))


GROUP_ALIASES = {"prime256v1": "secp256r1", "secp256r1": "secp256r1", "x25519": "x25519",
                 "x448": "x448", "secp384r1": "secp384r1", "secp521r1": "secp521r1"}


def group_name(n: str) -> str:
    return GROUP_ALIASES.get(n.lower(), n)


def sig_name(s: str | None) -> str | None:
    """`SHA256withRSA`, `sha256WithRSAEncryption`, `SHA256 with RSA`, `ecdsa-with-SHA256`
    -> `sha256+rsa`."""
    if not s:
        return None
    low = s.lower()
    h = re.search(r"sha-?(1|224|256|384|512)", low)
    fam = next((f for f in ("rsassa-pss", "pss", "ecdsa", "ed25519", "ed448", "dsa", "rsa")
                if f in low), "?")
    fam = "rsa-pss" if "pss" in fam else fam
    return f"{'sha' + h.group(1) if h else '?'}+{fam}"


def key_name(family: str | None, bits) -> str | None:
    if not family:
        return None
    f = family.lower()
    fam = "EC" if ("ec" in f and "rsa" not in f) else "RSA" if "rsa" in f else family
    if "ed25519" in f:
        fam = "Ed25519"
    return f"{fam}-{bits}" if bits else fam


def strip_markers(v):
    return [k for k in v if not k.startswith(("ext-info-", "kex-strict-"))]


# --------------------------------------------------------------------------------------------
# Running the tools and normalizing what they say


def run_mamori(exe: Path, proto: str, port: int, raw: Path, timeout: int) -> dict:
    cmd = [str(exe), "scan", proto, f"{HOST}:{port}", "--format", "json", "--timeout", "10"]
    r = run(cmd, timeout=timeout)
    raw.write_text(r.stdout + ("\n# stderr\n" + r.stderr if r.stderr else ""))
    line = next((ln for ln in r.stdout.splitlines() if ln.strip().startswith("{")), None)
    if line is None:
        return {"_error": f"no JSON (exit {r.returncode}): {r.stderr.strip()[:300]}"}
    d = json.loads(line)
    d["_cmd"] = " ".join(cmd)
    return d


def mamori_tls(d: dict, cm: CipherMap) -> dict:
    if d.get("_error") or d.get("error"):
        return {"_error": d.get("_error") or d.get("error")}
    t = d.get("tls") or {}
    out: dict = {"versions": [v for v in VERSIONS if v in t.get("versions", [])]}
    for v, suites in (t.get("cipher_suites") or {}).items():
        out[f"suites {v}"] = cm.labels(suites)
        if (t.get("server_order") or {}).get(v):
            out[f"preference {v}"] = cm.labels(suites, ordered=True)
    for v, b in (t.get("server_order") or {}).items():
        out[f"server order {v}"] = b
    groups = [group_name(g) for g in t.get("groups", [])]
    out["groups (EC)"] = sorted(g for g in groups if not g.startswith("ffdhe") and "MLKEM" not in g.upper())
    if "TLSv1.3" in out["versions"]:
        # finite-field groups are negotiated (and probed by mamori) in TLS 1.3 only
        out["groups (FFDHE)"] = sorted(g for g in groups if g.startswith("ffdhe"))
    pq = sorted(g for g in groups if "MLKEM" in g.upper() or "KYBER" in g.upper())
    if pq:
        out["groups (hybrid PQ)"] = pq
    if t.get("dhe_bits"):
        out["DHE prime bits"] = t["dhe_bits"]
    certs = t.get("certificates") or []
    if certs:
        c = certs[0]
        out["leaf cert SHA-256"] = (c.get("fingerprint_sha256") or "").lower()
        alg = c.get("key_algorithm") or ""
        out["leaf cert key"] = key_name(alg.split("-")[0], c.get("key_size"))
        out["leaf cert signature"] = sig_name(c.get("signature_algorithm"))
    return out


def run_sslyze(py: Path, endpoints: list[dict], raw: Path, timeout: int) -> dict[int, dict]:
    cmd = [str(py), "-m", "sslyze", f"--json_out={raw}", "--quiet", "--mozilla_config=disable",
           "--sslv2", "--sslv3", "--tlsv1", "--tlsv1_1", "--tlsv1_2", "--tlsv1_3",
           "--elliptic_curves", "--certinfo", *[f"{HOST}:{e['port']}" for e in endpoints]]
    r = run(cmd, timeout=timeout)
    out: dict[int, dict] = {}
    if not raw.exists():
        return {e["port"]: {"_error": f"sslyze failed: {r.stderr.strip()[-300:]}"} for e in endpoints}
    for s in json.loads(raw.read_text()).get("server_scan_results", []):
        port = s["server_location"]["port"]
        s["_cmd"] = " ".join(cmd)
        out[port] = s
    return out


SSLYZE_KEYS = {"ssl_2_0_cipher_suites": "SSLv2", "ssl_3_0_cipher_suites": "SSLv3",
               "tls_1_0_cipher_suites": "TLSv1.0", "tls_1_1_cipher_suites": "TLSv1.1",
               "tls_1_2_cipher_suites": "TLSv1.2", "tls_1_3_cipher_suites": "TLSv1.3"}


def sslyze_tls(s: dict, cm: CipherMap) -> dict:
    if s is None or s.get("_error"):
        return {"_error": (s or {}).get("_error", "no result")}
    if s.get("connectivity_status") != "COMPLETED":
        return {"_error": f"sslyze: {s.get('connectivity_status')} {s.get('connectivity_error_trace')}"[:300]}
    res = s["scan_result"]
    out: dict = {"versions": []}
    dh_bits = []
    for key, v in SSLYZE_KEYS.items():
        r = (res.get(key) or {}).get("result")
        if not r:
            continue
        if r.get("is_tls_version_supported"):
            out["versions"].append(v)
            names = []
            for a in r.get("accepted_cipher_suites", []):
                cs = a["cipher_suite"]
                names.append(cs["name"] if cm.code(cs["name"]) is not None else cs["openssl_name"])
                ek = a.get("ephemeral_key") or {}
                if ek.get("type_name") == "DH":
                    dh_bits.append(ek.get("size"))
            out[f"suites {v}"] = cm.labels(names)
    out["versions"] = [v for v in VERSIONS if v in out["versions"]]
    ec = (res.get("elliptic_curves") or {}).get("result")
    if ec is not None:
        out["groups (EC)"] = sorted(group_name(c["name"]) for c in ec.get("supported_curves") or [])
    if dh_bits:
        out["DHE prime bits"] = max(dh_bits)
    ci = (res.get("certificate_info") or {}).get("result")
    if ci:
        leaf = ci["certificate_deployments"][0]["received_certificate_chain"][0]
        out["leaf cert SHA-256"] = base64.b64decode(leaf["fingerprint_sha256"]).hex()
        pk = leaf.get("public_key") or {}
        out["leaf cert key"] = key_name(pk.get("algorithm", "").replace("PublicKey", ""),
                                        pk.get("key_size"))
        out["leaf cert signature"] = sig_name((leaf.get("signature_algorithm_oid") or {}).get("name"))
    return out


def run_testssl(exe: str, port: int, raw: Path, timeout: int) -> dict:
    if raw.exists():
        raw.unlink()
    cmd = [exe, "--jsonfile", str(raw), "--warnings", "off", "--quiet", "--color", "0",
           "--connect-timeout", "10", "--openssl-timeout", "10",
           "-p", "-E", "-P", "-f", "-S", "--ip", "one", f"{HOST}:{port}"]
    try:
        r = run(cmd, timeout=timeout)
        (raw.with_suffix(".txt")).write_text(r.stdout + r.stderr)
    except subprocess.TimeoutExpired:
        return {"_error": f"testssl.sh timed out after {timeout} s"}
    if not raw.exists():
        return {"_error": f"testssl.sh wrote no JSON (exit {r.returncode})"}
    return {"findings": json.loads(raw.read_text()), "_cmd": " ".join(cmd)}


TESTSSL_PROTO = {"SSLv2": "SSLv2", "SSLv3": "SSLv3", "TLS1": "TLSv1.0", "TLS1_1": "TLSv1.1",
                 "TLS1_2": "TLSv1.2", "TLS1_3": "TLSv1.3"}
TESTSSL_CIPHER_PROTO = {"ssl3": "SSLv3", "tls1": "TLSv1.0", "tls1_1": "TLSv1.1",
                        "tls1_2": "TLSv1.2", "tls1_3": "TLSv1.3"}


def testssl_tls(t: dict, cm: CipherMap) -> dict:
    if t.get("_error"):
        return {"_error": t["_error"]}
    f = {x["id"]: x["finding"] for x in t["findings"]}
    out: dict = {"versions": [v for k, v in TESTSSL_PROTO.items()
                              if f.get(k, "").startswith("offered")]}
    suites: dict[str, list[str]] = {}
    dh_bits = []
    for x in t["findings"]:
        m = re.fullmatch(r"cipher-(ssl3|tls1|tls1_1|tls1_2|tls1_3)_x([0-9a-f]+)", x["id"])
        if m:
            suites.setdefault(TESTSSL_CIPHER_PROTO[m.group(1)], []).append(f"0x{int(m.group(2), 16):04X}")
            b = re.search(r"\sDH (\d+)\s", x["finding"])
            if b:
                dh_bits.append(int(b.group(1)))
    for v in out["versions"]:
        out[f"suites {v}"] = cm.labels(suites.get(v, []))
    order = f.get("cipher_order", "")
    # testssl.sh 3.0 gives one verdict for the server, not one per version; like mamori, no
    # claim where a version has fewer than two suites (there is no order to see)
    many = [v for v in out["versions"] if len(out.get(f"suites {v}", [])) >= 2]
    # "server", "NOT a cipher order configured", or a failure ("Could not determine ..."),
    # which is no answer
    verdict = True if order.startswith("server") else False if order.startswith("NOT") else None
    if order:
        out["_cipher_order"] = order
    if verdict is not None:
        for v in many:
            out[f"server order {v}"] = verdict
    for v in many:
        o = f.get(f"cipherorder_{v.replace('.', '_').replace('TLSv1_0', 'TLSv1')}")
        if o and out.get(f"server order {v}"):
            out[f"preference {v}"] = cm.labels(o.split(), ordered=True)
    if "PFS_ECDHE_curves" in f:
        out["groups (EC)"] = sorted(group_name(c) for c in f["PFS_ECDHE_curves"].split())
    elif "PFS" in f:
        out["groups (EC)"] = []
    if "DH_groups" in f:
        ff = [g for g in re.findall(r"ffdhe\d+", f["DH_groups"])]
        out["_DH_groups"] = f["DH_groups"]  # kept in the report, not compared
        if "TLSv1.3" in out["versions"]:
            out["groups (FFDHE)"] = sorted(set(ff))
    if dh_bits:
        out["DHE prime bits"] = max(dh_bits)
    if "cert_fingerprintSHA256" in f:
        out["leaf cert SHA-256"] = f["cert_fingerprintSHA256"].lower()
    ks = f.get("cert_keySize", "")
    m = re.match(r"(\w+)\s+(\d+)\s+bits", ks)
    if m:
        out["leaf cert key"] = key_name(m.group(1), int(m.group(2)))
    if "cert_signatureAlgorithm" in f:
        out["leaf cert signature"] = sig_name(f["cert_signatureAlgorithm"])
    return out


def mamori_ssh(d: dict) -> dict:
    if d.get("_error") or d.get("error"):
        return {"_error": d.get("_error") or d.get("error")}
    s = d.get("ssh") or {}
    out = {
        "banner": s.get("banner"),
        "kex": s.get("kex", []),
        "host-key algorithms": s.get("host_key_algorithms", []),
        "ciphers": s.get("ciphers", []),
        "macs": s.get("macs", []),
        "compression": s.get("compression", []),
        "host keys": sorted({(k["type"], k["fingerprint"]) for k in s.get("host_keys", [])}),
    }
    sizes = {(k["type"], k.get("size")) for k in s.get("host_keys", [])
             if k.get("type") in ("ssh-rsa", "ssh-dss")}
    if sizes:
        out["host key sizes"] = sorted(list(x) for x in sizes)
    if s.get("gex_modulus_bits"):
        out["GEX modulus bits"] = s["gex_modulus_bits"]
    return out


def run_ssh_audit(py: Path, port: int, raw: Path, timeout: int) -> dict:
    exe = py.parent / "ssh-audit"
    cmd = [str(exe), "-j", "--skip-rate-test", "-t", "10", "-p", str(port), HOST]
    try:
        r = run(cmd, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"_error": f"ssh-audit timed out after {timeout} s"}
    raw.write_text(r.stdout + ("\n# stderr\n" + r.stderr if r.stderr else ""))
    try:
        d = json.loads(r.stdout)
    except json.JSONDecodeError:
        return {"_error": f"ssh-audit: no JSON (exit {r.returncode}): {r.stdout[:200]} {r.stderr[:200]}"}
    d["_cmd"] = " ".join(cmd)
    return d


SSH_KEY_TYPES = {"ssh-ed25519": "ssh-ed25519", "ssh-rsa": "ssh-rsa",
                 "ecdsa-sha2-nistp256": "ecdsa-sha2-nistp256",
                 "ecdsa-sha2-nistp384": "ecdsa-sha2-nistp384",
                 "ecdsa-sha2-nistp521": "ecdsa-sha2-nistp521"}


def ssh_audit_ssh(d: dict) -> dict:
    if d.get("_error"):
        return {"_error": d["_error"]}
    out = {
        "banner": (d.get("banner") or {}).get("raw"),
        "kex": [k["algorithm"] for k in d.get("kex", [])],
        "host-key algorithms": [k["algorithm"] for k in d.get("key", [])],
        "ciphers": [k["algorithm"] for k in d.get("enc", [])],
        "macs": [k["algorithm"] for k in d.get("mac", [])],
        "compression": d.get("compression", []),
        "host keys": sorted({(SSH_KEY_TYPES.get(f["hostkey"], f["hostkey"]), "SHA256:" + f["hash"])
                             for f in d.get("fingerprints", []) if f.get("hash_alg") == "SHA256"}),
    }
    sizes = {("ssh-dss" if k["algorithm"] == "ssh-dss" else "ssh-rsa", k["keysize"])
             for k in d.get("key", []) if k.get("keysize")
             and k["algorithm"] in ("ssh-rsa", "rsa-sha2-256", "rsa-sha2-512", "ssh-dss")}
    if sizes:
        out["host key sizes"] = sorted(list(x) for x in sizes)
    gex = [k.get("keysize") for k in d.get("kex", [])
           if k["algorithm"].startswith("diffie-hellman-group-exchange") and k.get("keysize")]
    if gex:
        out["GEX modulus bits"] = max(gex)
    return out


# --------------------------------------------------------------------------------------------
# Comparison


def comparable(v):
    if isinstance(v, list):
        return json.dumps(v)
    return json.dumps(v)


def compare(endpoint: dict, tools: dict[str, dict], expected: dict, exp_norm) -> list[dict]:
    fields: list[str] = []
    for vals in tools.values():
        for k in vals:
            if not k.startswith("_") and k not in fields:
                fields.append(k)
    for k in expected:
        if k not in fields:
            fields.append(k)
    rows = []
    for field in fields:
        vals = {name: t.get(field) for name, t in tools.items() if field in t}
        exp = exp_norm(field, expected[field]) if field in expected else None
        have = {comparable(v) for v in vals.values()}
        tools_agree = len(have) <= 1
        if field in expected:
            wrong = sorted(n for n, v in vals.items() if comparable(v) != comparable(exp))
        else:
            wrong = []
        # a tool that does not report a field at all has no say in it
        missing = sorted(n for n in tools if field not in tools[n] and not tools[n].get("_error"))
        if "mamori" not in vals and field in expected:
            status = "MAMORI-MISSING"
        elif len(vals) < 2 and field not in expected:
            status = "only " + ",".join(vals)
        elif tools_agree and not wrong:
            status = "agree"
        else:
            status = "DIFF"
        rows.append({"endpoint": endpoint["name"], "field": field, "status": status,
                     "values": vals, "expected": exp, "not_reported_by": missing,
                     "differs_from_config": wrong})
    return rows


def short(v, width=70) -> str:
    if v is None:
        return "-"
    if isinstance(v, list):
        s = ", ".join(x if isinstance(x, str) else "/".join(map(str, x)) for x in v)
        s = f"[{s}]"
    else:
        s = str(v)
    return s if len(s) <= width else s[: width - 1] + "…"


def print_table(rows: list[dict], tools: list[str]) -> None:
    w = max(len(r["field"]) for r in rows)
    e = max(len(r["endpoint"]) for r in rows)
    print(f"{'ENDPOINT':<{e}}  {'FIELD':<{w}}  {'STATUS':<14} AGREEING / DISAGREEING")
    for r in rows:
        vals = r["values"]
        groups: dict[str, list[str]] = {}
        for n in tools:
            if n in vals:
                groups.setdefault(comparable(vals[n]), []).append(n)
        if r["expected"] is not None:
            groups.setdefault(comparable(r["expected"]), []).append("config")
        parts = [" = ".join(g) for g in groups.values()]
        print(f"{r['endpoint']:<{e}}  {r['field']:<{w}}  {r['status']:<14} {' | '.join(parts)}")
    diffs = [r for r in rows if r["status"] in ("DIFF", "MAMORI-MISSING")]
    if diffs:
        print("\nDisagreements:")
        for r in diffs:
            print(f"\n  {r['endpoint']} / {r['field']}")
            if r["expected"] is not None:
                print(f"    {'config':<8} {short(r['expected'], 200)}")
            for n, v in r["values"].items():
                print(f"    {n:<8} {short(v, 200)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mamori", help="mamori binary (default: cargo build, target/debug/mamori)")
    ap.add_argument("--no-testssl", action="store_true", help="skip testssl.sh (the slow one)")
    ap.add_argument("--only", choices=["tls", "ssh"], help="one protocol only")
    ap.add_argument("--jobs", type=int, default=2, help="testssl.sh runs at once (default 2)")
    ap.add_argument("--timeout", type=int, default=600, help="per tool run, seconds (default 600)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when any field disagrees")
    args = ap.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    rawdir = OUT / "raw"
    rawdir.mkdir(exist_ok=True)
    work = OUT / "work"
    py = ensure_venv()
    testssl = None if args.no_testssl or args.only == "ssh" else ensure_testssl()
    if testssl is None and not args.no_testssl and args.only != "ssh":
        return 2
    exe = ensure_mamori(args.mamori)
    cm = CipherMap()
    if not cm.iana:
        log("testssl.sh's cipher-mapping.txt not found: suite names are compared as given")

    versions = {
        "mamori": tool_version([str(exe), "--version"]),
        "sslyze": tool_version([str(py), "-m", "sslyze", "--help"]),
        "ssh-audit": tool_version([str(py.parent / "ssh-audit"), "-h"]),
        "testssl.sh": tool_version([testssl, "--version"]) if testssl else None,
        "openssl": tool_version(["openssl", "version"]),
        "sshd": tool_version(["ssh", "-V"]),
    }

    servers = Servers()

    def on_signal(signum, _frame):
        servers.stop_all()
        sys.exit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    rows: list[dict] = []
    endpoints_out = []
    try:
        material(work)
        tls = [] if args.only == "ssh" else [dict(e) for e in TLS_ENDPOINTS]
        ssh = [] if args.only == "tls" else [dict(e) for e in SSH_ENDPOINTS]
        for e in tls:
            e["port"] = start_s_server(servers, work, e["name"], e["cert"], e["args"])
            log(f"{e['name']}: openssl s_server on {HOST}:{e['port']}")
        for e in ssh:
            e["port"] = start_sshd(servers, work, e["name"], e["config"])
            log(f"{e['name']}: sshd on {HOST}:{e['port']}")

        # TLS: mamori, then sslyze (all endpoints in one run), then testssl.sh. One tool at a
        # time per server: s_server answers one connection at a time.
        if tls:
            results: dict[str, dict[str, dict]] = {e["name"]: {} for e in tls}
            for e in tls:
                log(f"mamori scan tls {e['name']}")
                results[e["name"]]["mamori"] = run_mamori(exe, "tls", e["port"],
                                                          rawdir / f"{e['name']}.mamori.json", args.timeout)
            log("sslyze (all TLS endpoints)")
            t0 = time.time()
            sy = run_sslyze(py, tls, rawdir / "sslyze.json", args.timeout)
            log(f"sslyze took {time.time() - t0:.1f} s")
            for e in tls:
                results[e["name"]]["sslyze"] = sy.get(e["port"])
            if testssl:
                with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
                    futs = {e["name"]: pool.submit(run_testssl, testssl, e["port"],
                                                   rawdir / f"{e['name']}.testssl.json", args.timeout)
                            for e in tls}
                    for name, fut in futs.items():
                        log(f"testssl.sh {name}")
                        results[name]["testssl"] = fut.result()

            def tls_expected(field, v):
                if field.startswith("suites"):
                    return cm.labels(v)
                if field.startswith("preference"):
                    return cm.labels(v, ordered=True)
                return v

            for e in tls:
                r = results[e["name"]]
                norm = {"mamori": mamori_tls(r["mamori"], cm), "sslyze": sslyze_tls(r.get("sslyze"), cm)}
                if "testssl" in r:
                    norm["testssl"] = testssl_tls(r["testssl"], cm)
                rows += compare(e, norm, e["expected"], tls_expected)
                endpoints_out.append({"name": e["name"], "protocol": "tls", "port": e["port"],
                                      "server": ["openssl", "s_server", *e["args"]],
                                      "expected": e["expected"], "normalized": norm,
                                      "commands": {k: v.get("_cmd") for k, v in r.items() if isinstance(v, dict)}})

        if ssh:
            for e in ssh:
                log(f"mamori scan ssh / ssh-audit {e['name']}")
                m = run_mamori(exe, "ssh", e["port"], rawdir / f"{e['name']}.mamori.json", args.timeout)
                a = run_ssh_audit(py, e["port"], rawdir / f"{e['name']}.ssh-audit.json", args.timeout)
                fps = ssh_fingerprints(e["name"], work)
                types = {"ed25519": "ssh-ed25519", "rsa": "ssh-rsa", "ecdsa": "ecdsa-sha2-nistp384",
                         "dsa": "ssh-dss"}

                def ssh_expected(field, v, fps=fps):
                    if field == "host keys":
                        return sorted((types[k], fps[k]) for k in v)
                    return v

                norm = {"mamori": mamori_ssh(m), "ssh-audit": ssh_audit_ssh(a)}
                exp = dict(e["expected"])
                for field, value in sshd_effective(e["name"], work).items():
                    exp.setdefault(field, value)
                # the configured lists do not hold OpenSSH's own markers: compare those apart
                for n in norm.values():
                    if "kex" in n and not n.get("_error"):
                        n["kex markers"] = [k for k in n["kex"] if k not in strip_markers(n["kex"])]
                        n["kex"] = strip_markers(n["kex"])
                rows += compare(e, norm, exp, ssh_expected)
                endpoints_out.append({"name": e["name"], "protocol": "ssh", "port": e["port"],
                                      "server_config": e["config"], "expected": e["expected"],
                                      "normalized": norm,
                                      "commands": {"mamori": m.get("_cmd"), "ssh-audit": a.get("_cmd")}})
    finally:
        servers.stop_all()

    tool_names = ["mamori", "sslyze", "testssl", "ssh-audit"]
    errors = [(ep["name"], n, v["_error"]) for ep in endpoints_out
              for n, v in ep["normalized"].items() if v.get("_error")]
    print_table(rows, tool_names)
    if errors:
        print("\nTool errors:")
        for name, tool, err in errors:
            print(f"  {name} {tool}: {err}")
    summary = {
        "fields": len(rows),
        "agree": sum(r["status"] == "agree" for r in rows),
        "diff": sum(r["status"] in ("DIFF", "MAMORI-MISSING") for r in rows),
        "single_tool": sum(r["status"].startswith("only") for r in rows),
    }
    print(f"\n{summary['agree']} of {summary['fields']} fields agree, {summary['diff']} disagree, "
          f"{summary['single_tool']} reported by one tool only")
    report = {"generated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "tools": versions,
              "summary": summary, "rows": rows, "endpoints": endpoints_out, "tool_errors": errors}
    (OUT / "report.json").write_text(json.dumps(report, indent=2, default=list) + "\n")
    print(f"report: {OUT / 'report.json'}")
    return 1 if args.strict and summary["diff"] else 0


if __name__ == "__main__":
    sys.exit(main())
