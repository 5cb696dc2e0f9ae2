"""A small, deterministic logistic regression trainer (plain Python) for the second opinion.

AdaGrad SGD over sparse features; the weights are averaged over several orders of the
examples, since one order alone moved the learned layer's F1 by 0.03 (docs/quality.md).
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Mapping, Sequence

Features = dict[str, float]
RULES_PENALTY = 1e-4  # the rules' evidence ("rules:", "bias") is hardly penalised


def train(
    examples: Sequence[tuple[Features, bool]],
    *,
    epochs: int = 10,
    l2: float = 0.01,
    min_count: int = 2,
    orders: int = 5,
    seed: int = 14,
    l2_by_prefix: Mapping[str, float] | None = None,
) -> Features:
    """The weights, the mean over `orders` shuffles (seeded: the same examples give the same
    weights); features seen in fewer than `min_count` examples are dropped. `l2_by_prefix`:
    another penalty for the features of a family ("u:" -> 0.01): a page has a few address
    words against dozens of words, and one penalty for all would drown them."""
    seen = Counter(f for x, _y in examples for f in x)
    names = sorted(f for f, n in seen.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    by_prefix = dict(l2_by_prefix or {})

    def penalty_of(name: str) -> float:
        if name.startswith(("rules:", "bias")):
            return RULES_PENALTY
        return by_prefix.get(name.split(":", 1)[0] + ":", l2)

    penalty = [penalty_of(f) for f in names]
    rows = [
        (
            [index[f] for f in sorted(x) if f in index],
            [x[f] for f in sorted(x) if f in index],
            1.0 if y else 0.0,
        )
        for x, y in examples
    ]
    total = [0.0] * len(names)
    for run in range(orders):
        weights = [0.0] * len(names)
        squares = [1e-8] * len(names)
        rng = random.Random(seed + run)
        order = list(range(len(rows)))
        for _ in range(epochs):
            rng.shuffle(order)
            for k in order:
                ids, values, y = rows[k]
                z = 0.0
                for i, v in zip(ids, values, strict=True):
                    z += weights[i] * v
                error = sigmoid(z) - y
                for i, v in zip(ids, values, strict=True):
                    g = error * v + penalty[i] * weights[i]
                    squares[i] += g * g
                    weights[i] -= 0.5 * g / math.sqrt(squares[i])
        for i, w in enumerate(weights):
            total[i] += w
    return {f: round(total[i] / orders, 6) for i, f in enumerate(names) if total[i]}


def prune(weights: Features, below: float) -> Features:
    """The weights without the word weights under `below` (the rules' evidence all kept):
    a smaller file, fewer look-ups per page."""
    return {f: w for f, w in weights.items() if abs(w) >= below or f.startswith(("rules:", "bias"))}


def sigmoid(z: float) -> float:
    """The probability of a score, clipped so that exp never overflows."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def predict(weights: Features, x: Features) -> float:
    return sigmoid(sum(weights.get(f, 0.0) * v for f, v in x.items()))
