"""The room's HTTP endpoints (docs/room-protocol.md): routes, refusals, live stream.

Handlers run on the server's event loop; every database access goes through
``server.db``/``server.write`` (the database thread). Each refusal is a
``RoomError`` turned into ``{code, message}`` in the phone's language by one
middleware, so no handler can leak a traceback or change data on its way out.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from aiohttp import web

from sim_facilitator.domain.photos.images import MAX_UPLOAD_BYTES, safe_image
from sim_facilitator.engine.errors import DomainError, NotFoundError
from sim_facilitator.room import errors as R
from sim_facilitator.room import requests as Q
from sim_facilitator.room.ballots import cast_phone_ballot, check_phone_voter
from sim_facilitator.room.catalogue import DIRECTIONS, LANGUAGES, context_messages
from sim_facilitator.room.errors import RoomError, from_domain
from sim_facilitator.room.ideas import add_room_idea, idea_statuses, join_table
from sim_facilitator.room.photos import (
    PHOTO_BODY_TIMEOUT_S,
    PHOTO_TYPES,
    add_room_photo,
    scribe_table,
    upload_name,
)
from sim_facilitator.room.sync_http import PREFIX as SYNC_PREFIX
from sim_facilitator.room.sync_http import add_routes as add_sync_routes

if TYPE_CHECKING:
    from sim_facilitator.room.server import RoomServer

log = logging.getLogger(__name__)
T = TypeVar("T")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
SERVER_KEY: web.AppKey[RoomServer] = web.AppKey("room_server")
# Pictures decoded at once (each can take a few hundred megabytes while decoded).
PHOTO_SLOTS_KEY: web.AppKey[asyncio.Semaphore] = web.AppKey("photo_slots")
NO_STORE = {"Cache-Control": "no-store"}
# Every answer: the page's own files only (no inline script or style, no frames),
# no content sniffing, no referrer, and no server version.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Server": "room",
}


@dataclass(eq=False)  # hashed by identity: the server keeps them in a set
class Stream:
    """One open live stream; woken when the state changes or the server stops."""

    client: str
    wake: asyncio.Event = field(default_factory=asyncio.Event)


def _server(request: web.Request) -> RoomServer:
    return request.app[SERVER_KEY]


def _client(request: web.Request) -> str:
    return request.remote or "?"


def language(request: web.Request) -> str:
    return Q.pick_language(
        request.query.get("lang"),
        request.headers.get("Accept-Language"),
        _server(request).language,
    )


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return web.Response(
        text=body,
        status=status,
        content_type="application/json",
        charset="utf-8",
        headers={**NO_STORE, **(headers or {})},
    )


# -- middlewares ----------------------------------------------------------------
async def security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """``on_response_prepare``: also replaces aiohttp's ``Server: Python/… aiohttp/…``."""
    response.headers.update(SECURITY_HEADERS)


def _host_name(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):  # [v6]:port
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


