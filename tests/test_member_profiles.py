"""Member profiles in members.yaml: closed lists, checked with the file and line of a mistake,
and documented in the default file's comments (every value of every list)."""

import re
import textwrap

import pytest
import yaml

from veille.config import ConfigError, load_config
from veille.config.loader import DEFAULTS
from veille.config.schema import MembersFile
from veille.domain.vocabulary import ACTIVITIES, LEGAL_FORMS, OFFERS, PUBLICS, REGIONS


def problems(folder, members: str) -> list[str]:
    (folder / "members.yaml").write_text(textwrap.dedent(members), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(folder)
    return raised.value.problems


def test_a_value_outside_a_closed_list_is_named_with_its_line(tmp_path):
    [problem] = problems(
        tmp_path,
        """\
        members:
          - id: asbl-a
            name: ASBL A
            profile:
              regions: [brussels]
              publics: [neet, teenagers]
        """,
    )
    assert "members.yaml:6: members.0.profile.publics.1: Input should be" in problem
    assert "'neet'" in problem and "'young_people'" in problem


def test_an_unknown_profile_key_and_an_undeclared_activity_channel(tmp_path):
    [unknown] = problems(
        tmp_path,
        """\
        members:
          - id: asbl-a
            name: ASBL A
            profile: {region: [brussels]}
        """,
    )
    assert "members.yaml:4: members.0.profile.region: unknown key" in unknown
    [undeclared] = problems(
        tmp_path,
        """\
        members:
          - id: asbl-a
            name: ASBL A
            channels: [{name: email, url: "mailto://127.0.0.1?to=a@b.org"}]
            activity: {channels: [matrix]}
        """,
    )
    assert "activity uses channel 'matrix', which member 'asbl-a' does not declare" in undeclared


def _commented_example() -> dict:
    """The example member the default members.yaml describes in its comments."""
    text = (DEFAULTS / "members.yaml").read_text(encoding="utf-8")
    lines = [line[2:] for line in text.splitlines() if line.startswith("# ")]
    example = "\n".join(lines)
    example = example[example.index("members:") :]
    return yaml.safe_load(re.sub(r"\s+#.*", "", example))


def test_the_default_file_documents_a_valid_profile_and_every_value():
    [member] = MembersFile.model_validate(_commented_example()).members
    assert member.profile.regions == ["brussels"] and member.activity.cadence == "weekly"
    comments = (DEFAULTS / "members.yaml").read_text(encoding="utf-8")
    for values in (REGIONS, PUBLICS, ACTIVITIES, LEGAL_FORMS, OFFERS):
        missing = [value for value in values if not re.search(rf"\b{value}\b", comments)]
        assert missing == []
