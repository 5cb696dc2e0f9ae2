"""What a valid sources.yaml looks like: one model per source type, with its own options.

A source's `type` (and, for `json_api`, its `options.api`) picks its model; each model lists
every option its spider reads, with the default the spider uses, and refuses any other key,
so a misspelt option (`max_page: 5`) is an error with its file and line, not a silent default.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Discriminator, Field, Tag, field_validator, model_validator

from veille.config.schema import Slug, Strict, check_cron
from veille.domain.vocabulary import Kind, Language

JSON_APIS = ("ted", "bosa", "swiftype")  # what options.api may name for a json_api source
SWIFTYPE_SEARCH = "https://search-api.swiftype.com/api/v1/public/engines/search.json"


def check_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"not a valid regular expression: {error}") from None
    return pattern


Regex = Annotated[str, AfterValidator(check_regex)]
PageCount = Annotated[int, Field(ge=1)]


# --- options ----------------------------------------------------------------------------


class CommonOptions(Strict):
    """Read for every source type."""

    timeout: float | None = Field(default=None, gt=0)  # seconds per request (crawl default 30)


class GoneOptions(Strict):
    """Types whose source lists every call it has, so a call it stops listing is gone
    (veille.domain.presence); a feed, carrying only its latest items, has no such option."""

    gone_after: PageCount = 2  # complete crawls in a row without a call before it is withdrawn


class AttachmentOptions(CommonOptions):
    """Types that fetch the documents linked from a call (PDF, DOCX, ODT)."""

    attachments: bool = True  # false: do not download attachments


class PageOptions(AttachmentOptions):
    """Types whose call pages are read by generic extraction."""

    id_pattern: Regex | None = None  # its match in the text becomes the call's stable id


class ListingOptions(PageOptions, GoneOptions):
    max_listing_pages: PageCount = 20  # listing pages followed, the start pages included


class SitemapOptions(PageOptions, GoneOptions):
    sitemap_follow: Regex = "."  # which child sitemaps of a sitemap index to read


class SectionsOptions(AttachmentOptions, GoneOptions):
    container: Regex | None = None  # the heading above the calls (none: every `heading`)
    heading: Literal["h1", "h2", "h3", "h4", "h5", "h6"] = "h3"  # each call's heading


class SediaOptions(CommonOptions, GoneOptions):
    """The EU Funding & Tenders search; codes as the portal's search API names them."""

    # frameworkProgramme ids, e.g. "43254019" (ESF+); none: every programme
    programmes: list[str] = Field(default_factory=list)
    # forthcoming, open for submission
    statuses: list[str] = Field(default_factory=lambda: ["31094501", "31094502"])
    # grant topics, calls for proposals, cascade funding
    types: list[str] = Field(default_factory=lambda: ["1", "2", "8"])
    # 100 results a page: 1,000 topics, far above what the configured programmes have open,
    # so a query whose filters the API ignored (millions of results) stops there
    max_pages: PageCount = 10


class TedOptions(CommonOptions, GoneOptions):
    api: Literal["ted"]
    query: str  # an expert query of TED's Search API v3
    scope: Literal["ACTIVE", "LATEST", "ALL"] = "ACTIVE"
    limit: PageCount = 100  # notices per page
    max_pages: PageCount = 5


class BosaOptions(CommonOptions, GoneOptions):
    api: Literal["bosa"]
    client_id: str = "frontend-public"  # the public client of the site's own search page
    page_size: PageCount = 100
    max_pages: PageCount = 3
    terms: str | None = None  # search words sent with the query
    skip_ted_published: bool = False  # true: leave out notices also published on TED
    # a publication is kept when a CPV code starts with one of these or its buyer matches
    # `buyers` (neither given: every publication is kept)
    cpv_prefixes: list[str] = Field(default_factory=list)
    buyers: Regex | None = None  # case-insensitive, on the buyer's names


class SwiftypeOptions(PageOptions, GoneOptions):
    api: Literal["swiftype"]
    query: str = ""  # search words; empty: everything the filters let through
    per_page: PageCount = 50
    filters: dict[str, Any] = Field(default_factory=dict)  # Swiftype's filters, sent as written
    search_url: str = Field(default=SWIFTYPE_SEARCH, pattern=r"^https?://[^/\s]+")
    max_pages: PageCount = 5


class Selectors(Strict):
    """CSS selectors refining the generic reading of a call page."""

    title: str | None = None
    text: str | None = None
    deadline: str | None = None


# --- sources ----------------------------------------------------------------------------


