import datetime

import jwt

from .settings import JWT_SECRET, PARTNER_PUBLIC_KEY


def issue(user_id: str) -> str:
    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
    return jwt.encode({"sub": user_id, "exp": exp}, JWT_SECRET, algorithm="HS256")


def read_partner_token(token: str) -> dict:
    return jwt.decode(token, PARTNER_PUBLIC_KEY, algorithms=["RS256"])
