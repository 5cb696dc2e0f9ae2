"""A learned second opinion on the rules' verdict, inside the "to check" band (issue 14, round 14).

A logistic layer over the rules' own evidence and the words of the title and summary,
trained (`make train`, tools/train_second_opinion.py) on the rules' verdicts of before each
blind set was released: the rules' honest errors. When the weights file says it `decides`,
it turns the rules' flag where its probability crosses 0.5, and every page it turns either
way stays in the "to check" band with its words (a flag it drops is shown, never hidden);
a page dropped by both but likely enough is shown "to check" too (docs/quality.md, "Round
14"). Its weights are a versioned JSON file shipped in the repository
(config/defaults/second_opinion.json); a broken file is logged and the rules decide alone.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from veille.domain.logistic import sigmoid
from veille.domain.text import NUMBER_WORDS, Token, fold, light_stem, tokenize

log = logging.getLogger(__name__)
Features = dict[str, float]
FORMAT = 1  # the weights file's format; a file of another format is refused
EVIDENCE_GROUPS = ("insertion", "mentoring", "call", "not_call", "off_topic")
# the feature families a weights file may use beyond the rules' evidence and the words
# ("u:" the address's path words, "h:" its site, "t0:" the title's shape)
EXTRA_FAMILIES = ("url", "url+host", "url folders", "shape")


class SecondOpinionError(ValueError):
    """The weights file cannot be used (the rules then decide alone)."""


@dataclass(frozen=True)
class RulesReading:
    """What the layer reads of the rules' verdict."""

    evidence: Mapping[str, float]
    subject_gap: float  # the best subject's evidence minus its line
    call_gap: float  # call margin minus its line
    relevant: bool
    is_call: bool
    uncertain: bool


def rule_features(reading: RulesReading) -> Features:
    """The rules' evidence, scaled to about one."""
    found: Features = {"bias": 1.0, "rules:relevant": float(reading.relevant)}
    found["rules:call"] = float(reading.is_call)
    found["rules:uncertain"] = float(reading.uncertain)
    for group in EVIDENCE_GROUPS:
        if reading.evidence.get(group):
            found[f"rules:{group}"] = reading.evidence[group] / 5.0
    found["rules:subject margin"] = max(-3.0, min(3.0, reading.subject_gap / 5.0))
    found["rules:call margin"] = max(-3.0, min(3.0, reading.call_gap / 5.0))
    return found


def _kept(norm: str) -> bool:
    # numbers and years are dropped: the blind sets were written in one year, and a layer
    # that learns "2023" learns their authors, not calls
    return len(norm) > 2 and not any(c.isdigit() for c in norm) and norm not in NUMBER_WORDS


Read = Mapping[str, tuple[Sequence[Token], Sequence[str]]]  # field -> its tokens and stems


def word_features(
    title: str, summary: str, lang: str, read: Read | None = None
) -> tuple[Features, dict[str, str]]:
    """Word uni- and bigrams of the title ("t:") and summary ("s:"), folded and lightly
    stemmed; and, per feature, the words as first written (for the reasons). `read`: the
    fields' tokens and stems when the classifier has them (the same, without a second pass)."""
    found: Features = {}
    sources: dict[str, tuple[Token, ...]] = {}
    for prefix, name, value in (("t", "title", title), ("s", "summary", summary)):
        if read is not None and name in read:
            pairs = [(t, s) for t, s in zip(*read[name], strict=True) if _kept(t.norm)]
        else:
            pairs = [(t, light_stem(t.norm, lang)) for t in tokenize(value) if _kept(t.norm)]
        for token, stem in pairs:
            key = f"{prefix}:{stem}"
            found[key] = 1.0
            if key not in sources:
                sources[key] = (token,)
        for (a, sa), (b, sb) in itertools.pairwise(pairs):
            key = f"{prefix}:{sa} {sb}"
            found[key] = 1.0
            if key not in sources:
                sources[key] = (a, b)
    # the words as written, made only when asked for (the reasons name three of them)
    written = _Written(sources)
    return found, written


