"""Links as they identify a page: the same call page or document gets the same link.

TYPO3 adds a cHash (and backPid) that changes with the page you came from; trackers
add utm_* and the like. None of them identifies the call, so none of them is kept.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

NOISE_PARAMS = {"chash", "backpid", "fbclid", "gclid", "mc_cid", "mc_eid", "_ga"}
NOISE_SUFFIXES = ("[backpid]",)


def _is_noise(name: str) -> bool:
    lowered = name.lower()
    return lowered in NOISE_PARAMS or lowered.startswith("utm_") or lowered.endswith(NOISE_SUFFIXES)


def canonical_link(url: str) -> str:
    """Lowercase scheme and host, no fragment, no tracking or TYPO3 cache parameters.

    >>> canonical_link("https://WWW.Culture.be/detail/?tx_ttnews[tt_news]=42&tx_ttnews[backPid]=7&cHash=ab#top")
    'https://www.culture.be/detail/?tx_ttnews%5Btt_news%5D=42'
    >>> canonical_link("https://fse.be/appel/?utm_source=x")
    'https://fse.be/appel/'
    """
    parts = urlsplit(url.strip())
    kept = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_noise(key)
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(kept), "")
    )
