import hmac
import hashlib
import time

from django.conf import settings
from django.http import HttpResponseForbidden


def verify_stripe_style(request):
    header = request.headers.get("X-Signature", "")
    ts, _, sig = header.partition(",")
    if abs(time.time() - int(ts)) > 300:
        return HttpResponseForbidden("stale")
    mac = hmac.new(settings.WEBHOOK_SECRET.encode(), f"{ts}.".encode() + request.body, hashlib.sha256)
    if not hmac.compare_digest(mac.hexdigest(), sig):
        return HttpResponseForbidden("bad signature")
    return None
