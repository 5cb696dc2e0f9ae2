"""A member looks for a partner on a call: the members who fit the call hear of it first.

Fitting members (veille.domain.fit: fully or partly) get a message at once on their
activity channels (email, Matrix…), through the outbox; a member whose profile says too
little to compare is told when its subscriptions follow the call, as before profiles
existed. Every other member who follows the call reads the request in its activity digest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from veille.alerts.links import subscription_links
from veille.alerts.render import render_partner_request
from veille.config.loader import VeilleConfig
from veille.config.schema import Member
from veille.domain.filters import call_matches_filter
from veille.domain.fit import FITTING, CallFacts, Fit, fits_of
from veille.domain.stored_call import StoredCall
from veille.domain.subscription_tokens import ACTIVITY
from veille.storage import Outbox, OutboxEntry


@dataclass(frozen=True)
class PartnerRecipient:
    member: Member
    fit: Fit


def partner_recipients(
    config: VeilleConfig, call: StoredCall, facts: CallFacts, asking: str, now: datetime
) -> list[PartnerRecipient]:
    """Who hears of `asking`'s request at once, best fitting first."""
    others = {m.id: m for m in config.members if m.id != asking}
    chosen = []
    for fit in fits_of({m.id: m.profile for m in others.values()}, facts):
        member = others[fit.member]
        follows = any(call_matches_filter(call, s.filters, now) for s in member.subscriptions)
        if fit.level in FITTING or (fit.level == "unknown" and follows):
            chosen.append(PartnerRecipient(member, fit))
    return chosen


def plan_partner_requests(
    config: VeilleConfig,
    outbox: Outbox,
    call: StoredCall,
    facts: CallFacts,
    asking: str,
    note: str,
    now: datetime,
) -> list[PartnerRecipient]:
    """Queue the request to each recipient's activity channels; returns the recipients.

    The outbox key (member, channel, call, "partner-<asking>") sends a member one request
    per call and asking member, however often the mark is set again.
    """
    names = {m.id: m.name for m in config.members}
    links = subscription_links(config, outbox)
    recipients = partner_recipients(config, call, facts, asking, now)
    for recipient in recipients:
        member = recipient.member
        channels = member.activity_channels()
        if not channels:
            continue
        message = render_partner_request(
            call,
            asking=names.get(asking, asking),
            note=note,
            fit=recipient.fit,
            lang=member.activity_language(),
            member_name=member.name,
            digest_url=config.settings.digest_url,
            now=now,
            manage_url=links.manage(member.id, (ACTIVITY,)),
        )
        entries = OutboxEntry.for_channels(
            member.id,
            channels,
            call.id,
            f"partner-{asking}",
            message.subject,
            message.html,
            (ACTIVITY,),
        )
        outbox.add_all(entries, now)
    return recipients
