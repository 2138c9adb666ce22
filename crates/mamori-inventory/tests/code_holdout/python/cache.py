import functools
import json


def _key(*args, **kwargs) -> int:
    # plain builtin hash: only used for in-process memoisation, not for security
    return hash(json.dumps([args, kwargs], sort_keys=True, default=str))


def memoize(fn):
    cache: dict[int, object] = {}

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        k = _key(*args, **kwargs)
        if k not in cache:
            cache[k] = fn(*args, **kwargs)
        return cache[k]

    return wrapper
