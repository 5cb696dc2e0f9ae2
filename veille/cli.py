"""The `veille` command. Each command is a few lines around one library function."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from veille.config import ConfigError, VeilleConfig, load_config
from veille.domain.vocabulary import INTERFACE_LANGUAGES, TOPICS
from veille.i18n import stored_moment_in_words, words


class _Veille(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        """A database error (disk full, read-only, corrupt) is one clear line and exit code 3."""
        import sqlite3

        try:
            return super().invoke(ctx)
        except sqlite3.Error as error:
            click.echo(f"error: database: {error} (disk full? read-only?)", err=True)
            sys.exit(3)


# Options most commands share.
config_option = click.option(
    "--config",
    "config_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Configuration folder (files it lacks come from config/defaults).",
)
data_dir_option = click.option(
    "--data-dir", type=click.Path(path_type=Path), help="Overrides data_dir of veille.yaml."
)


@click.group(cls=_Veille)
@click.version_option(package_name="veille")
def main() -> None:
    """Veille watches calls for projects and alerts a coalition's members."""


def _config(folder: Path | None, *, channels: bool = False) -> VeilleConfig:
    """The configuration, or its located problems on stderr and exit code 2.

    `channels`: also have apprise judge every channel URL (the commands that send)."""
    try:
        if channels:
            from veille.alerts.deliver import check_channel_url

            return load_config(folder, check_channel=check_channel_url)
        return load_config(folder)
    except ConfigError as error:
        for problem in error.problems:
            click.echo(f"error: {problem}", err=True)
        sys.exit(2)


@main.command()
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path),
    default=Path("data/demo"),
    show_default=True,
    help="Where the demo writes its database, mailbox and page.",
)
def demo(data_dir: Path) -> None:
    """Run the whole path on recorded sources, offline, and print what happened.

    Example: veille demo --data-dir /tmp/veille-demo
    """
    from veille.demo import NotADemoFolder, run_demo
    from veille.presentation import present

    try:
        result = run_demo(data_dir.resolve())
    except NotADemoFolder as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    w = words(result.language)
    seconds = w.gettext("%(seconds).1f s", seconds=result.seconds)
    click.echo(
        w.gettext(
            "Veille demo — done in %(seconds)s (recorded sources, 127.0.0.1 only)", seconds=seconds
        )
        + "\n"
    )
    total = sum(result.calls_by_source.values())
    click.echo(
        w.ngettext(
            "%(count)s call collected, per source:", "%(count)s calls collected, per source:", total
        )
    )
    for source, count in sorted(result.calls_by_source.items()):
        click.echo(f"  {source:28} {count}")
    flagged = [call for call in result.flagged if call.relevant]
    to_check = len(result.flagged) - len(flagged)
    click.echo(
        "\n"
        + w.ngettext(
            "%(count)s call flagged as relevant and open (why: the terms matched)",
            "%(count)s calls flagged as relevant and open (why: the terms matched)",
            len(flagged),
        )
        + "\n"
        + w.ngettext(
            "%(count)s call to check (near the classifier's line, shown marked)",
            "%(count)s calls to check (near the classifier's line, shown marked)",
            to_check,
        )
    )
    for call in result.flagged:
        found = dict.fromkeys(m["term"] for m in call.matches if m["topic"] in TOPICS)
        terms = ", ".join(list(found)[:6]) + (", …" if len(found) > 6 else "")
        view = present(call, call.first_seen, result.language)
        title = call.title if len(call.title) <= 76 else call.title[:75] + "…"
        mark = "[" + w.gettext("To check") + "] " if call.uncertain else ""
        click.echo(f"  - {mark}{title}")
        click.echo(
            "      "
            + w.gettext(
                "deadline %(deadline)s · topics %(topics)s · matched: %(terms)s",
                deadline=view.deadline,
                topics=", ".join(view.topics or call.candidate_topics),
                terms=terms,
            )
        )
    sent = w.ngettext(
        "By email, at the first start: one summary of the %(count)s open call "
        "(one message, not one per call)",
        "By email, at the first start: one summary of the %(count)s open calls "
        "(one message, not one per call)",
        result.summary_calls,
    )
    sent += "\n" + w.ngettext(
        "The next day, COCOF publishes %(count)s more call: one alert for it",
        "The next day, COCOF publishes %(count)s more calls: one alert for each",
        len(result.later_calls),
    )
    for call in result.later_calls:
        sent += f"\n  - {call.title}"
    sent += "\n" + w.ngettext(
        "%(count)s message delivered in all",
        "%(count)s messages delivered in all",
        result.alerts_sent,
    )
    if result.alerts_pending:
        sent += " " + w.ngettext(
            "(%(count)s waiting for a retry)",
            "(%(count)s waiting for a retry)",
            result.alerts_pending,
        )
    click.echo("\n" + sent)
    eml = len(list(result.mailbox.glob("*.eml")))
    click.echo("\n" + w.gettext("Database: %(path)s", path=result.database))
    click.echo(
        w.gettext("Mailbox:  %(path)s", path=result.mailbox)
        + "  "
        + w.ngettext("(%(count)s .eml file)", "(%(count)s .eml files)", eml)
    )
    click.echo(w.gettext("Digest:   %(path)s", path=result.digest))
    if not result.crawl_ok:
        click.echo(
            "\n" + w.gettext("The crawl reported a problem:") + f"\n{result.crawl_errors}", err=True
        )
        sys.exit(1)


