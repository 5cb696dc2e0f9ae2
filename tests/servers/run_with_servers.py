"""Run a command (the test suite) with the loopback servers the tests use.

    python tests/servers/run_with_servers.py -- python -m pytest

Starts an SMTP server (aiosmtpd) and a Matrix homeserver (Synapse, from the
`.synapse-venv` that `make test` installs) on 127.0.0.1 and exports where to reach them;
stops everything afterwards, whatever happened. pytest's "no tests collected"
(exit 5) counts as a failure: a suite that ran nothing has not passed.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matrix_server import SYNAPSE_PYTHON, start_synapse

from veille.local_mailbox import free_port


def wait_for_port(port: int, limit: float = 30) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"server on port {port} did not start within {limit:.0f} s")


def main(argv: list[str]) -> int:
    command = argv[argv.index("--") + 1 :] if "--" in argv else argv
    work = Path(tempfile.mkdtemp(prefix="veille-test-servers-"))
    processes: list[subprocess.Popen[bytes]] = []
    env = dict(os.environ)
    try:
        smtp_port = free_port()
        maildir = work / "maildir"
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "aiosmtpd",
                    "-n",
                    "-l",
                    f"127.0.0.1:{smtp_port}",
                    "-c",
                    "aiosmtpd.handlers.Mailbox",
                    str(maildir),
                ],
                stdout=subprocess.DEVNULL,
                stderr=open(work / "smtpd.log", "wb"),  # noqa: SIM115 (open while it runs)
            )
        )
        wait_for_port(smtp_port)
        env.update(TEST_SMTP_PORT=str(smtp_port), TEST_MAILDIR=str(maildir))
        if SYNAPSE_PYTHON.exists():
            secret = "test-shared-secret"
            synapse, url = start_synapse(work / "synapse", secret)
            processes.append(synapse)
            env.update(TEST_MATRIX_URL=url, TEST_MATRIX_SECRET=secret)
        else:
            print(
                "no .synapse-venv (make test installs it): Matrix tests will skip", file=sys.stderr
            )
        code = subprocess.call(command, env=env)
        if code == 5:
            print("no tests were collected: failing on purpose", file=sys.stderr)
            return 1
        return code
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
