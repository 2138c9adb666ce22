#!/usr/bin/env python3
"""Generate a deterministic, monorepo-like file tree for the `mamori scan files` benchmark.

    gen-tree.py OUT_DIR [--files 50000] [--crypto 400] [--seed 1] [--pool DIR] [--force]

The tree holds exactly --files regular files: mostly ordinary source, config and doc files with a
long-tailed size distribution, a few binaries, a `.git`-like directory and other hidden files, a
few "decoy" files that mention `-----BEGIN` without holding key material, and --crypto files that
hold real keys and certificates (standalone, under misleading names, or embedded in configs and
source files).

Everything (layout, names, sizes, contents, which pool item goes where) follows from --seed, except
the key material itself: that comes from a pool of real keys and certificates made once with
openssl / ssh-keygen and cached in --pool (default: bench/out/crypto-pool). Same pool + same
parameters = byte-identical tree.

A manifest is written beside the tree, at OUT_DIR.manifest.json (not inside it): the parameters,
the generator's hash, counts, total bytes and the list of crypto files. bench/scan-files.sh uses it
to decide whether an existing tree can be reused.

Standard library only.
"""

import argparse
import base64
import bisect
import hashlib
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zlib

GENERATOR_VERSION = 1
SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# Pool of real key material
# --------------------------------------------------------------------------------------------

# name -> kind. Kinds are only informative (manifest / summary).
POOL_ITEMS = {}


def _run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise RuntimeError("command failed: %s\n%s" % (" ".join(cmd), r.stderr.decode(errors="replace")))
    return r.stdout


