"""The links that manage a subscription, at the end of every message and in each email's
headers (List-Unsubscribe with RFC 8058's one-click, List-Id, Auto-Submitted).

The link carries a signed token (veille.domain.subscription_tokens): the web app's
/manage/TOKEN page pauses, resumes or ends the subscription without a sign-in, and a mail
client's "Unsubscribe" button posts to /manage/TOKEN/unsubscribe.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from veille.alerts.deliver import AUTOMATIC
from veille.config.loader import VeilleConfig
from veille.domain.subscription_tokens import subscription_token
from veille.storage import CallStore, Outbox
from veille.storage.secret_key import signing_key

__all__ = ["AUTOMATIC", "SubscriptionLinks", "subscription_links"]


@dataclass(frozen=True)
class SubscriptionLinks:
    digest_url: str
    secret: str

    def _base(self, member: str, subscriptions: Sequence[str]) -> str:
        token = subscription_token(self.secret, member, subscriptions)
        return f"{self.digest_url.rstrip('/')}/manage/{token}"

    def manage(self, member: str, subscriptions: Sequence[str]) -> str:
        """The page that pauses, resumes or ends these subscriptions (and links to the rest)."""
        return self._base(member, subscriptions)

    def unsubscribe(self, member: str, subscriptions: Sequence[str]) -> str:
        return self._base(member, subscriptions) + "/unsubscribe"

    def email_headers(self, member: str, subscriptions: Sequence[str]) -> dict[str, str]:
        """The headers of an email: one-click unsubscribe (RFC 8058), the list's id (RFC 2919).

        >>> links = SubscriptionLinks("https://veille.example.org/", "key")
        >>> headers = links.email_headers("asbl-a", ["alertes"])
        >>> headers["List-Id"], headers["List-Unsubscribe-Post"]
        ('Veille <asbl-a.veille.example.org>', 'List-Unsubscribe=One-Click')
        >>> headers["List-Unsubscribe"].startswith("<https://veille.example.org/manage/")
        True
        """
        if not subscriptions:
            return dict(AUTOMATIC)
        host = urlsplit(self.digest_url).hostname or "localhost"
        return {
            **AUTOMATIC,
            "List-Id": f"Veille <{member}.{host}>",
            "List-Unsubscribe": f"<{self.unsubscribe(member, subscriptions)}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }


def subscription_links(config: VeilleConfig, store: CallStore | Outbox) -> SubscriptionLinks:
    """The links of the store's database (signed with the web app's key, which accepts them)."""
    return SubscriptionLinks(
        config.settings.digest_url, signing_key(store.db, config.settings.web.secret_key_env)
    )
