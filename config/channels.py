"""Every channel URL a configuration holds, with its owner and where it is written.

Members' channels, the administrators' channels, the coalition room and the sign-in mailer
are all apprise URLs that may carry a secret (`${VAR}`); this is the one list of them, for
the secrets check, `veille config check`, `veille doctor` and delivery.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from veille.config.schema import Member, Settings
from veille.config.yaml_lines import Location
from veille.domain.vocabulary import InterfaceLanguage

# The owners of channels that are not members'. They start with "_", which a member id
# (a slug) never does; the outbox addresses a message to (owner, channel name).
ADMIN = "_admin"
COALITION = "_coalition"
COALITION_CHANNEL = "room"
WEB = "_web"
SIGNIN_CHANNEL = "signin"

ChannelKind = Literal["member", "admin", "coalition_room", "signin_mailer"]


@dataclass(frozen=True)
class ConfiguredChannel:
    kind: ChannelKind
    owner: str  # a member id, or ADMIN, COALITION, WEB
    name: str
    url: str  # as written: ${VAR} references are not resolved
    file: str  # the configuration file it is written in
    location: Location  # where in that file
    language: InterfaceLanguage  # what its messages are written in (test messages too)

    @property
    def where(self) -> str:
        """Its location as `veille config check` writes it: "members.0.channels.1.url"."""
        return ".".join(str(part) for part in self.location)

    @property
    def label(self) -> str:
        """How a person names it: "asbl-a/email", "admin/it-mail", "coalition room"."""
        if self.kind == "admin":
            return f"admin/{self.name}"
        if self.kind == "coalition_room":
            return "coalition room"
        if self.kind == "signin_mailer":
            return "sign-in mailer"
        return f"{self.owner}/{self.name}"


def configured_channels(settings: Settings, members: list[Member]) -> list[ConfiguredChannel]:
    """Members' channels first, then veille.yaml's, in the order of the files."""
    admins = settings.admin_language
    found = [
        ConfiguredChannel(
            "member",
            member.id,
            channel.name,
            channel.url,
            "members.yaml",
            ("members", m, "channels", c, "url"),
            member_channel_language(member, channel.name, admins),
        )
        for m, member in enumerate(members)
        for c, channel in enumerate(member.channels)
    ]
    found += [
        ConfiguredChannel(
            "admin",
            ADMIN,
            channel.name,
            channel.url,
            "veille.yaml",
            ("admin_channels", a, "url"),
            admins,
        )
        for a, channel in enumerate(settings.admin_channels)
    ]
    room = settings.coalition_room
    if room is not None:
        found.append(
            ConfiguredChannel(
                "coalition_room",
                COALITION,
                COALITION_CHANNEL,
                room.url,
                "veille.yaml",
                ("coalition_room", "url"),
                room.language,
            )
        )
    if settings.web.signin_mail_url:
        found.append(
            ConfiguredChannel(
                "signin_mailer",
                WEB,
                SIGNIN_CHANNEL,
                settings.web.signin_mail_url,
                "veille.yaml",
                ("web", "signin_mail_url"),
                admins,  # sign-in links themselves go out in the visitor's language
            )
        )
    return found


def member_channel_language(
    member: Member, channel: str, otherwise: InterfaceLanguage
) -> InterfaceLanguage:
    """The language of the member's first subscription on `channel` (else of its first
    subscription; else `otherwise`, the administrators' language)."""
    subscriptions = [s for s in member.subscriptions if channel in s.channels]
    subscriptions = subscriptions or member.subscriptions
    return subscriptions[0].language if subscriptions else otherwise