@main.command()
@click.option(
    "--port", default=8765, show_default=True, help="Port on 127.0.0.1 (0: any free one)."
)
@config_option
def replay(port: int, config_dir: Path | None) -> None:
    """Serve the recorded sources on 127.0.0.1, to try the real service offline.

    \b
    In another shell, with your own members and channels:
      veille run --config my-config --replay http://127.0.0.1:8765 --now 2026-11-27T09:00
    Ctrl-C stops it.
    """
    import signal
    import threading

    from veille.demo import recording_day
    from veille.replay_server import ReplayServer

    w = words(_config(config_dir).settings.admin_language)
    server = ReplayServer(port=port)
    day = recording_day(server)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    with server:
        click.echo(
            w.ngettext(
                "%(count)s recorded site served on %(url)s",
                "%(count)s recorded sites served on %(url)s",
                len(server.sites),
                url=server.base_url,
            )
        )
        click.echo(
            w.gettext(
                "Try your configuration on them (as of the day they were recorded):\n"
                "  veille run --config CONFIG-FOLDER --replay %(url)s --now %(now)s\n"
                "Ctrl-C stops.",
                url=server.base_url,
                now=day.strftime("%Y-%m-%dT%H:%M"),
            )
        )
        stop.wait()


@main.command()
@config_option
def classify(config_dir: Path | None) -> None:
    """Classify JSON Lines from stdin: {"id","title","summary"?,"text"?,"lang"?} per line.

    Example: echo '{"id":"1","title":"Appel à projets mentorat"}' | veille classify
    """
    from veille.contract import classify_answer, process_lines
    from veille.domain.classify import Classifier
    from veille.domain.second_opinion import shipped

    classifier = Classifier(_config(config_dir).topics, shipped())
    failures = process_lines(sys.stdin, classify_answer(classifier), sys.stdout, sys.stderr)
    sys.exit(1 if failures else 0)


@main.command()
def dates() -> None:
    """Extract the submission deadline from JSON Lines: {"id","text","reference_date","lang"?}.

    Answers {"id","deadline","time","permanent","kind"}; kind is deadline, recurring (the
    deadline is then the next one), permanent or none.


    \b
    Example:
      echo '{"id":"1","text":"au plus tard le 25 août 2026 à midi",
             "reference_date":"2026-06-01"}' | veille dates
    """
    from veille.contract import dates_answer, process_lines

    failures = process_lines(sys.stdin, dates_answer, sys.stdout, sys.stderr)
    sys.exit(1 if failures else 0)


