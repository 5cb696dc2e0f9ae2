"""The generic reading of listings and call pages, one mechanism at a time (issue 10).

The dev sites (tests/test_unseen_sites.py) test them together; these tables pin each
mechanism on the markup of the CMSs it must hold on.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from veille.crawler.extract import block_text, extract_page
from veille.crawler.labels import labelled_text_tree
from veille.crawler.link_patterns import Link, propose
from veille.crawler.listing_page import read_listing
from veille.crawler.site_memory import SiteMemory
from veille.domain.status_labels import label_status, with_label

URL = "https://www.commune.example/appels/appel-2027"


def labelled(html: str) -> str:
    soup = BeautifulSoup(f"<main>{html}</main>", "html.parser")
    main = soup.main
    labelled_text_tree(soup, main)
    return block_text(main)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<dl><dt>Date limite</dt><dd>15 janvier 2027</dd></dl>", "Date limite: 15 janvier 2027"),
        (  # two values for one label
            "<dl><dt>Budget</dt><dd>50 000 €</dd><dd>par projet</dd></dl>",
            "Budget: 50 000 €; par projet",
        ),
        (  # broken: a dd before any dt, a dt without dd, unclosed tags
            "<dl><dd>orphelin</dd><dt>Uiterste datum<dd>1 maart 2027<dt>Alleen</dl>",
            "orphelin\n\nUiterste datum: 1 maart 2027\n\nAlleen",
        ),
        (
            "<table><tr><th>Deadline</th><td>2 March 2027, 12:00</td></tr></table>",
            "Deadline: 2 March 2027, 12:00",
        ),
        (  # a horizontal calendar: a row of th over a row of td
            "<table><tr><th>Ouverture</th><th>Réunion</th><th>Clôture</th></tr>"
            "<tr><td>01/02/2027</td><td>10/02/2027</td><td>05/03/2027</td></tr></table>",
            "Ouverture: 01/02/2027\n\nRéunion: 10/02/2027\n\nClôture: 05/03/2027",
        ),
        (  # a two-column calendar: each row names its date
            "<table><tr><th>Étape</th><th>Date</th></tr>"
            "<tr><td>Ouverture de l'appel</td><td>1er février 2027</td></tr>"
            "<tr><td>Date limite</td><td>15 mars 2027 à 23h59</td></tr></table>",
            "Ouverture de l'appel: 1er février 2027\n\nDate limite: 15 mars 2027 à 23h59",
        ),
        (  # Drupal and Plone fields
            '<div class="field"><div class="field__label">Date limite</div>'
            '<div class="field__item">5 février 2027 à 14h</div></div>',
            "Date limite: 5 février 2027 à 14h",
        ),
        (  # a short heading over one short paragraph labels it
            "<h3>Looptijd</h3><p>Het digipunt werkt twaalf maanden vanaf 1 mei 2027.</p>"
            "<h3>Wie kan indienen?</h3><p>Vzw's en verenigingen.</p>",
            "Looptijd: Het digipunt werkt twaalf maanden vanaf 1 mei 2027.\n\n"
            "Wie kan indienen?\n\nVzw's en verenigingen.",
        ),
        (  # an extended deadline: the struck old date is gone
            '<p>Date limite : <span style="text-decoration: line-through">20/11/2026</span>'
            " 11/12/2026</p><p>Frist: <del>1.3.2027</del> 15.3.2027</p>",
            "Date limite : 11/12/2026\n\nFrist: 15.3.2027",
        ),
    ],
)
def test_label_value_facts_keep_their_label(html, text):
    assert labelled(html) == text


SITE_HEAD = (
    "<header><h1 class='site-title'><a href='/'><img alt='logo'> Ville de X</a></h1></header>"
)


@pytest.mark.parametrize(
    ("html", "title"),
    [
        (  # WordPress: the site's name in an h1 before the post's
            f"<title>Appel A – Ville de X</title>{SITE_HEAD}"
            "<main><article><h1 class='entry-title'>Appel A</h1><p>…</p></article></main>",
            "Appel A",
        ),
        (  # SharePoint: the section link inside the h1
            "<h1 id='pageTitle'><a href='/fr/appels/Pages/default.aspx'>Appels</a>"
            "<span> › </span><span>Appel B 2027</span></h1><div>texte</div>",
            "Appel B 2027",
        ),
        (  # Liferay: a hidden h1, the title in an h2 marked as such
            "<h1 class='hide-accessible'>Navigatie</h1><div role='main'>"
            "<h2 class='header-title asset-title'><span>Oproep C</span></h2></div>",
            "Oproep C",
        ),
        (  # hand-made: no heading, a cell marked as the title
            "<table><tr><td class='titre'><font size='4'><b>Appel D</b></font></td></tr></table>",
            "Appel D",
        ),
        (  # no heading at all: og:title
            "<meta property='og:title' content='Appel E'><p>texte</p>",
            "Appel E",
        ),
        (  # a title written over several lines
            "<main><h1>Appel\n   F\t2027</h1></main>",
            "Appel F 2027",
        ),
    ],
)
def test_the_page_s_own_title(html, title):
    assert extract_page(f"<html><head></head><body>{html}</body></html>", URL).title == title


def test_a_heading_the_listing_shows_too_is_the_site_s():
    memory = SiteMemory()
    memory.learn_listing(["Förderaufrufe"], "Förderagentur: Förderaufrufe", None)
    html = (
        "<title>Förderagentur: Aufruf G</title><h1>Förderaufrufe</h1>"
        "<main><h3 itemprop='headline'>Aufruf G</h3></main>"
    )
    assert extract_page(html, URL, memory=memory).title == "Aufruf G"


def test_the_site_wide_part_of_title_is_learnt():
    memory = SiteMemory()
    for name in ("Appels", "Appel H", "Appel I"):
        memory.learn_page([], f"{name} – Ville de X", None)
    assert memory.about().strip_affixes("Appel « J » 2027 – Ville de X") == "Appel « J » 2027"
    assert memory.about().strip_affixes("Bilan – Ville de Y") == "Bilan – Ville de Y"


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("Clôturé", "closed"),
        ("Afgesloten", "closed"),
        ("Abgeschlossen", "closed"),
        ("En cours", "open"),
        ("Lopend", "open"),
        ("À venir", "forthcoming"),
        ("Binnenkort", "forthcoming"),
        ("Permanent", "permanent"),
        ("Statut : Clôturé", "closed"),
        ("Le projet en cours de réalisation", None),
        ("Résultats", None),
    ],
)
def test_status_labels(label, status):
    assert label_status(label) == status


def test_a_label_sets_or_confirms_the_status_but_a_passed_deadline_closes():
    assert with_label("unknown", "closed", deadline_passed=False, dated=False) == "closed"
    # the page's own opening date still to come wins over a loose "Lopend" badge
    assert with_label("forthcoming", "open", deadline_passed=False, dated=True) == "forthcoming"
    assert with_label("permanent", "open", deadline_passed=False, dated=False) == "permanent"
    assert with_label("closed", "open", deadline_passed=True, dated=True) == "closed"
    assert with_label("open", "permanent", deadline_passed=False, dated=True) == "open"
    assert with_label("unknown", "permanent", deadline_passed=False, dated=False) == "permanent"


LISTING = """<html><head><link rel="next" href="/appels/page/2/"></head><body>
<nav class="menu"><a href="/appels/">Appels</a><a href="/contact/">Contact</a></nav>
<main>
<article><h2><a href="/appels/appel-a/">Appel à projets A</a></h2>
  <span class="badge">En cours</span><a href="/appels/appel-a/">Lire la suite</a></article>
