"""Load a configuration folder, validate it, and report each error with file and line."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from veille.config.schema import Member, MembersFile, Settings, Source, SourcesFile
from veille.config.yaml_lines import LineIndex, Location, load_yaml

DEFAULTS = Path(__file__).resolve().parent / "defaults"
DEMO = Path(__file__).resolve().parent / "demo"
ENV_REFERENCE = re.compile(r"\$\{([A-Z_][A-Z0-9_]*)\}")


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
    topics: dict[str, Any]

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)

    @property
    def data_dir(self) -> Path:
        path = Path(self.settings.data_dir)
        return path if path.is_absolute() else (Path.cwd() / path)


def _file(folder: Path, name: str) -> Path:
    own = folder / name
    return own if own.exists() else DEFAULTS / name


def _validate(model: type[BaseModel], path: Path, problems: list[str]) -> Any:
    try:
        data, lines = load_yaml(path)
    except (OSError, yaml.YAMLError) as error:
        problems.append(f"{path}: cannot read: {error}")
        return None
    try:
        return model.model_validate(data or {})
    except ValidationError as error:
        problems.extend(_describe(error, path, lines))
        return None


def _describe(error: ValidationError, path: Path, lines: LineIndex) -> list[str]:
    described = []
    for problem in error.errors():
        location = tuple(problem["loc"])
        where = ".".join(str(part) for part in location) or "(top level)"
        line = lines.line_of(location)
        message = problem["msg"]
        if problem["type"] == "extra_forbidden":
            message = "unknown key (check its spelling and indentation)"
        described.append(f"{path}:{line or 1}: {where}: {message}")
    return described


def resolve_secrets(url: str, environ: dict[str, str] | None = None) -> str:
    """Replace ${VAR} references from the environment; a missing one is a KeyError."""
    environ = os.environ if environ is None else environ
    return ENV_REFERENCE.sub(lambda match: environ[match.group(1)], url)


def channel_urls(settings: Settings, members: list[Member]) -> list[tuple[str, Location, str]]:
    """Every URL that may carry a secret: (file name, location in it, URL)."""
    found: list[tuple[str, Location, str]] = [
        ("members.yaml", ("members", m, "channels", c, "url"), channel.url)
        for m, member in enumerate(members)
        for c, channel in enumerate(member.channels)
    ]
    found += [
        ("veille.yaml", ("admin_channels", a, "url"), channel.url)
        for a, channel in enumerate(settings.admin_channels)
    ]
    if settings.coalition_room is not None:
        found.append(("veille.yaml", ("coalition_room", "url"), settings.coalition_room.url))
    if settings.web.signin_mail_url:
        found.append(("veille.yaml", ("web", "signin_mail_url"), settings.web.signin_mail_url))
    return found


def _check_secrets(
    settings: Settings, members: list[Member], folder: Path, problems: list[str]
) -> None:
    """A ${VAR} that the environment lacks is an error, wherever the URL is."""
    for file_name, location, url in channel_urls(settings, members):
        missing = [name for name in ENV_REFERENCE.findall(url) if name not in os.environ]
        if missing:
            path = _file(folder, file_name)
            line = load_yaml(path)[1].line_of(location)
            where = ".".join(str(part) for part in location)
            problems.extend(
                f"{path}:{line}: {where}: environment variable {name} is not set"
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
    members_path = _file(folder, "members.yaml")
    members = _validate(MembersFile, members_path, problems)
    if members is not None and settings is not None and check_secrets:
        _check_secrets(settings, members.members, folder, problems)
    topics_path = _file(folder, "topics.yaml")
    try:
        topics = load_yaml(topics_path)[0] or {}
    except (OSError, yaml.YAMLError) as error:
        problems.append(f"{topics_path}: cannot read: {error}")
        topics = {}
    if problems:
        raise ConfigError(problems)
    return VeilleConfig(
        folder=folder,
        settings=settings,
        sources=list(sources.sources),
        coalition=members.coalition,
        members=list(members.members),
        topics=topics,
    )
