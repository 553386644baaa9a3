"""Run the room-protocol conformance cases (conformance/room/cases.json) against a server.

    python -m conformance.run_room --url http://127.0.0.1:PORT --values values.json
        [--setup shared] [--case ID ...] [--snapshot-cmd "sim-facilitator dump --db X"]

The server must hold the fixture workshop (cases.json ``fixture``) and run with
the limits of the chosen ``setup``; ``values.json`` maps each placeholder
(``room``, ``round_numbers``, ``code_1`` ...) to its value on that server.
Cases of the ``shared`` setup run one after another on one server; every other
setup needs a fresh server per case. Only the standard library and
``cryptography`` (Ed25519) are used, so another project can run this file as is.
Exit status 0 when every case passed. See conformance/README.md.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import http.client
import json
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

CASES = Path(__file__).resolve().parent / "room" / "cases.json"
SIGNED_PREFIX = b"SIM-SYNC-1\n"
PAIR_PREFIX = b"SIM-SYNC-PAIR-1\n"
SIGNATURE_HEADER = "Sim-Sync-Signature"
MESSAGE_TYPE = "application/x-sim-sync"
PLACEHOLDER = re.compile(r"\$\{([a-z0-9_:]+)\}")


def canonical(value: Any) -> bytes:
    """Canonical JSON (docs/bundle-format.md §5) of ASCII-only values, as headers are."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def verify(public_key: bytes, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except Exception:
        return False
    return True


@dataclass
class Target:
    """A server under test: where it listens, its placeholder values, and optionally a
    ``snapshot()`` of its database (compared before and after each step)."""

    url: str
    values: dict[str, str]
    snapshot: Callable[[], Any] | None = None

    @property
    def address(self) -> tuple[str, int]:
        parts = urllib.parse.urlsplit(self.url)
        return parts.hostname or "127.0.0.1", parts.port or 80


@dataclass
class Context:
    """What one case remembers between its steps."""

    target: Target
    suite: dict[str, Any]
    values: dict[str, str] = field(default_factory=dict)
    held: list[socket.socket] = field(default_factory=list)
    last_message: tuple[bytes, bytes] | None = None
    pairing: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def fill(self, value: Any) -> Any:
        """Placeholders ``${name}`` replaced in every string of ``value``."""
        if isinstance(value, str):
            return PLACEHOLDER.sub(lambda m: self._value(m.group(1)), value)
        if isinstance(value, list):
            return [self.fill(v) for v in value]
        if isinstance(value, dict):
            return {self.fill(k): self.fill(v) for k, v in value.items()}
        return value

    def _value(self, name: str) -> str:
        if name.startswith("fresh:"):  # a new random client id, the same within a case
            return self.values.setdefault(name, secrets.token_urlsafe(18))
        if name.endswith(":lower"):
            return self._value(name[: -len(":lower")]).lower()
        devices = self.suite.get("test_devices", {})
        if name.endswith("_device") and name[: -len("_device")] in devices:
            return str(devices[name[: -len("_device")]]["device_id"])
        if name in self.values:
            return self.values[name]
        if name in self.target.values:
            return str(self.target.values[name])
        raise KeyError(f"no value for placeholder ${{{name}}}")

    def key(self, name: str) -> Ed25519PrivateKey:
        seed = self.suite["test_devices"][name]["seed_hex"]
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(seed))

    def device(self, name: str) -> str:
        return str(self.suite["test_devices"][name]["device_id"])

    def next_counter(self) -> int:
        # Microseconds of wall time, as the reference client: above every earlier one.
        self.counter = max(self.counter + 1, time.time_ns() // 1000)
        return self.counter

    def close(self) -> None:
        for sock in self.held:
            sock.close()
        self.held.clear()


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None


def _request(
    ctx: Context, method: str, path: str, headers: dict[str, str], body: bytes | None, partial: int
) -> Answer:
    host, port = ctx.target.address
    conn = http.client.HTTPConnection(host, port, timeout=20)
    try:
        if partial:  # declare the whole length, send a part, then wait for the answer
            conn.putrequest(method, path, skip_accept_encoding=True)
            for name, value in {**headers, "Content-Length": str(len(body or b""))}.items():
                conn.putheader(name, value)
            conn.endheaders((body or b"")[:partial])
        else:
            skip = {"skip_host": True} if "Host" in headers else {}
            conn.putrequest(method, path, skip_accept_encoding=True, **skip)
            for name, value in headers.items():
                conn.putheader(name, value)
            if body is not None:
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders()
            if body is not None:
                with contextlib.suppress(OSError):  # refused before all was read (413)
                    conn.send(body)
        response = conn.getresponse()
        data = response.read()
    except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
        return Answer(0, {}, b"")  # closed without an answer: status 0 in a case
    finally:
        conn.close()
    return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, data)