class _Written(dict[str, str]):
    """feature -> its words as first written, lowercased, computed on demand."""

    def __init__(self, sources: dict[str, tuple[Token, ...]]) -> None:
        super().__init__()
        self.sources = sources

    def __missing__(self, key: str) -> str:
        value = " ".join(t.text for t in self.sources[key]).lower()
        self[key] = value
        return value


_URL_SPLIT = re.compile(r"[/\-_.?=&#%+~:;,]+")
# a path filed by date (/2026/01/14/, /2025/jan/): a news archive, whatever its words
_DATED = re.compile(r"/(?:19|20)\d\d/(?:\d\d?|[a-z]{3,9})/")


def url_features(url: str | None, host: bool = False, last: bool = True) -> Features:
    """The words of the page's address ("u:"), split on / - _ . and folded: real sites file
    news, events, jobs and results under paths that say so (/actualites/, /vacatures/,
    /results/) and calls under others (/appels-a-projets/, /funding/). Numbers dropped as for
    the words; `host`: the site's name as one more feature ("h:"); `last`: the last part of
    the path too (often the title again), not only its folders. No address, no feature."""
    if not url:
        return {}
    rest = url.split("://", 1)[-1]
    site, _, path = rest.partition("/")
    if not last:
        path = path.split("?", 1)[0].rstrip("/").rpartition("/")[0]
    found: Features = {f"u:{w}": 1.0 for w in _URL_SPLIT.split(fold(path).lower()) if _kept(w)}
    if _DATED.search(f"/{path.lower()}"):
        found["u:(dated)"] = 1.0
    if host and site:
        found[f"h:{site.lower().removeprefix('www.')}"] = 1.0
    return found


def shape_features(title: str) -> Features:
    """The title's shape ("t0:"): its first word and first two words, whether it asks a
    question or holds a colon, its length in words (bucketed): "Lauréats de ...", "How to
    ...?", "Appel à projets : ..." are genres before they are subjects."""
    words = [w for w in fold(title).lower().split() if any(c.isalpha() for c in w)]
    found: Features = {}
    if words:
        found[f"t0:{words[0]}"] = 1.0
        if len(words) > 1:
            found[f"t0:{words[0]} {words[1]}"] = 1.0
    if title.rstrip().endswith("?"):
        found["t0:?"] = 1.0
    if ":" in title:
        found["t0::"] = 1.0
    found[f"t0:len {min(len(words) // 4, 5)}"] = 1.0
    return found


def extra_features(families: Sequence[str], title: str, url: str | None) -> Features:
    """The features of `families` (EXTRA_FAMILIES) for one page."""
    found: Features = {}
    for family in families:
        if family == "shape":
            found.update(shape_features(title))
        else:
            found.update(url_features(url, host=family == "url+host", last=family != "url folders"))
    return found


def _named(feature: str) -> str:
    """An address or shape feature as the reasons name it: "/actualites/", "title '?'"."""
    family, _, value = feature.partition(":")
    if family == "u":
        return "a dated address" if value == "(dated)" else f"/{value}/"
    if family == "h":
        return value
    return f"title '{value}'"


def char_features(title: str, summary: str) -> Features:
    """Character 4-grams, digits dropped (measured in the bench, not shipped)."""
    text = "".join(c for c in f"{title} {summary}".lower() if not c.isdigit())
    return {f"c:{text[i : i + 4]}": 1.0 for i in range(len(text) - 3)}


@dataclass(frozen=True)
class Opinion:
    """The layer's reading of one page."""

    probability: float  # that the page is a relevant call
    turns: bool  # the layer decides, and turns the rules' verdict
    shows: bool  # dropped by both, but likely enough to be shown "to check"
    doubts: bool  # flagged by the rules, the layer (not deciding) doubts it
    words: list[str]  # the words that weighed most towards its opinion, as written


