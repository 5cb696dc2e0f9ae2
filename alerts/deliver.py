"""Delivery through apprise: the only module that imports it.

A channel URL is a secret: it is never logged, stored or shown whole.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import apprise

# A dead SMTP host must not hold the whole delivery run for apprise's default 15 s.
SOCKET_TIMEOUT = 10


# Services whose URL host is a server name; elsewhere (tgram://BOT_TOKEN/…, pover://user@TOKEN)
# the "host" is itself a secret and is never shown.
SERVER_HOST_SCHEMES = frozenset({"mailto", "mailtos", "matrix", "matrixs", "json", "jsons"})
# Services that print the title as a heading above the body: our bodies open with their own
# heading, so these get no title (one heading per message, the call's title said once).
TITLE_IN_BODY_SCHEMES = frozenset({"matrix", "matrixs"})


def redact(url: str) -> str:
    """What identifies a channel in messages and logs, never its secrets.

    >>> redact("mailtos://bot:s3cret@smtp.example.org:465?to=a@b.org")
    'mailtos://***@smtp.example.org:465/…'
    >>> redact("tgram://123456789:AAHsecrettoken/987654")
    'tgram://…'
    """
    match = re.match(r"^([a-z0-9+.-]+)://(?:[^@/?#]*@)?([^/?#]*)", url, re.IGNORECASE)
    if not match:
        return "(unparseable URL)"
    scheme, host = match.group(1).lower(), match.group(2)
    if scheme in SERVER_HOST_SCHEMES:
        return f"{scheme}://***@{host}/…"
    return f"{scheme}://…"


def check_channel_url(url: str) -> str | None:
    """None when apprise understands the URL, else an error message without the secret."""
    if apprise.Apprise.instantiate(url, suppress_exceptions=True) is None:
        return f"apprise cannot use the channel URL {redact(url)}"
    return None


@dataclass(frozen=True)
class SendResult:
    ok: bool
    error: str = ""


class Deliverer:
    """Sends messages with one apprise object per channel (one Matrix login, not one a message)."""

    def __init__(self, throttle: bool = True):
        self.throttle = throttle
        self._channels: dict[str, apprise.Apprise] = {}

    def _channel(self, url: str) -> apprise.Apprise | None:
        if url not in self._channels:
            channel = apprise.Apprise()
            if not channel.add(url):
                return None
            for plugin in channel:
                plugin.socket_connect_timeout = SOCKET_TIMEOUT
                if not self.throttle:
                    plugin.request_rate_per_sec = 0
            self._channels[url] = channel
        return self._channels[url]

    def send(self, url: str, subject: str, html: str) -> SendResult:
        channel = self._channel(url)
        if channel is None:
            return SendResult(False, f"invalid channel URL {redact(url)}")
        with apprise.LogCapture(level=logging.WARNING) as captured:  # type: ignore[no-untyped-call]
            result = channel.notify(
                title=_title_for(url, subject), body=html, body_format=apprise.NotifyFormat.HTML
            )
        if result:  # AppriseResult: truthy on success (never compare with False)
            return SendResult(True)
        detail = " ".join(captured.getvalue().split())[-300:] or "delivery failed"
        return SendResult(False, _without(detail, url))


def _title_for(url: str, subject: str) -> str:
    """
    >>> _title_for("matrixs://bot:pw@matrix.example.org/#room", "Nouvel appel"), _title_for(
    ...     "mailto://127.0.0.1:25?to=a@b.org", "Nouvel appel")
    ('', 'Nouvel appel')
    """
    scheme = url.split("://", 1)[0].lower()
    return "" if scheme in TITLE_IN_BODY_SCHEMES else subject


def _without(text: str, url: str) -> str:
    """Remove any fragment of the secret URL that apprise may have logged."""
    for part in re.split(r"[:/@?&=]+", url):
        if len(part) >= 4:
            text = text.replace(part, "***")
    return text
