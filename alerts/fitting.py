"""Messages that fit their channel, by construction.

A Matrix event may not exceed 65,536 bytes (the spec's limit, body and HTML together); a
chat service has its own maximum length; an email has none that matters, but a list of 500
calls is not something a person reads. A message listing calls (a summary, a digest) is
therefore built in pieces (`Listing`) and `fit` puts the pieces together for one channel:
- on a channel that takes several messages in a row (Matrix, chats), into as many parts as
  needed, each under the channel's limit, at most MAX_PARTS;
- on email, into one message with the first `max_calls` calls;
and whatever is left out is named with a link to the site, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

MAX_PARTS = 10  # a chat room flooded by 30 messages in a row is no better than a lost one


@dataclass(frozen=True)
class Message:
    """apprise derives the plain-text part (email) or fallback body (Matrix) from the HTML."""

    subject: str
    html: str


@dataclass(frozen=True)
class ChannelLimits:
    """What one message may hold on a channel (veille.alerts.deliver.channel_limits)."""

    budget: int  # the most `weigh` may say of one message
    weigh: Callable[[str], int]  # html -> what the channel counts (event bytes, characters)
    split: bool  # a long list goes out in several messages rather than being cut
    max_calls: int  # calls listed in one message, at most


@dataclass(frozen=True)
class Section:
    heading: str  # html, e.g. "<h3>Nouveaux appels (12)</h3>"
    items: list[str]  # html of each call, "<li>…</li>"


@dataclass(frozen=True)
class Listing:
    """A message listing calls, in pieces: `fit` assembles them for a channel."""

    subject: str
    head: Callable[[int, int], str]  # (part, parts) -> the html above the list
    sections: list[Section]
    more: Callable[[int], str]  # left-out count -> "… and 300 more calls on the site: link"
    foot: str  # below the list: why one receives it, the link that manages it

    @property
    def calls(self) -> int:
        return sum(len(section.items) for section in self.sections)


def fit(message: Message | Listing, limits: ChannelLimits) -> list[Message]:
    """The message as the channel can take it: one message, or parts of a long list.

    >>> limits = ChannelLimits(budget=120, weigh=len, split=True, max_calls=100)
    >>> listing = Listing(
    ...     "Calls", lambda part, parts: f"<h2>{part}/{parts}</h2>",
    ...     [Section("<h3>New</h3>", [f"<li>call {n}</li>" for n in range(6)])],
    ...     lambda left: f"<p>{left} more</p>", "<p>bye</p>")
    >>> [m.subject for m in fit(listing, limits)]
    ['Calls (1/2)', 'Calls (2/2)']
    >>> email = ChannelLimits(budget=10_000, weigh=len, split=False, max_calls=4)
    >>> [m.html.count("<li>") for m in fit(listing, email)], "2 more" in fit(listing, email)[0].html
    ([4], True)
    """
    if isinstance(message, Message):
        return [message]
    if not limits.split:
        return [_one_message(message, limits)]
    parts = _parts(message, limits)
    shown = parts[:MAX_PARTS]
    left = sum(len(items) for part in parts[MAX_PARTS:] for _, items in part)
    total = len(shown)
    return [
        Message(
            f"{message.subject} ({number}/{total})" if total > 1 else message.subject,
            _assemble(message, part, number, total, left if number == total else 0),
        )
        for number, part in enumerate(shown, start=1)
    ]


# A part: for each section it shows, the section and the items of it that it holds.
Part = list[tuple[Section, list[str]]]


def _one_message(listing: Listing, limits: ChannelLimits) -> Message:
    """Email: the first calls that fit (at most `max_calls`), the rest named with a link."""
    fixed = limits.weigh(listing.head(1, 1) + listing.foot + listing.more(listing.calls))
    room, kept, part = limits.budget - fixed, 0, []
    for section in listing.sections:
        items = []
        for item in section.items:
            weight = limits.weigh(item)
            if kept >= limits.max_calls or weight > room:
                break
            items.append(item)
            room -= weight
            kept += 1
        if items or not section.items:
            part.append((section, items))
        if len(items) < len(section.items):
            break
        room -= limits.weigh(section.heading)
    return Message(listing.subject, _assemble(listing, part, 1, 1, listing.calls - kept))


def _parts(listing: Listing, limits: ChannelLimits) -> list[Part]:
    """Items packed in order into parts that each weigh at most the budget.

    Pieces are weighed once each and their weights added; each part is then weighed whole
    and, in the rare case the sum was short of it, split again.
    """
    fixed = limits.weigh(_assemble(listing, [], MAX_PARTS, MAX_PARTS, listing.calls))
    parts: list[Part] = []
    current: Part = []
    weight, count = fixed, 0
    for section in listing.sections:
        heading = limits.weigh(f"{section.heading}\n<ul>\n\n</ul>\n")
        if not section.items and not current:
            current.append((section, []))
        for item in section.items:
            alone = limits.weigh(item + "\n")
            added = alone + (0 if current and current[-1][0] is section else heading)
            if current and (count >= limits.max_calls or weight + added > limits.budget):
                parts.append(current)
                current, weight, count = [], fixed, 0
                added = alone + heading
            current = _with(current, section, item)
            weight, count = weight + added, count + 1
    if current or not parts:
        parts.append(current)
    return [piece for part in parts for piece in _checked(listing, part, limits)]


def _checked(listing: Listing, part: Part, limits: ChannelLimits) -> list[Part]:
    """`part`, or its halves when it weighs more than the budget once assembled."""
    items = [(section, item) for section, kept in part for item in kept]
    whole = _assemble(listing, part, MAX_PARTS, MAX_PARTS, listing.calls)
    if len(items) <= 1 or limits.weigh(whole) <= limits.budget:
        return [part]
    halves: list[Part] = [[], []]
    for index, (section, item) in enumerate(items):
        half = 0 if index < len(items) // 2 else 1
        halves[half] = _with(halves[half], section, item)
    return [piece for half in halves for piece in _checked(listing, half, limits)]


def _with(part: Part, section: Section, item: str) -> Part:
    if part and part[-1][0] is section:
        return [*part[:-1], (section, [*part[-1][1], item])]
    return [*part, (section, [item])]


def _assemble(listing: Listing, part: Part, number: int, total: int, left: int) -> str:
    body = [listing.head(number, total)]
    for section, items in part:
        body.append(section.heading)
        if items:
            body.append("<ul>\n" + "\n".join(items) + "\n</ul>")
    if left:
        body.append(listing.more(left))
    body.append(listing.foot)
    return "\n".join(body)