def build_pool(pool_dir):
    """Create the pool of real key material (once). Returns {name: kind}."""
    stamp = os.path.join(pool_dir, "POOL-COMPLETE")
    index_path = os.path.join(pool_dir, "index.json")
    if os.path.exists(stamp) and os.path.exists(index_path):
        with open(index_path) as f:
            return json.load(f)

    for tool in ("openssl", "ssh-keygen"):
        if shutil.which(tool) is None:
            sys.exit("gen-tree.py: '%s' is needed once to build the crypto pool (apt-get install openssl openssh-client)" % tool)

    os.makedirs(pool_dir, exist_ok=True)
    d = pool_dir
    index = {}
    o = lambda *a: _run(["openssl"] + list(a), d)  # noqa: E731

    def item(name, kind):
        assert os.path.exists(os.path.join(d, name)), name
        index[name] = kind

    sys.stderr.write("gen-tree.py: building crypto pool in %s (once)...\n" % d)

    # --- private keys ---------------------------------------------------------------------
    for bits in (1024, 2048, 3072, 4096):
        o("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:%d" % bits, "-out", "rsa%d-pkcs8.pem" % bits)
        item("rsa%d-pkcs8.pem" % bits, "private-key/rsa%d/pkcs8" % bits)
        o("rsa", "-in", "rsa%d-pkcs8.pem" % bits, "-traditional", "-out", "rsa%d-pkcs1.pem" % bits)
        item("rsa%d-pkcs1.pem" % bits, "private-key/rsa%d/pkcs1" % bits)
    for curve, short in (("prime256v1", "p256"), ("secp384r1", "p384"), ("secp521r1", "p521")):
        o("ecparam", "-name", curve, "-genkey", "-noout", "-out", "ec-%s-sec1.pem" % short)
        item("ec-%s-sec1.pem" % short, "private-key/ec-%s/sec1" % short)
        o("pkcs8", "-topk8", "-nocrypt", "-in", "ec-%s-sec1.pem" % short, "-out", "ec-%s-pkcs8.pem" % short)
        item("ec-%s-pkcs8.pem" % short, "private-key/ec-%s/pkcs8" % short)
    o("genpkey", "-algorithm", "ed25519", "-out", "ed25519-pkcs8.pem")
    item("ed25519-pkcs8.pem", "private-key/ed25519/pkcs8")
    o("genpkey", "-algorithm", "x25519", "-out", "x25519-pkcs8.pem")
    item("x25519-pkcs8.pem", "private-key/x25519/pkcs8")
    o("genpkey", "-algorithm", "ed448", "-out", "ed448-pkcs8.pem")
    item("ed448-pkcs8.pem", "private-key/ed448/pkcs8")
    o("genpkey", "-genparam", "-algorithm", "DSA", "-pkeyopt", "dsa_paramgen_bits:2048", "-out", "dsa-params.pem")
    o("genpkey", "-paramfile", "dsa-params.pem", "-out", "dsa2048-pkcs8.pem")
    os.remove(os.path.join(d, "dsa-params.pem"))
    item("dsa2048-pkcs8.pem", "private-key/dsa2048/pkcs8")
    o("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-passout", "pass:bench", "-in", "rsa2048-pkcs8.pem",
      "-out", "rsa2048-pkcs8-encrypted.pem")
    item("rsa2048-pkcs8-encrypted.pem", "private-key/rsa2048/pkcs8-encrypted")
    o("pkey", "-in", "ec-p256-pkcs8.pem", "-outform", "DER", "-out", "ec-p256-pkcs8.der")
    item("ec-p256-pkcs8.der", "private-key/ec-p256/pkcs8-der")
    o("pkey", "-in", "rsa2048-pkcs8.pem", "-outform", "DER", "-out", "rsa2048-pkcs8.der")
    item("rsa2048-pkcs8.der", "private-key/rsa2048/pkcs8-der")

    # --- public keys ----------------------------------------------------------------------
    o("pkey", "-in", "rsa2048-pkcs8.pem", "-pubout", "-out", "rsa2048-pub.pem")
    item("rsa2048-pub.pem", "public-key/rsa2048/spki")
    o("rsa", "-in", "rsa3072-pkcs8.pem", "-RSAPublicKey_out", "-out", "rsa3072-pub-pkcs1.pem")
    item("rsa3072-pub-pkcs1.pem", "public-key/rsa3072/pkcs1")
    o("pkey", "-in", "ec-p256-pkcs8.pem", "-pubout", "-out", "ec-p256-pub.pem")
    item("ec-p256-pub.pem", "public-key/ec-p256/spki")
    o("pkey", "-in", "ed25519-pkcs8.pem", "-pubout", "-out", "ed25519-pub.pem")
    item("ed25519-pub.pem", "public-key/ed25519/spki")

    # --- self-signed certificates ---------------------------------------------------------
    certs = [
        ("cert-rsa2048-sha256", "rsa2048-pkcs8.pem", "-sha256", "api.example.internal", 825),
        ("cert-rsa1024-sha1", "rsa1024-pkcs8.pem", "-sha1", "legacy.example.internal", 3650),
        ("cert-rsa4096-sha512", "rsa4096-pkcs8.pem", "-sha512", "vault.example.internal", 365),
        ("cert-ec-p256-sha256", "ec-p256-pkcs8.pem", "-sha256", "edge.example.internal", 397),
        ("cert-ec-p384-sha384", "ec-p384-pkcs8.pem", "-sha384", "gw.example.internal", 397),
        ("cert-ed25519", "ed25519-pkcs8.pem", None, "mesh.example.internal", 90),
    ]
    for name, key, md, cn, days in certs:
        args = ["req", "-x509", "-new", "-key", key, "-days", str(days), "-subj", "/O=Example Corp/CN=%s" % cn,
                "-addext", "subjectAltName=DNS:%s" % cn, "-out", name + ".pem"]
        if md:
            args.insert(3, md)
        o(*args)
        item(name + ".pem", "certificate/" + name[5:])
    o("x509", "-in", "cert-rsa2048-sha256.pem", "-outform", "DER", "-out", "cert-rsa2048-sha256.der")
    item("cert-rsa2048-sha256.der", "certificate/rsa2048-sha256/der")
    o("x509", "-in", "cert-ec-p256-sha256.pem", "-outform", "DER", "-out", "cert-ec-p256-sha256.der")
    item("cert-ec-p256-sha256.der", "certificate/ec-p256-sha256/der")

    # --- a 3-certificate chain: root (P-384) -> intermediate (RSA 3072) -> leaf (P-256) ----
    o("req", "-x509", "-new", "-sha384", "-key", "ec-p384-pkcs8.pem", "-days", "3650",
      "-subj", "/O=Example Corp/CN=Example Root CA", "-addext", "basicConstraints=critical,CA:TRUE",
      "-addext", "keyUsage=critical,keyCertSign,cRLSign", "-out", "root-ca.pem")
    o("req", "-new", "-key", "rsa3072-pkcs8.pem", "-subj", "/O=Example Corp/CN=Example Issuing CA 1",
      "-out", "inter.csr")
    with open(os.path.join(d, "inter.ext"), "w") as f:
        f.write("basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n")
    o("x509", "-req", "-sha384", "-in", "inter.csr", "-CA", "root-ca.pem", "-CAkey", "ec-p384-pkcs8.pem",
      "-set_serial", "4097", "-days", "1825", "-extfile", "inter.ext", "-out", "inter-ca.pem")
    o("req", "-new", "-key", "ec-p256-pkcs8.pem", "-subj", "/O=Example Corp/CN=www.example.com", "-out", "leaf.csr")
    with open(os.path.join(d, "leaf.ext"), "w") as f:
        f.write("basicConstraints=CA:FALSE\nsubjectAltName=DNS:www.example.com,DNS:example.com\n"
                "extendedKeyUsage=serverAuth\n")
    o("x509", "-req", "-sha256", "-in", "leaf.csr", "-CA", "inter-ca.pem", "-CAkey", "rsa3072-pkcs8.pem",
      "-set_serial", "65537", "-days", "397", "-extfile", "leaf.ext", "-out", "leaf.pem")
    for tmp in ("inter.csr", "inter.ext", "leaf.ext"):
        os.remove(os.path.join(d, tmp))
    os.rename(os.path.join(d, "leaf.csr"), os.path.join(d, "csr-ec-p256.csr"))
    item("csr-ec-p256.csr", "csr/ec-p256")
    item("root-ca.pem", "certificate/root-ca-ec-p384")
    item("inter-ca.pem", "certificate/intermediate-rsa3072")
    item("leaf.pem", "certificate/leaf-ec-p256")
    with open(os.path.join(d, "bundle-3.pem"), "wb") as out:
        for n in ("leaf.pem", "inter-ca.pem", "root-ca.pem"):
            with open(os.path.join(d, n), "rb") as f:
                out.write(f.read())
    item("bundle-3.pem", "certificate/bundle-3")
    o("x509", "-in", "root-ca.pem", "-outform", "DER", "-out", "root-ca.der")
    item("root-ca.der", "certificate/root-ca-ec-p384/der")
    # key + cert in one file, the way many servers want it
    with open(os.path.join(d, "combined-key-cert.pem"), "wb") as out:
        for n in ("rsa2048-pkcs1.pem", "cert-rsa2048-sha256.pem"):
            with open(os.path.join(d, n), "rb") as f:
                out.write(f.read())
    item("combined-key-cert.pem", "combined/rsa2048-key+cert")

    # --- PKCS#12 --------------------------------------------------------------------------
    o("pkcs12", "-export", "-inkey", "ec-p256-pkcs8.pem", "-in", "leaf.pem", "-certfile", "inter-ca.pem",
      "-passout", "pass:changeit", "-name", "www", "-out", "leaf-aes.p12")
    item("leaf-aes.p12", "pkcs12/aes")
    try:
        o("pkcs12", "-export", "-legacy", "-inkey", "rsa2048-pkcs8.pem", "-in", "cert-rsa2048-sha256.pem",
          "-passout", "pass:changeit", "-name", "api", "-out", "api-legacy.p12")
        item("api-legacy.p12", "pkcs12/legacy-rc2-3des")
    except RuntimeError as e:  # legacy provider missing: not fatal
        sys.stderr.write("gen-tree.py: note: no legacy PKCS#12 (%s)\n" % str(e).splitlines()[0])

    # --- OpenSSH --------------------------------------------------------------------------
    ssh = [("ed25519", None), ("rsa", "3072"), ("rsa", "1024"), ("ecdsa", "256"), ("ecdsa", "384")]
    for t, bits in ssh:
        name = "ssh-%s%s" % (t, bits or "")
        args = ["ssh-keygen", "-q", "-t", t, "-N", "", "-C", "deploy@build-%s" % t, "-f", name]
        if bits:
            args[4:4] = ["-b", bits]
        _run(args, d)
        item(name, "openssh-private/%s%s" % (t, bits or ""))
        item(name + ".pub", "openssh-public/%s%s" % (t, bits or ""))
    _run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "hunter22", "-C", "ops@bastion", "-f", "ssh-ed25519-enc"], d)
    item("ssh-ed25519-enc", "openssh-private/ed25519-encrypted")
    os.remove(os.path.join(d, "ssh-ed25519-enc.pub"))
    # legacy PEM-format OpenSSH key (ssh-keygen -m PEM)
    _run(["ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-m", "PEM", "-N", "", "-C", "", "-f", "ssh-rsa2048-pem"], d)
    item("ssh-rsa2048-pem", "private-key/rsa2048/ssh-pem")
    os.remove(os.path.join(d, "ssh-rsa2048-pem.pub"))

    pubs = []
    for t, bits in ssh:
        with open(os.path.join(d, "ssh-%s%s.pub" % (t, bits or ""))) as f:
            pubs.append(f.read().strip())
    with open(os.path.join(d, "authorized_keys"), "w") as f:
        f.write("# managed by config management - do not edit\n")
        f.write(pubs[0] + "\n")
        f.write('from="10.0.0.0/8",no-agent-forwarding,no-X11-forwarding ' + pubs[1] + "\n")
        f.write('command="/usr/local/bin/backup-only",restrict ' + pubs[3] + "\n")
        f.write(pubs[2] + "\n")
    item("authorized_keys", "openssh-authorized-keys")
    with open(os.path.join(d, "known_hosts"), "w") as f:
        for i, p in enumerate(pubs):
            t, b64 = p.split()[:2]
            f.write("git-%d.example.internal,10.1.2.%d %s %s\n" % (i, 10 + i, t, b64))
    item("known_hosts", "openssh-known-hosts")

    with open(index_path, "w") as f:
        json.dump(index, f, indent=1, sort_keys=True)
    with open(stamp, "w") as f:
        f.write("ok\n")
    return index