def _first_event(ctx: Context, path: str) -> tuple[Answer, socket.socket]:
    """Open a live stream; the answer holds the head and the first event (if 200)."""
    host, port = ctx.target.address
    sock = socket.create_connection((host, port), timeout=10)
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if status != 200:
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            rest += chunk
        sock.close()
        return Answer(status, headers, rest), sock
    # Chunked transfer (aiohttp streams): read until the first event's blank line.
    deadline = time.monotonic() + 10
    while _dechunk(rest).count(b"\n\n") < 2 and time.monotonic() < deadline:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    return Answer(status, headers, _dechunk(rest)), sock


def _dechunk(data: bytes) -> bytes:
    """The payload of HTTP/1.1 chunked data (as much as has arrived)."""
    out = b""
    while data:
        size_line, sep, data = data.partition(b"\r\n")
        if not sep:
            break
        try:
            size = int(size_line.split(b";")[0], 16)
        except ValueError:
            return out
        out += data[:size]
        data = data[size + 2 :]
    return out


# -- live sync messages ----------------------------------------------------------------
def _message(ctx: Context, spec: dict[str, Any]) -> tuple[bytes, bytes]:
    """(body, signature) of a sync request built from a case's ``sync`` step."""
    if spec.get("repeat_previous"):
        assert ctx.last_message is not None, "nothing sent before"
        return ctx.last_message
    sender = spec.get("from", "test")
    ops = [ctx.fill(line) for line in spec.get("ops", [])]
    key_name = spec.get("key", sender)
    header: dict[str, Any] = {
        "proto": "sim-sync/1",
        "kind": "exchange",
        "from": ctx.device(sender),
        "to": ctx.target.values["server_device"],
        "key": b64(raw_public(ctx.key(key_name))),
        "counter": ctx.next_counter(),
        "pull_after": 0,
        "pull_anchor": "",
        "after": 0,
        "upto": 0,
        "upto_anchor": "",
        "newer": False,
        "erased": "",
        "count": len(ops),
    }
    for name, value in ctx.fill(spec.get("header", {})).items():
        if value is None:
            header.pop(name, None)
        else:
            header[name] = value
    head = canonical(header)
    if spec.get("mutate") == "noncanonical":
        head = json.dumps(header, sort_keys=True).encode()  # spaces after , and :
    body = head + b"\n" + b"".join(line.encode("utf-8") + b"\n" for line in ops)
    if spec.get("pad_to"):
        body += b" " * (int(spec["pad_to"]) - len(body))
    signature = ctx.key(spec.get("sign", sender)).sign(SIGNED_PREFIX + body)
    if spec.get("mutate") == "flip_signature":
        signature = signature[:5] + bytes([signature[5] ^ 0x80]) + signature[6:]
    if spec.get("mutate") == "flip_body":  # the last op line's last byte before \n
        body = body[:-2] + bytes([body[-2] ^ 0x01]) + body[-1:]
    ctx.last_message = (body, signature)
    return body, signature


def _picture_line(data: bytes, digest: str | None = None) -> bytes:
    sha = digest or hashlib.sha256(data).hexdigest()
    return canonical({"data": b64(data), "sha256": sha})


