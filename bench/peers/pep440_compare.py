#!/usr/bin/env python3
"""Peer for `mamori version compare --ecosystem pypi --stdin`: reads lines `A B` and prints
`<`, `=` or `>` per line using the `packaging` library (what pip itself uses)."""
import sys

from packaging.version import InvalidVersion, Version

out = []
for line in sys.stdin:
    parts = line.split()
    if len(parts) != 2:
        out.append("")
        continue
    try:
        a, b = Version(parts[0]), Version(parts[1])
    except InvalidVersion as e:
        out.append(f"error: {e}")
        continue
    out.append("<" if a < b else (">" if a > b else "="))
sys.stdout.write("\n".join(out) + "\n")