@main.command()
@click.argument("sources", nargs=-1)
@config_option
@data_dir_option
@click.option(
    "--timeout", default=1800.0, show_default=True, help="Seconds before the crawl is killed."
)
def crawl(
    sources: tuple[str, ...], config_dir: Path | None, data_dir: Path | None, timeout: float
) -> None:
    """Crawl the given sources (default: all enabled) once, now.

    Example: veille crawl cocof bruxelles-economie-emploi
    """
    from veille.crawler.launch import crawl_in_child
    from veille.storage import database_path, open_database
    from veille.storage.crawl_runs import CrawlRuns

    config = _config(config_dir)
    data_dir = data_dir or config.data_dir
    outcome = crawl_in_child(
        data_dir,
        list(sources),
        config_dir=config_dir,
        timeout=timeout,
    )
    runs = CrawlRuns(open_database(database_path(data_dir)))
    w = words(config.settings.admin_language)
    for run in runs.recent(limit=len(sources) or len(config.sources)):
        counts = w.gettext(
            "items %(items)4d new %(new)3d changed %(changed)3d withdrawn %(withdrawn)3d",
            items=run["items"],
            new=run["new_calls"],
            changed=run["changed_calls"],
            withdrawn=run.get("withdrawn_calls") or 0,
        )
        click.echo(f"{run['source']:28} {run['outcome']:8} {counts}")
        for error in run["errors"][:3]:
            click.echo(f"    {error}")
    if not outcome.ok:
        click.echo(outcome.stderr, err=True)
        sys.exit(1)


@main.command()
@click.argument("target", type=click.Path(path_type=Path))
@config_option
@data_dir_option
def backup(target: Path, config_dir: Path | None, data_dir: Path | None) -> None:
    """Copy the database to TARGET while the service runs (SQLite online backup).

    Example: veille backup /var/backups/veille-$(date +%F).db
    """
    from veille.storage import database_path
    from veille.storage.backup import backup_database

    source = database_path(data_dir or _config(config_dir).data_dir)
    size = backup_database(source, target)
    click.echo(f"{source} -> {target} ({size} bytes, integrity ok)")


@main.command()
@click.argument("backup_file", type=click.Path(exists=True, path_type=Path))
@config_option
@data_dir_option
def restore(backup_file: Path, config_dir: Path | None, data_dir: Path | None) -> None:
    """Replace the database by BACKUP_FILE after checking it (stop the service first)."""
    from veille.storage import database_path
    from veille.storage.backup import restore_database

    target = database_path(data_dir or _config(config_dir).data_dir)
    restore_database(backup_file, target)
    click.echo(f"{backup_file} -> {target}")


@main.command()
@config_option
@data_dir_option
@click.option("--once", is_flag=True, help="Run every due job once, then exit (for cron).")
@click.option("--replay", metavar="URL", help="Crawl recorded sources served at URL (tests, demo).")
@click.option(
    "--now",
    type=click.DateTime(["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M"]),
    help="Fix the clock (with --replay: run as of the day of the recordings).",
)
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    envvar="VEILLE_LOG_FORMAT",
    default="text",
    show_default=True,
    help="json: one JSON object per line.",
)
@click.option(
    "--web/--no-web",
    default=True,
    show_default=True,
    help="Also serve the digest site (web.listen in veille.yaml).",
)
def run(
    config_dir: Path | None,
    data_dir: Path | None,
    once: bool,
    replay: str | None,
    now: datetime | None,
    log_format: str,
    web: bool,
) -> None:
    """Run the service: crawls, instant alerts, digests and reminders on their schedules.

    Example: veille run --config /etc/veille      (or, from cron: veille run --once)
    """
    from veille.domain.call import BRUSSELS
    from veille.logs import setup_logging
    from veille.scheduler.service import run_service
    from veille.web.app import BackgroundWebServer

    setup_logging(log_format)
    _config(config_dir, channels=True)  # every mistake stops it before it starts
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=BRUSSELS)
    # The digest site runs with the service unless told otherwise (--no-web).
    companion = BackgroundWebServer if web else None
    sys.exit(
        run_service(config_dir, data_dir, once=once, replay=replay, now=now, companion=companion)
    )