@web.middleware
async def known_host(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuse a Host header that is not one of the room's addresses (DNS rebinding:
    a web page elsewhere giving its own name the laptop's address)."""
    host = request.headers.get("Host")
    if host is not None and not request.path.startswith(SYNC_PREFIX):
        allowed = _server(request).host_names
        if _host_name(host) not in allowed:
            raise RoomError(421, "bad_host", R.NOT_FOUND)  # a known sentence: translated
    return await handler(request)


@web.middleware
async def refusals(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except RoomError as exc:
        return _refusal(request, exc)
    except NotFoundError as exc:
        return _refusal(request, from_domain(exc, 404, "not_found"))
    except DomainError as exc:
        return _refusal(request, from_domain(exc))
    except web.HTTPRequestEntityTooLarge:
        return _refusal(request, RoomError(413, "too_large", R.TOO_LARGE))
    except web.HTTPMethodNotAllowed:
        return _refusal(request, RoomError(405, "method_not_allowed", R.METHOD_NOT_ALLOWED))
    except web.HTTPException as exc:
        if exc.status == 404:
            return _refusal(request, RoomError(404, "not_found", R.NOT_FOUND))
        raise
    except (asyncio.CancelledError, ConnectionResetError):
        raise
    except Exception:
        log.exception("room: request failed")
        return _refusal(request, RoomError(500, "internal", R.INTERNAL))


def _refusal(request: web.Request, error: RoomError) -> web.Response:
    headers = {}
    if error.status == 429:
        headers["Retry-After"] = str(error.extra.get("retry_after", 1))
    return _json(error.body(language(request)), error.status, headers)


@web.middleware
async def rate_limit(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.path.startswith(SYNC_PREFIX):  # laptops: their own limits (sync_http)
        return await handler(request)
    server = _server(request)
    client = _client(request)
    limits = server.limits
    if server.connections.blocked(client):  # cut off after a flood: close at once
        return _cut_off(request, limits.flood_block_s)
    wait = server.rate.take(client)
    if wait <= 0:
        server.flooding.pop(client, None)
        return await handler(request)
    refused = server.flooding.get(client, 0) + 1
    if refused >= limits.flood_429s:
        # Answering a flood with 429s still costs the process (and the UI shares
        # its interpreter): stop reading this address for a while.
        server.flooding.pop(client, None)
        server.connections.block(client, limits.flood_block_s)
        return _cut_off(request, limits.flood_block_s)
    if len(server.flooding) > 10_000:
        server.flooding.clear()
    server.flooding[client] = refused
    seconds = max(1, math.ceil(wait))
    raise RoomError(429, "rate_limited", R.RATE_LIMITED, extra={"retry_after": seconds})


def _cut_off(request: web.Request, seconds: float) -> web.Response:
    error = RoomError(
        429, "rate_limited", R.RATE_LIMITED, extra={"retry_after": max(1, math.ceil(seconds))}
    )
    response = _refusal(request, error)
    response.force_close()  # the connection is closed after this answer
    return response


# -- helpers --------------------------------------------------------------------
def _require_room(request: web.Request) -> RoomServer:
    server = _server(request)
    if not server.room_code_ok(request.query.get("room")):
        raise RoomError(403, "bad_room", R.BAD_ROOM)
    return server


async def _body(request: web.Request) -> dict[str, Any]:
    server = _server(request)
    if request.content_type != "application/json":
        raise RoomError(415, "not_json", R.NOT_JSON)
    length = request.content_length
    if length is not None and length > server.limits.max_body:
        raise RoomError(413, "too_large", R.TOO_LARGE)
    try:
        raw = await asyncio.wait_for(request.read(), server.limits.body_timeout_s)
    except TimeoutError:
        raise RoomError(408, "timeout", R.BAD_JSON) from None
    return Q.parse_body(raw)


# -- static files and translations ------------------------------------------------
def _static(request: web.Request, name: str) -> web.Response:
    found = _server(request).static.get(name)
    if found is None:
        raise RoomError(404, "not_found", R.NOT_FOUND)
    headers = {"Cache-Control": "no-cache", "ETag": found.etag}
    if request.headers.get("If-None-Match") == found.etag:
        return web.Response(status=304, headers=headers)
    return web.Response(body=found.body, headers={**headers, "Content-Type": found.content_type})


async def page(request: web.Request) -> web.StreamResponse:
    return _static(request, "index.html")


async def static_file(request: web.Request) -> web.StreamResponse:
    return _static(request, request.match_info["name"])


async def i18n(request: web.Request) -> web.StreamResponse:
    lang = request.match_info["lang"]
    if lang not in LANGUAGES:
        raise RoomError(404, "not_found", R.NOT_FOUND)
    messages = context_messages(lang, "RoomPage")
    data = {"lang": lang, "dir": DIRECTIONS[lang], "messages": messages}
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return web.Response(
        text=body,
        content_type="application/json",
        charset="utf-8",
        headers={"Cache-Control": "no-cache"},
    )


# -- state and live stream ----------------------------------------------------------
async def state(request: web.Request) -> web.StreamResponse:
    server = _require_room(request)
    server.saw_poll(_client(request))
    return web.Response(
        body=server.state_json,
        content_type="application/json",
        charset="utf-8",
        headers=NO_STORE,
    )


async def events(request: web.Request) -> web.StreamResponse:
    server = _require_room(request)
    client = _client(request)
    limits = server.limits
    same_client = sum(1 for s in server.streams if s.client == client)
    if len(server.streams) >= limits.max_streams or same_client >= limits.streams_per_client:
        raise RoomError(503, "too_many_streams", R.TOO_MANY_STREAMS)
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/event-stream; charset=utf-8",
            "Cache-Control": "no-store",
            "X-Accel-Buffering": "no",
        }
    )
    stream = Stream(client)
    server.streams.add(stream)
    try:
        await response.prepare(request)
        sent = server.version
        await _send(response, b"retry: 3000\n\n" + server.state_event(), limits.write_timeout_s)
        while not server.stopping:
            try:
                await asyncio.wait_for(stream.wake.wait(), limits.keepalive_s)
            except TimeoutError:
                await _send(response, b": keep-alive\n\n", limits.write_timeout_s)
                continue
            stream.wake.clear()
            if server.stopping:
                break
            if server.version != sent:
                sent = server.version
                await _send(response, server.state_event(), limits.write_timeout_s)
    except (ConnectionResetError, TimeoutError):
        pass  # the phone went away, or reads too slowly to keep up: drop it
    finally:
        server.streams.discard(stream)
    with contextlib.suppress(ConnectionResetError, RuntimeError):
        await response.write_eof()
    return response


async def _send(response: web.StreamResponse, data: bytes, timeout: float) -> None:
    await asyncio.wait_for(response.write(data), timeout)


# -- submissions --------------------------------------------------------------------
async def post_idea(request: web.Request) -> web.StreamResponse:
    server = _require_room(request)
    body = await _body(request)
    client = Q.client_id(body, "client")
    submission = Q.client_id(body, "id")
    text = Q.text(body, "text")
    question_id = Q.entity_id(body, "question_id", optional=True)
    name = Q.text(body, "name", optional=True)
    table_code = Q.table_code(body, "table_code", optional=True)
    assert text is not None
    address = _client(request)
    _take_idea_budget(server, address, client)
    workshop_id, moderated = server.workshop_id, server.moderated
    max_pending = server.limits.max_pending_ideas
    created = False
    try:
        receipt, created = await server.write(
            lambda s: add_room_idea(
                s,
                workshop_id,
                client,
                submission,
                text,
                question_id,
                name,
                moderated,
                max_pending,
                table_code,
            )
        )
    finally:
        if not created:  # a retry or a refusal: only a stored idea costs the budget
            server.idea_rate_address.give_back(address)
            server.idea_rate_client.give_back(client)
    if created:
        server.notify("idea")
    return _json({"receipt": receipt.as_json()}, 201 if created else 200)


def _take_idea_budget(server: RoomServer, address: str, client: str) -> None:
    """Ideas go into the permanent record: a budget of their own, per address and
    per browser token (a token is self-issued, so the address counts too)."""
    wait = server.idea_rate_address.take(address)
    if wait <= 0:
        wait = server.idea_rate_client.take(client)
        if wait > 0:
            server.idea_rate_address.give_back(address)
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise RoomError(
            429, "ideas_too_fast", R.IDEAS_TOO_FAST, {"seconds": seconds}, {"retry_after": seconds}
        )


async def post_table_join(request: web.Request) -> web.StreamResponse:
    """A scribe's phone joins a breakout table with the table's code (§11)."""
    server = _require_room(request)
    body = await _body(request)
    code = Q.table_code(body, "code")
    assert code is not None
    workshop_id = server.workshop_id
    table = await server.db(lambda s: join_table(s, workshop_id, code))
    return _json({"table": table})


async def post_photo(request: web.Request) -> web.StreamResponse:
    """A table scribe's picture (§11.1): the body is the picture itself."""
    server = _require_room(request)
    query = dict(request.query)
    code = Q.table_code(query, "table_code")
    client = Q.client_id(query, "client")
    assert code is not None
    content_type = request.content_type
    if content_type not in PHOTO_TYPES:
        raise RoomError(415, "not_a_picture", R.NOT_A_PICTURE)
    length = request.content_length
    if length is not None and length > MAX_UPLOAD_BYTES:
        raise RoomError(413, "too_large", R.TOO_LARGE)
    workshop_id = server.workshop_id
    # Only a table's scribe sends photos: the code is checked before the body is read.
    table = await server.db(lambda s: scribe_table(s, workshop_id, code))
    address = _client(request)
    _take_idea_budget(server, address, client)
    created = False
    try:
        raw = await asyncio.wait_for(_read_capped(request, MAX_UPLOAD_BYTES), PHOTO_BODY_TIMEOUT_S)
        name = upload_name(request.query.get("name", ""), content_type)
        loop = asyncio.get_running_loop()
        async with _photo_slots(request):  # decoding is memory-hungry: two at a time
            image = await loop.run_in_executor(None, safe_image, raw, name)
        del raw
        receipt, created = await server.write(
            lambda s: add_room_photo(s, workshop_id, table["id"], image)
        )
    finally:
        if not created:  # a retry or a refusal costs nothing
            server.idea_rate_address.give_back(address)
            server.idea_rate_client.give_back(client)
    if created:
        server.notify("photo")
    return _json({"photo": receipt}, 201 if created else 200)


async def _read_capped(request: web.Request, cap: int) -> bytes:
    """The body, read from the stream (not ``request.read``, capped at the JSON size)."""
    parts: list[bytes] = []
    total = 0
    async for chunk in request.content.iter_chunked(256 * 1024):
        total += len(chunk)
        if total > cap:
            raise RoomError(413, "too_large", R.TOO_LARGE)
        parts.append(chunk)
    return b"".join(parts)


def _photo_slots(request: web.Request) -> asyncio.Semaphore:
    return request.app[PHOTO_SLOTS_KEY]


async def post_idea_status(request: web.Request) -> web.StreamResponse:
    server = _require_room(request)
    body = await _body(request)
    client = Q.client_id(body, "client")
    ids = Q.id_list(body, "ids")
    workshop_id = server.workshop_id
    statuses = await server.db(lambda s: idea_statuses(s, workshop_id, client, ids))
    return _json({"ideas": statuses})


# One-time codes are 6 digits: with 200 issued, a guess hits one in 4,500. Each
# address may get a code wrong a few times per window, then its codes are refused
# for the rest of it, so guessing takes days instead of minutes; and many wrong
# codes in the room from all addresses together (many addresses on one LAN) pause
# every code check for a while (``RoomServer.code_check_wait``, ``Limits``).
def _code_guard(request: web.Request) -> None:
    why, wait = _server(request).code_check_wait(_client(request))
    if why == "room":
        seconds = max(1, math.ceil(wait))
        raise RoomError(
            429, "codes_paused", R.CODES_PAUSED, {"seconds": seconds}, {"retry_after": seconds}
        )
    if why:
        seconds = max(1, math.ceil(wait))
        raise RoomError(429, "rate_limited", R.RATE_LIMITED, extra={"retry_after": seconds})


def _code_failed(request: web.Request) -> None:
    _server(request).code_failed(_client(request))


async def _guarded(request: web.Request, work: Coroutine[Any, Any, T], code: bool) -> T:
    """Run ``work``; with ``code`` (the request carries a voter code) only while this
    address and the room may present codes, and count a wrong one. A request
    without a code guesses nothing: an informal poll's ballot goes through a pause."""
    if not code:
        return await work
    try:
        _code_guard(request)
    except RoomError:
        work.close()  # refused before it ran: never awaited
        raise
    try:
        return await work
    except RoomError as exc:
        if exc.code == "bad_voter_code":
            _code_failed(request)
        raise


async def post_ballot(request: web.Request) -> web.StreamResponse:
    server = _require_room(request)
    body = await _body(request)
    client = Q.client_id(body, "client")
    submission = Q.client_id(body, "id")
    round_id = Q.entity_id(body, "round_id")
    voter_code = Q.text(body, "voter_code", optional=True)
    if voter_code is not None and len(voter_code) > 64:
        raise R.bad_request("voter_code")
    choices = Q.choices(body)  # the fields in the order of docs/room-protocol.md §6
    assert round_id is not None
    workshop_id, submissions = server.workshop_id, server.ballot_submissions
    receipt, stored = await _guarded(
        request,
        server.write(
            lambda s: cast_phone_ballot(
                s, round_id, client, voter_code, choices, submission, submissions, workshop_id
            )
        ),
        voter_code is not None,
    )
    if stored:
        server.notify("ballot")
    return _json({"receipt": receipt.as_json()}, 201 if stored else 200)


async def post_voter_check(request: web.Request) -> web.StreamResponse:
    server = _require_room(request)
    body = await _body(request)
    round_id = Q.entity_id(body, "round_id")
    voter_code = Q.text(body, "voter_code", optional=True)
    assert round_id is not None
    if voter_code is not None and len(voter_code) > 64:
        raise R.bad_request("voter_code")
    workshop_id = server.workshop_id
    await _guarded(
        request,
        server.db(lambda s: check_phone_voter(s, round_id, voter_code, workshop_id)),
        voter_code is not None,
    )
    return _json({"ok": True})


def build_app(server: RoomServer) -> web.Application:
    app = web.Application(
        middlewares=[refusals, known_host, rate_limit],
        client_max_size=server.limits.max_body,
    )
    app[SERVER_KEY] = server
    app[PHOTO_SLOTS_KEY] = asyncio.Semaphore(2)
    app.on_response_prepare.append(security_headers)
    app.router.add_get("/", page)
    app.router.add_get("/r/{code}", page)
    app.router.add_get("/static/{name}", static_file)
    app.router.add_get("/i18n/{lang}.json", i18n)
    app.router.add_get("/api/state", state)
    app.router.add_get("/api/events", events)
    app.router.add_post("/api/ideas", post_idea)
    app.router.add_post("/api/ideas/status", post_idea_status)
    app.router.add_post("/api/tables/join", post_table_join)
    app.router.add_post("/api/photos", post_photo)
    app.router.add_post("/api/ballots", post_ballot)
    app.router.add_post("/api/voter-check", post_voter_check)
    add_sync_routes(app, server.sync)
    return app