# --------------------------------------------------------------------------------------------
# Ordinary content
# --------------------------------------------------------------------------------------------

WORDS = """account action adapter address agent alert allocator archive asset audit auth backend
backoff balance batch billing block bridge broker buffer bundle cache catalog channel checkout
chunk client cluster codec collector config connection consumer context controller counter cursor
dashboard decoder deploy device digest dispatch document domain driver encoder endpoint engine entry
event exporter feature fetch filter flag format frame gateway graph handler hash header health
history hook identity import index ingest inventory invoice issuer job journal kernel ledger lease
limit link listener loader locale lock logger mailbox manifest mapper matcher merge message meter
metric migration mirror model monitor mount node notifier offset order owner packet page parser
partition patch payload peer pipeline planner policy pool portal probe profile project provider
proxy publisher queue quota reader record region registry relay release renderer replica report
request resolver resource response retry route router rule runner sampler scheduler schema scope
search segment selector sender session shard signal sink snapshot socket source span splitter stage
state storage stream subscriber summary supplier switch table task template tenant ticket timer
token topic tracker transport tree trigger upload user validator value vault vendor version view
volume watcher window worker writer zone""".split()

DIR_WORDS = """api app apps auth backend billing cmd common components config core crates docs engine
examples frontend gateway handlers internal lib libs models modules packages pkg platform plugins
proto scripts server services shared src storage tests tools ui utils vendor web workers""".split()


class Ctx:
    def __init__(self, rng):
        self.r = rng

    def w(self):
        return self.r.choice(WORDS)

    def snake(self, lo=1, hi=3):
        return "_".join(self.w() for _ in range(self.r.randint(lo, hi)))

    def camel(self, lo=1, hi=3):
        return "".join(self.w().capitalize() for _ in range(self.r.randint(lo, hi)))

    def lower_camel(self):
        c = self.camel(2, 3)
        return c[0].lower() + c[1:]

    def sentence(self, lo=5, hi=14):
        s = " ".join(self.w() for _ in range(self.r.randint(lo, hi)))
        return s[0].upper() + s[1:] + "."

    def n(self, hi=4096):
        return self.r.randint(0, hi)


def blk_rust(c):
    r = c.r
    name, ty, arg = c.snake(), c.camel(), c.snake(1, 2)
    body = []
    for _ in range(r.randint(2, 9)):
        body.append(r.choice([
            "    let %s = %s.%s(%d)?;" % (c.snake(1, 2), arg, c.snake(1, 2), c.n()),
            "    if %s.is_empty() {\n        return Err(Error::%s(\"%s\".into()));\n    }" % (arg, c.camel(1, 2), c.sentence(3, 6)),
            "    for %s in %s.iter() {\n        %s.push(%s.clone());\n    }" % ("item", arg, c.snake(1, 1), "item"),
            "    // %s" % c.sentence(),
            "    tracing::debug!(%s = %d, \"%s\");" % (c.snake(1, 1), c.n(), c.sentence(2, 5)),
            "    let %s: Vec<%s> = %s.into_iter().filter(|x| x.%s()).collect();" % (c.snake(1, 2), c.camel(1, 2), arg, c.snake(1, 2)),
        ]))
    kind = r.random()
    if kind < 0.6:
        return "/// %s\npub fn %s(%s: &%s) -> Result<%s, Error> {\n%s\n    Ok(%s::default())\n}\n\n" % (
            c.sentence(), name, arg, c.camel(), ty, "\n".join(body), ty)
    if kind < 0.8:
        fields = "\n".join("    pub %s: %s," % (c.snake(1, 2), r.choice(["u64", "String", "Vec<u8>", "bool", "Option<%s>" % c.camel(1, 2), "usize"])) for _ in range(r.randint(2, 8)))
        return "/// %s\n#[derive(Debug, Clone, Default, PartialEq)]\npub struct %s {\n%s\n}\n\n" % (c.sentence(), ty, fields)
    return "#[test]\nfn %s() {\n%s\n    assert_eq!(%s, %d);\n}\n\n" % (name, "\n".join(b.replace("?;", ".unwrap();") for b in body), c.snake(1, 1), c.n())


def blk_python(c):
    r = c.r
    if r.random() < 0.25:
        methods = "".join("    def %s(self, %s):\n        \"\"\"%s\"\"\"\n        return self.%s.get(%s, %d)\n\n" % (
            c.snake(), c.snake(1, 1), c.sentence(), c.snake(1, 1), c.snake(1, 1), c.n()) for _ in range(r.randint(1, 4)))
        return "class %s(%s):\n    %s = %d\n\n%s\n" % (c.camel(), r.choice(["object", "Base", "Exception", "dict"]), c.snake(1, 1).upper(), c.n(), methods)
    body = []
    for _ in range(r.randint(2, 9)):
        body.append(r.choice([
            "    %s = %s.%s(%r)" % (c.snake(1, 2), c.snake(1, 1), c.snake(1, 2), c.w()),
            "    if not %s:\n        raise ValueError(%r)" % (c.snake(1, 1), c.sentence(3, 6)),
            "    for %s in %s:\n        %s.append(%s)" % ("item", c.snake(1, 2), c.snake(1, 1), "item"),
            "    # %s" % c.sentence(),
            "    logger.info(\"%s %%s\", %s)" % (c.sentence(2, 5), c.snake(1, 1)),
            "    %s = {k: v for k, v in %s.items() if v is not None}" % (c.snake(1, 2), c.snake(1, 1)),
        ]))
    return "def %s(%s, %s=None):\n    \"\"\"%s\"\"\"\n%s\n    return %s\n\n\n" % (
        c.snake(), c.snake(1, 1), c.snake(1, 1), c.sentence(), "\n".join(body), c.snake(1, 1))


