"""Load a configuration folder, validate it, and report each error with file and line."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
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
from veille.domain.second_opinion import shipped

DEFAULTS = Path(__file__).resolve().parent / "defaults"
DEMO = Path(__file__).resolve().parent / "demo"
ENV_REFERENCE = re.compile(r"\$\{([A-Z_][A-Z0-9_]*)\}")
# pydantic's names for a key the schema does not have (models; the vocabulary's dataclasses)
UNKNOWN_KEY = ("extra_forbidden", "unexpected_keyword_argument")

# Says what is wrong with a channel URL (its secrets resolved), or None when it is usable.
# The alerts layer passes apprise's own judgement (veille.alerts.deliver.check_channel_url):
# every scheme apprise knows is accepted, and only those.
ChannelCheck = Callable[[str], str | None]


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
        """A relative `data_dir` is relative to the configuration folder, wherever the
        service is started from; with the built-in defaults alone (no folder), to the
        current directory."""
        path = Path(self.settings.data_dir)
        if path.is_absolute():
            return path
        base = Path.cwd() if self.folder.resolve() == DEFAULTS else self.folder
        return (base / path).absolute()


def _file(folder: Path, name: str) -> Path:
    own = folder / name
    return own if own.exists() else DEFAULTS / name


def _validate(schema: type[BaseModel] | TypeAdapter[Any], path: Path, problems: list[str]) -> Any:
    try:
        data, lines = load_yaml(path)
    except yaml.YAMLError as error:
        problems.append(yaml_problem(path, error))
        return None
    except (OSError, UnicodeDecodeError) as error:
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


def yaml_problem(path: Path, error: yaml.YAMLError) -> str:
    """A YAML syntax error as "FILE:LINE: …", like every other configuration mistake.

    >>> try:
    ...     yaml.safe_load("members:\\n\\t- id: x\\n")
    ... except yaml.YAMLError as error:
    ...     print(yaml_problem(Path("members.yaml"), error))
    members.yaml:2: YAML syntax: a tab character: YAML is indented with spaces
    """
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        line = error.problem_mark.line + 1
        what = error.problem or "not valid YAML"
        if "'\\t'" in what:
            what = "a tab character: YAML is indented with spaces"
        context = error.context_mark
        where = _context_words(error.context or "")
        if where and context is not None and context.line + 1 != line:
            what += f" ({where} on line {context.line + 1})"
        return f"{path}:{line}: YAML syntax: {what}"
    return f"{path}:1: YAML syntax: {error}"


def _context_words(context: str) -> str:
    """PyYAML's "while parsing a flow sequence" as a person would say it."""
    known = {
        "while parsing a flow sequence": "in the list that starts",
        "while parsing a flow mapping": "in the mapping that starts",
        "while parsing a block mapping": "in the block that starts",
        "while parsing a block collection": "in the list that starts",
        "while scanning a quoted scalar": "in the quoted text that starts",
        "while scanning a simple key": "in the key that starts",
    }
    return known.get(context, "")


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


def _check_channels(
    channels: list[ConfiguredChannel],
    folder: Path,
    problems: list[str],
    check_channel: ChannelCheck | None,
) -> None:
    """A ${VAR} that the environment lacks is an error, wherever the URL is; so is a URL
    that `check_channel` (apprise) cannot use."""
    for channel in channels:
        path = _file(folder, channel.file)
        missing = [name for name in ENV_REFERENCE.findall(channel.url) if name not in os.environ]
        if missing:
            line = load_yaml(path)[1].line_of(channel.location)
            problems.extend(
                f"{path}:{line}: {channel.where}: environment variable {name} is not set"
                for name in missing
            )
            continue
        problem = check_channel(resolve_secrets(channel.url)) if check_channel else None
        if problem:
            line = load_yaml(path)[1].line_of(channel.location)
            problems.append(f"{path}:{line}: {channel.where}: {problem}")


def load_config(
    folder: str | Path | None = None,
    *,
    check_secrets: bool = True,
    check_channel: ChannelCheck | None = None,
) -> VeilleConfig:
    """Load and validate every file; raise ConfigError listing every problem found.

    `check_channel` judges each channel URL (secrets resolved); the commands that deliver
    pass apprise's (veille.alerts.deliver.check_channel_url), so that an unusable URL stops
    them like any other mistake.
    """
    folder = Path(folder) if folder else DEFAULTS
    if not folder.is_dir():
        raise ConfigError([f"{folder}: configuration folder not found"])
    problems: list[str] = []
    settings = _validate(Settings, _file(folder, "veille.yaml"), problems)
    sources = _validate(SourcesFile, _file(folder, "sources.yaml"), problems)
    members = _validate(MembersFile, _file(folder, "members.yaml"), problems)
    if members is not None and settings is not None and check_secrets:
        channels = configured_channels(settings, members.members)
        _check_channels(channels, folder, problems, check_channel)
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
    return Classifier(vocabulary, shipped())
