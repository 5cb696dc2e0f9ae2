"""Belgian e-Procurement (publicprocurement.be): anonymous token, then the search API.

The site's own search page gets an anonymous token with a public client secret that every
browser receives in `/env.config.js`; it is read there at every run (never stored here),
exchanged for a short-lived token, then publications are searched, newest first. The API
is unofficial, so a crawl reads only a few pages. A publication's deadline
(`vaultSubmissionDeadline`) has no offset: it is Brussels time.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any
from urllib.parse import urlencode, urlsplit

import scrapy

from veille.config.sources import BosaOptions, BosaSource
from veille.crawler.spiders.base import raw_call
from veille.crawler.spiders.json_api import PagedJsonApiSpider
from veille.domain.raw_call import RawCall

SECRET = re.compile(r"""client_?secret["']?\s*[:=]\s*["']([^"']+)["']""", re.IGNORECASE)
TOKEN_PATH = "/auth/realms/supplier/protocol/openid-connect/token"
WORKSPACE = "https://www.publicprocurement.be/publication-workspaces/{id}/general"


def in_language(entries: list[dict[str, Any]] | None, languages: Sequence[str]) -> str:
    by_language = {str(e.get("language", "")).lower(): e.get("text") or "" for e in entries or []}
    return next(
        (by_language[lang] for lang in languages if by_language.get(lang)),
        next(iter(by_language.values()), ""),
    )


def wanted(publication: dict[str, Any], options: BosaOptions) -> bool:
    """Kept when a CPV code has one of the prefixes, or the buyer matches `buyers`."""
    if options.skip_ted_published and publication.get("tedPublished"):
        return False  # the TED source has it already
    codes = [(publication.get("cpvMainCode") or {}).get("code", "")]
    codes += [c.get("code", "") for c in publication.get("cpvAdditionalCodes") or []]
    prefixes = tuple(options.cpv_prefixes)
    names = " ".join(
        n.get("text", "")
        for n in (publication.get("organisation") or {}).get("organisationNames") or []
    )
    if not prefixes and not options.buyers:
        return True
    if prefixes and any(code.startswith(prefixes) for code in codes):
        return True
    return bool(options.buyers and re.search(options.buyers, names, re.IGNORECASE))


def publication_call(publication: dict[str, Any], source: BosaSource) -> RawCall:
    """The call a publication describes, in the source's languages.

    A publication without its workspace id (the address of its page) is malformed.
    """
    languages = list(source.languages)
    dossier = publication.get("dossier") or {}
    organisation = publication.get("organisation") or {}
    lots = [lot.get("title", "") for lot in publication.get("lots") or []]
    cpv = (publication.get("cpvMainCode") or {}).get("code", "")
    workspace = publication["publicationWorkspaceId"]
    if not workspace:
        raise ValueError("a publication without publicationWorkspaceId")
    return raw_call(
        source,
        known_call=True,  # active publications: each one is a tender one can answer
        source_id=str(workspace),
        url=WORKSPACE.format(id=workspace),
        title=in_language(dossier.get("titles"), languages) or dossier.get("referenceNumber"),
        summary=in_language(organisation.get("organisationNames"), languages),
        text="\n".join(
            filter(
                None,
                [
                    in_language(dossier.get("descriptions"), languages),
                    *lots,
                    f"CPV: {cpv}" if cpv else "",
                ],
            )
        ),
        published=publication.get("publicationDate"),
        deadline=publication.get("vaultSubmissionDeadline"),  # no offset: Brussels time
    )


class BosaSpider(PagedJsonApiSpider):
    source: BosaSource
    records_key = "publications"
    total_key = "totalCount"

    def __init__(self, source: BosaSource, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.page_size = source.options.page_size
        self.max_pages = source.options.max_pages
        self.token = ""  # the anonymous access token, fetched at the start of each crawl

    def origin(self) -> str:
        parts = urlsplit(self.start_urls[0])
        return f"{parts.scheme}://{parts.netloc}"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(
            f"{self.origin()}/env.config.js", callback=self.parse_env, dont_filter=True
        )

    def parse_env(self, response: scrapy.http.Response) -> Iterator[scrapy.Request]:
        found = SECRET.search(response.text)
        if not found:
            self.logger.error("no client secret in %s: the token flow has changed", response.url)
            return
        form = {
            "grant_type": "client_credentials",
            "client_id": self.source.options.client_id,
            "client_secret": found.group(1),
        }
        yield scrapy.Request(
            self.origin() + TOKEN_PATH,
            method="POST",
            body=urlencode(form),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            callback=self.parse_token,
            dont_filter=True,
        )

    def parse_token(self, response: scrapy.http.Response) -> Iterator[scrapy.Request]:
        answer = self.json_object(response) or {}
        token = answer.get("access_token")
        if not token:
            self.logger.error("token endpoint %s gave no access_token", response.url)
            return
        self.token = str(token)
        yield self.page_request(1)

    def page_request(self, page: int) -> scrapy.Request:
        body: dict[str, Any] = {
            "includeOrganisationChildren": True,
            "page": page,
            "pageSize": self.page_size,
        }
        if self.source.options.terms:
            body["terms"] = self.source.options.terms
        return self.api_request(
            self.start_urls[0],
            page,
            json.dumps(body),
            headers={
                "Authorization": f"Bearer {self.token}",
                "Account-Type": "public",
                "BelGov-Trace-Id": str(uuid.uuid4()),
                "Content-Type": "application/json",
                "Accept-Language": self.source.languages[0],
            },
        )

    def from_record(self, record: dict[str, Any]) -> RawCall | None:
        return (
            publication_call(record, self.source) if wanted(record, self.source.options) else None
        )
