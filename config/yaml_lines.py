"""YAML loading that remembers the line of every value, for error messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

Location = tuple[str | int, ...]


class LineIndex:
    """Maps a location inside the loaded data (keys and indices) to its source line."""

    def __init__(self, lines: dict[Location, int]):
        self._lines = lines

    def line_of(self, location: Location) -> int | None:
        # The deepest known prefix: a missing key is reported at its parent's line.
        for end in range(len(location), -1, -1):
            line = self._lines.get(tuple(location[:end]))
            if line is not None:
                return line
        return None


def _index(node: yaml.Node, location: Location, lines: dict[Location, int]) -> None:
    lines[location] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            lines[(*location, key)] = key_node.start_mark.line + 1
            _index(value_node, (*location, key), lines)
            lines[(*location, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            _index(item, (*location, position), lines)


def load_yaml(path: Path) -> tuple[Any, LineIndex]:
    """Parse a YAML file; raise yaml.YAMLError (with its own line) on bad syntax."""
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    node = yaml.compose(text)
    lines: dict[Location, int] = {}
    if node is not None:
        _index(node, (), lines)
    return data, LineIndex(lines)
