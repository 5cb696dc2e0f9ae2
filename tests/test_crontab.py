import pytest

from veille.domain.crontab import to_scheduler_crontab


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("0 7 * * 1-5", "0 7 * * mon,tue,wed,thu,fri"),
        ("0 6 * * 0", "0 6 * * sun"),
        ("0 6 * * 7", "0 6 * * sun"),  # crontab allows 7 for Sunday
        ("0 8 * * mon", "0 8 * * mon"),
        ("0 8 * * mon,wed", "0 8 * * mon,wed"),
        ("0 8 * * 5-7", "0 8 * * sun,fri,sat"),
        ("0 8 * * 0-6", "0 8 * * *"),
        ("*/15 6-18 1,15 * *", "*/15 6-18 1,15 * *"),
        ("30 7 * jan-jun */2", "30 7 * jan-jun sun,tue,thu,sat"),
    ],
)
def test_weekdays_count_from_sunday_as_in_crontab(line, expected):
    assert to_scheduler_crontab(line) == expected


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("every day", "five fields"),
        ("61 * * * *", "minute '61' is not between 0 and 59"),
        ("0 24 * * *", "hour '24' is not between 0 and 23"),
        ("0 6 * * 8", "weekday '8' is not between 0 and 7"),
        ("0 6 * * fri-mon", "runs backwards"),
        ("0 6 */0 * *", "step 0"),
    ],
)
def test_mistakes_say_which_field(line, message):
    with pytest.raises(ValueError, match=message):
        to_scheduler_crontab(line)


def test_the_scheduler_fires_on_the_crontab_weekday():
    """Regression: '0 6 * * 0' fired on Monday (APScheduler counts from Monday)."""
    from datetime import datetime

    from veille.domain.call import BRUSSELS
    from veille.scheduler.jobs import JobSpec

    friday = datetime(2026, 11, 27, 12, 0, tzinfo=BRUSSELS)
    sunday = JobSpec("crawl:x", "0 6 * * 0").next_after(friday)
    weekdays = JobSpec("crawl:y", "0 7 * * 1-5").next_after(friday)
    assert (sunday.strftime("%a %d %H:%M"), weekdays.strftime("%a %d")) == (
        "Sun 29 06:00",
        "Mon 30",
    )
