#!/usr/bin/env python3
"""fake_server.py: a stand-in for the server's /ws/agent endpoint (docs/protocol.md),
used by e2e-fake-server.sh to test the real agent under Wine before the Java server
exists. Python standard library only; one connection at a time.

Behaviour:
  activate with token TOKEN and code CODE -> provision (password PASSWORD), then on
      provisioned ok -> activated (session SESSION, credential CREDENTIAL, +1 hour);
      on provisioned not ok -> refused PASSWORD_POLICY
  activate with another code            -> refused INVALID_CODE
  activate with another token           -> refused EXPIRED
  hello with CREDENTIAL                  -> welcome, else end EXPIRED
  ping                                   -> pong
  endByUser                              -> end ENDED_BY_USER
  file <dir>/end-now appears             -> end ENDED_BY_TECHNICIAN
Every received frame is appended (one JSON per line) to <dir>/frames.jsonl; the port is
written to <dir>/port. Usage: fake_server.py DIR TOKEN CODE PASSWORD CREDENTIAL
"""
import base64
import datetime
import hashlib
import json
import os
import select
import socket
import struct
import sys

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def recv_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def read_frame(conn):
    b1, b2 = recv_exact(conn, 2)
    opcode = b1 & 0x0F
    length = b2 & 0x7F
    if length == 126:
        length = struct.unpack("!H", recv_exact(conn, 2))[0]
    elif length == 127:
        length = struct.unpack("!Q", recv_exact(conn, 8))[0]
    mask = recv_exact(conn, 4) if b2 & 0x80 else b"\0\0\0\0"
    payload = bytearray(recv_exact(conn, length))
    for i in range(length):
        payload[i] ^= mask[i % 4]
    return opcode, bytes(payload)


def send_frame(conn, opcode, payload):
    header = bytes([0x80 | opcode])
    n = len(payload)
    if n < 126:
        header += bytes([n])
    elif n < 65536:
        header += bytes([126]) + struct.pack("!H", n)
    else:
        header += bytes([127]) + struct.pack("!Q", n)
    conn.sendall(header + payload)


def send_json(conn, obj):
    send_frame(conn, 1, json.dumps(obj).encode())


def handshake(conn):
    request = b""
    while b"\r\n\r\n" not in request:
        chunk = conn.recv(4096)
        if not chunk:
            raise ConnectionError("closed during handshake")
        request += chunk
    lines = request.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (l.split(":", 1) for l in lines[1:] if ":" in l)}
    if not lines[0].startswith("GET /ws/agent ") or "origin" in headers:
        conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
        raise ConnectionError("refused: " + lines[0])
    accept = base64.b64encode(hashlib.sha1(headers["sec-websocket-key"].encode() + GUID).digest()).decode()
    conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").encode())


def serve(conn, args):
    workdir, token, code, password, credential = args
    end_file = os.path.join(workdir, "end-now")
    handshake(conn)
    while True:
        ready, _, _ = select.select([conn], [], [], 0.2)
        if os.path.exists(end_file):
            os.remove(end_file)
            send_json(conn, {"type": "end", "reason": "ENDED_BY_TECHNICIAN"})
        if not ready:
            continue
        opcode, payload = read_frame(conn)
        if opcode == 8:
            send_frame(conn, 8, payload[:2])
            return
        if opcode == 9:
            send_frame(conn, 10, payload)
            continue
        if opcode != 1:
            continue
        msg = json.loads(payload)
        with open(os.path.join(workdir, "frames.jsonl"), "a") as log:
            log.write(json.dumps(msg) + "\n")
        kind = msg.get("type")
        if kind == "activate":
            if msg.get("token") != token:
                send_json(conn, {"type": "refused", "reason": "EXPIRED", "message":
                                 "Support session did not start. This support session instance has expired. "
                                 "Inform your support technician of this message."})
            elif msg.get("code") != code:
                send_json(conn, {"type": "refused", "reason": "INVALID_CODE", "message": "Invalid security code"})
            else:
                send_json(conn, {"type": "provision", "sessionId": "s-1", "technician": "Anna Bianchi",
                                 "account": {"password": password}})
        elif kind == "provisioned":
            if msg.get("ok"):
                expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1))
                send_json(conn, {"type": "activated", "sessionId": "s-1", "credential": credential,
                                 "technician": "Anna Bianchi",
                                 "expiresAt": expires.strftime("%Y-%m-%dT%H:%M:%SZ")})
            else:
                send_json(conn, {"type": "refused", "reason": "PASSWORD_POLICY",
                                 "message": "Group policy may have prevented the session from starting"})
        elif kind == "hello":
            if msg.get("credential") == credential:
                send_json(conn, {"type": "welcome", "technician": "Anna Bianchi", "expiresAt": "2099-01-01T00:00:00Z"})
            else:
                send_json(conn, {"type": "end", "reason": "EXPIRED"})
        elif kind == "ping":
            send_json(conn, {"type": "pong", "t": msg.get("t")})
        elif kind == "endByUser":
            send_json(conn, {"type": "end", "reason": "ENDED_BY_USER"})
        elif kind not in ("error",):
            send_json(conn, {"type": "error", "message": "unknown type: %s" % kind})


def main():
    args = sys.argv[1:6]
    workdir = args[0]
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    with open(os.path.join(workdir, "port"), "w") as f:
        f.write(str(server.getsockname()[1]))
    while True:
        conn, _ = server.accept()
        try:
            serve(conn, args)
        except (ConnectionError, OSError, ValueError) as error:
            with open(os.path.join(workdir, "server.log"), "a") as log:
                log.write("connection ended: %s\n" % error)
        finally:
            conn.close()


if __name__ == "__main__":
    main()
