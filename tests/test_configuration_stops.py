"""Configuration mistakes stop the service before it starts, named as FILE:LINE: what."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

VEILLE = str(Path(sys.executable).parent / "veille")

MEMBERS = """\
members:
  - id: asbl-a
    name: ASBL A
    channels:
      - name: email
        url: "smtp://veille:${VEILLE_T_PASSWORD}@smtp.example.org:587?to=info@asbl-a.example"
    subscriptions:
      - {name: alertes, channels: [email]}
"""


def folder_with(tmp_path: Path, members: str) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "veille.yaml").write_text(
        f"bot: {{contact: admin@example.org}}\ndata_dir: {tmp_path / 'data'}\n", encoding="utf-8"
    )
    (folder / "members.yaml").write_text(textwrap.dedent(members), encoding="utf-8")
    return folder


def veille(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "VEILLE_T_PASSWORD": "s3cret-pass"}
    return subprocess.run([VEILLE, *args], capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.parametrize(
    "command",
    [["run"], ["run", "--once"], ["run", "--no-web"], ["config", "check"], ["serve"]],
    ids=" ".join,
)
def test_an_smtp_url_stops_the_command_with_file_and_line(tmp_path, command):
    folder = folder_with(tmp_path, MEMBERS)

    done = veille(*command, "--config", str(folder))

    assert done.returncode == 2
    assert done.stderr == (
        f"error: {folder / 'members.yaml'}:6: members.0.channels.0.url: 'smtp://' is not a "
        "kind of channel apprise knows (email is mailto:// or mailtos://)\n"
    )
    assert "s3cret-pass" not in done.stdout + done.stderr
    assert not (tmp_path / "data").exists()  # nothing started, nothing written


def test_a_url_apprise_cannot_use_is_named_with_apprise_s_reason(tmp_path):
    members = MEMBERS.replace(
        "smtp://veille:${VEILLE_T_PASSWORD}@smtp.example.org:587?to=info@asbl-a.example",
        "matrixs://matrix.example.org",
    )
    folder = folder_with(tmp_path, members)

    done = veille("run", "--once", "--config", str(folder))

    assert done.returncode == 2
    assert done.stderr.startswith(
        f"error: {folder / 'members.yaml'}:6: members.0.channels.0.url: apprise cannot use "
        "this matrixs:// URL (matrixs://***@matrix.example.org/…): "
    )


def test_every_scheme_apprise_knows_is_accepted(tmp_path):
    members = MEMBERS.replace(
        "smtp://veille:${VEILLE_T_PASSWORD}@smtp.example.org:587?to=info@asbl-a.example",
        "ntfy://veille-coalition-alerts",  # not email, not Matrix: apprise knows it
    )
    folder = folder_with(tmp_path, members)

    done = veille("config", "check", "--config", str(folder))

    assert done.returncode == 0, done.stderr


def test_a_yaml_syntax_error_stops_run_with_file_and_line(tmp_path):
    folder = folder_with(tmp_path, MEMBERS.replace("[email]}", "[email]"))

    done = veille("run", "--once", "--config", str(folder))

    assert done.returncode == 2
    assert done.stderr.startswith(f"error: {folder / 'members.yaml'}:9: YAML syntax: ")


def test_relative_paths_are_relative_to_the_configuration_folder(tmp_path):
    """Regression: `data_dir: data` opened a new, empty database wherever the service was
    started from (and a new install's summary went out again)."""
    folder = tmp_path / "etc" / "veille"
    folder.mkdir(parents=True)
    (folder / "veille.yaml").write_text(
        "bot: {contact: admin@example.org}\ndata_dir: data\n", encoding="utf-8"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    done = subprocess.run(
        [VEILLE, "doctor", "--config", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=elsewhere,
    )

    assert str(folder / "data" / "veille.db") in done.stdout
    assert not (elsewhere / "data").exists()