@main.command()
@config_option
@data_dir_option
def reclassify(config_dir: Path | None, data_dir: Path | None) -> None:
    """Classify every stored call again, after the vocabulary (topics.yaml) changed; members'
    verdicts accepted by an administrator are the labels of their calls.

    Example: veille reclassify --config /etc/veille
    """
    from veille.domain.classify import Classifier
    from veille.domain.normalize import classify_stored
    from veille.domain.second_opinion import shipped
    from veille.storage import CallStore, database_path, open_database
    from veille.storage.verdicts import Verdicts

    config = _config(config_dir)
    classifier = Classifier(config.topics, shipped())
    db = open_database(database_path(data_dir or config.data_dir))
    store = CallStore(db)
    changed = store.reclassify(lambda call: classify_stored(classifier, call))
    labels = len(Verdicts(db).accepted())
    w = words(config.settings.admin_language)
    click.echo(
        w.ngettext(
            "%(count)s call is classified differently now, of %(total)s",
            "%(count)s calls are classified differently now, of %(total)s",
            changed,
            total=store.count(),
        )
        + "\n"
        + w.ngettext(
            "%(count)s call follows members' reviewed verdicts",
            "%(count)s calls follow members' reviewed verdicts",
            labels,
        )
    )


@main.group("verdicts")
def verdicts_group() -> None:
    """Members' verdicts on the classification."""


@verdicts_group.command("export")
@config_option
@data_dir_option
@click.option("--all", "everything", is_flag=True, help="also verdicts not accepted yet")
def verdicts_export(config_dir: Path | None, data_dir: Path | None, everything: bool) -> None:
    """Print the accepted verdicts as a labelled set (JSON Lines, the shape of
    tests/data/*_calls.jsonl), to measure the classifier on them.

    Example: veille verdicts export > labels.jsonl; python bench/quality.py --calls labels.jsonl
    """
    from veille.domain.verdicts import labelled_item
    from veille.storage import CallStore, database_path, open_database
    from veille.storage.verdicts import Verdicts

    config = _config(config_dir)
    db = open_database(database_path(data_dir or config.data_dir))
    store = CallStore(db)
    for verdict in Verdicts(db).listed(None if everything else "accepted"):
        row = store.get_row(verdict.call_id)
        if row is None:
            continue
        item = labelled_item(verdict, row["title"] or "", row["summary"] or "", row["lang"])
        if everything:
            item["review"] = verdict.review
        click.echo(json.dumps(item, ensure_ascii=False))


@main.group("config")
def config_group() -> None:
    """Configuration files."""


@config_group.command("check")
@config_option
def config_check(config_dir: Path | None) -> None:
    """Validate every configuration file; name the file, line and problem of each error.

    Example: veille config check --config /etc/veille
    """
    config = _config(config_dir, channels=True)
    w = words(config.settings.admin_language)
    click.echo(
        w.gettext(
            "OK: %(sources)s, %(members)s (%(folder)s)",
            sources=w.ngettext("%(count)s source", "%(count)s sources", len(config.sources)),
            members=w.ngettext("%(count)s member", "%(count)s members", len(config.members)),
            folder=config.folder,
        )
    )


@main.group("sources")
def sources_group() -> None:
    """Sources of calls."""


@sources_group.command("list")
@config_option
@data_dir_option
def sources_list(config_dir: Path | None, data_dir: Path | None) -> None:
    """Every source with its type, schedule and last run."""
    from veille.storage import database_path, open_database
    from veille.storage.crawl_runs import CrawlRuns

    config = _config(config_dir)
    w = words(config.settings.admin_language)
    database = database_path(data_dir or config.data_dir)
    history = CrawlRuns(open_database(database)) if database.exists() else None
    for source in config.sources:
        runs = history.recent(source.name, limit=1) if history else []
        last = (
            w.ngettext(
                "%(when)s %(outcome)s (%(count)s item)",
                "%(when)s %(outcome)s (%(count)s items)",
                runs[0]["items"],
                when=stored_moment_in_words(runs[0]["started"], w.lang),
                outcome=runs[0]["outcome"],
            )
            if runs
            else w.gettext("never run")
        )
        click.echo(f"{source.name:28} {source.type:8} {source.schedule:16} {last}")


