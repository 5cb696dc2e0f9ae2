"""`make messages`: extract the messages of the code and templates, update the catalogues.

    python tools/messages.py          # pybabel extract, then pybabel update of fr, nl and en

New or changed messages arrive with an empty translation (no fuzzy guesses: a guess from a
neighbouring message is more often wrong than right): tests/test_catalogues.py fails until
someone writes the words; a fuzzy entry, if one is ever written by hand, fails it too. The .po files
carry no source locations and are sorted by message, so that two branches adding messages
rarely touch the same lines.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import CommandLineInterface, parse_mapping_cfg

ROOT = Path(__file__).resolve().parent.parent
MAPPING = ROOT / "babel.cfg"
LOCALES = ROOT / "veille" / "locales"
LANGUAGES = ("fr", "nl", "en")
# Folders holding code and templates (the repository's top-level packages).
SOURCES = ("veille", "alerts", "web", "scheduler", "crawler", "config")
# veille.i18n.translate(lang, message, **values): the message is the second argument; the
# templates' label(message) adds a colon; Words.gettext/ngettext/pgettext/npgettext and the
# templates' _() use pybabel's defaults.
KEYWORDS = {"translate": (2,), "label": (1,)}
COMMENT_TAGS = ("Translators:",)


def extract() -> Catalog:
    """Every message of the code and templates, as pybabel extract finds them."""
    with MAPPING.open(encoding="utf-8") as mapping:
        method_map, options_map = parse_mapping_cfg(mapping)
    catalog = Catalog(domain="messages")
    keywords = {**DEFAULT_KEYWORDS, **KEYWORDS}
    for folder in SOURCES:
        for filename, lineno, message, comments, context in extract_from_dir(
            ROOT / folder, method_map, options_map, keywords, COMMENT_TAGS, strip_comment_tags=True
        ):
            catalog.add(
                message,
                None,
                [(f"{folder}/{filename}", lineno)],
                auto_comments=comments,
                context=context,
            )
    return catalog


def pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        template = str(Path(folder) / "messages.pot")
        keywords = [f"-k{name}:{','.join(map(str, spec))}" for name, spec in KEYWORDS.items()]
        pybabel(
            "extract", "-F", str(MAPPING), *keywords, "-c", COMMENT_TAGS[0], "-s",
            "--no-location", "--sort-output", "--no-wrap", "--project", "Veille",
            "-o", template, *(str(ROOT / folder) for folder in SOURCES),
        )  # fmt: skip
        for lang in LANGUAGES:
            if not (LOCALES / lang / "LC_MESSAGES" / "messages.po").exists():
                pybabel("init", "-i", template, "-d", str(LOCALES), "-l", lang, "--no-wrap")
        pybabel(
            "update", "-i", template, "-d", str(LOCALES), "--no-wrap", "--ignore-obsolete",
            "--ignore-pot-creation-date", "--no-fuzzy-matching",
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
