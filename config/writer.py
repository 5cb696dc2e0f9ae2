"""Writing configuration files from the programme (the digest's "My filters" and
"Our profile" forms).

The file is checked with the same schema as `veille config check` before anything is written,
then replaced atomically: a reader (the service reloading its configuration) sees the old file
or the new one, never half of it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from veille.config.loader import ConfigError
from veille.config.schema import MembersFile

MEMBERS_FILE = "members.yaml"


def _problems(error: ValidationError) -> list[str]:
    return [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()]


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` (a temporary file in the same folder, then a rename)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".yaml")
    try:
        if path.exists():
            os.fchmod(handle, path.stat().st_mode & 0o777)  # keep the file's permissions
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def save_member_filter(
    folder: Path, member_id: str, subscription: str, spec: dict[str, Any]
) -> None:
    """Set one subscription's keyword filter in `folder/members.yaml`.

    Raises ConfigError (with readable problems) when the member or subscription is unknown
    or the resulting file would not validate; the file is then left untouched.
    """

    def change(member: dict[str, Any]) -> None:
        target = next(
            (s for s in member.get("subscriptions", []) if s.get("name") == subscription), None
        )
        if target is None:
            raise ConfigError([f"{MEMBERS_FILE}: member {member_id!r} has no {subscription!r}"])
        # Only non-default values are written, so the file stays short and readable.
        target["filters"] = {
            k: v
            for k, v in spec.items()
            if v not in ([], None) and not (k in ("relevant_only", "to_check") and v is True)
        }

    _edit_member(folder, member_id, change)


def save_member_profile(folder: Path, member_id: str, profile: dict[str, Any]) -> None:
    """Set a member's profile (regions, publics, activities...) in `folder/members.yaml`.

    Validated like the whole file before anything is written (ConfigError otherwise).
    """

    def change(member: dict[str, Any]) -> None:
        kept = {k: v for k, v in profile.items() if v not in ([], None, "")}
        if kept:
            member["profile"] = kept
        else:
            member.pop("profile", None)

    _edit_member(folder, member_id, change)


def _edit_member(folder: Path, member_id: str, change: Callable[[dict[str, Any]], None]) -> None:
    """Apply `change` to one member of `folder/members.yaml`, validate, then write it."""
    path = folder / MEMBERS_FILE
    original = path.read_text(encoding="utf-8")
    data = yaml.safe_load(original) or {}
    member = next((m for m in data.get("members", []) if m.get("id") == member_id), None)
    if member is None:
        raise ConfigError([f"{MEMBERS_FILE}: no member {member_id!r}"])
    change(member)
    try:
        MembersFile.model_validate(data)  # raises before anything is written
    except ValidationError as error:
        raise ConfigError(_problems(error)) from None
    # Comments inside the file cannot survive PyYAML; the header comment block is kept.
    header = (
        "".join(line for line in original.splitlines(keepends=True) if line.startswith("#"))
        if original.startswith("#")
        else ""
    )
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False)
    write_atomically(path, header + body)


def _edit_subscription(
    folder: Path, member_id: str, subscription: str, edit: Callable[[list[Any], int], None]
) -> None:
    """Apply `edit(subscriptions, index)` to one subscription of a member, then write."""

    def change(member: dict[str, Any]) -> None:
        subscriptions = member.get("subscriptions", [])
        index = next(
            (i for i, s in enumerate(subscriptions) if s.get("name") == subscription), None
        )
        if index is None:
            raise ConfigError([f"{MEMBERS_FILE}: member {member_id!r} has no {subscription!r}"])
        edit(subscriptions, index)

    _edit_member(folder, member_id, change)


def save_subscription(
    folder: Path, member_id: str, subscription: str, changes: dict[str, Any]
) -> None:
    """Change a subscription's settings (cadence, channels, language, paused) in
    `folder/members.yaml`; a setting back to its default is left out of the file.

    Raises ConfigError when the member or subscription is unknown or the file would not
    validate (a channel the member does not declare…); the file is then left untouched.
    """
    defaults = {"cadence": "instant", "language": "fr", "paused": False}

    def edit(subscriptions: list[Any], index: int) -> None:
        target = subscriptions[index]
        for key, value in changes.items():
            if key in defaults and value == defaults[key]:
                target.pop(key, None)
            else:
                target[key] = value

    _edit_subscription(folder, member_id, subscription, edit)


def remove_subscription(folder: Path, member_id: str, subscription: str) -> None:
    """Take a subscription out of `folder/members.yaml` (the member unsubscribed)."""
    _edit_subscription(folder, member_id, subscription, lambda subs, index: subs.pop(index))


def save_activity(folder: Path, member_id: str, enabled: bool) -> None:
    """Turn a member's activity digest (and partner requests) on or off."""

    def change(member: dict[str, Any]) -> None:
        activity = member.setdefault("activity", {})
        if enabled:
            activity.pop("enabled", None)
        else:
            activity["enabled"] = False
        if not activity:
            member.pop("activity")

    _edit_member(folder, member_id, change)
