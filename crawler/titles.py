"""A call page's own title, not its site's.

Candidates are the page's headings (`h1`–`h3`), elements marked as a title (`itemprop=
headline`, a class or id with title/titre/titel/headline) and the breadcrumb's current item.
Each is scored: its tag, whether it sits in the main content, whether the listing named the
call the same way (the tile's link text), whether `<title>`, `og:title` or JSON-LD repeat
it. A heading that is the site's (the logo `h1`, a section name, a sidebar's "Actualités":
seen on the listing or on other pages of the source) or hidden ("Navigatie") never wins.
Without a usable heading: JSON-LD `headline`/`name`, then `og:title`, then `<title>`, with
the site-wide prefix or suffix removed ("… – Ville de X", "Agence Y: …"), learnt from the
other pages of the source. Whitespace is normalised and a runaway title is cut.

The candidates are read from the page alone (`read_title`); the choice (`decide_title`) is
made with what the source's other pages share (crawler/site_memory.py), once all are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from veille.crawler.site_memory import MAX_HEADINGS_PER_PAGE, SiteKnowledge, title_key

MAX_TITLE_CHARS = 300
MIN_SCORE = 20
TITLE_MARK = re.compile(r"title|titre|titel|headline|heading", re.I)
NOT_TITLE_MARK = re.compile(r"subtitle|sub-title|widget|footer|menu|site-title|logo", re.I)
# whole class tokens (SharePoint's "ms-dialogHidden" is shown on the page)
HIDDEN_MARK = re.compile(
    r"^(sr-only|visually-hidden|screen-reader-text|screen-reader|hide-accessible|"
    r"element-invisible|element-hidden|hidden|is-hidden|u-hidden|d-none|invisible|offscreen)$",
    re.I,
)
BREADCRUMB = re.compile(r"breadcrumb|kruimel|fil-ariane", re.I)
MAX_CANDIDATES = 100  # a page of thousands of headings keeps its best hundred
_SPACES = re.compile(r"\s+")
MAIN_NAMES = ("main", "article")
# not "form": ASP.NET (SharePoint) wraps the whole page in one
OUTSIDE = ("nav", "footer", "aside", "script", "style", "noscript", "template")


def clean_title(text: str, limit: int | None = MAX_TITLE_CHARS) -> str:
    """One line, single spaces, at most `limit` characters (cut at a word, with "…")."""
    text = _SPACES.sub(" ", text.replace("\u00ad", "")).strip()
    if limit is not None and len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0]
        text = cut.rstrip(" ,;:–-") + "…"
    return text


def same_title(a: str, b: str) -> bool:
    """Equal but for case, spaces, typographic quotes and dashes."""
    return title_key(a) == title_key(b)


def _hidden(node: Tag) -> bool:
    for element in [node, *node.parents]:
        if not isinstance(element, Tag):
            continue
        if element.has_attr("hidden") or element.get("aria-hidden") == "true":
            return True
        tokens: list[str] = element.get_attribute_list("class") or []
        if element.name not in ("html", "body") and any(HIDDEN_MARK.match(t) for t in tokens):
            return True
        style = str(element.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
    return False


def own_text(node: Tag, page_url: str) -> str:
    """A heading's text without a breadcrumb prefix ("Section › Title") linking elsewhere."""
    text = clean_title(node.get_text(" "), limit=None)
    links = [a for a in node.find_all("a", href=True)]
    if not links:
        return text
    outside = "".join(
        str(piece)
        for piece in node.find_all(string=True)
        if not any(piece in a.descendants for a in links)
    )
    rest = clean_title(re.sub(r"^[\s›»>/|:–-]+|[\s›»>/|:–-]+$", "", outside), limit=None)
    elsewhere = [a for a in links if not page_url.endswith(str(a["href"]).strip())]
    if elsewhere and len(rest) >= 8:
        return rest
    return text


def _breadcrumb_ends(soup: BeautifulSoup) -> list[str]:
    """The current page's name at the end of each breadcrumb (an item without a link)."""
    ends = []
    for trail in soup.find_all(class_=BREADCRUMB):
        if not isinstance(trail, Tag) or trail.find_parent(class_=BREADCRUMB) is not None:
            continue
        items = trail.find_all("li") or [trail]
        last = items[-1]
        if last.find("a", href=True) is None:
            text = clean_title(last.get_text(" "))
            if len(text) >= 3:
                ends.append(text)
    return ends


@dataclass(frozen=True)
class Candidate:
    text: str
    score: float  # before the site's memory: its tag, its place, its marks, the listing's name
    order: int
    named: bool = False  # the listing names the call so: never taken for the site's


@dataclass(frozen=True)
class TitleEvidence:
    """What a page offers as its title, read without the site's memory: the choice
    (`decide_title`) waits until the source's other pages are known."""

    headings: tuple[str, ...] = ()  # every heading's text: what the page teaches the memory
    candidates: tuple[Candidate, ...] = ()  # its headings and title-marked elements
    breadcrumbs: tuple[Candidate, ...] = ()  # the current item of each breadcrumb
    repeated_in: tuple[str, ...] = ()
    fallbacks: tuple[str, ...] = ()


