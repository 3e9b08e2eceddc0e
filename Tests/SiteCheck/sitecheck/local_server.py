"""Serves the built site on 127.0.0.1 for the browser, under the site's base path."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Handler(SimpleHTTPRequestHandler):
    base_path = "/"

    def translate_path(self, path):
        if path.startswith(self.base_path):
            path = "/" + path[len(self.base_path):]
        return super().translate_path(path)

    def log_message(self, format, *args):
        pass


class LocalServer:
    def __init__(self, root: Path, base_path: str):
        handler = functools.partial(type("Handler", (_Handler,), {"base_path": base_path}), directory=str(root))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base_path = base_path
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
