"""Why a delivery failed, read from what apprise logged while it tried, and whether to retry.

apprise answers a send with success or failure only; the cause is in its log lines, which
follow two conventions across its services: an HTTP service logs `error=413` (and, at
debug level, each request's URL and the server's `Response: code=403, {…}`); email logs the
SMTP exception (`(552, b'…')`, `{'a@b.org': (550, b'…')}`, `[Errno 111] Connection
refused`). The first refusal is the cause: a Matrix login refused with 403 is a wrong
password even if apprise then tries (and fails) to register the account.

A permanent refusal (a 4xx answer, an SMTP 5xx reply) is never retried: the same message
would be refused again, and retrying it for hours only hides the problem. Anything else (no
answer, a 5xx answer, 429 Too Many Requests, an SMTP 4xx reply) is transient and retried
with backoff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.domain.vocabulary import FailureCause

# An HTTP request apprise made, then the status it got (debug lines).
_REQUEST = re.compile(r"\b(?:GET|POST|PUT|DELETE|PATCH) URL: (\S+)")
_RESPONSE = re.compile(r"Response: code=(\d{3})\b(.*)")
# The convention of apprise's HTTP services' warnings: "…, error=413."
_HTTP_ERROR = re.compile(r"\berror=(\d{3})\b")
# smtplib's exceptions as apprise logs them
_SMTP_REPLY = re.compile(r"Socket Exception: \((\d{3}), b?['\"](.*?)['\"]")
_SMTP_REFUSED = re.compile(r"Socket Exception: \{'([^']+)': \((\d{3}), b?['\"](.*?)['\"]\)")
_RECIPIENT_REFUSED = re.compile(r"SMTP recipient \S+ was refused: (\d{3}) (.*)")
_MATRIX_ERROR = re.compile(r'"errcode"\s*:\s*"(M_[A-Z_]+)"(?:\s*,\s*"error"\s*:\s*"([^"]*)")?')
_UNREACHABLE = (
    "connection refused",
    "connection error",
    "timed out",
    "name or service not known",
    "temporary failure in name resolution",
    "network is unreachable",
    "no route to host",
    "connection reset",
    "unexpectedly closed",
)


@dataclass(frozen=True)
class Failure:
    cause: FailureCause
    permanent: bool
    detail: str  # what the server said, short, for the administrators ("HTTP 413 M_TOO_LARGE")


def classify_failure(log: str) -> Failure:
    """The cause of a failed send, from apprise's log lines (debug level).

    >>> classify_failure("Matrix Response: code=413, b'{\\"errcode\\":\\"M_TOO_LARGE\\"}'")
    Failure(cause='too_large', permanent=True, detail='HTTP 413 M_TOO_LARGE')
    >>> classify_failure("Socket Exception: [Errno 111] Connection refused").cause
    'unreachable'
    >>> classify_failure("Failed to send Telegram notification: Bad Request, error=400.")
    Failure(cause='refused', permanent=True, detail='HTTP 400')
    """
    http = _first_http_refusal(log)
    if http is not None:
        return http
    smtp = _smtp_failure(log)
    if smtp is not None:
        return smtp
    lowered = log.lower()
    if any(words in lowered for words in _UNREACHABLE):
        return Failure("unreachable", False, _what_was_said(log))
    return Failure("unknown", False, _what_was_said(log))


def _first_http_refusal(log: str) -> Failure | None:
    path = ""
    for line in log.splitlines():
        request = _REQUEST.search(line)
        if request:
            path = request.group(1)
            continue
        response = _RESPONSE.search(line)
        if response and not response.group(1).startswith("2"):
            return _http_failure(int(response.group(1)), path, response.group(2))
    found = _HTTP_ERROR.search(log)
    return _http_failure(int(found.group(1)), "", log) if found else None


def _http_failure(status: int, path: str, said: str) -> Failure | None:
    matrix = _MATRIX_ERROR.search(said)
    errcode, message = (matrix.group(1), matrix.group(2) or "") if matrix else ("", "")
    detail = " ".join(part for part in (f"HTTP {status}", errcode, message) if part)
    if 200 <= status < 300 or status == 304:
        return None
    if status == 413 or errcode == "M_TOO_LARGE":
        return Failure("too_large", True, detail)
    if status in (408, 425, 429) or errcode == "M_LIMIT_EXCEEDED":
        return Failure("rate_limited" if status != 408 else "unreachable", False, detail)
    if status >= 500:
        return Failure("server_error", False, detail)
    if status in (401, 403) and path.rstrip("/").endswith("/login"):
        return Failure("credentials", True, detail)
    if errcode == "M_UNKNOWN_TOKEN" or status == 401:
        return Failure("credentials", True, detail)
    if status == 403 and ("/join/" in path or "room" in message.lower()):
        return Failure("not_in_room", True, detail)
    if status == 404:
        return Failure("not_found", True, detail)
    return Failure("refused", True, detail)


def _smtp_failure(log: str) -> Failure | None:
    refused = _SMTP_REFUSED.search(log) or None
    if refused:
        return _smtp_reply(int(refused.group(2)), refused.group(3), recipient=True)
    recipient = _RECIPIENT_REFUSED.search(log)
    if recipient:
        return _smtp_reply(int(recipient.group(1)), recipient.group(2), recipient=True)
    reply = _SMTP_REPLY.search(log)
    if reply:
        return _smtp_reply(int(reply.group(1)), reply.group(2), recipient=False)
    return None


def _smtp_reply(code: int, text: str, *, recipient: bool) -> Failure:
    detail = f"SMTP {code} {text}".strip()[:200]
    if code < 500:
        return Failure("server_error", False, detail)
    if code == 552 or "size" in text.lower():
        return Failure("too_large", True, detail)
    if code in (530, 534, 535, 538):
        return Failure("credentials", True, detail)
    if recipient or code in (550, 551, 553):
        return Failure("recipient_refused", True, detail)
    return Failure("refused", True, detail)


def _what_was_said(log: str) -> str:
    """The exception apprise caught, else its last warning: "[Errno 111] Connection refused".

    Lines look like "2026-12-01 12:20:18,818 - WARNING - Connection error …".
    """
    said = ""
    for line in log.splitlines():
        level, _, message = line.partition(" - ")[2].partition(" - ")
        if "Socket Exception:" in message:
            return message.split("Socket Exception:", 1)[1].strip()[:200]
        if level in ("WARNING", "ERROR"):
            said = message.strip()
    return said[:200]
