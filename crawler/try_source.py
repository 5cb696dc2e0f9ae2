"""`veille sources try URL`: a new listing source in one minute, without writing Python.

1. The listing (and a few of its further pages) is read politely, through the crawler's
   own machinery in a child process: robots.txt, the bot's User-Agent, delays.
2. Link patterns are proposed from its links (crawler/link_patterns.py), with counts and
   examples; the best one is chosen (or the one given with --pattern).
3. The source block is written and checked by the configuration schema, then crawled for
   real into a scratch database, a few call pages only: what would be stored is shown,
   with the text each deadline came from and why each call is relevant or not.
Nothing is written to the user's configuration or database.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from veille.config import ConfigError, load_config
from veille.crawler.launch import crawl_in_child, explore_in_child
from veille.crawler.link_patterns import Link, Proposal, combine, listed_documents, propose
from veille.domain.text import LANGS, detect_language
from veille.storage import open_database
from veille.storage.crawl_runs import CrawlRuns
from veille.storage.db import database_path

LINK_FIELDS = set(Link.__dataclass_fields__)
SEPARATORS = re.compile(r"\s+[–—|-]\s+|\s*:\s+")


@dataclass
class TriedSource:
    urls: list[str]
    pages_read: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # pages that could not be read, and why
    proposals: list[Proposal] = field(default_factory=list)
    documents: Proposal | None = None
    block: dict[str, Any] = field(default_factory=dict)
    block_problem: str | None = None
    calls: list[dict[str, Any]] = field(default_factory=list)
    health: dict[str, Any] | None = None
    crawl_error: str | None = None

    @property
    def pattern(self) -> str | None:
        return self.block.get("link_pattern")

    @property
    def found_calls(self) -> bool:
        return any(call["is_call"] for call in self.calls)

    def yaml_block(self) -> str:
        return yaml.safe_dump(
            {"sources": [self.block]}, allow_unicode=True, sort_keys=False, width=100
        )


def _slug(host: str) -> str:
    labels = host.lower().removeprefix("www.").split(".")
    core = "-".join(labels[:-1] if len(labels) > 1 else labels)
    return re.sub(r"[^a-z0-9]+", "-", core).strip("-")[:40] or "new-source"


def _site_name(pages: list[dict[str, Any]], host: str) -> str:
    """og:site_name, else what every page's <title> shares after a separator, else the host."""
    for page in pages:
        if page.get("site_name"):
            return str(page["site_name"])
    tails = [SEPARATORS.split(str(page.get("head_title") or ""))[-1] for page in pages]
    if len(tails) > 1 and len(set(tails)) == 1 and tails[0]:
        return tails[0]
    return host.removeprefix("www.")


def _languages(pages: list[dict[str, Any]], links: list[Link]) -> list[str]:
    declared = [str(page.get("lang")) for page in pages if page.get("lang") in LANGS]
    if declared:
        return list(dict.fromkeys(declared))
    return [detect_language(" ".join(link.name for link in links[:200]))]


def source_block(
    urls: list[str], pages: list[dict[str, Any]], links: list[Link], pattern: str
) -> dict[str, Any]:
    host = urlsplit(urls[0]).netloc
    funder = _site_name(pages, host)
    title = next((str(p["head_title"]) for p in pages if p.get("head_title")), "") or funder
    return {
        "name": _slug(host),
        "title": title,
        "funder": funder,
        "type": "listing",
        "languages": _languages(pages, links),
        "start_urls": list(urls),
        "link_pattern": pattern,
    }


