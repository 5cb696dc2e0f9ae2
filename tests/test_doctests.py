"""The examples in docstrings are true (they document behaviour, so they are tested)."""

import doctest
import importlib

import pytest

MODULES = [
    "veille.alerts.deliver",
    "veille.alerts.reminders",
    "veille.crawler.pager",
    "veille.crawler.pending",
    "veille.crawler.replay",
    "veille.crawler.site_memory",
    "veille.crawler.urls",
    "veille.web.table_export",
    "veille.web.views",
    "veille.coalition_words.fits",
    "veille.coalition_words.history",
    "veille.coalition_words.labels",
    "veille.domain.coalition",
    "veille.domain.diff",
    "veille.domain.fit",
    "veille.domain.call",
    "veille.domain.call_fingerprint",
    "veille.domain.classify",
    "veille.domain.concepts",
    "veille.domain.crontab",
    "veille.domain.date_forms",
    "veille.domain.dedup",
    "veille.domain.date_mentions",
    "veille.domain.date_vocabulary",
    "veille.domain.dates",
    "veille.domain.facts",
    "veille.domain.health",
    "veille.domain.observatory",
    "veille.domain.raw_call",
    "veille.domain.status_labels",
    "veille.domain.text",
    "veille.domain.verdicts",
    "veille.domain.vocabulary",
    "veille.i18n.amounts",
    "veille.i18n.catalogues",
    "veille.i18n.dates",
    "veille.i18n.names",
    "veille.logs",
    "veille.presentation",
    "veille.scheduler.jobs",
    "veille.storage.call_queries",
    "veille.storage.marks",
    "veille.storage.read_model",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no example any more: remove it from the list"
    assert result.failed == 0
