import argparse


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Verify downloads against a checksum file.")
    parser.add_argument("--hash", choices=["md5", "sha1", "sha256"], default="sha256")
    parser.add_argument("--key", help="dictionary key of the artifact in the index")
    parser.add_argument("files", nargs="+")
    return parser.parse_args(argv)