def heading_texts(soup: BeautifulSoup, page_url: str) -> list[str]:
    """The texts of a page's headings and title-marked elements (for SiteMemory)."""
    return [own_text(node, page_url) for node in _candidate_nodes(soup)]


def _candidate_nodes(soup: BeautifulSoup) -> list[Tag]:
    nodes = []
    for node in soup.find_all(True):
        if node.name in ("h1", "h2", "h3"):
            nodes.append(node)
            continue
        if node.name in ("html", "head", "body", "title", "meta", "a", *OUTSIDE):
            continue
        marks = " ".join(node.get_attribute_list("class") or []) + " " + str(node.get("id") or "")
        marked = node.get("itemprop") in ("headline", "name") or TITLE_MARK.search(marks)
        small = len(node.get_text()) <= 2 * MAX_TITLE_CHARS
        if marked and small and node.find(("h1", "h2", "h3")) is None:
            nodes.append(node)
    return nodes


def read_title(
    soup: BeautifulSoup,
    page_url: str,
    *,
    hint: str | None = None,
    repeated_in: tuple[str, ...] = (),
    fallbacks: tuple[str, ...] = (),
) -> TitleEvidence:
    """The page's title candidates, scored by what the page itself says.

    `hint`: how the listing named the call; `repeated_in`: texts that repeat the title
    (`<title>`, `og:title`, JSON-LD headline); `fallbacks`: in order, used when no heading
    will do (JSON-LD headline, og:title, `<title>`), their site-wide affixes removed.
    """
    headings, candidates = [], []
    for order, node in enumerate(_candidate_nodes(soup)):
        text = own_text(node, page_url)
        headings.append(text)
        if any(node.find_parent(name) for name in OUTSIDE) or _hidden(node):
            continue
        if not text or len(text) < 3:
            continue
        named = bool(hint) and same_title(text, hint or "")
        marks = " ".join(node.get_attribute_list("class") or []) + " " + str(node.get("id") or "")
        score = {"h1": 30.0, "h2": 20.0, "h3": 15.0}.get(node.name, 20.0)  # or marked a title
        if node.get("itemprop") == "headline":
            score += 15
        if NOT_TITLE_MARK.search(marks):
            score -= 15
        if node.find_parent(MAIN_NAMES) or node.find_parent(attrs={"role": "main"}):
            score += 20
        if named:
            score += 100
        candidates.append(Candidate(text, score, order, named))
    best = sorted(candidates, key=lambda c: (-c.score, c.order))[:MAX_CANDIDATES]
    breadcrumbs = [
        Candidate(text, 10 + (100 if hint and same_title(text, hint) else 0), 10_000 + order)
        for order, text in enumerate(_breadcrumb_ends(soup))
    ]
    return TitleEvidence(
        headings=tuple(dict.fromkeys(headings))[:MAX_HEADINGS_PER_PAGE],
        candidates=tuple(sorted(best, key=lambda c: c.order)),
        breadcrumbs=tuple(breadcrumbs[:MAX_CANDIDATES]),
        repeated_in=repeated_in,
        fallbacks=fallbacks,
    )


def decide_title(evidence: TitleEvidence, site: SiteKnowledge) -> str:
    """The page's own title, whole (the caller bounds its length): its best candidate that
    is not the site's, else a fallback without the site's affixes."""
    repeats = {title_key(site.strip_affixes(text)) for text in evidence.repeated_in if text}
    candidates = [
        Candidate(c.text, c.score + (25 if title_key(c.text) in repeats else 0), c.order)
        for c in evidence.candidates
        if c.named or not site.is_site_wide(c.text)
    ]
    candidates += [c for c in evidence.breadcrumbs if not site.is_site_wide(c.text)]
    best = max(candidates, key=lambda c: (c.score, -c.order), default=None)
    if best is not None and best.score >= MIN_SCORE:
        return best.text
    for text in evidence.fallbacks:
        whole = clean_title(text, limit=None) if text else ""
        stripped = clean_title(site.strip_affixes(whole), limit=None) if text else ""
        if stripped and not site.is_site_wide(stripped) and not site.same_everywhere(whole):
            return stripped
    if best is not None:
        return best.text
    return clean_title(next((text for text in evidence.fallbacks if text), ""), limit=None)


_WORDS = re.compile(r"\w+")
_FILE_NOTE = re.compile(r"\s*[(\[]\s*(pdf|docx?|odt|word)\b[^)\]]*[)\]]", re.I)


def document_title(text: str, hint: str | None) -> str:
    """The title of a call published as a document (a PDF linked from a listing).

    The document's own title line when the listing's link names it (nearly the same
    words), else the link's text without its file note ("(PDF, 96 kB)"), else the
    document's first line (often a letterhead, so the last resort).
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if hint:
        wanted = set(_WORDS.findall(title_key(hint)))
        for line in lines[:8]:
            words = set(_WORDS.findall(title_key(line)))
            if not words or not wanted:
                continue
            shared = len(words & wanted)
            if shared / len(words) >= 0.8 and shared / len(wanted) >= 0.6:
                return clean_title(line)
        named = clean_title(_FILE_NOTE.sub("", hint))
        if named:
            return named
    return clean_title(lines[0] if lines else "")
