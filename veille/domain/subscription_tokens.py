"""The token in the link that manages a subscription (in every message, and the email's
List-Unsubscribe header): who and which subscriptions, signed, so that following the link
needs no sign-in and cannot be forged for another member.

>>> token = subscription_token("key", "asbl-a", ["alertes", "hebdo"])
>>> read_subscription_token("key", token)
('asbl-a', ('alertes', 'hebdo'))
>>> read_subscription_token("another key", token) is None
True
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Sequence

# Stands for a member's activity digest and partner requests among the names a token carries
# (never a subscription's name: those are slugs, which cannot start with "@").
ACTIVITY = "@activity"


def _signature(secret: str, payload: str) -> str:
    digest = hmac.new(secret.encode(), f"manage:{payload}".encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def subscription_token(secret: str, member: str, subscriptions: Sequence[str]) -> str:
    payload = base64.urlsafe_b64encode(f"{member}:{','.join(subscriptions)}".encode())
    text = payload.decode("ascii").rstrip("=")
    return f"{text}.{_signature(secret, text)}"


def read_subscription_token(secret: str, token: str) -> tuple[str, tuple[str, ...]] | None:
    """(member, subscriptions) when the token is genuine, else None."""
    text, _, signature = token.partition(".")
    if not text or not hmac.compare_digest(signature, _signature(secret, text)):
        return None
    try:
        decoded = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    member, _, names = decoded.partition(":")
    subscriptions = tuple(name for name in names.split(",") if name)
    return (member, subscriptions) if member and subscriptions else None
