import subprocess
import sys
import textwrap
from dataclasses import asdict
from pathlib import Path

import pytest
import yaml

from veille.config import ConfigError, load_config, sources
from veille.config.loader import DEFAULTS
from veille.config.schema import Bot, Settings
from veille.domain.classify import ClassifierSettings


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

    assert problem == (
        f"{tmp_path / 'veille.yaml'}:3: YAML syntax: expected ',' or ']', but got "
        "'<stream end>' (in the list that starts on line 2)"
    )


def test_a_tab_in_yaml_is_named_with_its_line(tmp_path):
    write(tmp_path, "members.yaml", "members:\n\t- id: x\n")

    [problem] = problems(tmp_path)

    assert problem == (
        f"{tmp_path / 'members.yaml'}:2: YAML syntax: a tab character: YAML is indented with spaces"
    )


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


TED = """\
sources:
  - name: ted
    title: TED
    funder: Acheteurs publics belges
    type: json_api
    languages: [fr]
    start_urls: [https://api.ted.europa.eu/v3/notices/search]
    options:
      api: ted
      query: buyer-country=BEL
      max_page: 5
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TED, ":11: sources.0.options.max_page: unknown key (check its spelling and indentation)"),
        (
            TED.replace("      max_page: 5\n", "").replace("api: ted", "api: tedd"),
            ":2: sources.0: type must be one of sedia, feed, listing, sitemap, sections, "
            "json_api, and a json_api source needs options.api, one of ted, bosa, swiftype",
        ),
        (
            TED.replace("      max_page: 5\n", "").replace("      query: buyer-country=BEL\n", ""),
            ":8: sources.0.options.query: Field required",
        ),
        (  # a TED source follows no links: link_pattern is a mistake, not ignored
            TED.replace("      max_page: 5\n", "").replace(
                "    options:", "    link_pattern: x\n    options:"
            ),
            ":8: sources.0.link_pattern: unknown key",
        ),
        (
            SOURCE.replace(
                'link_pattern: "/appel-"',
                'link_pattern: "/appel-"\n    options: {max_listing_pages: 0}',
            ),
            ":9: sources.0.options.max_listing_pages: Input should be greater than or equal to 1",
        ),
        (
            SOURCE.replace("type: listing", "type: feed").replace(
                '    link_pattern: "/appel-"\n', "    next_pattern: x\n"
            ),
            ":8: sources.0.next_pattern: unknown key",
        ),
    ],
)
def test_source_options_are_typed_per_type(tmp_path, text, expected):
    write(tmp_path, "sources.yaml", text)

    [problem] = problems(tmp_path)

    assert problem.startswith(str(tmp_path / "sources.yaml"))
    assert expected in problem


def test_topics_mistakes_name_file_and_line(tmp_path):
    topics = (DEFAULTS / "topics.yaml").read_text(encoding="utf-8")
    topics = topics.replace("  max_gap: 2\n", "  max_gap: two\n  max_gaps: 2\n")
    topics = topics.replace("negations:\n  fr:", "negations:\n  frr:")
    write(tmp_path, "topics.yaml", topics)

    found = problems(tmp_path)

    lines = topics.splitlines()
    assert [problem.split("topics.yaml:")[1] for problem in found] == [
        f"{lines.index('  max_gap: two') + 1}: settings.max_gap: "
        "Input should be a valid integer, unable to parse string as an integer",
        f"{lines.index('  max_gaps: 2') + 1}: settings.max_gaps: "
        "unknown key (check its spelling and indentation)",
        f"{lines.index('  frr: [pas, aucun, aucune, sans, ni, non]') + 1}: negations.frr.[key]: "
        "Input should be 'fr', 'nl', 'en' or 'de'",
    ]


def without_none(value):
    """A model dump without the unset optional values (they are commented out in the file)."""
    if isinstance(value, dict):
        return {key: without_none(item) for key, item in value.items() if item is not None}
    return value


def test_default_veille_yaml_lists_exactly_the_schemas_defaults():
    text = (DEFAULTS / "veille.yaml").read_text(encoding="utf-8")
    listed = yaml.safe_load(text)

    defaults = Settings(bot=Bot(contact=listed["bot"]["contact"])).model_dump()

    assert listed == without_none(defaults)
    assert "\n# coalition_room:" in text and "\n  # signin_mail_url:" in text  # the unset ones


def test_default_topics_yaml_lists_exactly_the_classifiers_defaults():
    listed = yaml.safe_load((DEFAULTS / "topics.yaml").read_text(encoding="utf-8"))["settings"]

    assert listed == asdict(ClassifierSettings())


def test_channels_are_one_list_with_their_owner_and_place(tmp_path):
    write(
        tmp_path,
        "members.yaml",
        """\
        members:
          - id: asbl-a
            name: ASBL A
            channels:
              - {name: mail, url: "mailto://a.example"}
              - {name: room, url: "matrix://b.example"}
        """,
    )
    write(
        tmp_path,
        "veille.yaml",
        """\
        bot: {contact: admin@example.org}
        admin_channels: [{name: it, url: "mailto://it.example"}]
        coalition_room: {url: "matrix://room.example"}
        web: {signin_mail_url: "mailto://signin.example"}
        """,
    )

    channels = load_config(tmp_path).channels()

    assert [(c.label, c.owner, c.name, c.url, c.file, c.where) for c in channels] == [
        (
            "asbl-a/mail",
            "asbl-a",
            "mail",
            "mailto://a.example",
            "members.yaml",
            "members.0.channels.0.url",
        ),
        (
            "asbl-a/room",
            "asbl-a",
            "room",
            "matrix://b.example",
            "members.yaml",
            "members.0.channels.1.url",
        ),
        ("admin/it", "_admin", "it", "mailto://it.example", "veille.yaml", "admin_channels.0.url"),
        (
            "coalition room",
            "_coalition",
            "room",
            "matrix://room.example",
            "veille.yaml",
            "coalition_room.url",
        ),
        (
            "sign-in mailer",
            "_web",
            "signin",
            "mailto://signin.example",
            "veille.yaml",
            "web.signin_mail_url",
        ),
    ]


def test_config_check_names_a_misspelt_option_with_its_file_and_line(tmp_path):
    write(tmp_path, "sources.yaml", TED)
    veille = Path(sys.executable).parent / "veille"

    done = subprocess.run(
        [str(veille), "config", "check", "--config", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"error: {tmp_path / 'sources.yaml'}:11: sources.0.options.max_page: "
        "unknown key (check its spelling and indentation)\n"
    )


OPTION_MODELS = [
    sources.AttachmentOptions,
    sources.ListingOptions,
    sources.SitemapOptions,
    sources.SectionsOptions,
    sources.SediaOptions,
    sources.TedOptions,
    sources.BosaOptions,
    sources.SwiftypeOptions,
]


@pytest.mark.parametrize(
    "name", sorted({name for model in OPTION_MODELS for name in model.model_fields} - {"api"})
)
def test_docs_list_every_source_option(name):
    text = (Path(__file__).resolve().parents[1] / "docs" / "sources.md").read_text("utf-8")
    assert f"`options.{name}`" in text or f", `{name}`" in text


def test_a_misspelt_region_in_a_members_filter_is_named_with_its_line(tmp_path):
    write(
        tmp_path,
        "members.yaml",
        """\
        members:
          - id: asbl-a
            name: ASBL A
            channels: [{name: mail, url: "mailto://a@example.org"}]
            subscriptions:
              - name: all
                channels: [mail]
                filters: {regions: [Brussel, Bruxels]}
        """,
    )

    [problem] = problems(tmp_path)

    assert "members.yaml:8:" in problem and "unknown region 'Bruxels'" in problem