@main.command()
@config_option
@data_dir_option
@click.option("--lang", type=click.Choice(INTERFACE_LANGUAGES), default="fr", show_default=True)
def digest(config_dir: Path | None, data_dir: Path | None, lang: str) -> None:
    """Write the digest page of open relevant calls (DATA_DIR/digest/index.html)."""
    from veille.domain.call import BRUSSELS
    from veille.storage import CallStore, database_path, open_database
    from veille.web.static_page import write_digest_page

    config = _config(config_dir)
    folder = data_dir or config.data_dir
    store = CallStore(open_database(database_path(folder)))
    click.echo(write_digest_page(store, folder / "digest", datetime.now(BRUSSELS), lang))


@main.command()
@config_option
@data_dir_option
@click.option("--listen", help="host:port (default: web.listen in veille.yaml, 127.0.0.1:8080).")
def serve(config_dir: Path | None, data_dir: Path | None, listen: str | None) -> None:
    """Serve the digest web app: calls, search, marks, feeds, calendar, API.

    Example: veille serve --config /etc/veille --listen 127.0.0.1:8080
    """
    from veille.alerts.deliver import Deliverer
    from veille.storage import database_path
    from veille.web.app import serve as serve_app

    config = _config(config_dir, channels=True)
    serve_app(config, database_path(data_dir or config.data_dir), Deliverer(), listen)


@sources_group.command("check")
@click.argument("names", nargs=-1)
@config_option
def sources_check(names: tuple[str, ...], config_dir: Path | None) -> None:
    """Fetch one call from each source (or NAMES) on the internet, to find broken ones.

    Example: veille sources check actiris cocof
    """
    from veille.crawler.check import check_sources

    for line in check_sources(list(names), config_dir=config_dir):
        click.echo(line)


@sources_group.command("try")
@click.argument("urls", nargs=-1, required=True)
@config_option
@click.option("--pattern", help="Use this link_pattern instead of the proposed one.")
@click.option("--pages", default=3, show_default=True, help="Listing pages to read per URL.")
@click.option("--details", default=5, show_default=True, help="Call pages to read.")
@click.option("--replay", metavar="URL", help="Read recorded sites served at URL (offline).")
@click.option("--now", help="The crawl's clock (ISO datetime), with --replay.")
def sources_try(
    urls: tuple[str, ...],
    config_dir: Path | None,
    pattern: str | None,
    pages: int,
    details: int,
    replay: str | None,
    now: str | None,
) -> None:
    """Try a listing page as a new source: proposes its link pattern, reads a few calls,
    prints what would be stored and a ready-to-paste sources.yaml block.

    Give the FR and NL listings of a bilingual site together. Fetches politely (robots.txt,
    the bot's User-Agent and contact from veille.yaml, delays); stores nothing.

    Example: veille sources try https://www.ixelles.be/site/fr/appels-a-projets
    """
    from veille.crawler.try_source import describe, try_listing

    tried = try_listing(
        list(urls),
        config_dir=config_dir,
        replay_base=replay,
        now=now,
        pattern=pattern,
        pages=pages,
        details=details,
    )
    for line in describe(tried):
        click.echo(line)
    if not tried.pattern or tried.block_problem or not tried.found_calls:
        sys.exit(1)


@main.command()
@config_option
@data_dir_option
@click.option("--send-test", is_flag=True, help="Also send a test message to every channel.")
def doctor(config_dir: Path | None, data_dir: Path | None, send_test: bool) -> None:
    """Check configuration, database, channels, sources and disk; exit 1 on any FAIL.

    Example: veille doctor --config /etc/veille --send-test
    """
    from veille.doctor import run_checks

    checks = run_checks(config_dir, data_dir, send_test=send_test)
    for check in checks:
        click.echo(f"{check.status:4}  {check.name:24}  {' '.join(check.detail.split())[:300]}")
    sys.exit(1 if any(check.status == "FAIL" for check in checks) else 0)
