"""Delivery through apprise: the only module that imports it.

A channel URL is a secret: it is never logged, stored or shown whole. apprise's own log
lines (which may hold a password, e.g. the payload of a Matrix registration attempt) never
reach the service's log: they are read here, for the cause of a failure, then dropped.
"""

from __future__ import annotations

import io
import json
import logging
import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import apprise
from apprise.conversion import convert_between
from apprise.manager_plugins import NotificationManager
from apprise.plugins.email import NotifyEmail

from veille.alerts.failures import Failure, classify_failure
from veille.alerts.fitting import ChannelLimits

# A dead SMTP host must not hold the whole delivery run for apprise's default 15 s.
SOCKET_TIMEOUT = 10

# Services whose URL host is a server name; elsewhere (tgram://BOT_TOKEN/…, pover://user@TOKEN)
# the "host" is itself a secret and is never shown.
SERVER_HOST_SCHEMES = frozenset({"mailto", "mailtos", "matrix", "matrixs", "json", "jsons"})
# Services that print the title as a heading above the body: our bodies open with their own
# heading, so these get no title (one heading per message, the call's title said once).
TITLE_IN_BODY_SCHEMES = frozenset({"matrix", "matrixs"})
MATRIX_SCHEMES = frozenset({"matrix", "matrixs"})

# The Matrix spec's limit on a whole event is 65,536 bytes; the homeserver adds its own
# fields (ids, timestamps, signatures): a message's content stays well under it.
MATRIX_CONTENT_BUDGET = 56_000
# An email has no size limit that matters (providers take megabytes); a person reads it.
EMAIL_BUDGET = 2_000_000
EMAIL_MAX_CALLS = 250
# Other services: apprise's maximum body length for the service, with a margin.
CHAT_MARGIN = 0.9
# Every email Veille sends is automatic: vacation responders must not answer it (RFC 3834).
AUTOMATIC = {"Auto-Submitted": "auto-generated"}

_apprise_log = logging.getLogger("apprise")
_apprise_log.propagate = False  # read by `_captured`, never written to the service's log
_apprise_log.setLevel(logging.DEBUG)  # the cause of a failure is often only said at debug level


# apprise sends from worker threads of its own: what it logs during a send cannot be told
# apart by thread, so sends (and URL checks) take turns, each reading only its own lines.
_one_at_a_time = threading.Lock()


@contextmanager
def _captured() -> Iterator[io.StringIO]:
    """What apprise logs meanwhile (one capture at a time in the process)."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(asctime)s - %(levelname)s - %(message)s"))
    with _one_at_a_time:
        _apprise_log.addHandler(handler)
        try:
            yield buffer
        finally:
            _apprise_log.removeHandler(handler)


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


def _scheme(url: str) -> str:
    return url.split("://", 1)[0].lower() if "://" in url else ""


def check_channel_url(url: str) -> str | None:
    """None when apprise can use the URL, else why not (never the secret).

    Every scheme apprise knows is accepted, and only those:

    >>> check_channel_url("smtp://veille:pw@smtp.example.org")
    "'smtp://' is not a kind of channel apprise knows (email is mailto:// or mailtos://)"
    >>> check_channel_url("mailtos://veille:pw@smtp.example.org?to=info@asbl.example") is None
    True
    """
    scheme = _scheme(url)
    if not scheme:
        return "not a channel URL (apprise URLs look like mailtos://… or matrixs://…)"
    if scheme not in _schemes():
        return (
            f"'{scheme}://' is not a kind of channel apprise knows "
            "(email is mailto:// or mailtos://)"
        )
    with _captured() as log:
        plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if plugin is not None:
        return None
    said = [
        line.split(" - ", 2)[-1]
        for line in log.getvalue().splitlines()
        if " - WARNING - " in line or " - ERROR - " in line
    ]
    why = _without(said[0], url).strip(" :") if said else "its address or options are not valid"
    return f"apprise cannot use this {scheme}:// URL ({redact(url)}): {why}"


@lru_cache(maxsize=1)
def _schemes() -> frozenset[str]:
    return frozenset(_plugins().schemas())


def _plugins() -> Any:
    """apprise's registry of services (scheme -> plugin class)."""
    return NotificationManager()  # type: ignore[no-untyped-call]