class SourceBase(Strict):
    name: Slug
    title: str
    funder: str
    kind: Kind = "call_for_projects"
    languages: list[Language] = Field(min_length=1)
    start_urls: list[str] = Field(min_length=1)
    schedule: str = "0 6 * * *"  # crontab line, Europe/Brussels
    regions: list[str] = Field(default_factory=list)
    enabled: bool = True

    @field_validator("schedule")
    @classmethod
    def _cron(cls, schedule: str) -> str:
        return check_cron(schedule)

    @field_validator("start_urls")
    @classmethod
    def _http_only(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if not re.match(r"^https?://[^/\s]+", url):
                raise ValueError(f"{url!r} is not an http(s) URL")
        return urls


class SediaSource(SourceBase):
    """The EU Funding & Tenders portal's search API (POST, JSON)."""

    type: Literal["sedia"]
    options: SediaOptions = SediaOptions()


class FeedSource(SourceBase):
    """An RSS or Atom feed; each entry is a candidate call."""

    type: Literal["feed"]
    options: AttachmentOptions = AttachmentOptions()


class ListingSource(SourceBase):
    """A listing page whose links (matching link_pattern) lead to one page per call."""

    type: Literal["listing"]
    link_pattern: Regex | None = None  # call-page URLs to follow
    next_pattern: Regex | None = None  # further listing pages to follow
    selectors: Selectors = Selectors()
    options: ListingOptions = ListingOptions()

    @model_validator(mode="after")
    def _needs_links(self) -> ListingSource:
        if not self.link_pattern:
            raise ValueError("a 'listing' source needs a link_pattern for its detail pages")
        return self


class SitemapSource(SourceBase):
    """A sitemap.xml or sitemap index; URLs matching link_pattern are call pages."""

    type: Literal["sitemap"]
    link_pattern: Regex | None = None  # none: every URL
    selectors: Selectors = Selectors()
    options: SitemapOptions = SitemapOptions()


class SectionsSource(SourceBase):
    """One page describing several calls, one per heading."""

    type: Literal["sections"]
    options: SectionsOptions = SectionsOptions()


class TedSource(SourceBase):
    """TED, the EU's procurement journal (Search API v3)."""

    type: Literal["json_api"]
    options: TedOptions


class BosaSource(SourceBase):
    """Belgian e-Procurement (publicprocurement.be), through its site's own search API."""

    type: Literal["json_api"]
    options: BosaOptions


class SwiftypeSource(SourceBase):
    """A Swiftype site search read without a browser; its result URLs are call pages."""

    type: Literal["json_api"]
    link_pattern: Regex | None = None  # which result URLs are call pages (none: all)
    selectors: Selectors = Selectors()
    options: SwiftypeOptions


def _source_tag(value: Any) -> str | None:
    """Which model reads a source: its type, and for a json_api source its options.api."""
    if not isinstance(value, dict):
        return None
    if value.get("type") == "json_api":
        options = value.get("options")
        return f"json_api:{options.get('api') if isinstance(options, dict) else None}"
    type_ = value.get("type")
    return type_ if isinstance(type_, str) else None


Source = Annotated[
    Annotated[SediaSource, Tag("sedia")]
    | Annotated[FeedSource, Tag("feed")]
    | Annotated[ListingSource, Tag("listing")]
    | Annotated[SitemapSource, Tag("sitemap")]
    | Annotated[SectionsSource, Tag("sections")]
    | Annotated[TedSource, Tag("json_api:ted")]
    | Annotated[BosaSource, Tag("json_api:bosa")]
    | Annotated[SwiftypeSource, Tag("json_api:swiftype")],
    Discriminator(
        _source_tag,
        custom_error_type="source_type",
        custom_error_message=(
            "type must be one of sedia, feed, listing, sitemap, sections, json_api, "
            f"and a json_api source needs options.api, one of {', '.join(JSON_APIS)}"
        ),
    ),
]
# the tags above: pydantic puts the one it chose in an error's location (config/loader.py)
SOURCE_TAGS = frozenset(
    {"sedia", "feed", "listing", "sitemap", "sections", *(f"json_api:{api}" for api in JSON_APIS)}
)
JsonApiSource = TedSource | BosaSource | SwiftypeSource
PageSource = ListingSource | SitemapSource | SwiftypeSource  # call pages read generically


class SourcesFile(Strict):
    sources: list[Source]

    @model_validator(mode="after")
    def _unique_names(self) -> SourcesFile:
        seen: set[str] = set()
        for source in self.sources:
            if source.name in seen:
                raise ValueError(f"two sources are named {source.name!r}")
            seen.add(source.name)
        return self
