"""Start a Synapse homeserver on 127.0.0.1 from the `.synapse-venv` (tests and benchmarks)."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from pathlib import Path

from veille.local_mailbox import free_port

ROOT = Path(__file__).resolve().parent.parent.parent
SYNAPSE_PYTHON = ROOT / ".synapse-venv" / "bin" / "python"


def start_synapse(folder: Path, secret: str) -> tuple[subprocess.Popen[bytes], str]:
    """Write its config, make its key, start it; returns the process and its URL once ready."""
    port = free_port()
    python = str(SYNAPSE_PYTHON)
    subprocess.run(
        [
            python,
            str(Path(__file__).with_name("synapse_config.py")),
            str(folder),
            str(port),
            secret,
        ],
        check=True,
    )
    config = str(folder / "homeserver.yaml")
    subprocess.run(
        [python, "-m", "synapse.app.homeserver", "-c", config, "--generate-keys"],
        check=True,
        capture_output=True,
    )
    process = subprocess.Popen(
        [python, "-m", "synapse.app.homeserver", "-c", config],
        stdout=subprocess.DEVNULL,
        stderr=open(folder / "stderr.log", "wb"),  # noqa: SIM115 (open while Synapse runs)
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url + "/_matrix/client/versions", timeout=2) as answer:
                json.load(answer)
                return process, url
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"Synapse did not start: see {folder / 'homeserver.log'}")
