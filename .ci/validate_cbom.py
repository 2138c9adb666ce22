"""Validates CycloneDX JSON read from the files given (or standard input) with
cyclonedx-python-lib's strict 1.6 validator: an implementation independent of ours, with its own
bundled copy of the schema. Exit 0 when every document is valid, 1 otherwise."""
import sys

from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator


def main(paths):
    validator = JsonStrictValidator(SchemaVersion.V1_6)
    docs = [(p, open(p, encoding="utf-8").read()) for p in paths] or [("<stdin>", sys.stdin.read())]
    failed = False
    for name, text in docs:
        error = validator.validate_str(text)
        if error is not None:
            print(f"{name}: INVALID: {error}")
            failed = True
        else:
            print(f"{name}: valid CycloneDX 1.6")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
