"""The running service follows edits of members.yaml (e.g. filters saved from the digest site)."""

import os

import yaml

from tests.factories import Member, channel, member, subscription
from veille.config.loader import load_config
from veille.scheduler.work import ServiceContext


def asbl_a(topics: list[str]) -> Member:
    """ASBL A, its one subscription following `topics`."""
    return member(
        "asbl-a",
        "ASBL A",
        channels=[channel("mailto://127.0.0.1:2525?from=v@localhost&to=a@example.org", "mail")],
        subscriptions=[subscription("all", channels=["mail"], topics=topics)],
    )


def write_members(folder, members, stamp):
    path = folder / "members.yaml"
    path.write_text(yaml.safe_dump({"members": members}), encoding="utf-8")
    os.utime(path, (stamp, stamp))  # a distinct modification time, whatever the clock


def topics_of(ctx: ServiceContext) -> list[str]:
    return list(ctx.config.members[0].subscriptions[0].filters.topics)


def test_an_edited_filter_is_used_by_the_next_job(tmp_path):
    write_members(tmp_path, [asbl_a(["insertion"])], 1_000_000)
    ctx = ServiceContext(config=load_config(tmp_path), data_dir=tmp_path, config_dir=tmp_path)
    ctx.refresh_config()
    assert topics_of(ctx) == ["insertion"]

    write_members(tmp_path, [asbl_a(["mentoring"])], 1_000_100)
    ctx.refresh_config()
    assert topics_of(ctx) == ["mentoring"]


def test_an_invalid_edit_keeps_the_running_configuration(tmp_path, caplog):
    write_members(tmp_path, [asbl_a(["mentoring"])], 1_000_000)
    ctx = ServiceContext(config=load_config(tmp_path), data_dir=tmp_path, config_dir=tmp_path)
    ctx.refresh_config()

    write_members(tmp_path, [{**asbl_a(["mentoring"]), "colour": "blue"}], 1_000_100)
    ctx.refresh_config()

    assert topics_of(ctx) == ["mentoring"]
    assert "configuration changed but is not valid" in caplog.text
    assert "members.yaml:" in caplog.text