def blk_go(c):
    r = c.r
    if r.random() < 0.2:
        fields = "\n".join("\t%s %s `json:\"%s\"`" % (c.camel(1, 2), r.choice(["string", "int64", "[]byte", "bool", "time.Duration", "*%s" % c.camel(1, 2)]), c.snake(1, 2)) for _ in range(r.randint(2, 8)))
        return "// %s %s\ntype %s struct {\n%s\n}\n\n" % (c.camel(1, 2), c.sentence(), c.camel(), fields)
    body = []
    for _ in range(r.randint(2, 9)):
        body.append(r.choice([
            "\t%s, err := %s.%s(ctx, %d)\n\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"%s: %%w\", err)\n\t}" % (c.lower_camel(), c.lower_camel(), c.camel(1, 2), c.n(), c.sentence(2, 4)),
            "\t// %s" % c.sentence(),
            "\tfor _, v := range %s {\n\t\t%s = append(%s, v)\n\t}" % (c.lower_camel(), "out", "out"),
            "\tlog.Printf(\"%s %%v\", %s)" % (c.sentence(2, 5), c.lower_camel()),
        ]))
    return "// %s %s\nfunc (s *%s) %s(ctx context.Context, in *%s) (*%s, error) {\n\tvar out []string\n%s\n\treturn &%s{}, nil\n}\n\n" % (
        c.camel(1, 1), c.sentence(), c.camel(1, 2), c.camel(), c.camel(1, 2), c.camel(1, 2), "\n".join(body), c.camel(1, 2))


def blk_js(c):
    r = c.r
    body = []
    for _ in range(r.randint(2, 9)):
        body.append(r.choice([
            "  const %s = await %s.%s(%d);" % (c.lower_camel(), c.lower_camel(), c.lower_camel(), c.n()),
            "  if (!%s) {\n    throw new Error('%s');\n  }" % (c.lower_camel(), c.sentence(3, 6)),
            "  // %s" % c.sentence(),
            "  %s.forEach((item) => %s.push(item));" % (c.lower_camel(), c.lower_camel()),
            "  console.debug('%s', %s);" % (c.sentence(2, 5), c.lower_camel()),
        ]))
    return "/**\n * %s\n */\nexport async function %s(%s, options = {}) {\n%s\n  return { ok: true };\n}\n\n" % (
        c.sentence(), c.lower_camel(), c.lower_camel(), "\n".join(body))


def blk_java(c):
    r = c.r
    body = []
    for _ in range(r.randint(2, 8)):
        body.append(r.choice([
            "        %s %s = this.%s.%s(%d);" % (c.camel(1, 2), c.lower_camel(), c.lower_camel(), c.lower_camel(), c.n()),
            "        if (%s == null) {\n            throw new IllegalStateException(\"%s\");\n        }" % (c.lower_camel(), c.sentence(3, 6)),
            "        // %s" % c.sentence(),
            "        for (%s item : %s) {\n            result.add(item);\n        }" % (c.camel(1, 2), c.lower_camel()),
            "        LOG.debug(\"%s {}\", %s);" % (c.sentence(2, 5), c.lower_camel()),
        ]))
    return "    /**\n     * %s\n     */\n    public List<%s> %s(%s %s) {\n        List<%s> result = new ArrayList<>();\n%s\n        return result;\n    }\n\n" % (
        c.sentence(), c.camel(1, 2), c.lower_camel(), c.camel(1, 2), c.lower_camel(), c.camel(1, 2), "\n".join(body))


def blk_c(c):
    r = c.r
    body = []
    for _ in range(r.randint(2, 9)):
        body.append(r.choice([
            "    %s = %s(%s, %d);" % (c.snake(1, 2), c.snake(2, 3), c.snake(1, 1), c.n()),
            "    if (%s == NULL) {\n        return -E%s;\n    }" % (c.snake(1, 1), r.choice(["INVAL", "NOMEM", "IO", "AGAIN"])),
            "    /* %s */" % c.sentence(),
            "    for (size_t i = 0; i < %s_len; i++) {\n        %s[i] = %s[i] ^ 0x%02x;\n    }" % (c.snake(1, 1), "out", "in", r.randint(0, 255)),
            "    memcpy(%s, %s, sizeof(*%s));" % (c.snake(1, 1), c.snake(1, 1), c.snake(1, 1)),
        ]))
    return "/*\n * %s\n */\nint %s(struct %s *%s, const uint8_t *in, uint8_t *out)\n{\n    int %s = 0;\n%s\n    return 0;\n}\n\n" % (
        c.sentence(), c.snake(2, 3), c.snake(1, 2), c.snake(1, 1), c.snake(1, 1), "\n".join(body))


def blk_h(c):
    r = c.r
    k = r.random()
    if k < 0.4:
        return "".join("#define %s_%s %d\n" % (c.w().upper(), c.w().upper(), c.n(65535)) for _ in range(r.randint(2, 8))) + "\n"
    if k < 0.7:
        fields = "\n".join("    %s %s;" % (r.choice(["uint32_t", "size_t", "int", "const char *", "uint8_t", "struct %s *" % c.snake(1, 1)]), c.snake(1, 2)) for _ in range(r.randint(2, 8)))
        return "/* %s */\nstruct %s {\n%s\n};\n\n" % (c.sentence(), c.snake(1, 2), fields)
    return "/**\n * %s\n */\nint %s(struct %s *%s, size_t %s);\n\n" % (c.sentence(), c.snake(2, 3), c.snake(1, 2), c.snake(1, 1), c.snake(1, 1))


def blk_md(c):
    r = c.r
    k = r.random()
    if k < 0.2:
        return "## %s\n\n" % c.sentence(2, 5).rstrip(".")
    if k < 0.35:
        return "".join("- %s\n" % c.sentence(3, 10) for _ in range(r.randint(2, 6))) + "\n"
    if k < 0.45:
        return "```sh\n%s --%s %s\n```\n\n" % (c.snake(1, 1), c.w(), c.snake(1, 2))
    return " ".join(c.sentence() for _ in range(r.randint(2, 6))) + "\n\n"


def blk_txt(c):
    r = c.r
    if r.random() < 0.5:
        return "".join("2025-%02d-%02dT%02d:%02d:%02d.%03dZ %s %s request_id=%08x path=/api/v1/%s status=%d dur_ms=%d\n" % (
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999),
            r.choice(["INFO", "INFO", "DEBUG", "WARN", "ERROR"]), c.snake(1, 2), r.getrandbits(32), c.w(),
            r.choice([200, 200, 201, 204, 400, 404, 500]), r.randint(0, 900)) for _ in range(r.randint(3, 12)))
    return "\n".join(c.sentence(6, 16) for _ in range(r.randint(2, 5))) + "\n\n"


def blk_json(c):
    r = c.r
    return '  {"id": %d, "name": "%s", "kind": "%s", "enabled": %s, "weight": %.3f, "tags": ["%s", "%s"], "owner": "%s@example.com"},\n' % (
        c.n(10 ** 6), c.snake(), c.w(), r.choice(["true", "false"]), r.random(), c.w(), c.w(), c.w())


def blk_yaml(c):
    r = c.r
    items = "".join("  %s: %s\n" % (c.snake(1, 2), r.choice([str(c.n()), c.w(), "true", "false", '"%s"' % c.sentence(2, 5)])) for _ in range(r.randint(2, 7)))
    return "%s_%d:\n%s" % (c.snake(1, 2), c.n(99999), items)