def _pictures_message(ctx: Context, spec: dict[str, Any]) -> tuple[bytes, bytes]:
    """(body, signature) of a pictures request (section 11.2) from a case's step."""
    if spec.get("repeat_previous"):
        assert ctx.last_message is not None, "nothing sent before"
        return ctx.last_message
    sender = spec.get("from", "test")
    lines: list[bytes] = []
    pictures = ctx.suite.get("pictures", {})
    for n, name in enumerate(spec.get("send", [])):
        data = base64.b64decode(pictures[name])
        digest = hashlib.sha256(data).hexdigest()
        if spec.get("flip") and n == 0:  # altered after its hash was taken
            data = data[:-40] + bytes([data[-40] ^ 0x01]) + data[-39:]
        lines.append(_picture_line(data, digest))
    if spec.get("oversize"):
        lines.append(_picture_line(b"\xff\xd8\xff" + bytes(int(spec["oversize"]) - 3)))
    lines.sort(key=lambda line: line[line.index(b'"sha256":') :])
    lines += [line.encode("utf-8") for line in spec.get("raw_lines", [])]
    header: dict[str, Any] = {
        "proto": "sim-sync/1",
        "kind": "pictures",
        "from": ctx.device(sender),
        "to": ctx.target.values["server_device"],
        "key": b64(raw_public(ctx.key(sender))),
        "counter": ctx.next_counter(),
        "want": ctx.fill(spec.get("want", [])),
        "lacking": ctx.fill(spec.get("lacking", [])),
        "count": len(lines),
    }
    for name, value in ctx.fill(spec.get("header", {})).items():
        if value is None:
            header.pop(name, None)
        else:
            header[name] = value
    body = canonical(header) + b"\n" + b"".join(line + b"\n" for line in lines)
    signature = ctx.key(sender).sign(SIGNED_PREFIX + body)
    ctx.last_message = (body, signature)
    return body, signature


def _check_pictures(ctx: Context, answer: Answer, names: list[str]) -> str:
    """The reply carries exactly these pictures of the suite, each under its hash."""
    lines = [line for line in answer.body.partition(b"\n")[2].split(b"\n") if line]
    got = []
    for line in lines:
        item = json.loads(line)
        data = base64.b64decode(item["data"])
        if hashlib.sha256(data).hexdigest() != item["sha256"]:
            return "a picture of the reply does not match its sha256"
        got.append(data)
    pictures = ctx.suite.get("pictures", {})
    wanted = sorted(base64.b64decode(pictures[n]) for n in names)
    return "" if sorted(got) == wanted else f"the reply carries {len(got)} other pictures"


def _check_reply(
    ctx: Context, request: bytes, answer: Answer, expected: dict[str, Any], kind: str = "batch"
) -> str:
    server_key = base64.b64decode(ctx.target.values["server_key"])
    if not answer.headers.get("content-type", "").startswith(MESSAGE_TYPE):
        return "the reply is not application/x-sim-sync"
    signature = base64.b64decode(answer.headers.get(SIGNATURE_HEADER.lower(), ""))
    if not verify(server_key, SIGNED_PREFIX + answer.body, signature):
        return "the reply's signature does not verify with the server's key"
    head, _, ops = answer.body.partition(b"\n")
    header = json.loads(head)
    if canonical(header) != head:
        return "the reply's header is not canonical JSON"
    lines = [line for line in ops.split(b"\n") if line]
    checks = {
        "kind": kind,
        "proto": "sim-sync/1",
        "reply_to": hashlib.sha256(request).hexdigest(),
        "count": len(lines),
        "from": ctx.target.values["server_device"],
        **ctx.fill(expected),
    }
    for name, value in checks.items():
        if header.get(name) != value:
            return f"reply {name} = {header.get(name)!r}, expected {value!r}"
    return ""


# -- pairing ------------------------------------------------------------------------------
def _proof_bytes(role: str, p: dict[str, Any]) -> bytes:
    return PAIR_PREFIX + canonical(
        {
            "role": role,
            "pairing": p["pairing"],
            "nonce": b64(p["nonce"]),
            "client_device": p["device"],
            "client_key": b64(raw_public(p["key"])),
            "server_device": p["server_device"],
            "server_key": p["server_key"],
        }
    )


def _pair_body(ctx: Context, spec: dict[str, Any]) -> bytes:
    key = ctx.key(spec.get("key", "fresh_laptop"))
    device = ctx.device(spec.get("device", "fresh_laptop"))
    nonce = secrets.token_bytes(32)
    body = {
        "code": ctx.fill(spec.get("code", "${pairing_code}")),
        "device_id": device,
        "public_key": b64(raw_public(key)),
        "nonce": b64(nonce),
        "label": "conformance",
    }
    for name, value in ctx.fill(spec.get("fields", {})).items():
        if value is None:
            body.pop(name, None)
        else:
            body[name] = value
    ctx.pairing = {"key": key, "device": device, "nonce": nonce}
    return json.dumps(body).encode()


