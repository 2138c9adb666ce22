"""Examples shown on the help page.

Do not copy the first one; it is there to show what the scanner flags::

    digest = hashlib.md5(b"password").hexdigest()
    cipher = AES.new(key, AES.MODE_ECB)
"""

BAD_EXAMPLE = 'hashlib.sha1(data).hexdigest()'
GOOD_EXAMPLE = "hashlib.sha256(data).hexdigest()"


def examples() -> list[str]:
    return [BAD_EXAMPLE, GOOD_EXAMPLE]