def blk_toml(c):
    r = c.r
    items = "".join("%s = %s\n" % (c.snake(1, 2), r.choice([str(c.n()), '"%s"' % c.w(), "true", "false", '["%s", "%s"]' % (c.w(), c.w())])) for _ in range(r.randint(2, 7)))
    return "[%s.%s%d]\n%s\n" % (c.snake(1, 1), c.snake(1, 1), c.n(9999), items)


LANGS = {
    # ext: (block fn, header fn, footer)
    "rs": blk_rust, "py": blk_python, "go": blk_go, "js": blk_js, "java": blk_java, "c": blk_c,
    "h": blk_h, "md": blk_md, "txt": blk_txt, "json": blk_json, "yaml": blk_yaml, "toml": blk_toml,
}


def header_for(ext, c, name):
    if ext == "rs":
        return "// SPDX-License-Identifier: Apache-2.0\n//! %s\n\nuse std::collections::HashMap;\nuse crate::error::Error;\n\n" % c.sentence()
    if ext == "py":
        return '"""%s"""\n\nimport logging\nimport os\n\nlogger = logging.getLogger(__name__)\n\n\n' % c.sentence()
    if ext == "go":
        return "// Copyright 2025 Example Corp.\n\npackage %s\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"log\"\n)\n\n" % c.w()
    if ext == "js":
        return "'use strict';\n\nimport { %s } from './%s.js';\n\n" % (c.lower_camel(), c.w())
    if ext == "java":
        return "package com.example.%s.%s;\n\nimport java.util.ArrayList;\nimport java.util.List;\n\npublic class %s {\n    private static final Logger LOG = LoggerFactory.getLogger(%s.class);\n\n" % (
            c.w(), c.w(), name, name)
    if ext == "c":
        return "/* SPDX-License-Identifier: BSD-3-Clause */\n#include <stdint.h>\n#include <string.h>\n#include \"%s.h\"\n\n" % c.w()
    if ext == "h":
        g = (name.upper() + "_H")
        return "#ifndef %s\n#define %s\n\n#include <stddef.h>\n\n" % (g, g)
    if ext == "md":
        return "# %s\n\n" % c.sentence(2, 5).rstrip(".")
    if ext == "json":
        return "[\n"
    if ext == "yaml":
        return "# %s\n" % c.sentence()
    return ""


def footer_for(ext, name):
    return {"java": "}\n", "h": "#endif\n", "json": '  {"id": 0}\n]\n'}.get(ext, "")


class Corpus:
    """One big text of blocks per extension; files are block-aligned slices of it."""

    SIZE = 1_400_000  # > largest text file (1 MB), so one wrap-around suffices

    def __init__(self, ext, seed):
        c = Ctx(random.Random("%s/corpus/%s" % (seed, ext)))
        fn = LANGS[ext]
        parts, offs, total = [], [], 0
        while total < self.SIZE:
            b = fn(c)
            offs.append(total)
            parts.append(b)
            total += len(b)
        text = "".join(parts)
        self.text = text + text
        self.offs = offs + [o + total for o in offs]
        self.total = total
        self.nblocks = len(offs)

    def slice(self, rng, size):
        i = rng.randrange(self.nblocks)
        start = self.offs[i]
        j = bisect.bisect_left(self.offs, start + size)
        end = self.offs[j] if j < len(self.offs) else len(self.text)
        return self.text[start:end]


# --------------------------------------------------------------------------------------------
# Tree layout
# --------------------------------------------------------------------------------------------

FLAVOURS = {
    "rust": (["rs"] * 8 + ["toml", "md"], 0.9),
    "python": (["py"] * 8 + ["txt", "yaml", "md", "json"], 0.85),
    "go": (["go"] * 9 + ["yaml", "md"], 0.9),
    "js": (["js"] * 8 + ["json", "md"], 0.85),
    "java": (["java"] * 9 + ["yaml"], 0.9),
    "c": (["c"] * 5 + ["h"] * 4 + ["txt"], 0.9),
    "docs": (["md"] * 6 + ["txt", "yaml", "json"], 0.95),
    "config": (["yaml"] * 4 + ["json"] * 3 + ["toml"] * 2 + ["txt"], 0.95),
}
FLAVOUR_WEIGHTS = [("rust", 18), ("python", 18), ("go", 16), ("js", 16), ("java", 12), ("c", 10), ("docs", 5), ("config", 5)]
ALL_EXTS = list(LANGS)


def text_size(rng):
    """Long-tailed size in bytes: mostly 1-20 KB, some 20-100 KB, a few 100 KB-1 MB."""
    u = rng.random()
    if u < 0.002:
        return int(math.exp(rng.uniform(math.log(100_000), math.log(1_000_000))))
    if u < 0.025:
        return int(math.exp(rng.uniform(math.log(20_000), math.log(100_000))))
    s = int(rng.lognormvariate(math.log(2200), 0.8))
    return max(120, min(s, 20_000))


def build_dirs(rng, n_files):
    """Directories at depth 2..6 (relative paths), each with a flavour and a file capacity."""
    tops = ["services", "libs", "tools", "web", "platform", "third_party", "docs", "infra"]
    dirs = []  # (path, flavour, capacity)
    frontier = []
    for t in tops:
        for _ in range(rng.randint(2, 4)):
            p = "%s/%s-%s" % (t, rng.choice(WORDS), rng.choice(WORDS))
            frontier.append((p, 2))
    seen = set()
    need = n_files
    while need > 0:
        if not frontier:
            t = rng.choice(tops)
            frontier.append(("%s/%s-%s" % (t, rng.choice(WORDS), rng.choice(WORDS)), 2))
        k = rng.randrange(len(frontier))
        p, depth = frontier[k]
        if p in seen:
            frontier.pop(k)
            continue
        seen.add(p)
        frontier.pop(k)
        fl = rng.choices([f for f, _ in FLAVOUR_WEIGHTS], weights=[w for _, w in FLAVOUR_WEIGHTS])[0]
        if p.startswith("docs/"):
            fl = "docs"
        elif p.startswith("infra/"):
            fl = "config"
        cap = rng.randint(20, 50)
        dirs.append([p, fl, cap])
        need -= cap
        if depth < 6:
            for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
                frontier.append(("%s/%s" % (p, rng.choice(DIR_WORDS + WORDS)), depth + 1))
    return dirs


def file_name(c, ext, used):
    r = c.r
    for attempt in range(100):
        if ext in ("java",):
            base = c.camel(1, 3)
        elif ext == "md":
            base = r.choice(["README", "CHANGELOG", "CONTRIBUTING", "design", "notes", "usage"]) if r.random() < 0.3 else c.snake(1, 2)
        elif ext == "js":
            base = c.lower_camel() if r.random() < 0.5 else c.snake(1, 2).replace("_", "-")
        else:
            base = c.snake(1, 2)
        if attempt > 5:
            base += "_%d" % r.randint(2, 999)
        name = "%s.%s" % (base, ext)
        if name not in used:
            used.add(name)
            return base, name
    raise RuntimeError("name space exhausted")