def _as_text(html: str) -> str:
    """The plain text apprise derives from an HTML body."""
    text: str = convert_between(  # type: ignore[no-untyped-call]
        apprise.NotifyFormat.HTML, apprise.NotifyFormat.TEXT, html
    )
    return text


def channel_limits(url: str) -> ChannelLimits:
    """What one message may hold on the channel at `url` (secrets need not be resolved)."""
    scheme = _scheme(url)
    if scheme in MATRIX_SCHEMES:
        return ChannelLimits(MATRIX_CONTENT_BUDGET, matrix_event_bytes, True, EMAIL_MAX_CALLS)
    plugin = _plugins()[scheme] if scheme in _schemes() else None
    if plugin is None or issubclass(plugin, NotifyEmail):
        return ChannelLimits(EMAIL_BUDGET, _utf8_bytes, False, EMAIL_MAX_CALLS)
    longest = plugin.body_maxlen if isinstance(plugin.body_maxlen, int) else 32_768
    formats = plugin.notify_format
    takes_html = apprise.NotifyFormat.HTML in (
        formats if isinstance(formats, tuple) else (formats,)
    )
    return ChannelLimits(
        int(longest * CHAT_MARGIN), len if takes_html else _text_length, True, EMAIL_MAX_CALLS
    )


def matrix_event_bytes(html: str) -> int:
    """The bytes of a Matrix message's content: the HTML and the text apprise derives."""
    text = _as_text(html)
    content = {
        "msgtype": "m.text",
        "body": text,
        "format": "org.matrix.custom.html",
        "formatted_body": html,
    }
    return len(json.dumps(content, ensure_ascii=False).encode("utf-8"))


def _utf8_bytes(html: str) -> int:
    return len(html.encode("utf-8"))


def _text_length(html: str) -> int:
    return len(_as_text(html))


@dataclass(frozen=True)
class SendResult:
    ok: bool
    error: str = ""  # what the server said, without secrets
    failure: Failure | None = None  # why, and whether it is worth retrying


class Deliverer:
    """Sends messages with one apprise object per channel (one Matrix login, not one a message)."""

    def __init__(self, throttle: bool = True):
        self.throttle = throttle
        self._channels: dict[str, apprise.Apprise] = {}

    def _channel(self, url: str) -> apprise.Apprise | None:
        if url not in self._channels:
            channel = apprise.Apprise()
            with _captured():
                if not channel.add(url):
                    return None
            for plugin in channel:
                plugin.socket_connect_timeout = SOCKET_TIMEOUT
                if not self.throttle:
                    plugin.request_rate_per_sec = 0
            self._channels[url] = channel
        return self._channels[url]

    def send(
        self, url: str, subject: str, html: str, headers: Mapping[str, str] | None = None
    ) -> SendResult:
        """Send one message; `headers` are added to an email (List-Unsubscribe…), which is
        always marked automatic."""
        channel = self._channel(url)
        if channel is None:
            problem = check_channel_url(url) or f"invalid channel URL {redact(url)}"
            return SendResult(False, problem, Failure("refused", True, problem))
        for plugin in channel:
            if isinstance(plugin, NotifyEmail):
                plugin.headers = {**AUTOMATIC, **(headers or {})}
        with _captured() as log:
            result = channel.notify(
                title=_title_for(url, subject), body=html, body_format=apprise.NotifyFormat.HTML
            )
        if result:  # AppriseResult: truthy on success (never compare with False)
            return SendResult(True)
        failure = classify_failure(log.getvalue())
        detail = _without(failure.detail, url) or "delivery failed"
        return SendResult(False, detail, Failure(failure.cause, failure.permanent, detail))


def _title_for(url: str, subject: str) -> str:
    """
    >>> _title_for("matrixs://bot:pw@matrix.example.org/#room", "Nouvel appel"), _title_for(
    ...     "mailto://127.0.0.1:25?to=a@b.org", "Nouvel appel")
    ('', 'Nouvel appel')
    """
    return "" if _scheme(url) in TITLE_IN_BODY_SCHEMES else subject


def _without(text: str, url: str) -> str:
    """Remove any fragment of the secret URL that apprise may have logged."""
    for part in re.split(r"[:/@?&=]+", url):
        if len(part) >= 4:
            text = text.replace(part, "***")
    return text
