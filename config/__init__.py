"""Configuration: the default files, their validated schema, and the loader.

A configuration folder holds `veille.yaml` (settings), `sources.yaml`,
`members.yaml` and optionally `topics.yaml`; any file it lacks is taken from
`config/defaults/`. YAML is read here only: the rest of Veille gets typed objects.
"""

from veille.config.loader import ConfigError, VeilleConfig, default_classifier, load_config

__all__ = ["ConfigError", "VeilleConfig", "default_classifier", "load_config"]
