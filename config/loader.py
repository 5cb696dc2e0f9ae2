"""Load a configuration folder, validate it, and report each error with file and line."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from veille.config.channels import ConfiguredChannel, configured_channels
from veille.config.schema import ConceptsFile, Member, MembersFile, Settings, TopicsFile
from veille.config.sources import SOURCE_TAGS, Source, SourcesFile
from veille.config.yaml_lines import LineIndex, Location, load_yaml
from veille.domain.classify import Classifier, Vocabulary
from veille.domain.concepts import Concepts

DEFAULTS = Path(__file__).resolve().parent / "defaults"
DEMO = Path(__file__).resolve().parent / "demo"
ENV_REFERENCE = re.compile(r"\$\{([A-Z_][A-Z0-9_]*)\}")
# pydantic's names for a key the schema does not have (models; the vocabulary's dataclasses)
UNKNOWN_KEY = ("extra_forbidden", "unexpected_keyword_argument")


class ConfigError(Exception):
    """One or more configuration problems, each already located ("file:line: what")."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class VeilleConfig:
    folder: Path
    settings: Settings
    sources: list[Source]
    coalition: str
    members: list[Member]
    topics: Vocabulary
    concepts: Concepts = field(default_factory=Concepts)  # what a search crosses languages with

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)

    def channels(self) -> list[ConfiguredChannel]:
        """Every configured channel URL (members', administrators', the coalition room's and
        the sign-in mailer's), with where it is written; URLs still hold their ${VAR}s."""
        return configured_channels(self.settings, self.members)

    @property
    def data_dir(self) -> Path:
        path = Path(self.settings.data_dir)
        return path if path.is_absolute() else (Path.cwd() / path)


def _file(folder: Path, name: str) -> Path:
    own = folder / name
    return own if own.exists() else DEFAULTS / name


def _validate(schema: type[BaseModel] | TypeAdapter[Any], path: Path, problems: list[str]) -> Any:
    try:
        data, lines = load_yaml(path)
    except (OSError, yaml.YAMLError) as error:
        problems.append(f"{path}: cannot read: {error}")
        return None
    try:
        if isinstance(schema, TypeAdapter):
            return schema.validate_python(data or {})
        return schema.model_validate(data or {})
    except ValidationError as error:
        problems.extend(_describe(error, path, data, lines))
        return None


def _in_file(location: tuple[Any, ...], data: Any) -> Location:
    """The error's location in the file's own keys and indices.

    pydantic puts the tag of the model it chose for a source ("listing", "json_api:ted")
    into the location; it names no key of the file, so it is left out.
    """
    kept: list[str | int] = []
    node = data
    for part in location:
        inside_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if inside_list or (isinstance(node, dict) and part in node):
            node = node[part]
        elif part in SOURCE_TAGS:
            continue
        else:
            node = None
        kept.append(part)
    return tuple(kept)


def _describe(error: ValidationError, path: Path, data: Any, lines: LineIndex) -> list[str]:
    described = []
    for problem in error.errors():
        location = _in_file(tuple(problem["loc"]), data)
        where = ".".join(str(part) for part in location) or "(top level)"
        line = lines.line_of(location)
        message = problem["msg"]
        if problem["type"] in UNKNOWN_KEY:
            message = "unknown key (check its spelling and indentation)"
        described.append(f"{path}:{line or 1}: {where}: {message}")
    return described


def resolve_secrets(url: str, environ: Mapping[str, str] | None = None) -> str:
    """Replace ${VAR} references from the environment; a missing one is a KeyError."""
    values = os.environ if environ is None else environ
    return ENV_REFERENCE.sub(lambda match: values[match.group(1)], url)


def _check_secrets(channels: list[ConfiguredChannel], folder: Path, problems: list[str]) -> None:
    """A ${VAR} that the environment lacks is an error, wherever the URL is."""
    for channel in channels:
        missing = [name for name in ENV_REFERENCE.findall(channel.url) if name not in os.environ]
        if missing:
            path = _file(folder, channel.file)
            line = load_yaml(path)[1].line_of(channel.location)
            problems.extend(
                f"{path}:{line}: {channel.where}: environment variable {name} is not set"
                for name in missing
            )


def load_config(folder: str | Path | None = None, *, check_secrets: bool = True) -> VeilleConfig:
    """Load and validate every file; raise ConfigError listing every problem found."""
    folder = Path(folder) if folder else DEFAULTS
    if not folder.is_dir():
        raise ConfigError([f"{folder}: configuration folder not found"])
    problems: list[str] = []
    settings = _validate(Settings, _file(folder, "veille.yaml"), problems)
    sources = _validate(SourcesFile, _file(folder, "sources.yaml"), problems)
    members = _validate(MembersFile, _file(folder, "members.yaml"), problems)
    if members is not None and settings is not None and check_secrets:
        _check_secrets(configured_channels(settings, members.members), folder, problems)
    topics = _validate(TopicsFile, _file(folder, "topics.yaml"), problems)
    concepts = _validate(ConceptsFile, _file(folder, "concepts.yaml"), problems)
    if problems:
        raise ConfigError(problems)
    return VeilleConfig(
        folder=folder,
        settings=settings,
        sources=list(sources.sources),
        coalition=members.coalition,
        members=list(members.members),
        topics=topics,
        concepts=_concepts(concepts),
    )


def _concepts(data: dict[str, dict[str, list[str]]]) -> Concepts:
    return Concepts(
        {
            name: {lang: tuple(forms) for lang, forms in languages.items()}
            for name, languages in data.items()
        }
    )


@lru_cache(maxsize=1)
def default_classifier() -> Classifier:
    """The classifier with the built-in vocabulary, config/defaults/topics.yaml (cached:
    it is immutable in use)."""
    problems: list[str] = []
    vocabulary = _validate(TopicsFile, DEFAULTS / "topics.yaml", problems)
    if problems:
        raise ConfigError(problems)
    return Classifier(vocabulary)
