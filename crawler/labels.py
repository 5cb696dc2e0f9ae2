"""Label/value facts written as one "Label: value" line each, so dates keep their label.

A deadline shown as `<dt>Date limite</dt><dd>15 janvier 2027</dd>`, a table row
`<th>Uiterste datum</th><td>…</td>`, a Drupal or Plone field (`field__label` +
`field__item`) or a horizontal calendar table (a row of `th` over a row of `td`) reads
"Date limite\\n15 janvier 2027" once flattened: the label is lost. Rewritten here, before
the page is flattened to text, as "Date limite: 15 janvier 2027", which the date reader
understands in the four languages.

A struck value (`<del>`, `<s>`, `<strike>`, `text-decoration: line-through`) is a value
that was replaced (an extended deadline): it is dropped, so one deadline remains.
Broken structures (a `dt` without `dd`, cells of uneven rows) keep their text as it is.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString

MAX_LABEL_CHARS = 80
LABEL_CLASS = re.compile(r"(^|[-_])label$", re.I)
_SPACES = re.compile(r"\s+")
MAX_TABLES = 200  # a page of thousands of tables keeps its plain text
MAX_ROWS = 200


def _text(node: Tag) -> str:
    return _SPACES.sub(" ", node.get_text(" ")).strip()


def _line(soup: BeautifulSoup, label: str, value: str) -> Tag:
    line = soup.new_tag("p")
    label = label.rstrip(" :")
    line.string = f"{label}: {value}" if label and value else label or value
    return line


def _own_text(node: Tag) -> str:
    """A dt's or dd's text without the dt/dd the parser nested in it (unclosed tags)."""
    pieces = [
        child.get_text(" ") if isinstance(child, Tag) else str(child)
        for child in node.children
        if not (isinstance(child, Tag) and child.name in ("dt", "dd"))
        and not isinstance(child, Comment)
    ]
    return _SPACES.sub(" ", " ".join(pieces)).strip()


def _is_label(text: str) -> bool:
    return 0 < len(text) <= MAX_LABEL_CHARS and not text.endswith((".", "!", "?"))


def drop_struck(root: Tag) -> int:
    """Remove struck-through text (a replaced value); returns how many pieces."""
    struck = list(root.find_all(["del", "s", "strike"]))
    for node in root.find_all(style=True):
        style = str(node.get("style") or "").replace(" ", "").lower()
        if "line-through" in style:
            struck.append(node)
    for node in struck:
        node.replace_with(" ")
    return len(struck)


def _definition_lists(soup: BeautifulSoup, root: Tag) -> None:
    for dl in list(root.find_all("dl"))[:MAX_TABLES]:
        if dl.find("dl") is not None:  # rewrite the innermost lists only
            continue
        pairs: list[tuple[str, list[str]]] = []
        for child in dl.find_all(["dt", "dd"]):
            if child.name == "dt":
                pairs.append((_own_text(child), []))
            elif pairs:
                pairs[-1][1].append(_own_text(child))
            else:  # a dd before any dt: a value without its label
                pairs.append(("", [_own_text(child)]))
        lines = [_line(soup, label, "; ".join(values)) for label, values in pairs]
        if lines:
            block = soup.new_tag("div")
            for line in lines:
                block.append(line)
            dl.replace_with(block)


def _cells(row: Tag) -> list[Tag]:
    return [cell for cell in row.find_all(["th", "td"], recursive=False)]


def _tables(soup: BeautifulSoup, root: Tag) -> None:
    for table in list(root.find_all("table"))[:MAX_TABLES]:
        if table.find("table") is not None:  # layout tables around content: leave them
            continue
        rows = [row for row in table.find_all("tr") if _cells(row)][:MAX_ROWS]
        if not rows:
            continue
        lines: list[Tag] = []
        header = _cells(rows[0])
        body = rows[1:]
        horizontal = (
            all(cell.name == "th" for cell in header)
            and len(header) > 1
            and body
            and all(len(_cells(row)) == len(header) for row in body)
        )
        if horizontal and len(header) == 2:
            # a two-column calendar ("Étape | Date"): each row's first cell names its value
            for row in body:
                first, second = (_text(cell) for cell in _cells(row))
                lines.append(_line(soup, first if _is_label(first) else "", second))
        elif horizontal:
            labels = [_text(cell) for cell in header]
            for row in body:
                for label, cell in zip(labels, _cells(row), strict=True):
                    if _text(cell):
                        lines.append(_line(soup, label, _text(cell)))
        else:
            for row in rows:
                cells = _cells(row)
                first = _text(cells[0]) if cells else ""
                rest = " ".join(_text(cell) for cell in cells[1:]).strip()
                labelled = len(cells) >= 2 and (cells[0].name == "th" or len(cells) == 2)
                if labelled and _is_label(first) and rest:
                    lines.append(_line(soup, first, rest))
                else:
                    lines.append(_line(soup, " ".join(_text(cell) for cell in cells), ""))
        block = soup.new_tag("div")
        for line in lines:
            block.append(line)
        table.replace_with(block)


def _fields(soup: BeautifulSoup, root: Tag) -> None:
    """CMS field blocks: a child marked as the label, the other children its value."""
    for node in list(root.find_all(class_=LABEL_CLASS)):
        parent = node.parent
        if not isinstance(parent, Tag) or parent.name in ("label", "form"):
            continue
        label = _text(node)
        pieces = []
        for sibling in parent.children:
            if sibling is node or isinstance(sibling, Comment):
                continue
            if isinstance(sibling, Tag):
                pieces.append(_text(sibling))
            elif isinstance(sibling, NavigableString):
                pieces.append(str(sibling))
        value = _SPACES.sub(" ", " ".join(pieces)).strip()
        if _is_label(label) and value:
            parent.clear()
            parent.append(_line(soup, label, value))


SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
MAX_SECTION_LABEL_WORDS = 5
MAX_SECTION_VALUE_CHARS = 250


def _sections(soup: BeautifulSoup, root: Tag) -> None:
    """A short heading over one short paragraph labels it: "<h3>Looptijd</h3><p>Het
    project loopt vanaf 1 mei 2027.</p>" reads "Looptijd: Het project loopt vanaf…"."""
    for heading in list(root.find_all(SECTION_HEADINGS)):
        label = _text(heading)
        words = label.split()
        if not words or len(words) > MAX_SECTION_LABEL_WORDS or not _is_label(label):
            continue
        value = heading.find_next_sibling()
        if value is None or value.name != "p" or not _text(value):
            continue
        if len(_text(value)) > MAX_SECTION_VALUE_CHARS or label.endswith("?"):
            continue
        heading.replace_with(_line(soup, label, _text(value)))
        value.decompose()


def labelled_text_tree(soup: BeautifulSoup, root: Tag) -> None:
    """Rewrite, in place, the label/value structures under `root` as labelled lines."""
    drop_struck(root)
    _fields(soup, root)
    _definition_lists(soup, root)
    _tables(soup, root)
    _sections(soup, root)
