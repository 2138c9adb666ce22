import datetime as dt

import jwt
from flask import current_app


def issue(user_id: int) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(hours=1)}
    return jwt.encode(claims, current_app.config["JWT_PRIVATE_KEY"], algorithm="RS256")


def decode(token: str) -> dict:
    return jwt.decode(token, current_app.config["JWT_PUBLIC_KEY"], algorithms=["RS256"])
