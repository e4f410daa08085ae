"""A client of the TWIN realtime protocol written only from spec/openapi.yaml and spec/asyncapi.yaml, in Python.

Usage: python3 speak.py <base-url>. Starts a session over HTTP (startChatSession), connects with Socket.IO
(path /socket.io, auth.sessionId), sends a message (createClientMessage), waits for the bot's answer on the
`message` event, checks that every server event carries exactly one argument with its documented shape, then
catches up with listSessionMessages `from`. Prints one line starting with "ok" or exits non-zero naming the rule.
"""

import sys
import threading

import requests
import socketio

base = sys.argv[1].rstrip("/")
TIMEOUT = 30  # a ceiling a busy machine cannot hit; every wait ends on an event first

# startChatSession: POST /api/chats/v1/chats/{chatId}/sessions?x_widget=1, answers with the ChatSession.
started = requests.post(
    f"{base}/api/chats/v1/chats/python-chat/sessions",
    params={"x_widget": 1},
    json={"returnAnswerAsync": True},
    timeout=TIMEOUT,
)
assert started.status_code in (200, 201), f"startChatSession answered {started.status_code}"
session_id = started.json()["id"]

events = []  # (name, args) of every server event, in arrival order
answered = threading.Event()
sent_body = "hello from python"
sio = socketio.Client(reconnection=False)


def record(name):
    def handler(*args):
        events.append((name, args))
        if name == "message" and len(args) == 1 and args[0].get("authorType") == "BOT":
            if args[0].get("body", "").find(sent_body) >= 0:
                answered.set()

    return handler


for name in ("message", "typing", "message:read", "session:closed"):
    sio.on(name, record(name))

sio.connect(base, socketio_path="/socket.io", auth={"sessionId": session_id}, transports=["websocket"])

# createClientMessage: POST /api/v1/sessions/{sessionId}/messages with { body }.
created = requests.post(f"{base}/api/v1/sessions/{session_id}/messages", json={"body": sent_body}, timeout=TIMEOUT)
assert created.status_code == 201, f"createClientMessage answered {created.status_code}"
mine = created.json()
assert answered.wait(TIMEOUT), f"no BOT message answering {sent_body!r} arrived; events: {[n for n, _ in events]}"
sio.disconnect()

# Every server event carries exactly its documented payload, as one argument.
REQUIRED = {
    "message": {"id", "sessionId", "authorType", "createdAt"},
    "typing": {"sessionId", "authorType", "isTyping"},
    "message:read": {"sessionId", "messageId", "readAt"},
    "session:closed": {"sessionId", "closedAt"},
}
for name, args in events:
    assert len(args) == 1, f"event {name!r} carried {len(args)} arguments, the protocol says one: {args!r}"
    payload = args[0]
    assert isinstance(payload, dict), f"event {name!r} payload is not an object: {payload!r}"
    missing = REQUIRED[name] - payload.keys()
    assert not missing, f"event {name!r} lacks {sorted(missing)}"
    assert payload["sessionId"] == session_id, f"event {name!r} of another session: {payload['sessionId']!r}"
messages = [args[0] for name, args in events if name == "message"]
bot = next(m for m in messages if m["authorType"] == "BOT" and sent_body in (m.get("body") or ""))
assert bot["createdAt"] >= mine["createdAt"], "the answer is older than the message it answers"

# A client without recovery catches up with listSessionMessages `from`: the message and its answer are there.
page = requests.get(
    f"{base}/api/v1/sessions/{session_id}/messages", params={"from": mine["createdAt"]}, timeout=TIMEOUT
).json()
ids = [m["id"] for m in page["items"]]
assert mine["id"] in ids and bot["id"] in ids, f"history from {mine['createdAt']} lacks the message or its answer"
assert page["count"] >= len(page["items"]), "count is below the items returned"
print(f"ok: {len(events)} events, each one argument; answer {bot['id']} caught up from history")
