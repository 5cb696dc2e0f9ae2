"""Generic extraction from an HTML page: title, main text, dates and attachments.

Works on any call page without selectors; selectors given in a source only refine. The
title is chosen among the candidates of `titles.read_title` once the source's other pages are
known (`settle_title`), label/value facts are kept together by `labels.labelled_text_tree`,
links are resolved against the page's `<base href>`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import urljoin, urlparse

from bs4 import BeautifulSoup, Tag

from veille.config.sources import Selectors
from veille.crawler.labels import labelled_text_tree
from veille.crawler.site_memory import SiteKnowledge, SiteMemory
from veille.crawler.structured import base_href, link_href, meta, read_json_ld
from veille.crawler.titles import (
    MAX_TITLE_CHARS,
    TitleEvidence,
    clean_title,
    decide_title,
    read_title,
)

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".rtf")
# blocks beside a page's content: their dates are other items' (the article's own <header> is not)
SIDE_BLOCKS = ("nav", "footer", "aside")
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
WHITESPACE = re.compile(r"[ \t\r\f\v\xa0\u202f\u2007]+")
_SPACES = re.compile(r"\s+")
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
    canonical: str | None = None  # the page's own address for itself (<link rel=canonical>)
    head_title: str = ""  # <title>
    site_name: str | None = None  # og:site_name
    headings: list[str] = field(default_factory=list)  # for SiteMemory
    problems: list[str] = field(default_factory=list)  # bad input met, for the health record
    # the title's candidates, until the site's memory decides (None: a selector named it)
    title_evidence: TitleEvidence | None = None


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


MAIN_FALLBACK = re.compile(
    r"content|contenu|inhoud|inhalt|main|article-body|entry|post-body|rte|text", re.I
)
# a link to a document even when its URL has no extension (Liferay /documents/…, ?download)
DOCUMENT_MARK = re.compile(r"\b(pdf|docx?|odt)\b", re.I)
LANG = re.compile(r"^[a-z]{2}\b", re.I)
LINK_LIST_SHARE = 0.6  # a block whose text is this much link text is a list of other pages


def _main_block(soup: BeautifulSoup, selector: str | None) -> Tag:
    if selector:
        found = soup.select_one(selector)
        if found is not None and len(found.get_text(strip=True)) > 40:
            return found
    body = soup.body or soup
    total = len(body.get_text(strip=True)) or 1
    for candidate in MAIN_CANDIDATES:
        found = soup.select_one(candidate)
        if found is not None and len(found.get_text(strip=True)) > 40 and not _a_card(found, total):
            return found
    # hand-made and SharePoint pages: the deepest block named as content that holds
    # most of the page's text
    best: Tag | None = None
    for node in body.find_all(["div", "td", "section", "span"]):
        marks = " ".join(node.get_attribute_list("class") or []) + " " + str(node.get("id") or "")
        big = len(node.get_text(strip=True)) >= 0.4 * total
        # document order: a deeper block comes after the one holding it
        if MAIN_FALLBACK.search(marks) and big and (best is None or best in node.parents):
            best = node
    return _with_its_heading(best, body) if best is not None else body


def _publication_time(soup: BeautifulSoup, content: Tag) -> str | None:
    """The page's own `<time datetime>`: one marked as the publication, else the first in
    the call's content. A sidebar's or footer's times date other news and events."""
    marked = soup.find("time", attrs={"datetime": True, "itemprop": "datePublished"})
    if isinstance(marked, Tag) and not _in_side_block(marked):
        return str(marked["datetime"])
    for time_tag in content.find_all("time", attrs={"datetime": True}):
        if not _in_side_block(time_tag):
            return str(time_tag["datetime"])
    return None


def _in_side_block(tag: Tag) -> bool:
    return any(parent.name in SIDE_BLOCKS for parent in tag.parents)


def _with_its_heading(block: Tag, body: Tag) -> Tag:
    """A content block with the page's heading, when the heading stands outside it: page
    builders (Elementor, Divi…) put the title, a facts list ("Deadline: …") and the body
    text in sibling widgets, and only the text in the block named as content."""
    headings = [
        h1
        for h1 in body.find_all("h1")
        if block not in h1.parents and not any(parent.name in BOILERPLATE for parent in h1.parents)
    ]
    if not headings:
        return block
    heading_parents = set(map(id, headings[-1].parents))
    for ancestor in block.parents:
        if id(ancestor) in heading_parents:
            return ancestor if isinstance(ancestor, Tag) else block
    return block


def _a_card(block: Tag, total: int) -> bool:
    """A teaser in a list of similar ones ("related calls" as <article> tiles on a page
    builder whose content sits in plain divs), not the page's content: one of several
    siblings of its tag, holding a small part of the page's text."""
    parent = block.parent
    siblings = parent.find_all(block.name, recursive=False) if isinstance(parent, Tag) else []
    return len(siblings) > 1 and len(block.get_text(strip=True)) < 0.3 * total


def _language(main: Tag, html_tag: Tag | None) -> str | None:
    """The language declared nearest the content: a block holding most of it (a French
    article in a German site), else the content's own or its ancestors', else `<html>`'s."""
    size = len(main.get_text(strip=True)) or 1
    inner = [
        node for node in main.find_all(lang=True) if len(node.get_text(strip=True)) >= 0.5 * size
    ]
    for element in [*inner[-1:], main, *main.parents, html_tag]:
        if isinstance(element, Tag) and element.get("lang"):
            found = LANG.match(str(element["lang"]))
            if found:
                return found.group(0).lower()
    return None