def unique(name, used):
    if name not in used:
        used.add(name)
        return name
    stem, dot, ext = name.partition(".")
    i = 2
    while True:
        cand = "%s-%d%s%s" % (stem, i, dot, ext)
        if cand not in used:
            used.add(cand)
            return cand
        i += 1


# --------------------------------------------------------------------------------------------
# Crypto placements
# --------------------------------------------------------------------------------------------

PEM_NAMES = {
    "private-key": ["server.key", "tls.key", "private.pem", "privkey.pem", "key.pem", "signing.key", "client.key",
                    "service-account.pem", "jwt-signing-key.pem"],
    "public-key": ["public.pem", "pubkey.pem", "jwt-verify.pub.pem", "signing.pub"],
    "certificate": ["cert.pem", "server.crt", "tls.crt", "ca.crt", "client.cer", "ca.pem", "root.crt", "chain.pem"],
    "combined": ["server.pem", "haproxy.pem"],
    "csr": ["server.csr", "request.csr"],
    "pkcs12": ["keystore.p12", "client.pfx", "identity.p12"],
    "openssh-private": ["id_ed25519", "id_rsa", "id_ecdsa", "deploy_key", "ci_key"],
    "openssh-public": ["id_ed25519.pub", "id_rsa.pub", "id_ecdsa.pub", "deploy_key.pub"],
    "openssh-authorized-keys": ["authorized_keys"],
    "openssh-known-hosts": ["known_hosts"],
}
MISLEADING = ["notes.txt", "key.bak", "cert.pem.old", "backup", "old_key", "secret", "id_rsa.txt", "config.orig",
              "tmp.dat", "copy of server.key", "README", "data.bin", "x", "prod.json.bak"]


def der_name(kind, r):
    if kind.startswith("certificate"):
        return r.choice(["cert.der", "server.cer", "root-ca.der", "ca.crt", "trust-anchor.cer"])
    return r.choice(["key.der", "private.der", "signing.key"])


def pem_to_lines(pem):
    return pem.strip().splitlines()


def embed(c, style, pem_text, name_hint):
    """Return (filename_ext, content) embedding PEM text in a config or source file."""
    r = c.r
    lines = pem_to_lines(pem_text)
    if style == "k8s-yaml":
        body = "\n".join("    " + l for l in lines)
        return "yaml", ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-tls\n  namespace: %s\n  labels:\n    app: %s\n"
                        "type: kubernetes.io/tls\nstringData:\n  %s: |\n%s\n  rotation: \"%d days\"\n" % (
                            c.w(), c.w(), c.w(), "tls.key" if "PRIVATE KEY" in lines[0] else "tls.crt", body,
                            r.choice([30, 90, 365])))
    if style == "json-escaped":
        esc = json.dumps(pem_text)
        return "json", ('{\n  "service": "%s",\n  "listen": "0.0.0.0:%d",\n  "tls": {\n    "enabled": true,\n    "certificate": %s,\n'
                        '    "min_version": "1.2"\n  },\n  "upstreams": ["%s:8080", "%s:8080"]\n}\n' % (
                            c.w(), r.randint(1024, 65000), esc, c.w(), c.w()))
    if style == "go-test":
        return "go", ("package %s\n\nimport \"testing\"\n\n// %s\nconst testPEM = `%s\n`\n\nfunc Test%s(t *testing.T) {\n\tif len(testPEM) == 0 {\n\t\tt.Fatal(\"empty\")\n\t}\n}\n" % (
            c.w(), c.sentence(), pem_text.strip(), c.camel()))
    if style == "py-test":
        return "py", ('"""%s"""\n\nimport unittest\n\nTEST_KEY = """%s\n"""\n\n\nclass Test%s(unittest.TestCase):\n    def test_%s(self):\n        self.assertTrue(TEST_KEY)\n' % (
            c.sentence(), pem_text.strip(), c.camel(), c.snake()))
    if style == "rust-const":
        return "rs", ("//! %s\n\npub const FIXTURE_PEM: &str = r#\"%s\n\"#;\n\n#[test]\nfn %s() {\n    assert!(FIXTURE_PEM.contains(\"BEGIN\"));\n}\n" % (
            c.sentence(), pem_text.strip(), c.snake()))
    if style == "env":
        return "env", ("APP_ENV=production\nDATABASE_URL=postgres://app@db.%s.internal:5432/app\nTLS_KEY=\"%s\"\nLOG_LEVEL=info\n" % (
            c.w(), pem_text.strip().replace("\n", "\\n")))
    raise ValueError(style)


EMBED_STYLES = ["k8s-yaml", "k8s-yaml", "json-escaped", "go-test", "py-test", "rust-const", "env"]


def plan_crypto(rng, c, pool, n):
    """List of (kind, mode, pool_name, style) for n crypto files."""
    names = sorted(pool)
    by_class = {}
    for nm in names:
        by_class.setdefault(pool[nm].split("/")[0], []).append(nm)
    pem_like = [nm for nm in names if not nm.endswith((".der", ".p12"))]
    embeddable = [nm for nm in names if nm.endswith(".pem") and ("certificate" in pool[nm] or "private-key" in pool[nm])]
    out = []
    for i in range(n):
        u = rng.random()
        if u < 0.55:   # standalone, conventional name
            cls = rng.choices(["private-key", "certificate", "public-key", "openssh-private", "openssh-public", "combined",
                               "csr", "pkcs12", "openssh-authorized-keys", "openssh-known-hosts"],
                              weights=[25, 25, 6, 12, 10, 3, 3, 4, 3, 2])[0]
            out.append(("standalone", rng.choice(by_class[cls]), None))
        elif u < 0.65:  # DER
            der = [nm for nm in names if nm.endswith(".der")]
            out.append(("der", rng.choice(der), None))
        elif u < 0.80:  # misleading name / extension
            out.append(("misleading", rng.choice(pem_like), None))
        else:           # embedded in config/source
            out.append(("embedded", rng.choice(embeddable), rng.choice(EMBED_STYLES)))
    return out


# --------------------------------------------------------------------------------------------
# Binaries, git objects, hidden files, decoys
# --------------------------------------------------------------------------------------------

def binary_blob(rng, kind):
    if kind == "png":
        size = int(math.exp(rng.uniform(math.log(2_000), math.log(300_000))))
        head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(13) + b"\x00\x00\x00\x00IDAT"
        return head + rng.randbytes(size)
    if kind == "elf":
        size = int(math.exp(rng.uniform(math.log(20_000), math.log(1_000_000))))
        head = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + rng.randbytes(40)
        parts = [head]
        total = len(head)
        while total < size:  # alternate random bytes and zero runs, like code + padding
            k = rng.randint(256, 65536)
            parts.append(rng.randbytes(k) if rng.random() < 0.7 else b"\x00" * k)
            total += k
        return b"".join(parts)[:size]
    if kind == "zip":
        size = int(math.exp(rng.uniform(math.log(5_000), math.log(500_000))))
        return b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + rng.randbytes(size)
    # sqlite-ish
    size = 4096 * rng.randint(2, 64)
    return b"SQLite format 3\x00" + b"\x00" * 84 + rng.randbytes(size - 100)


