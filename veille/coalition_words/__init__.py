"""The coalition's work on a call in words: the values of its lists (labels), who fits a
call and why (fits), what members said and did (history). Shared by pages and messages."""

from veille.coalition_words.fits import FitWords, ReasonWords, fits_in_words, reason_words
from veille.coalition_words.history import (
    MarkChangeWords,
    NoteWords,
    OutcomeWords,
    action_words,
    day_words,
    mark_change_words,
    marks_in_words,
    note_words,
    outcome_words,
)
from veille.coalition_words.labels import value_label, value_labels

__all__ = [
    "FitWords",
    "MarkChangeWords",
    "NoteWords",
    "OutcomeWords",
    "ReasonWords",
    "action_words",
    "day_words",
    "fits_in_words",
    "mark_change_words",
    "marks_in_words",
    "note_words",
    "outcome_words",
    "reason_words",
    "value_label",
    "value_labels",
]