_DOCUMENT_NOTE = re.compile(r"[(\[]\s*(pdf|docx?|odt)\b|\b(pdf|docx?|odt)\s*[,;)\]]", re.I)


def _is_document_link(link: Tag, url: str) -> bool:
    """A PDF or office file, by its URL's extension, else by what the page says of the
    link: `type="application/pdf"`, `download`, or a note beside it ("(PDF, 96 kB)")."""
    path = urlparse(url).path.lower()
    if path.endswith(ATTACHMENT_EXTENSIONS):
        return True
    if "." in path.rsplit("/", 1)[-1]:  # another extension: .html, .aspx, .php
        return False
    if DOCUMENT_MARK.search(str(link.get("type") or "")) or link.has_attr("download"):
        return True
    parent = link.parent
    around = parent.get_text(" ") if isinstance(parent, Tag) else ""
    return len(around) <= 300 and bool(_DOCUMENT_NOTE.search(around))


def drop_link_lists(main: Tag) -> None:
    """Remove blocks that are mostly links (a sidebar's "Latest news", "Featured"):
    their dates and titles are other pages'."""
    for block in main.find_all(["div", "section", "ul", "ol", "table"]):
        if block.decomposed:
            continue
        links = block.find_all("a", href=True)
        if len(links) < 3:
            continue
        text = len(block.get_text(" ", strip=True)) or 1
        linked = sum(len(a.get_text(" ", strip=True)) for a in links)
        if linked / text >= LINK_LIST_SHARE:
            block.decompose()


def extract_page(
    html: str,
    url: str,
    selectors: Selectors | None = None,
    memory: SiteMemory | None = None,
    hint: str | None = None,
) -> PageContent:
    """Extract what a call page says, from generic page structure, its title decided at once.

    `memory` holds what the source's other pages taught (site-wide headings and `<title>`
    affixes); `hint` is how the listing named the call.
    """
    page = read_page(html, url, selectors, hint)
    return settle_title(page, (memory if memory is not None else SiteMemory()).about())


def settle_title(page: PageContent, site: SiteKnowledge) -> PageContent:
    """The page with its title chosen, knowing what the source's other pages share."""
    if page.title_evidence is not None:
        _set_title(page, decide_title(page.title_evidence, site))
        page.title_evidence = None
    return page


def _set_title(page: PageContent, whole: str) -> None:
    page.title = clean_title(whole)
    if len(whole) > MAX_TITLE_CHARS:
        page.problems.append(f"a title of {len(whole)} characters was cut to {MAX_TITLE_CHARS}")


def read_page(
    html: str, url: str, selectors: Selectors | None = None, hint: str | None = None
) -> PageContent:
    """What a call page says, read from the page alone. Its title is left to `settle_title`
    (its candidates in `title_evidence`), unless a selector names it; `hint` is how the
    listing named the call."""
    selectors = selectors or Selectors()
    soup = BeautifulSoup(html, "html.parser")
    page = PageContent()
    structured = read_json_ld(soup)
    page.problems += structured.problems
    base = urljoin(url, base_href(soup) or url)
    canonical = link_href(soup, "canonical")
    page.canonical = urljoin(base, canonical) if canonical else None
    # the call's documents are those of its content: a sidebar's annual report is the site's
    content = _main_block(soup, selectors.text)
    page.published = (
        meta(soup, "article:published_time", "dcterms.date", "date")
        or structured.first("datePublished")
        or _publication_time(soup, content)
    )
    whole_page = content is soup.body or content is soup
    for link in soup.find_all("a", href=True):
        absolute = urljoin(base, str(link["href"]).strip())
        if urlparse(absolute).scheme not in ("http", "https"):
            continue
        page.links.append(absolute)
        inside = whole_page or content in link.parents
        if inside and _is_document_link(link, absolute) and absolute not in page.attachments:
            page.attachments.append(absolute)

    page.head_title = clean_title(soup.title.get_text(" ")) if soup.title else ""
    page.site_name = meta(soup, "og:site_name", "application-name")
    og_title = meta(soup, "og:title") or ""
    headline = structured.headline() or ""
    evidence = read_title(
        soup,
        url,
        hint=hint,
        repeated_in=(page.head_title, og_title, headline),
        fallbacks=(headline, og_title, page.head_title),
    )
    page.headings = list(evidence.headings)
    title_tag = soup.select_one(selectors.title) if selectors.title else None
    if title_tag is not None:
        _set_title(page, clean_title(title_tag.get_text(" "), limit=None))
    else:
        page.title_evidence = evidence
    page.summary = meta(soup, "og:description", "description") or ""

    main = _main_block(soup, selectors.text)
    html_tag = soup.find("html")
    page.lang = _language(main, html_tag if isinstance(html_tag, Tag) else None)
    for tag in main.find_all(BOILERPLATE):
        tag.decompose()
    drop_link_lists(main)
    labelled_text_tree(soup, main)
    page.text = block_text(main)
    return page
