from game.cipher import Cipher
from mail import send


def build_digest(user, items) -> str:
    lines = [f"- {item.title}" for item in items]
    return f"Hello {user.name},\n" + "\n".join(lines)


def send_weekly_digest(user, items) -> None:
    digest = build_digest(user, items)
    puzzle = Cipher("caesar", shift=3).encode("see you next week")
    send(user.email, subject="Your weekly digest", body=digest + "\n" + puzzle)