def _confirm_body(ctx: Context, spec: dict[str, Any]) -> bytes:
    if not ctx.pairing:  # confirming a pairing this case never started
        ctx.pairing = {
            "key": ctx.key("fresh_laptop"),
            "device": ctx.device("fresh_laptop"),
            "nonce": bytes(32),
            "server_device": ctx.target.values["server_device"],
            "server_key": ctx.target.values["server_key"],
        }
    p = ctx.pairing
    pairing = p.get("pairing", "") if spec.get("pairing", "saved") == "saved" else "0" * 32
    proof = p["key"].sign(_proof_bytes("client", {**p, "pairing": pairing}))
    if spec.get("proof") == "bad":
        proof = proof[:5] + bytes([proof[5] ^ 0x80]) + proof[6:]
    return json.dumps({"pairing": pairing, "proof": b64(proof)}).encode()


def _after_pair(ctx: Context, answer: Answer) -> str:
    data = answer.json()
    p = ctx.pairing
    p.update(
        pairing=data["pairing"], server_device=data["device_id"], server_key=data["public_key"]
    )
    proof = base64.b64decode(data["proof"])
    if not verify(base64.b64decode(data["public_key"]), _proof_bytes("server", p), proof):
        return "the room's pairing proof does not verify"
    if data["device_id"] != ctx.target.values["server_device"]:
        return "the pairing answer names another device than /sync/hello"
    return ""


# -- running --------------------------------------------------------------------------------
def _subset(actual: Any, expected: Any, where: str = "") -> str:
    """ "" when ``expected`` is contained in ``actual`` ("*": any value present)."""
    if expected == "*":
        return "" if actual is not None else f"{where or 'value'} missing"
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{where or 'body'} is not an object"
        for key, value in expected.items():
            problem = _subset(actual.get(key), value, f"{where}.{key}")
            if problem:
                return problem
        return ""
    if actual != expected:
        return f"{where or 'value'} = {actual!r}, expected {expected!r}"
    return ""


def _send(ctx: Context, step: dict[str, Any]) -> tuple[Answer, bytes]:
    method = step.get("method", "GET")
    path = ctx.fill(step["path"])
    headers = ctx.fill(step.get("headers", {}))
    body: bytes | None = None
    if "json" in step:
        body = json.dumps(ctx.fill(step["json"]), ensure_ascii=False).encode("utf-8")
        headers.setdefault("Content-Type", "application/json")
    elif "body" in step:
        body = ctx.fill(step["body"]).encode("utf-8")
    elif "body_zeros" in step:
        body = bytes(int(step["body_zeros"]))
    elif "sync" in step:
        body, signature = _message(ctx, step["sync"])
        headers.setdefault("Content-Type", MESSAGE_TYPE)
        if step["sync"].get("mutate") != "no_signature":
            headers.setdefault(SIGNATURE_HEADER, b64(signature))
    elif "pictures" in step:
        body, signature = _pictures_message(ctx, step["pictures"])
        headers.setdefault("Content-Type", MESSAGE_TYPE)
        headers.setdefault(SIGNATURE_HEADER, b64(signature))
    elif "pair" in step:
        body = _pair_body(ctx, step["pair"])
        headers.setdefault("Content-Type", "application/json")
    elif "confirm" in step:
        body = _confirm_body(ctx, step["confirm"])
        headers.setdefault("Content-Type", "application/json")
    if step.get("stream"):
        answer, sock = _first_event(ctx, path)
        if answer.status == 200:
            ctx.held.append(sock)
        return answer, b""
    return _request(ctx, method, path, headers, body, int(step.get("partial", 0))), body or b""


def _check_refusal(answer: Answer, data: Any, expected_code: str | None) -> str:
    got = data.get("code") if isinstance(data, dict) else None
    if got != expected_code:
        return f"code {got!r}, expected {expected_code!r}"
    if not isinstance(data, dict) or not isinstance(data.get("message"), str):
        return "a refusal without a message"
    if answer.status == 429:
        after = answer.headers.get("retry-after", "")
        if not after.isdigit() or data.get("retry_after") != int(after):
            return f"Retry-After {after!r} and retry_after {data.get('retry_after')!r} differ"
    return ""


