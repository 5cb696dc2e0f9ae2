"""What a valid configuration looks like. Unknown keys are errors, not silently ignored.

veille.yaml and members.yaml are described here, sources.yaml in `veille.config.sources`;
topics.yaml is the classifier's Vocabulary (`veille.domain.classify`), validated as is.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    field_validator,
    model_validator,
)

from veille.domain.classify import Vocabulary
from veille.domain.crontab import to_scheduler_crontab
from veille.domain.vocabulary import (  # the lists of values (veille.config.sources too)
    AREAS,
    Activity,
    Cadence,
    DigestCadence,
    InterfaceLanguage,
    Kind,
    Language,
    LegalForm,
    Offer,
    Public,
    Region,
    Topic,
    area_of,
)

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_cron(value: str) -> str:
    """A five-field crontab line ("minute hour day month weekday"), as crontab reads it."""
    to_scheduler_crontab(value)  # raises ValueError naming the wrong field
    return value


# A filter term is a word or a phrase: bounded, so that a form cannot fill members.yaml.
MAX_TERM_LENGTH = 200
MAX_TERMS = 50
Term = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TERM_LENGTH)]
Terms = Annotated[list[Term], Field(max_length=MAX_TERMS)]


class KeywordFilter(Strict):
    """What a subscription follows. Empty lists mean 'no restriction'."""

    topics: list[Topic] = []
    include: Terms = []  # terms or "exact phrases"; any one is enough to match
    exclude: Terms = []  # a call containing one of these is left out
    regions: Terms = []  # in any language, or as codes (AREAS): "Bruxelles", "brussels"
    languages: list[Language] = []
    sources: list[str] = []
    kinds: list[Kind] = []
    min_days_left: int | None = Field(default=None, ge=0)
    relevant_only: bool = True

    @field_validator("regions")
    @classmethod
    def _known_regions(cls, regions: list[str]) -> list[str]:
        unknown = [name for name in regions if area_of(name) is None]
        if unknown:  # a misspelt region would match nothing, silently
            known = ", ".join(AREAS)
            raise ValueError(f"unknown region {unknown[0]!r}: one of {known}, in any language")
        return regions

    # with relevant_only: also the calls close to the classifier's line, marked "to check"
    to_check: bool = True


class Channel(Strict):
    name: Slug
    url: str  # an apprise URL; may contain ${ENV_VAR} for secrets


class Subscription(Strict):
    name: Slug
    channels: list[str] = Field(min_length=1)
    cadence: Cadence = "instant"
    language: InterfaceLanguage = "fr"
    filters: KeywordFilter = KeywordFilter()
    reminders: bool = True  # deadline reminders for the calls this subscription follows
    # true: nothing is sent until it is set back to false; a date: nothing before that day
    paused: bool | date = False
    # A daily or weekly digest leaves out the new calls its channel already received one by
    # one (an instant subscription of the same member); true lists them again.
    repeat_instant: bool = False

    def is_paused(self, today: date) -> bool:
        """
        >>> s = Subscription(name="s", channels=["email"], paused=date(2027, 1, 15))
        >>> s.is_paused(date(2027, 1, 14)), s.is_paused(date(2027, 1, 15))
        (True, False)
        """
        if isinstance(self.paused, bool):
            return self.paused
        return today < self.paused


Commune = Annotated[str, Field(min_length=1, max_length=80, pattern=r"^[^\n]+$")]


class MemberProfile(Strict):
    """Who a member is, for "which members fit" a call (veille.domain.fit.ProfileSpec) and
    the coalition's matrix of needs and resources. Every list is a closed one, but communes."""

    regions: list[Region] = []
    communes: list[Commune] = Field(default=[], max_length=50)
    publics: list[Public] = []
    activities: list[Activity] = []
    languages: list[Language] = []
    legal_form: LegalForm | None = None
    offers: list[Offer] = []  # what it can bring to a partnership
    needs: list[Offer] = []  # what it looks for in a partner

    @field_validator("regions", "publics", "activities", "languages", "offers", "needs")
    @classmethod
    def _once_each(cls, values: list[str]) -> list[str]:
        return list(dict.fromkeys(values))


class ActivityDigest(Strict):
    """What the other members did on the calls this member follows or marked (new marks,
    partner requests, notes, outcomes), and partner requests from members it fits."""

    enabled: bool = True
    cadence: DigestCadence = "weekly"
    channels: list[str] = []  # none: the channels of the member's subscriptions
    language: InterfaceLanguage | None = None  # none: its first subscription's language


