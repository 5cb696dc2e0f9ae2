"""What every source spider shares: it is built from a configured Source."""

from __future__ import annotations

from typing import Any

import scrapy

from veille.config.schema import Source


class SourceSpider(scrapy.Spider):
    """A spider for one configured source. Subclasses only parse; pipelines store."""

    name = "source"
    # True for sources that publish only things one can apply to (grant or tender APIs).
    known_call = False

    def __init__(self, source: Source, **kwargs: Any):
        super().__init__(name=source.name, **kwargs)
        self.source = source
        self.start_urls = list(source.start_urls)

    def raw_call(self, **fields: Any) -> dict[str, Any]:
        """A raw item carrying the source's defaults; fields given here win."""
        return {
            "source": self.source.name,
            "funder": self.source.funder,
            "kind": self.source.kind,
            "lang": self.source.languages[0],
            "regions": list(self.source.regions),
            "known_call": self.known_call,
            **{key: value for key, value in fields.items() if value not in (None, "", [])},
        }
