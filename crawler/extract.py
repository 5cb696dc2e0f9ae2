"""Generic extraction from an HTML page: title, main text, dates and attachments.

Works on any call page without selectors; selectors given in a source only refine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import urljoin, urlparse

from bs4 import BeautifulSoup, Tag

from veille.config.sources import Selectors

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".rtf")
BOILERPLATE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg")
MAIN_CANDIDATES = ("main", "article", "[role=main]", "#content", "#main", ".content", ".main")
BLOCKS = (
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "table",
    "section",
    "article",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "hr",
    "header",
    "footer",
    "main",
)
WHITESPACE = re.compile(r"[ \t\r\f\v\xa0]+")
BLANK_LINES = re.compile(r"\n\s*\n+")


@dataclass
class PageContent:
    title: str = ""
    text: str = ""
    summary: str = ""
    lang: str | None = None
    published: str | None = None
    attachments: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


def clean_text(text: str) -> str:
    lines = (WHITESPACE.sub(" ", line).strip() for line in text.splitlines())
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def block_text(node: Tag) -> str:
    """Text with line breaks between blocks only.

    Inline tags (<strong>, <a>) stay in their sentence.
    """
    for block in node.find_all(BLOCKS):
        block.insert_after("\n")
        if block.name in ("br", "hr"):
            continue
        block.insert_before("\n")
    return clean_text(node.get_text())


def html_to_text(html: str) -> str:
    """Readable text of an HTML fragment (feed content, API descriptions)."""
    if not html or "<" not in html:
        return clean_text(unescape(html or ""))  # feeds escape entities even without tags
    return block_text(BeautifulSoup(html, "html.parser"))


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and tag.get("content"):
            return str(tag["content"]).strip()
    return None


def _main_block(soup: BeautifulSoup, selector: str | None) -> Tag:
    for candidate in ((selector,) if selector else ()) + MAIN_CANDIDATES:
        found = soup.select_one(candidate)
        if found is not None and len(found.get_text(strip=True)) > 40:
            return found
    return soup.body or soup


def extract_page(html: str, url: str, selectors: Selectors | None = None) -> PageContent:
    """Extract what a call page says, from generic page structure."""
    selectors = selectors or Selectors()
    soup = BeautifulSoup(html, "html.parser")
    page = PageContent()
    html_tag = soup.find("html")
    if isinstance(html_tag, Tag) and html_tag.get("lang"):
        page.lang = str(html_tag["lang"]).split("-")[0].lower()[:2]
    page.published = _meta(soup, "article:published_time", "dcterms.date", "date")
    time_tag = soup.find("time", attrs={"datetime": True})
    if page.published is None and isinstance(time_tag, Tag):
        page.published = str(time_tag["datetime"])

    for link in soup.find_all("a", href=True):
        absolute = urljoin(url, str(link["href"]).strip())
        if urlparse(absolute).scheme not in ("http", "https"):
            continue
        page.links.append(absolute)
        is_attachment = urlparse(absolute).path.lower().endswith(ATTACHMENT_EXTENSIONS)
        if is_attachment and absolute not in page.attachments:
            page.attachments.append(absolute)

    title_tag = soup.select_one(selectors.title) if selectors.title else None
    heading = soup.find("h1")
    page.title = clean_text(
        (title_tag.get_text(" ") if title_tag else None)
        or (heading.get_text(" ") if isinstance(heading, Tag) else None)
        or _meta(soup, "og:title")
        or (soup.title.get_text(" ") if soup.title else "")
    )
    page.summary = _meta(soup, "og:description", "description") or ""

    main = _main_block(soup, selectors.text)
    for tag in main.find_all(BOILERPLATE):
        tag.decompose()
    page.text = block_text(main)
    return page
