# ruff: noqa: E501 (log lines quoted as apprise wrote them)
"""What apprise logged while a send failed -> its cause, and whether to retry it.

The log excerpts are what apprise 2.3 wrote against a real Synapse and a real aiosmtpd
(tests/test_delivery_outcomes.py meets each of them for real).
"""

import pytest

from veille.alerts.failures import classify_failure

MATRIX_413 = """\
2026-12-01 12:19:46,838 - DEBUG - Matrix PUT URL: http://127.0.0.1:39037/_matrix/client/v3/rooms/%21x/send/m.room.message/0 (cert_verify=True)
2026-12-01 12:19:46,838 - DEBUG - Matrix Response: code=413, b'{"errcode":"M_TOO_LARGE","error":"event too large"}'
2026-12-01 12:19:46,843 - WARNING - Failed to handshake with Matrix server: error=413.
"""
MATRIX_WRONG_PASSWORD = """\
2026-12-01 12:19:47,297 - DEBUG - Matrix POST URL: http://127.0.0.1:39037/_matrix/client/v3/login (cert_verify=True)
2026-12-01 12:19:47,304 - DEBUG - Matrix Response: code=403, <hidden>
2026-12-01 12:19:47,304 - WARNING - Failed to handshake with Matrix server: Unauthorized - Invalid Token., error=403.
2026-12-01 12:19:47,798 - DEBUG - Matrix POST URL: http://127.0.0.1:39037/_matrix/client/v3/register (cert_verify=True)
2026-12-01 12:19:47,808 - DEBUG - Matrix Response: code=403, b'{"errcode":"M_FORBIDDEN","error":"Registration has been disabled"}'
"""
MATRIX_NOT_INVITED = """\
2026-12-01 12:19:47,815 - DEBUG - Matrix POST URL: http://127.0.0.1:39037/_matrix/client/v3/login (cert_verify=True)
2026-12-01 12:19:47,838 - DEBUG - Matrix Response: code=200, <hidden>
2026-12-01 12:19:48,315 - DEBUG - Matrix POST URL: http://127.0.0.1:39037/_matrix/client/v3/join/%21xNB (cert_verify=True)
2026-12-01 12:19:48,383 - DEBUG - Matrix Response: code=403, b'{"errcode":"M_FORBIDDEN","error":"You are not invited to this room."}'
2026-12-01 12:19:48,384 - WARNING - Could not join Matrix room !xNB.
"""
MATRIX_DOWN_SERVER = """\
2026-12-01 12:19:47,815 - DEBUG - Matrix POST URL: http://127.0.0.1:39037/_matrix/client/v3/login (cert_verify=True)
2026-12-01 12:19:47,838 - DEBUG - Matrix Response: code=502, b'<html>Bad Gateway</html>'
"""
MATRIX_SLOW_DOWN = """\
2026-12-01 12:19:47,838 - DEBUG - Matrix Response: code=429, b'{"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 10}'
2026-12-01 12:19:47,838 - WARNING - Matrix server requested we throttle back 10ms; retries left 0.
"""
SMTP_TOO_LARGE = """\
2026-12-01 12:20:03,647 - DEBUG - Socket Exception: (552, b'Error: message size exceeds fixed maximum message size', 'v@x.org')
2026-12-01 12:20:03,648 - WARNING - Sending email to "a@b.org" failed.
"""
SMTP_NO_SUCH_USER = """\
2026-12-01 12:20:18,795 - DEBUG - Socket Exception: {'nobody@b.org': (550, b'5.1.1 No such user')}
2026-12-01 12:20:18,796 - WARNING - Sending email to "nobody@b.org" failed.
"""
SMTP_WRONG_PASSWORD = """\
2026-12-01 12:20:18,687 - WARNING - Connection error while submitting email to "smtp.example.org"
2026-12-01 12:20:18,687 - DEBUG - Socket Exception: (535, b'5.7.8 Authentication credentials invalid')
"""
SMTP_GREYLISTED = """\
2026-12-01 12:20:18,795 - DEBUG - Socket Exception: {'a@b.org': (451, b'4.7.1 Greylisted, try again later')}
"""
SMTP_DOWN = """\
2026-12-01 12:20:18,818 - WARNING - Connection error while submitting email to "127.0.0.1"
2026-12-01 12:20:18,818 - DEBUG - Socket Exception: [Errno 111] Connection refused
2026-12-01 12:20:18,819 - DEBUG - E-Mail send() completed in 0.02s.
"""
TELEGRAM_400 = """\
2026-12-01 12:20:18,818 - WARNING - Failed to send Telegram notification to 12315544: Bad Request - Unsupported Parameters., error=400.
"""


@pytest.mark.parametrize(
    ("log", "cause", "permanent", "detail"),
    [
        (MATRIX_413, "too_large", True, "HTTP 413 M_TOO_LARGE event too large"),
        (MATRIX_WRONG_PASSWORD, "credentials", True, "HTTP 403"),
        (
            MATRIX_NOT_INVITED,
            "not_in_room",
            True,
            "HTTP 403 M_FORBIDDEN You are not invited to this room.",
        ),
        (MATRIX_DOWN_SERVER, "server_error", False, "HTTP 502"),
        (MATRIX_SLOW_DOWN, "rate_limited", False, "HTTP 429 M_LIMIT_EXCEEDED"),
        (
            SMTP_TOO_LARGE,
            "too_large",
            True,
            "SMTP 552 Error: message size exceeds fixed maximum message size",
        ),
        (SMTP_NO_SUCH_USER, "recipient_refused", True, "SMTP 550 5.1.1 No such user"),
        (
            SMTP_WRONG_PASSWORD,
            "credentials",
            True,
            "SMTP 535 5.7.8 Authentication credentials invalid",
        ),
        (SMTP_GREYLISTED, "server_error", False, "SMTP 451 4.7.1 Greylisted, try again later"),
        (SMTP_DOWN, "unreachable", False, "[Errno 111] Connection refused"),
        (TELEGRAM_400, "refused", True, "HTTP 400"),
        ("", "unknown", False, ""),
    ],
)
def test_each_failure_has_its_cause(log, cause, permanent, detail):
    failure = classify_failure(log)

    assert (failure.cause, failure.permanent, failure.detail) == (cause, permanent, detail)
