"""Which links of a listing are its calls: link patterns proposed from the links themselves.

Call links of a listing share a shape: a folder and a varying last part
(`/appels-a-projets/<slug>/`, `/fr/appels-a-projets/Pages/<slug>.aspx`), or one page and a
varying id (`/fiche.php?id=<n>`). Links are grouped by shape; each group is scored by how
many distinct pages it holds in the listing's content (not its menu, header or footer), by
how much its link texts look like titles, and by whether it sits under the listing's own
folder. Documents listed among the calls (a call published as a PDF) are added to the best
pattern when they sit in the same list. Pure functions: no framework, no network.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from veille.crawler.urls import normalize_url

DOCUMENTS = (".pdf", ".doc", ".docx", ".odt")
ASSETS: tuple[str, ...] = (
    ".css",
    ".js",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".svg",
    ".ico",
    ".woff",
    ".woff2",
)
ASSETS += (".xml", ".rss", ".zip", ".mp3", ".mp4", ".xls", ".xlsx", ".ods")
TITLE_CHARS = 15  # link texts this long name a page, "Lire la suite" does not
_ID_LIKE = re.compile(r"^(?=.*\d)[A-Za-z0-9_]{6,}$")
_REGEX_SPECIALS = set(".^$*+?{}[]\\|()")


def _escape(text: str) -> str:
    """re.escape, but leaving dashes and slashes readable ("/appels-a-projets/")."""
    return "".join("\\" + char if char in _REGEX_SPECIALS else char for char in text)


@dataclass(frozen=True)
class Link:
    url: str
    text: str = ""
    title: str = ""
    in_heading: bool = False
    boilerplate: bool = False
    structure: str = ""

    @property
    def name(self) -> str:
        """What the link calls its page."""
        return self.text if len(self.text) >= len(self.title) else self.title


@dataclass
class Proposal:
    pattern: str
    links: list[Link] = field(default_factory=list)  # distinct pages, in page order
    score: float = 0.0
    why: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.links)

    def examples(self, n: int = 3) -> list[str]:
        return [link.url for link in self.links[:n]]


@dataclass(frozen=True)
class _Shape:
    segments: tuple[str, ...]  # with "*" where the pages vary
    suffix: str  # the varying last part's extension (".aspx"), or ""
    slash: bool  # URLs end with "/"
    query: str  # the varying query parameter ("id"), or ""

    def regex(self) -> str:
        path = "".join(
            "/[^/]+" if segment == "*" else "/" + _escape(segment) for segment in self.segments
        )
        if self.query:
            return f"{path}\\?{_escape(self.query)}=[^&#]+$"
        end = f"[^/?#]+{_escape(self.suffix)}" if self.suffix else "[^/?#]+"
        return f"{path}/{end}{'/?' if self.slash else ''}$"


def _shape(url: str) -> _Shape | None:
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    query = parse_qsl(parts.query)
    if len(query) == 1 and segments:  # one page, one varying parameter: fiche.php?id=61
        return _Shape(tuple(segments), "", False, query[0][0])
    if parts.query or not segments:
        return None
    last = segments[-1]
    suffix = last[last.rfind(".") :] if "." in last else ""
    return _Shape(tuple(segments[:-1]), suffix.lower(), parts.path.endswith("/"), "")


def _merge(groups: dict[_Shape, list[Link]]) -> dict[_Shape, list[Link]]:
    """Groups that differ in one id-like folder only (Liferay's portlet instance ids in
    /-/asset_publisher/<id>/content/…) are one group."""
    merged: dict[_Shape, list[Link]] = {}
    for shape, links in groups.items():
        for other in list(merged):
            if len(other.segments) == len(shape.segments) and (
                other.suffix,
                other.slash,
                other.query,
            ) == (shape.suffix, shape.slash, shape.query):
                differ = [
                    i
                    for i, (a, b) in enumerate(zip(other.segments, shape.segments, strict=True))
                    if a != b
                ]
                if len(differ) == 1 and all(
                    _ID_LIKE.match(s[differ[0]]) or s[differ[0]] == "*"
                    for s in (other.segments, shape.segments)
                ):
                    wild = tuple("*" if i == differ[0] else s for i, s in enumerate(shape.segments))
                    joined = merged.pop(other) + links
                    merged[_Shape(wild, shape.suffix, shape.slash, shape.query)] = joined
                    break
        else:
            merged[shape] = list(links)
    return merged


def _distinct(links: Iterable[Link]) -> list[Link]:
    """One link per page, the most telling one (in the content, in a heading, longest)."""
    best: dict[str, Link] = {}
    for link in links:
        key = normalize_url(link.url)
        current = best.get(key)
        rank = (not link.boilerplate, link.in_heading, len(link.name))
        if current is None or rank > (
            not current.boilerplate,
            current.in_heading,
            len(current.name),
        ):
            best[key] = link
    order = list(dict.fromkeys(normalize_url(link.url) for link in links))
    return [best[key] for key in order]


def propose(
    links: list[Link], listing_urls: list[str], *, pages: Iterable[str] = ()
) -> list[Proposal]:
    """Link patterns for the calls of one listing, best first.

    `listing_urls`: the listing's pages (start URL and pager pages), never calls.
    """
    listing = {normalize_url(url) for url in [*listing_urls, *pages]}
    listing_paths = {urlsplit(url).path for url in [*listing_urls, *pages]}
    folder = _folder(urlsplit(listing_urls[0]).path) if listing_urls else "/"
    groups: dict[_Shape, list[Link]] = {}
    for link in links:
        parts = urlsplit(link.url)
        path = parts.path.lower()
        if normalize_url(link.url) in listing or path.endswith(ASSETS + DOCUMENTS):
            continue
        if parts.path in listing_paths:  # the listing itself, filtered or sorted
            continue
        shape = _shape(link.url)
        if shape is not None:
            groups.setdefault(shape, []).append(link)
    proposals = []
    for shape, group in _merge(groups).items():
        distinct = _distinct(group)
        content = [link for link in distinct if not link.boilerplate]
        if len(content) < 2:
            continue
        titled = sum(1 for link in content if len(link.name) >= TITLE_CHARS or link.in_heading)
        share = titled / len(content)
        path = "/" + "/".join(shape.segments)
        under = path.startswith(folder.rstrip("/")) and folder != "/"
        score = len(content) * (0.25 + share) * (1.5 if under else 1.0)
        why = [
            f"{len(content)} pages linked from the listing's content",
            f"{share:.0%} of their links read like titles",
        ]
        if under:
            why.append(f"under the listing's folder {folder}")
        proposals.append(Proposal(shape.regex(), distinct, score, why))
    proposals.sort(key=lambda p: (-p.score, p.pattern))
    return proposals


def listed_documents(links: list[Link], best: Proposal) -> Proposal | None:
    """Documents (PDF…) listed like the calls of `best` (a call published as a PDF)."""
    structures = [link.structure.split(">") for link in best.links if link.structure]
    documents = []
    for link in links:
        if link.boilerplate or not urlsplit(link.url).path.lower().endswith(DOCUMENTS):
            continue
        if len(link.name) < TITLE_CHARS:
            continue
        steps = link.structure.split(">")
        if any(_alike(steps, other) for other in structures):
            documents.append(link)
    documents = _distinct(documents)
    if not documents:
        return None
    folders = sorted({_folder(urlsplit(link.url).path) for link in documents})
    suffixes = sorted({urlsplit(link.url).path.lower().rsplit(".", 1)[-1] for link in documents})
    ends = "|".join(_escape(s) for s in suffixes)
    alternatives = "|".join(_escape(f.rstrip("/")) for f in folders)
    where = f"(?:{alternatives})" if len(folders) > 1 else _escape(folders[0].rstrip("/"))
    extension = f"\\.(?:{ends})" if len(suffixes) > 1 else f"\\.{ends}"
    pattern = f"{where}/[^/?#]+{extension}$"
    return Proposal(pattern, documents, 0.0, [f"{len(documents)} documents listed like the calls"])


def _alike(a: list[str], b: list[str]) -> bool:
    """Two links sit in the same list: same depth, nearly the same ancestors."""
    if len(a) != len(b) or not a:
        return False
    same = sum(1 for x, y in zip(a, b, strict=True) if x == y)
    return same >= len(a) - 2 and a[:3] == b[:3]


def _folder(path: str) -> str:
    """The folder a listing's own pages live in: /fr/appels-a-projets/ for
    /fr/appels-a-projets, /fr/appels-a-projets/Pages/ for …/Pages/default.aspx."""
    if path.endswith("/"):
        return path
    last = path.rsplit("/", 1)[-1]
    return path.rsplit("/", 1)[0] + "/" if "." in last else path + "/"


def combine(patterns: list[str]) -> str:
    """One regular expression matching any of `patterns`."""
    unique = list(dict.fromkeys(patterns))
    return unique[0] if len(unique) == 1 else "(?:" + "|".join(unique) + ")"