BIN_NAMES = {"png": ["logo.png", "icon.png", "screenshot.png", "diagram.png"], "elf": ["protoc-gen", "helper", "libfoo.so", "tool"],
             "zip": ["archive.zip", "bundle.jar", "fixtures.zip"], "sqlite": ["cache.db", "test.sqlite"]}

DECOYS = [
    ("md", "# Configuring TLS\n\nPaste your certificate into `tls.crt`; it should look like this:\n\n```\n-----BEGIN CERTIFICATE-----\n"
           "MIIC...your certificate here...\n-----END CERTIFICATE-----\n```\n\nand the key (never commit it!):\n\n```\n"
           "-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n```\n"),
    ("py", 'PEM_MARKER = b"-----BEGIN "\n\n\ndef looks_like_pem(data: bytes) -> bool:\n    """True when data holds a PEM block."""\n'
           '    return PEM_MARKER in data\n\n\ndef label(data: bytes) -> str:\n    start = data.index(PEM_MARKER) + len(PEM_MARKER)\n'
           '    return data[start:data.index(b"-----", start)].decode()\n'),
    ("go", 'package pemutil\n\nimport "bytes"\n\nvar begin = []byte("-----BEGIN ")\n\n// IsPEM reports whether b contains a PEM block.\n'
           'func IsPEM(b []byte) bool { return bytes.Contains(b, begin) }\n'),
    ("rs", '/// Marker that opens a PEM block.\npub const BEGIN: &str = "-----BEGIN ";\npub const END: &str = "-----END ";\n\n'
           'pub fn is_pem(s: &str) -> bool {\n    s.contains(BEGIN) && s.contains(END)\n}\n'),
    ("yaml", "# example values - replace before deploying\ntls:\n  cert: |\n    -----BEGIN CERTIFICATE-----\n    REPLACE_ME\n"
             "    -----END CERTIFICATE-----\n  key: \"\"\n"),
]


