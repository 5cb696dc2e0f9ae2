"""URL normalisation for deduplication: the same call page gets the same key.

The rule lives in the domain (`veille.domain.links`), where stored links are compared too.
"""

from __future__ import annotations

from veille.domain.links import canonical_link as normalize_url

__all__ = ["normalize_url"]
