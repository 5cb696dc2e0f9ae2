"""Belgian e-Procurement (publicprocurement.be): anonymous token, then the search API.

The SPA's public client secret is read from env.config.js at every run (never stored
here), exchanged for a short-lived token, then publications are searched
(research/sources.md section 11). Low volume: a few pages, sorted by date.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit

import scrapy

from veille.crawler.spiders.base import SourceSpider

SECRET = re.compile(r"""client_?secret["']?\s*[:=]\s*["']([^"']+)["']""", re.IGNORECASE)
TOKEN_PATH = "/auth/realms/supplier/protocol/openid-connect/token"
WORKSPACE = "https://www.publicprocurement.be/publication-workspaces/{id}/general"


def in_language(entries: list[dict[str, Any]] | None, languages: list[str]) -> str:
    by_language = {str(e.get("language", "")).lower(): e.get("text") or "" for e in entries or []}
    return next(
        (by_language[lang] for lang in languages if by_language.get(lang)),
        next(iter(by_language.values()), ""),
    )


class BosaSpider(SourceSpider):
    known_call = True  # active publications: each one is a tender one can answer

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
            "client_id": self.source.options.get("client_id", "frontend-public"),
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
        yield self.search_request(token, 1)

    def search_request(self, token: str, page: int) -> scrapy.Request:
        body: dict[str, Any] = {
            "includeOrganisationChildren": True,
            "page": page,
            "pageSize": int(self.source.options.get("page_size", 100)),
        }
        if self.source.options.get("terms"):
            body["terms"] = self.source.options["terms"]
        return scrapy.Request(
            self.start_urls[0],
            method="POST",
            body=json.dumps(body),
            dont_filter=True,
            headers={
                "Authorization": f"Bearer {token}",
                "Account-Type": "public",
                "BelGov-Trace-Id": str(uuid.uuid4()),
                "Content-Type": "application/json",
                "Accept-Language": self.source.languages[0],
            },
            callback=self.parse,
            cb_kwargs={"token": token, "page": page},
        )

    def parse(
        self, response: scrapy.http.Response, token: str = "", page: int = 1, **kwargs: Any
    ) -> Iterator[Any]:
        envelope = self.json_object(response)
        if envelope is None:
            return
        publications = envelope.get("publications") or []
        yield from self.each_record(
            publications,
            lambda p: self.publication_call(p) if self.wanted(p) else None,
            response.url,
        )
        size = int(self.source.options.get("page_size", 100))
        max_pages = int(self.source.options.get("max_pages", 3))
        if (
            isinstance(publications, list)
            and publications
            and page * size < int(envelope.get("totalCount") or 0)
            and page < max_pages
        ):
            yield self.search_request(token, page + 1)

    def wanted(self, publication: dict[str, Any]) -> bool:
        """Kept when a CPV code has one of the prefixes, or the buyer matches `buyers`."""
        options = self.source.options
        if options.get("skip_ted_published") and publication.get("tedPublished"):
            return False  # the TED source has it already
        codes = [(publication.get("cpvMainCode") or {}).get("code", "")]
        codes += [c.get("code", "") for c in publication.get("cpvAdditionalCodes") or []]
        prefixes = tuple(str(p) for p in options.get("cpv_prefixes", []))
        buyers = options.get("buyers")
        names = " ".join(
            n.get("text", "")
            for n in (publication.get("organisation") or {}).get("organisationNames") or []
        )
        if not prefixes and not buyers:
            return True
        if prefixes and any(code.startswith(prefixes) for code in codes):
            return True
        return bool(buyers and re.search(str(buyers), names, re.IGNORECASE))

    def publication_call(self, publication: dict[str, Any]) -> dict[str, Any]:
        languages = list(self.source.languages)
        dossier = publication.get("dossier") or {}
        organisation = publication.get("organisation") or {}
        lots = [lot.get("title", "") for lot in publication.get("lots") or []]
        cpv = (publication.get("cpvMainCode") or {}).get("code", "")
        return self.raw_call(
            source_id=publication["publicationWorkspaceId"],
            url=WORKSPACE.format(id=publication["publicationWorkspaceId"]),
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
            reference=publication.get("referenceNumber"),
        )