def _check_block(block: dict[str, Any], folder: Path, config_dir: Path | None) -> str | None:
    """Write a configuration holding only this source; the schema's verdict, None if valid."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("veille.yaml", "topics.yaml"):  # the user's bot identity and vocabulary
        if config_dir and (config_dir / name).exists():
            shutil.copy(config_dir / name, folder / name)
    text = yaml.safe_dump({"sources": [block]}, allow_unicode=True, sort_keys=False)
    (folder / "sources.yaml").write_text(text, encoding="utf-8")
    try:
        load_config(folder, check_secrets=False)
    except ConfigError as error:
        return str(error)
    return None


def try_listing(
    urls: list[str],
    *,
    config_dir: Path | None = None,
    replay_base: str | None = None,
    now: str | None = None,
    pattern: str | None = None,
    pages: int = 3,
    details: int = 5,
    timeout: float = 600,
) -> TriedSource:
    tried = TriedSource(list(urls))
    with tempfile.TemporaryDirectory(prefix="veille-try-") as scratch:
        folder = Path(scratch)
        found = folder / "links.jsonl"
        outcome = explore_in_child(
            urls,
            found,
            config_dir=config_dir,
            replay_base=replay_base,
            pages=pages,
            timeout=timeout,
        )
        if not outcome.ok:
            tried.crawl_error = outcome.stderr.strip()[-1000:]
            return tried
        read = [json.loads(line) for line in found.read_text(encoding="utf-8").splitlines()]
        tried.unread = [f"{item['page']}: {item['error']}" for item in read if "error" in item]
        listing_pages = [item for item in read if "error" not in item]
        tried.pages_read = [item["page"] for item in listing_pages]
        links = [
            Link(**{k: v for k, v in link.items() if k in LINK_FIELDS})
            for item in listing_pages
            for link in item["links"]
        ]
        pager = [page for item in listing_pages for page in item["pages"]]
        chosen: list[str] = []
        for url in urls:  # one pattern per listing (a bilingual site has one per language)
            own = [
                Link(**{k: v for k, v in link.items() if k in LINK_FIELDS})
                for item in listing_pages
                if item["page"] == url or (item["page"] in pager and _same_listing(item, url))
                for link in item["links"]
            ]
            proposals = propose(own, [url, *tried.pages_read], pages=pager)
            tried.proposals += [
                p for p in proposals if p.pattern not in {q.pattern for q in tried.proposals}
            ]
            if proposals:
                chosen.append(proposals[0].pattern)
                documents = listed_documents(own, proposals[0])
                if documents is not None:
                    tried.documents = documents
                    chosen.append(documents.pattern)
        tried.proposals.sort(key=lambda p: -p.score)
        if pattern is None and not chosen:
            return tried
        tried.block = source_block(urls, listing_pages, links, pattern or combine(chosen))
        config = folder / "config"
        tried.block_problem = _check_block(tried.block, config, config_dir)
        if tried.block_problem:
            return tried
        data = folder / "data"
        crawled = crawl_in_child(
            data,
            [tried.block["name"], "--max-items", str(details)],
            config_dir=config,
            replay_base=replay_base,
            now=now,
            timeout=timeout,
        )
        if not crawled.ok:
            tried.crawl_error = crawled.stderr.strip()[-1000:]
        if database_path(data).exists():
            db = open_database(database_path(data))
            try:
                tried.calls = [dict(row) for row in db.table("calls").rows]
                runs = CrawlRuns(db).recent(tried.block["name"], limit=1)
                tried.health = runs[0] if runs else None
            finally:
                db.close()
    return tried


def _same_listing(item: dict[str, Any], url: str) -> bool:
    """A pager page belongs to the listing at `url` when it shares its path."""
    page = str(item["page"])
    return urlsplit(page).path.startswith(urlsplit(url).path.rstrip("/") or "/")


def _deadline(call: dict[str, Any]) -> str:
    if call.get("deadline"):
        day, _, moment = str(call["deadline"]).partition("T")
        shown = "/".join(reversed(day.split("-")))
        dated_only = not moment or call.get("deadline_has_time") == 0
        return f"{shown} (date only)" if dated_only else f"{shown} {moment[:5]}"
    return "permanent (no deadline)" if call.get("status") == "permanent" else "none found"


def describe(tried: TriedSource) -> list[str]:
    """What `veille sources try` prints, line by line."""
    lines = [f"Listing pages read: {len(tried.pages_read)}"]
    lines += [f"  {url}" for url in tried.pages_read]
    lines += [f"  not read: {problem}" for problem in tried.unread]
    if tried.crawl_error and not tried.pages_read:
        return [*lines, f"Could not read the listing: {tried.crawl_error}"]
    if not tried.proposals and not tried.pattern:
        return [
            *lines,
            "No recognisable calls: no group of at least two similar links in the page's "
            "content (its menu, header and footer left aside). Is this the page that lists "
            "the calls?",
        ]
    lines.append("Link patterns (which links are calls), best first:")
    for number, proposal in enumerate(tried.proposals[:5], 1):
        lines.append(f"  {number}. {proposal.pattern}   {proposal.count} links")
        lines += [f"       e.g. {url}" for url in proposal.examples()]
        lines.append(f"       why: {'; '.join(proposal.why)}")
    if tried.documents is not None:
        lines.append(
            f"  + documents listed like the calls: {tried.documents.pattern}  "
            f"({tried.documents.count}, e.g. {tried.documents.examples(1)[0]})"
        )
    lines.append(f"Chosen link_pattern: {tried.pattern}")
    if tried.block_problem:
        return [*lines, f"The source block is not valid: {tried.block_problem}"]
    lines.append(f"Call pages read (what would be stored): {len(tried.calls)}")
    for call in tried.calls:
        reasons = json.loads(call["reasons"]) if isinstance(call["reasons"], str) else []
        topics = json.loads(call["topics"]) if isinstance(call["topics"], str) else []
        verdict = f"relevant ({', '.join(topics)})" if call["relevant"] else "not relevant"
        lines += [
            f"  - {call['title']}",
            f"    {call['url']}",
            f"    deadline: {_deadline(call)}"
            + (f'   from: "{call["deadline_text"]}"' if call.get("deadline_text") else ""),
            f"    language: {call['lang']}; status: {call['status']}; "
            f"{'a call' if call['is_call'] else 'not a call'}; {verdict}",
            f"    why: {'; '.join(reasons[-3:])}",
        ]
    if tried.health:
        errors = tried.health["errors"]
        lines.append(f"Crawl: {tried.health['outcome']}, {tried.health['requests']} requests")
        lines += [f"  {error}" for error in errors[:5]]
    if tried.crawl_error:
        lines.append(f"Crawl failed: {tried.crawl_error}")
    if tried.calls and not tried.found_calls:
        lines.append(
            "No recognisable calls: the pages this pattern selects do not read as calls "
            "(see 'why' above). Try another page of the site, or --pattern with one of the "
            "patterns above."
        )
    lines += [
        "",
        "# sources.yaml block, checked by the configuration schema (`veille config check`):",
        "# add the entry to the `sources:` list of your sources.yaml, and set `regions`.",
        *tried.yaml_block().rstrip("\n").splitlines(),
    ]
    return lines
