"""A minimal HTTP/1.1 client for the serving benchmark: one persistent keep-alive connection per server,
a GET written as one send, the response read with Content-Length (or chunked) framing and nothing else:
no header objects, no URL parsing per call, no decoding. The same client is used for eventmap and tipg,
so what is measured is the servers, not the ~0.3-1 ms a general-purpose client (httpx) adds per request.
"""
from __future__ import annotations

import socket
from urllib.parse import urlsplit


class KeepAliveClient:
    def __init__(self, base: str, headers: dict[str, str] | None = None, timeout: float = 120):
        parts = urlsplit(base)
        self.host, self.port, self.timeout = parts.hostname, parts.port or 80, timeout
        extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        self._head = f"Host: {parts.netloc}\r\n{extra}\r\n".encode()
        self._sock: socket.socket | None = None
        self._buf = b""

    def _connect(self) -> None:
        self._sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._buf = b""

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _fill(self) -> None:
        chunk = self._sock.recv(1 << 20)
        if not chunk:
            raise ConnectionError("server closed the connection")
        self._buf += chunk

    def _read_line(self) -> bytes:
        while (end := self._buf.find(b"\r\n")) < 0:
            self._fill()
        line, self._buf = self._buf[:end], self._buf[end + 2:]
        return line

    def _read_exact(self, n: int) -> bytes:
        if len(self._buf) >= n:
            out, self._buf = self._buf[:n], self._buf[n:]
            return out
        parts, have = [self._buf], len(self._buf)
        self._buf = b""
        while have < n:
            chunk = self._sock.recv(min(1 << 20, n - have))
            if not chunk:
                raise ConnectionError("server closed the connection")
            parts.append(chunk)
            have += len(chunk)
        return b"".join(parts)

    def get(self, path: str) -> tuple[int, bytes]:
        """(status, body) of GET path (path and query, starting with /). A connection the server closed
        while it was idle (uvicorn's keep-alive timeout is 5 s) is opened again and the request sent once more."""
        reused = self._sock is not None
        if not reused:
            self._connect()
        try:
            self._sock.sendall(b"GET " + path.encode() + b" HTTP/1.1\r\n" + self._head)
            status_line = self._read_line()
        except (ConnectionError, OSError):
            self.close()
            if not reused:
                raise
            self._connect()
            self._sock.sendall(b"GET " + path.encode() + b" HTTP/1.1\r\n" + self._head)
            status_line = self._read_line()
        status = int(status_line.split(b" ", 2)[1])
        length, chunked, close = None, False, False
        while line := self._read_line():
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
            elif name == b"connection" and b"close" in value.lower():
                close = True
        if chunked:
            parts = []
            while size := int(self._read_line().split(b";")[0], 16):
                parts.append(self._read_exact(size))
                self._read_line()
            while self._read_line():  # trailers
                pass
            body = b"".join(parts)
        else:
            body = self._read_exact(length or 0)
        if close:
            self.close()
        return status, body
