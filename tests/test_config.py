import textwrap

import pytest

from veille.config import ConfigError, load_config
from veille.config.loader import DEFAULTS


def write(folder, name, text):
    (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")


def problems(folder) -> list[str]:
    with pytest.raises(ConfigError) as raised:
        load_config(folder)
    return raised.value.problems


def test_default_configuration_is_valid():
    config = load_config(DEFAULTS)
    assert {s.name for s in config.sources} >= {
        "eu-funding-tenders",
        "cocof",
        "bruxelles-economie-emploi",
    }
    assert config.topics  # the classifier's vocabulary ships with the defaults


SOURCE = """\
sources:
  - name: commune-x
    title: Commune X
    funder: Commune X
    type: listing
    languages: [fr]
    start_urls: [https://www.commune-x.be/appels]
    link_pattern: "/appel-"
"""


@pytest.mark.parametrize(
    ("replace", "by", "expected"),
    [
        (
            "    funder: Commune X\n",
            "    funder: Commune X\n    fundr: typo\n",
            ":5: sources.0.fundr: unknown key",
        ),
        ("languages: [fr]", "languages: [xx]", ":6: sources.0.languages.0: Input should be"),
        (
            "link_pattern:",
            "schedule: 'every day'\n    link_pattern:",
            ":8: sources.0.schedule: Value error, 'every day' is not a crontab line",
        ),
        (
            "https://www.commune-x.be/appels",
            "ftp://commune-x.be",
            ":7: sources.0.start_urls: Value error, 'ftp://commune-x.be' is not an http(s) URL",
        ),
        (
            '    link_pattern: "/appel-"\n',
            "",
            ":2: sources.0: Value error, a 'listing' source needs a link_pattern",
        ),
    ],
)
def test_source_mistakes_name_file_and_line(tmp_path, replace, by, expected):
    write(tmp_path, "sources.yaml", SOURCE.replace(replace, by))

    [problem] = problems(tmp_path)

    assert problem.startswith(str(tmp_path / "sources.yaml"))
    assert expected in problem


def test_duplicate_source_names_are_refused(tmp_path):
    body = SOURCE + SOURCE.split("sources:\n", 1)[1]
    write(tmp_path, "sources.yaml", body)

    [problem] = problems(tmp_path)

    assert "two sources are named 'commune-x'" in problem


def test_missing_secret_is_named_without_its_value(tmp_path, monkeypatch):
    monkeypatch.delenv("VEILLE_TEST_SMTP_PASSWORD", raising=False)
    write(
        tmp_path,
        "members.yaml",
        """\
        members:
          - id: asbl-a
            name: ASBL A
            channels:
              - name: mail
                url: "mailtos://bot:${VEILLE_TEST_SMTP_PASSWORD}@smtp.example.org"
            subscriptions:
              - {name: all, channels: [mail]}
        """,
    )

    [problem] = problems(tmp_path)

    assert problem.endswith(
        "members.yaml:6: members.0.channels.0.url: environment variable "
        "VEILLE_TEST_SMTP_PASSWORD is not set"
    )


def test_subscription_must_use_a_declared_channel(tmp_path):
    write(
        tmp_path,
        "members.yaml",
        """\
        members:
          - id: asbl-a
            name: ASBL A
            subscriptions:
              - {name: all, channels: [matrix]}
        """,
    )

    [problem] = problems(tmp_path)

    assert (
        "members.yaml:2: members.0: Value error, subscription 'all' uses channel 'matrix'"
        in problem
    )


def test_yaml_syntax_error_is_reported_with_its_line(tmp_path):
    write(tmp_path, "veille.yaml", "bot:\n  contact: [unclosed\n")

    [problem] = problems(tmp_path)

    assert "veille.yaml: cannot read" in problem and "line" in problem


def test_missing_secrets_are_found_in_every_channel_setting(tmp_path, monkeypatch):
    """Regression: admin channels, the coalition room and the sign-in mailer were not checked."""
    for name in ("VEILLE_T_ADMIN", "VEILLE_T_ROOM", "VEILLE_T_MAIL"):
        monkeypatch.delenv(name, raising=False)
    write(
        tmp_path,
        "veille.yaml",
        """\
        bot: {contact: admin@example.org}
        admin_channels:
          - {name: admins, url: "mailtos://a:${VEILLE_T_ADMIN}@smtp.example.org"}
        coalition_room:
          url: "matrixs://bot:${VEILLE_T_ROOM}@matrix.example.org/#calls:example.org"
        web:
          signin_mail_url: "mailtos://a:${VEILLE_T_MAIL}@smtp.example.org"
        """,
    )

    found = problems(tmp_path)

    assert [problem.split("veille.yaml")[1] for problem in found] == [
        ":3: admin_channels.0.url: environment variable VEILLE_T_ADMIN is not set",
        ":5: coalition_room.url: environment variable VEILLE_T_ROOM is not set",
        ":7: web.signin_mail_url: environment variable VEILLE_T_MAIL is not set",
    ]