class Member(Strict):
    id: Slug
    name: str
    people: list[str] = []
    channels: list[Channel] = []
    subscriptions: list[Subscription] = []
    profile: MemberProfile = MemberProfile()
    activity: ActivityDigest = ActivityDigest()

    @model_validator(mode="after")
    def _channels_exist(self) -> Member:
        names = {channel.name for channel in self.channels}
        for subscription in self.subscriptions:
            for channel in subscription.channels:
                if channel not in names:
                    raise ValueError(
                        f"subscription {subscription.name!r} uses channel {channel!r}, "
                        f"which member {self.id!r} does not declare"
                    )
        for channel in self.activity.channels:
            if channel not in names:
                raise ValueError(
                    f"activity uses channel {channel!r}, which member {self.id!r} does not declare"
                )
        return self

    def activity_channels(self) -> list[str]:
        """Where the activity digest and partner requests go: its own channels, else those of
        the member's subscriptions (each once)."""
        if self.activity.channels:
            return list(self.activity.channels)
        return list(dict.fromkeys(c for s in self.subscriptions for c in s.channels))

    def activity_language(self) -> InterfaceLanguage:
        if self.activity.language is not None:
            return self.activity.language
        return self.subscriptions[0].language if self.subscriptions else "fr"


class MembersFile(Strict):
    coalition: str = "Coalition"
    members: list[Member] = []


class Bot(Strict):
    name: str = "VeilleBot"
    contact: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    homepage: str = "https://github.com/veille-coalition/veille"


class Web(Strict):
    """The digest web app (`veille serve`)."""

    listen: str = Field(default="127.0.0.1:8080", pattern=r"^[^\s:]+:\d{1,5}$")
    public_digest: bool = True  # False: reading needs a sign-in too
    secret_key_env: str = "VEILLE_SECRET_KEY"  # the secret itself stays in the environment
    admins: list[str] = []  # emails of people with the administrator role
    signin_mail_url: str | None = (
        None  # mailto URL for sign-in links; else the member's email channel
    )
    # Addresses of the reverse proxies whose X-Forwarded-For/-Proto headers are believed;
    # empty (the default): none, so a client cannot pass for another by sending them.
    trusted_proxies: list[str] = []


class CoalitionRoom(Strict):
    """One shared room (e.g. Matrix) receiving the coalition digest."""

    url: str  # an apprise URL; may contain ${ENV_VAR} for secrets
    cadence: DigestCadence = "weekly"
    language: InterfaceLanguage = "fr"
    activity: bool = True  # also what members did (shared marks, notes, outcomes), same cadence


class Schedule(Strict):
    """When the service's own jobs run: crontab lines in Europe/Brussels time."""

    daily_digest: str = "30 7 * * *"
    weekly_digest: str = "30 7 * * mon"
    reminders: str = "0 8 * * *"
    deliver: str = "* * * * *"  # retries of failed deliveries
    crawl_jitter: int = Field(default=300, ge=0)  # seconds added at random to each crawl
    crawl_timeout: int = Field(default=1800, gt=0)  # a crawl still running then is killed

    @field_validator("daily_digest", "weekly_digest", "reminders", "deliver")
    @classmethod
    def _cron(cls, schedule: str) -> str:
        return check_cron(schedule)


class Settings(Strict):
    bot: Bot
    data_dir: str = "data"
    digest_url: str = "http://127.0.0.1:8080/"
    admin_channels: list[Channel] = []
    schedule: Schedule = Schedule()
    reminder_days: list[int] = Field(default=[14, 7, 1], min_length=0)
    near_deadline_days: int = Field(default=14, ge=0)  # digests list calls closing within this
    send_empty_digest: bool = False  # False: no digest when there is nothing to say
    admin_language: InterfaceLanguage = "fr"  # health and delivery alerts, `veille doctor`
    coalition_room: CoalitionRoom | None = None
    web: Web = Web()


# topics.yaml: the classifier's own dataclasses, whose defaults are the only ones
TopicsFile = TypeAdapter(Vocabulary)
# concepts.yaml: concept -> language -> its forms (veille.domain.concepts)
ConceptsFile = TypeAdapter(dict[Slug, dict[Language, list[Term]]])
