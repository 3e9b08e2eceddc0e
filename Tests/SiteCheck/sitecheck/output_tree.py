"""The built site on disk: its pages, and how a site path maps to a file."""

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

REFRESH = re.compile(r'<meta\s+http-equiv="refresh"', re.IGNORECASE)


@dataclass
class OutputTree:
    root: Path
    base_url: str  # https://example.com/ or https://example.com/shop/

    @property
    def base_path(self) -> str:
        return urlsplit(self.base_url).path or "/"

    def html_files(self) -> list[Path]:
        return sorted(p for p in self.root.rglob("*.html") if p.is_file())

    def is_redirect(self, path: Path) -> bool:
        return bool(REFRESH.search(path.read_text(encoding="utf-8", errors="replace")))

    def pages(self) -> list[Path]:
        """Pages a visitor or a search engine should find: every HTML file but
        the 404 page and the redirects of old addresses."""
        return [p for p in self.html_files() if p.name != "404.html" and not self.is_redirect(p)]

    def site_path(self, file: Path) -> str:
        """`/news/oven/` for news/oven/index.html, under the base path."""
        relative = file.relative_to(self.root).as_posix()
        if relative == "index.html":
            relative = ""
        elif relative.endswith("/index.html"):
            relative = relative[: -len("index.html")]
        return self.base_path + relative

    def file_for(self, site_path: str) -> Path | None:
        """The file a static host serves for a site path, or None."""
        path = unquote(site_path)
        if not path.startswith(self.base_path):
            return None
        relative = path[len(self.base_path):]
        candidate = self.root / relative
        if relative == "" or relative.endswith("/"):
            candidate = candidate / "index.html"
        if candidate.is_file():
            return candidate
        if (candidate / "index.html").is_file():
            return candidate / "index.html"
        return None

    def page_url(self, file: Path) -> str:
        origin = self.base_url[: len(self.base_url) - len(self.base_path)]
        return origin + self.site_path(file)
