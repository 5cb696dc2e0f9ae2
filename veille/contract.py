"""The contract commands' line protocol: JSON Lines in, one JSON line out per input.

A malformed line gets an error on stderr naming its line number; the other lines
are still answered, and the caller learns through the return value that something
was wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TextIO

from veille.domain.classify import Classifier
from veille.domain.dates import read_dates


class BadLine(ValueError):
    pass


def process_lines(
    lines: Iterable[str],
    answer: Callable[[dict[str, Any]], dict[str, Any]],
    out: TextIO,
    err: TextIO,
) -> int:
    """Answer each line; return the number of lines that could not be answered."""
    failures = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or "id" not in record:
                raise BadLine('expected a JSON object with an "id"')
            result = answer(record)
        except (ValueError, TypeError) as error:
            failures += 1
            print(f"line {number}: {error}", file=err)
            continue
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return failures


def _text(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadLine(f'"{name}" must be a string')
    return value


def classify_answer(classifier: Classifier) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def answer(record: dict[str, Any]) -> dict[str, Any]:
        verdict = classifier.classify(
            _text(record, "title"),
            _text(record, "summary"),
            _text(record, "text"),
            record.get("lang"),
            url=_text(record, "url") or None,
        )
        full = verdict.to_dict()
        return {
            "id": record["id"],
            "relevant": verdict.relevant,
            "topics": list(verdict.topics),
            "score": verdict.score,
            "matches": full["matches"],
            "is_call": verdict.is_call,
            "reasons": list(verdict.reasons),
            "uncertain": verdict.uncertain,
            "doubts": full["doubts"],
        }

    return answer


def dates_answer(record: dict[str, Any]) -> dict[str, Any]:
    reference = record.get("reference_date")
    try:
        reference_date = date.fromisoformat(reference) if reference else None
    except (TypeError, ValueError):
        raise BadLine('"reference_date" must be YYYY-MM-DD') from None
    reading = read_dates(_text(record, "text"), reference_date, record.get("lang"))
    found = reading.deadline
    closed = found is not None and found.closed
    # a closed call answers no deadline: the day it closed, when known, stands apart
    open_date = found.date if found and not closed else None
    answer: dict[str, Any] = {
        "id": record["id"],
        "deadline": open_date.isoformat() if open_date else None,
        "time": found.time.strftime("%H:%M") if found and found.time and not closed else None,
        "permanent": bool(found and found.permanent),
        "kind": reading.kind,  # deadline | recurring | permanent | closed | none
    }
    if found is not None and closed:  # only then: the other answers keep their keys
        answer["closed_on"] = found.date.isoformat() if found.date else None
    return answer
