"""Scrapy project: spiders (one per source type), pipelines and settings.

This package is the only place that imports Scrapy.
"""