<article><h2><a href="/appels/appel-b/">Appel à projets B</a></h2>
  <a rel="tag" href="/tag/cloture/">Clôturé</a>
  <a href="/appels/appel-b/">Lire la suite</a></article>
<form><select><option>En cours</option></select></form>
<div class="pagination"><a href="/appels/page/2/">2</a><a href="/appels/page/3/">3</a>
  <a href="/appels/page/2/" title="Page suivante"><img alt=""></a></div>
</main></body></html>"""


def test_a_listing_page_read_generically():
    page = read_listing(LISTING, "https://x.example/appels/", re.compile(r"/appels/[^/?#]+/$"))
    assert page.calls == ["https://x.example/appels/appel-a/", "https://x.example/appels/appel-b/"]
    assert page.pages == ["https://x.example/appels/page/2/", "https://x.example/appels/page/3/"]
    tiles = {url.rsplit("/", 2)[1]: (tile.title, tile.status) for url, tile in page.tiles.items()}
    assert tiles == {
        "appel-a": ("Appel à projets A", "open"),
        "appel-b": ("Appel à projets B", "closed"),
    }


def test_link_patterns_are_proposed_from_the_links():
    links = [
        Link(f"https://x.example/fr/appels/appel-{n}", f"Appel à projets numéro {n}", "", True)
        for n in range(5)
    ]
    links += [Link("https://x.example/fr/contact", "Contact", boilerplate=True)]
    links += [Link(f"https://x.example/fr/tag/{t}", t) for t in ("cloture", "en-cours")]
    best = propose(links, ["https://x.example/fr/appels"])[0]
    assert (best.pattern, best.count) == ("/fr/appels/[^/?#]+$", 5)
    assert all(re.search(best.pattern, link.url) for link in links[:5])


def test_related_call_tiles_are_not_the_page_s_content():
    # a page builder: title, facts and text in sibling widgets, <article> only for the
    # "other calls" tiles at the bottom
    tile = (
        '<article class="post"><h4><a href="/c/{0}">Oproep {0}</a></h4><p>Tot 1 maart</p></article>'
    )
    html = (
        '<html><body><header><nav><a href="/">Home</a></nav></header><div class="section">'
        '<div class="widget"><h1>Oproep Mentoring naar werk 2027</h1></div>'
        '<div class="widget"><ul><li>Deadline: maandag 1 februari 2027, 17 uur</li></ul></div>'
        '<div class="widget post-content"><p>'
        + "Met deze oproep steunen we programma's die werkzoekenden koppelen aan een mentor. "
        * 4
        + "</p></div>"
        '<div class="grid">' + "".join(tile.format(n) for n in ("a", "b", "c")) + "</div>"
        "</div></body></html>"
    )
    page = extract_page(html, "https://example.be/c/mentoring")
    assert "Deadline: maandag 1 februari 2027, 17 uur" in page.text
    assert "werkzoekenden koppelen aan een mentor" in page.text
