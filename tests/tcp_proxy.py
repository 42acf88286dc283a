"""A TCP proxy on 127.0.0.1 whose line can be cut: a real dropped connection between browser and assistant."""
from __future__ import annotations

import socket
import threading


class CuttableProxy:
    """Forwards a local port to `target`. `cut()` closes every connection and refuses new ones until `restore()`."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()
        self._open = True
        self._closed = False
        self._listener.listen(64)
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        # A transient error (a browser that gave up on a connection before it was accepted: ECONNABORTED; an
        # upstream that refused one) must not end the proxy: the line would stay dead after restore(), and the
        # test would blame the widget. Only close() ends it.
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                if self._closed:
                    return
                continue
            with self._lock:
                if not self._open:
                    client.close()  # cut: the browser sees the connection drop at once
                    continue
                try:
                    upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
                    upstream.settimeout(None)
                except OSError:
                    client.close()
                    continue
                self._connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        with self._lock:
            self._open = False
            for connection in self._connections:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                    connection.close()
                except OSError:
                    pass
            self._connections.clear()

    def restore(self) -> None:
        with self._lock:
            self._open = True

    def close(self) -> None:
        self._closed = True
        self.cut()
        self._listener.close()
