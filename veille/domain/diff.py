"""What changed between two versions of a text, word by word (a note's history).

>>> word_changes("Nous déposons avec ASBL B", "Nous déposons seuls")
[('same', 'Nous déposons'), ('removed', 'avec ASBL B'), ('added', 'seuls')]
>>> word_changes("", "Premier jet")
[('added', 'Premier jet')]
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

Change = Literal["same", "added", "removed"]


def word_changes(old: str, new: str) -> list[tuple[Change, str]]:
    """The words kept, removed and added from `old` to `new`, in reading order."""
    before, after = re.findall(r"\S+", old), re.findall(r"\S+", new)
    found: list[tuple[Change, str]] = []

    def add(change: Change, words: list[str]) -> None:
        if words:
            found.append((change, " ".join(words)))

    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for operation, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if operation == "equal":
            add("same", before[a_start:a_end])
        else:
            add("removed", before[a_start:a_end])
            add("added", after[b_start:b_end])
    return found
