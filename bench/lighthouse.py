"""Lighthouse (mobile) on the digest site, offline, with Debian's chromium.

    python bench/lighthouse.py [--page PATH]...

Runs the demo into a temporary folder (recorded sources, 127.0.0.1 only), serves its digest
site on a free port, and audits each page with Lighthouse (tools/lighthouse/, installed by
`make lighthouse` from its npm lock file): accessibility, best practices, SEO and
performance, printed per page. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
LIGHTHOUSE = REPO / "tools" / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("accessibility", "best-practices", "seo", "performance")
PAGES = ("/", "/?q=mentorat", "/observatory", "/signin")  # and a call's page


def audit(url: str, folder: Path, tries: int = 3) -> dict[str, int]:
    """Lighthouse's scores; a run whose trace failed (NO_NAVSTART, on a loaded machine) is
    tried again, up to `tries` times."""
    for attempt in range(tries):
        try:
            return _audit_once(url, folder)
        except RuntimeError as error:
            if "NO_NAVSTART" not in str(error) or attempt == tries - 1:
                raise
    raise AssertionError("unreachable")


def _audit_once(url: str, folder: Path) -> dict[str, int]:
    report = folder / "report.json"
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    done = subprocess.run(
        [
            "node",
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        env={**os.environ, "CHROME_PATH": chromium},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}: {done.stderr[-2000:]}")
    result = json.loads(report.read_text(encoding="utf-8"))
    failing = [
        f"{audit['id']}: {audit['title']}"
        for name in ("accessibility", "best-practices")
        for ref in result["categories"][name]["auditRefs"]
        if (audit := result["audits"][ref["id"]])["score"] not in (None, 1) and ref["weight"]
    ]
    if failing:
        print(f"    not at 1: {'; '.join(failing)}")
    return {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", action="append", help="a path to audit (default: a few)")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} is missing: run `make lighthouse`", file=sys.stderr)
        return 2
    import uvicorn

    from veille.config import load_config
    from veille.config.loader import DEMO
    from veille.demo import run_demo
    from veille.domain.call import BRUSSELS
    from veille.local_mailbox import free_port
    from veille.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result = run_demo(folder / "demo")
        config = load_config(DEMO, check_secrets=False)
        now = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)  # the demo's day
        app = create_app(config, result.database, secret="lighthouse", clock=lambda: now)
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        first = sorted(result.flagged, key=lambda call: call.title)[0].id if result.flagged else ""
        pages = args.page or [*PAGES, f"/calls/{first}"]
        try:
            for path in pages:
                scores = audit(f"http://127.0.0.1:{port}{path}", folder)
                print(f"  {path:<16} " + "  ".join(f"{k} {v}" for k, v in scores.items()))
        finally:
            server.should_exit = True
            thread.join(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