def _check(ctx: Context, step: dict[str, Any], answer: Answer, sent: bytes) -> str:
    expect = step["expect"]
    if answer.status != expect["status"]:
        return f"status {answer.status}, expected {expect['status']} ({answer.body[:200]!r})"
    data = answer.json() if "json" in answer.headers.get("content-type", "") else None
    problems = [_check_refusal(answer, data, expect["code"]) if "code" in expect else ""]
    problems += [
        _subset(answer.headers.get(name.lower()), value, name)
        for name, value in ctx.fill(expect.get("headers", {})).items()
    ]
    if "json" in expect:
        problems.append(_subset(data, ctx.fill(expect["json"])))
    if expect.get("event"):
        problems.append(_check_event(answer.body))
    if "reply" in expect:
        kind = "picture_batch" if "pictures" in step else "batch"
        problems.append(_check_reply(ctx, sent, answer, expect["reply"], kind))
    if "pictures" in expect and answer.status == 200:
        problems.append(_check_pictures(ctx, answer, expect["pictures"]))
    if "pair" in step and answer.status == 200:
        problems.append(_after_pair(ctx, answer))
    for name, header in step.get("save_headers", {}).items():
        ctx.values[name] = answer.headers.get(header.lower(), "")
    return next((p for p in problems if p), "")


def _check_event(body: bytes) -> str:
    text = body.decode("utf-8")
    match = re.match(r"retry: 3000\n\nid: (\d+)\nevent: state\ndata: (.+)\n\n", text)
    if match is None:
        return f"the first event is not retry/id/event/data: {text[:120]!r}"
    state = json.loads(match.group(2))
    if state.get("version") != int(match.group(1)) or state.get("protocol") != 1:
        return "the event's id is not the state's version"
    return ""


def run_case(case: dict[str, Any], target: Target, suite: dict[str, Any]) -> str:
    """ "" when the case passed, else what went wrong (and at which step)."""
    ctx = Context(target, suite)
    try:
        for number, step in enumerate(case["steps"], 1):
            for _ in range(int(step.get("repeat", 1))):
                before = target.snapshot() if target.snapshot is not None else None
                answer, sent = _send(ctx, step)
                problem = _check(ctx, step, answer, sent)
                if not problem and target.snapshot is not None and "changes" in step["expect"]:
                    changed = target.snapshot() != before
                    if changed != step["expect"]["changes"]:
                        problem = "the database changed" if changed else "nothing was stored"
                if problem:
                    return f"step {number}: {problem}"
    finally:
        ctx.close()
    return ""


def hello(target: Target) -> None:
    """Learn the server's device id and key (``server_device``, ``server_key``)."""
    ctx = Context(target, {})
    answer = _request(ctx, "GET", "/sync/hello", {}, None, 0)
    data = answer.json()
    target.values.setdefault("server_device", data["device_id"])
    target.values.setdefault("server_key", data["public_key"])


def load(path: Path = CASES) -> dict[str, Any]:
    return dict(json.loads(path.read_text("utf-8")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="http://127.0.0.1:PORT")
    parser.add_argument("--values", required=True, help="JSON file: placeholder -> value")
    parser.add_argument("--setup", default="shared", help="run the cases of this setup")
    parser.add_argument("--case", action="append", help="only this case (repeatable)")
    parser.add_argument("--cases", default=str(CASES))
    parser.add_argument("--snapshot-cmd", help="prints the database; compared around each step")
    args = parser.parse_args(argv)
    suite = load(Path(args.cases))
    values = json.loads(Path(args.values).read_text("utf-8"))
    snapshot = None
    if args.snapshot_cmd:
        command = args.snapshot_cmd

        def snapshot() -> bytes:
            return subprocess.run(command, shell=True, check=True, capture_output=True).stdout

    target = Target(args.url, values, snapshot)
    hello(target)
    failed = 0
    for case in suite["cases"]:
        if case["setup"] != args.setup or (args.case and case["id"] not in args.case):
            continue
        problem = run_case(case, target, suite)
        failed += bool(problem)
        print(("ok   " if not problem else "FAIL ") + case["id"], problem, case["rules"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
