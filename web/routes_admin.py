"""Administrators: source health (crawl runs) and the members with their people and roles."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.web.context import app_state, render, require_person


def require_admin(request: Request) -> None:
    if require_person(request)["role"] != "admin":
        raise HTTPException(403)


async def sources(request: Request) -> Response:
    require_admin(request)
    web = app_state(request)
    stores = web.stores()
    counts = stores.calls.source_counts()
    rows = []
    for source in web.config.sources:
        runs = stores.crawl_runs.recent(source.name, limit=1)
        rows.append(
            {
                "source": source,
                "last": runs[0] if runs else None,
                "counts": counts.get(source.name, {"calls": 0, "relevant": 0}),
            }
        )
    return render(request, "admin_sources.html", rows=rows)


async def source(request: Request) -> Response:
    require_admin(request)
    web = app_state(request)
    name = request.path_params["name"]
    try:
        configured = web.config.source(name)
    except KeyError:
        raise HTTPException(404) from None
    stores = web.stores()
    return render(
        request,
        "admin_source.html",
        source=configured,
        runs=stores.crawl_runs.recent(name, limit=30),
        counts=stores.calls.source_counts().get(name, {"calls": 0, "relevant": 0}),
    )


async def members(request: Request) -> Response:
    require_admin(request)
    web = app_state(request)
    return render(
        request,
        "admin_members.html",
        members=web.config.members,
        people=web.stores().accounts.people(),
    )


async def deliveries(request: Request) -> Response:
    """Messages not delivered, oldest first, with their cause: visible here whether or not
    admin_channels are configured."""
    require_admin(request)
    return render(
        request, "admin_deliveries.html", rows=app_state(request).stores().outbox.undelivered()
    )


routes = [
    Route("/admin/sources", sources, name="admin_sources"),
    Route("/admin/sources/{name}", source, name="admin_source"),
    Route("/admin/members", members, name="admin_members"),
    Route("/admin/deliveries", deliveries, name="admin_deliveries"),
]