def gitignore_text():
    # Patterns deliberately match nothing in the generated tree, so a walker that honours
    # .gitignore sees the same files as `rg -uuu`.
    return "/target/\nnode_modules/\n__pycache__/\n*.pyc\n*.log\n/dist/\n.DS_Store\n.idea/\n"


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--files", type=int, default=50000, help="total regular files (default 50000)")
    ap.add_argument("--crypto", type=int, default=400, help="files holding real keys/certificates (default 400)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pool", default=os.path.join(SCRIPT_DIR, "out", "crypto-pool"),
                    help="cache dir for the real key material (default bench/out/crypto-pool)")
    ap.add_argument("--force", action="store_true", help="delete OUT_DIR first if it exists")
    a = ap.parse_args()

    n_total, n_crypto, seed = a.files, a.crypto, a.seed
    n_bin = max(1, n_total // 500)
    n_git = max(4, n_total // 100)
    n_hidden = max(2, n_total // 250)
    n_decoy = max(1, n_total // 2500)
    n_text = n_total - n_crypto - n_bin - n_git - n_hidden - n_decoy
    if n_text < 10:
        sys.exit("gen-tree.py: --files too small for --crypto (need at least %d)" % (n_total - n_text + 10))

    out = os.path.abspath(a.out_dir)
    if os.path.exists(out) and os.listdir(out):
        if not a.force:
            sys.exit("gen-tree.py: %s exists and is not empty (use --force to regenerate)" % out)
        shutil.rmtree(out)
    manifest_path = out.rstrip("/") + ".manifest.json"
    if os.path.exists(manifest_path):
        os.remove(manifest_path)

    pool = build_pool(os.path.abspath(a.pool))
    pool_bytes = {}
    for nm in pool:
        with open(os.path.join(a.pool, nm), "rb") as f:
            pool_bytes[nm] = f.read()
    pool_digest = hashlib.sha256(b"".join(nm.encode() + pool_bytes[nm] for nm in sorted(pool))).hexdigest()

    rng = random.Random(seed)
    c = Ctx(rng)
    corpora = {}

    dirs = build_dirs(random.Random("%d/dirs" % seed), n_text + n_bin + n_hidden + n_decoy)
    used = {d[0]: set() for d in dirs}
    stats = {"files": 0, "bytes": 0, "text": 0, "binary": 0, "git_objects": 0, "hidden": 0, "decoy": 0, "crypto": 0,
             "by_ext": {}, "largest": 0}
    made_dirs = set()

    def write(rel, data, category):
        path = os.path.join(out, rel)
        parent = os.path.dirname(path)
        if parent not in made_dirs:
            os.makedirs(parent, exist_ok=True)
            made_dirs.add(parent)
        if isinstance(data, str):
            data = data.encode()
        assert not os.path.exists(path), rel
        with open(path, "wb") as f:
            f.write(data)
        stats["files"] += 1
        stats["bytes"] += len(data)
        stats[category] += 1
        stats["largest"] = max(stats["largest"], len(data))

    # 1. ordinary text files, dir by dir
    remaining = n_text
    for path, fl, cap in dirs:
        if remaining <= 0:
            break
        exts, p_main = FLAVOURS[fl]
        for _ in range(min(cap, remaining)):
            ext = rng.choice(exts) if rng.random() < p_main else rng.choice(ALL_EXTS)
            base, name = file_name(c, ext, used[path])
            if ext not in corpora:
                corpora[ext] = Corpus(ext, seed)
            size = text_size(rng)
            head = header_for(ext, c, base)
            foot = footer_for(ext, base)
            body = corpora[ext].slice(rng, max(0, size - len(head) - len(foot)))
            write("%s/%s" % (path, name), head + body + foot, "text")
            stats["by_ext"][ext] = stats["by_ext"].get(ext, 0) + 1
            remaining -= 1
    assert remaining == 0, "directory capacity too small"
    text_dirs = [d[0] for d in dirs if used[d[0]]]
    # parents for extra subdirectories (hidden dirs, crypto dirs), so nothing gets deeper than 6
    shallow_dirs = [d for d in text_dirs if d.count("/") <= 3] or text_dirs

    # 2. binaries
    for _ in range(n_bin):
        kind = rng.choices(["png", "elf", "zip", "sqlite"], weights=[50, 20, 20, 10])[0]
        d = rng.choice(text_dirs)
        name = unique(rng.choice(BIN_NAMES[kind]), used[d])
        write("%s/%s" % (d, name), binary_blob(rng, kind), "binary")

    # 3. .git-like directory: refs, config, zlib-compressed loose objects
    git_fixed = {
        ".git/HEAD": "ref: refs/heads/main\n",
        ".git/config": "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n[remote \"origin\"]\n"
                       "\turl = git@git.example.internal:platform/monorepo.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n",
        ".git/description": "Unnamed repository; edit this file 'description' to name the repository.\n",
        ".git/refs/heads/main": "%040x\n" % rng.getrandbits(160),
    }
    for rel, txt in git_fixed.items():
        write(rel, txt, "git_objects")
    exts_for_git = ["rs", "py", "go", "js", "md", "json"]
    for ext in exts_for_git:
        if ext not in corpora:
            corpora[ext] = Corpus(ext, seed)
    for _ in range(n_git - len(git_fixed)):
        ext = rng.choice(exts_for_git)
        blob = corpora[ext].slice(rng, int(rng.lognormvariate(math.log(3000), 0.9))).encode()
        obj = zlib.compress(b"blob %d\x00" % len(blob) + blob)
        h = hashlib.sha1(obj + rng.randbytes(8)).hexdigest()
        write(".git/objects/%s/%s" % (h[:2], h[2:]), obj, "git_objects")

    # 4. other hidden files and dirs
    hidden_kinds = [
        (".gitignore", lambda: gitignore_text()),
        (".editorconfig", lambda: "root = true\n\n[*]\nindent_style = space\nindent_size = 4\ninsert_final_newline = true\n"),
        (".env.example", lambda: "APP_ENV=development\nDATABASE_URL=postgres://localhost/%s\nLOG_LEVEL=debug\n" % c.w()),
        (".eslintrc.json", lambda: '{\n  "extends": ["eslint:recommended"],\n  "rules": {"no-unused-vars": "warn"}\n}\n'),
        (".config/%s.yaml", lambda: corpora.setdefault("yaml", Corpus("yaml", seed)).slice(rng, rng.randint(300, 6000))),
        (".github/workflows/%s.yml", lambda: "name: %s\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make %s\n" % (c.w(), c.w())),
        (".vscode/settings.json", lambda: '{\n  "editor.formatOnSave": true,\n  "files.exclude": {"**/.git": true}\n}\n'),
    ]
    for _ in range(n_hidden):
        pat, fn = rng.choice(hidden_kinds)
        d = rng.choice(shallow_dirs if "/" in pat else text_dirs)
        name = pat % c.snake(1, 2) if "%s" in pat else pat
        sub = os.path.dirname(name)
        key = d if not sub else "%s/%s" % (d, sub)
        used.setdefault(key, set())
        base = unique(os.path.basename(name), used[key])
        write("%s/%s" % (key, base), fn(), "hidden")

    # 5. decoys: mention "-----BEGIN" but hold no key material
    for i in range(n_decoy):
        ext, txt = DECOYS[i % len(DECOYS)]
        d = rng.choice(text_dirs)
        name = unique(("pem_%s.%s" % (c.snake(1, 1), ext)) if ext != "md" else "TLS.md", used[d])
        write("%s/%s" % (d, name), txt, "decoy")

    # 6. crypto files
    crypto_list = []
    crng = random.Random("%d/crypto" % seed)
    cc = Ctx(crng)
    plan = plan_crypto(crng, cc, pool, n_crypto)
    # a few dedicated directories, the rest spread over ordinary ones
    special = []
    for i in range(max(3, n_crypto // 25)):
        base = crng.choice(shallow_dirs)
        sub = crng.choice(["certs", "tls", "keys", "secrets", "testdata/certs", "fixtures/keys", ".ssh", "deploy/ssl"])
        special.append("%s/%s" % (base, sub))
    for mode, nm, style in plan:
        d = crng.choice(special) if crng.random() < 0.4 else crng.choice(text_dirs)
        kind = pool[nm]
        cls = kind.split("/")[0]
        data = pool_bytes[nm]
        if mode == "standalone":
            name = crng.choice(PEM_NAMES[cls])
            if nm.endswith(".p12"):
                name = crng.choice(PEM_NAMES["pkcs12"])
            if cls in ("openssh-private", "openssh-public", "openssh-authorized-keys", "openssh-known-hosts") and crng.random() < 0.5:
                d = "%s/.ssh" % crng.choice(shallow_dirs)
        elif mode == "der":
            name = der_name(kind, crng)
        elif mode == "misleading":
            name = crng.choice(MISLEADING)
        else:
            ext, txt = embed(cc, style, data.decode(), nm)
            name = {"yaml": "%s-secret.yaml", "json": "%s.config.json", "go": "%s_test.go", "py": "test_%s.py",
                    "rs": "%s_fixture.rs", "env": ".env.%s"}[ext] % cc.snake(1, 1)
            data = txt.encode()
            kind = "embedded-%s/%s" % (style, kind)
        used.setdefault(d, set())
        name = unique(name, used[d])
        rel = "%s/%s" % (d, name)
        write(rel, data, "crypto")
        crypto_list.append({"path": rel, "kind": kind, "pool": nm, "mode": mode, "pem_marker": b"-----BEGIN" in data})

    assert stats["files"] == n_total, (stats["files"], n_total)

    # verify on disk (cheap) and count dirs
    n_dirs = 0
    for _, dnames, _ in os.walk(out):
        n_dirs += len(dnames)
    with open(os.path.abspath(__file__), "rb") as f:
        gen_hash = hashlib.sha256(f.read()).hexdigest()
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "generator_sha256": gen_hash,
        "params": {"files": n_total, "crypto": n_crypto, "seed": seed},
        "pool_sha256": pool_digest,
        "tree": out,
        "files": stats["files"],
        "bytes": stats["bytes"],
        "dirs": n_dirs,
        "counts": {k: stats[k] for k in ("text", "binary", "git_objects", "hidden", "decoy", "crypto")},
        "text_by_ext": dict(sorted(stats["by_ext"].items())),
        "largest_file_bytes": stats["largest"],
        # files that `rg -c -- '-----BEGIN'` should report: crypto files with a PEM marker + decoys
        "expected_rg_files": sum(1 for e in crypto_list if e["pem_marker"]) + stats["decoy"],
        "crypto_files": crypto_list,
    }
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1)

    modes = {}
    for e in crypto_list:
        modes[e["mode"]] = modes.get(e["mode"], 0) + 1
    print("tree:        %s" % out)
    print("files:       %d  (text %d, binary %d, .git %d, other hidden %d, decoy %d, crypto %d)" % (
        stats["files"], stats["text"], stats["binary"], stats["git_objects"], stats["hidden"], stats["decoy"], stats["crypto"]))
    print("bytes:       %d  (%.1f MB, largest file %.1f KB)" % (stats["bytes"], stats["bytes"] / 1e6, stats["largest"] / 1e3))
    print("dirs:        %d" % n_dirs)
    print("crypto:      %d files  (%s)" % (len(crypto_list), ", ".join("%s %d" % kv for kv in sorted(modes.items()))))
    print("manifest:    %s" % manifest_path)


if __name__ == "__main__":
    main()
