#!/usr/bin/env python3
"""Generate the SBOM-matching stress case: an osv.dev-style all.zip of N OSV records spread over
several ecosystems, and a CycloneDX 1.6 SBOM of M components whose packages the records name.

Deterministic for a given seed. Records look like real ones: 1-3 affected packages, SEMVER or
ECOSYSTEM ranges with 1-3 introduced/fixed pairs, sometimes last_affected or a versions list,
aliases, and a CVSS v3.1 vector. About a quarter of the SBOM's components fall in an affected
range, so the matcher does real work on every component.
"""
import argparse
import json
import random
import zipfile

ECOSYSTEMS = [
    ("npm", "npm", lambda r, i: f"pkg-{i}"),
    ("PyPI", "pypi", lambda r, i: f"py-lib-{i}"),
    ("Maven", "maven", lambda r, i: f"org.example{i % 97}:artifact-{i}"),
    ("Go", "golang", lambda r, i: f"github.com/org{i % 113}/mod{i}"),
    ("crates.io", "cargo", lambda r, i: f"crate_{i}"),
    ("RubyGems", "gem", lambda r, i: f"gem-{i}"),
]

VECTORS = [
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
    "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:N",
    "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
]


def version(r, eco):
    major, minor, patch = r.randint(0, 9), r.randint(0, 30), r.randint(0, 20)
    v = f"{major}.{minor}.{patch}"
    if eco == "Go":
        return "v" + v if r.random() < 0.5 else v
    return v


def key(v):
    return tuple(int(x) for x in v.lstrip("v").split("."))


def ranges(r, eco):
    points = sorted({version(r, eco).lstrip("v") for _ in range(r.randint(2, 6))}, key=key)
    if len(points) % 2:
        points = points[:-1] or ["0.1.0", "9.9.9"]
    events = []
    for lo, hi in zip(points[::2], points[1::2]):
        events.append({"introduced": "0" if not events and r.random() < 0.2 else lo})
        events.append({"last_affected": hi} if r.random() < 0.1 else {"fixed": hi})
    kind = "SEMVER" if eco in ("npm", "Go", "crates.io") else "ECOSYSTEM"
    return [{"type": kind, "events": events}]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--records", type=int, default=250_000)
    ap.add_argument("--components", type=int, default=10_000)
    ap.add_argument("--packages", type=int, default=60_000, help="distinct package names")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--zip", required=True)
    ap.add_argument("--sbom", required=True)
    a = ap.parse_args()
    r = random.Random(a.seed)
    names = []
    for i in range(a.packages):
        eco, purl_type, mk = ECOSYSTEMS[i % len(ECOSYSTEMS)]
        names.append((eco, purl_type, mk(r, i)))
    with zipfile.ZipFile(a.zip, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for n in range(a.records):
            affected = []
            for _ in range(r.choice((1, 1, 1, 2, 3))):
                eco, _, name = names[r.randrange(len(names))]
                entry = {"package": {"ecosystem": eco, "name": name}, "ranges": ranges(r, eco)}
                if r.random() < 0.05:
                    entry["versions"] = [version(r, eco) for _ in range(3)]
                affected.append(entry)
            rec = {
                "schema_version": "1.6.0",
                "id": f"MAMORI-STRESS-{n:07d}",
                "modified": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T00:00:00Z",
                "published": "2024-01-01T00:00:00Z",
                "aliases": [f"CVE-2099-{n:07d}"],
                "summary": f"Generated advisory {n}",
                "severity": [{"type": "CVSS_V3", "score": VECTORS[n % len(VECTORS)]}],
                "affected": affected,
            }
            z.writestr(f"MAMORI-STRESS-{n:07d}.json", json.dumps(rec, separators=(",", ":")))
    components = []
    for i in range(a.components):
        eco, purl_type, name = names[r.randrange(len(names))]
        v = version(r, eco)
        if purl_type == "maven":
            g, art = name.split(":")
            purl = f"pkg:maven/{g}/{art}@{v}"
        else:
            purl = f"pkg:{purl_type}/{name}@{v}"
        components.append(
            {"type": "library", "bom-ref": f"c{i}", "name": name, "version": v, "purl": purl}
        )
    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "metadata": {"component": {"type": "application", "name": "stress", "version": "1.0"}},
        "components": components,
    }
    with open(a.sbom, "w") as f:
        json.dump(bom, f)


if __name__ == "__main__":
    main()