@dataclass(frozen=True)
class SecondOpinion:
    version: str
    weights: Mapping[str, float]
    show_above: float  # an unflagged page with p >= this is shown "to check"
    doubt_below: float  # a flagged page with p < this is marked uncertain
    # whether it changes flags (p >= 0.5), chosen by bench/second_opinion_loso.py's rule;
    # a verdict it turns is marked uncertain with its words either way
    decides: bool = False
    families: tuple[str, ...] = ()  # of EXTRA_FAMILIES, the ones its weights were trained on

    def read(
        self,
        reading: RulesReading,
        title: str,
        summary: str,
        lang: str,
        read: Read | None = None,
        limit: int = 3,
        url: str | None = None,
    ) -> Opinion:
        words, written = word_features(title, summary, lang, read)
        if self.families:
            more = extra_features(self.families, title, url)
            words.update(more)
            written.update({f: _named(f) for f in more})
        weights = self.weights
        z = sum(weights.get(f, 0.0) * v for f, v in rule_features(reading).items())
        weighed = [(w, f) for f in words if (w := weights.get(f))]
        z += sum(w for w, _f in weighed)
        p = sigmoid(z)
        turns = self.decides and (p >= 0.5) != reading.relevant
        relevant = reading.relevant != turns
        shows = not relevant and not turns and p >= self.show_above
        doubts = not self.decides and reading.relevant and p < self.doubt_below
        # the words pushing the way the layer leans
        sign = 1.0 if p >= 0.5 or shows else -1.0
        pushing = sorted(((sign * w, f) for w, f in weighed if sign * w > 0), reverse=True)
        names = list(dict.fromkeys(written[f] for _w, f in pushing[: limit * 2]))[:limit]
        return Opinion(p, turns, shows, doubts, names)


def parse(raw: Any) -> SecondOpinion:
    """The layer from its file's content; SecondOpinionError says what is wrong."""
    if not isinstance(raw, dict):
        raise SecondOpinionError("the file is not a JSON object")
    if raw.get("format") != FORMAT:
        raise SecondOpinionError(f"format {raw.get('format')!r}, expected {FORMAT}")
    for key in ("version", "weights", "show_above", "doubt_below", "training_sets"):
        if key not in raw:
            raise SecondOpinionError(f"'{key}' is missing")
    weights = raw["weights"]
    if not isinstance(weights, dict) or not all(
        isinstance(k, str) and isinstance(v, int | float) and math.isfinite(v)
        for k, v in weights.items()
    ):
        raise SecondOpinionError("'weights' must map feature names to finite numbers")
    show, doubt = raw["show_above"], raw["doubt_below"]
    if not all(isinstance(x, int | float) and 0.0 <= x <= 1.0 for x in (show, doubt)):
        raise SecondOpinionError("'show_above' and 'doubt_below' must be between 0 and 1")
    decides = raw.get("decides", False)
    if not isinstance(decides, bool):
        raise SecondOpinionError("'decides' must be true or false")
    families = raw.get("families", [])
    if not isinstance(families, list) or not all(f in EXTRA_FAMILIES for f in families):
        raise SecondOpinionError(f"'families' must be a list of {', '.join(EXTRA_FAMILIES)}")
    return SecondOpinion(
        str(raw["version"]), dict(weights), float(show), float(doubt), decides, tuple(families)
    )


def load(path: Path) -> SecondOpinion | None:
    """The layer of `path`; a missing or broken file is logged and gives None (the rules
    alone)."""
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        log.error("second opinion %s not used, the rules decide alone: %s", path, error)
        return None


def problem(path: Path) -> str | None:
    """Why the layer of `path` cannot be used (None: it can), for `veille doctor`."""
    try:
        parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        return str(error)
    return None


def shipped_path() -> Path:
    return Path(str(resources.files("veille.config") / "defaults" / "second_opinion.json"))


@lru_cache(maxsize=1)
def shipped() -> SecondOpinion | None:
    """The layer shipped with Veille (config/defaults/second_opinion.json)."""
    return load(shipped_path())


__all__ = [
    "Opinion",
    "RulesReading",
    "SecondOpinion",
    "SecondOpinionError",
    "char_features",
    "extra_features",
    "load",
    "parse",
    "problem",
    "rule_features",
    "shape_features",
    "shipped",
    "shipped_path",
    "url_features",
    "word_features",
]
