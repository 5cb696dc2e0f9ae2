"""Logs a person can read by default; one JSON object per line for machines on request.

Every record passes through a filter that masks credentials in URLs
(`scheme://user:password@host` -> `scheme://***@host`), whatever library logged them.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

CREDENTIALS = re.compile(r"([a-z][a-z0-9+.-]*://)[^/\s@?#]+@", re.IGNORECASE)
TEXT_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def mask(text: str) -> str:
    """Hide the credentials of any URL in a log message.

    >>> mask("login to matrix://bot:pw@hs.example/!room failed")
    'login to matrix://***@hs.example/!room failed'
    """
    return CREDENTIALS.sub(r"\1***@", text)


class MaskCredentials(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_text:
            entry["exception"] = record.exc_text
        elif record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(log_format: str = "text", level: int = logging.INFO) -> None:
    """Configure the root logger once, on stderr (systemd's journal keeps it)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    handler.addFilter(MaskCredentials())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
