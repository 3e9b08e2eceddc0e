"""Every href and src inside the site leads to a file of the output, and every
#fragment to an element of the page it names. An output without any HTML file,
or whose pages link nothing inside the site, fails: there was nothing to judge."""

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .output_tree import OutputTree
from .result import CheckResult


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.references: list[tuple[int, str]] = []
        self.ids: set[str] = set()
        # Addresses the browser fetches by itself when showing the page.
        self.resources: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("img", "script", "iframe", "audio", "video", "source", "embed") and attributes.get("src"):
            self.resources.append((self.getpos()[0], attributes["src"]))
        if tag == "link" and attributes.get("href") and set((attributes.get("rel") or "").split()) & {"stylesheet", "icon", "preload", "prefetch", "modulepreload"}:
            self.resources.append((self.getpos()[0], attributes["href"]))
        for name in ("id",):
            if attributes.get(name):
                self.ids.add(attributes[name])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])
        for name in ("href", "src"):
            value = attributes.get(name)
            if value is not None:
                self.references.append((self.getpos()[0], value))
        if attributes.get("srcset"):
            for candidate in attributes["srcset"].split(","):
                if candidate.strip():
                    self.references.append((self.getpos()[0], candidate.strip().split()[0]))


def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8", errors="replace"))
    return collector


def check(tree: OutputTree) -> CheckResult:
    result = CheckResult("links")
    parsed: dict[Path, _Collector] = {}

    def document(path: Path) -> _Collector:
        if path not in parsed:
            parsed[path] = _parse(path)
        return parsed[path]

    html_files = tree.html_files()
    if not html_files:
        result.problems.append(f"there is no HTML file in {tree.root}: no link to check")
        result.summary = "0 HTML files"
        return result
    origin = urlsplit(tree.base_url)
    checked = 0
    third_party = 0
    broken = 0
    for page in html_files:
        page_url = tree.page_url(page)
        for line, resource in document(page).resources:
            parts = urlsplit(urljoin(page_url, resource))
            if parts.scheme in ("http", "https") and (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
                third_party += 1
                result.problems.append(f"{page.relative_to(tree.root)}:{line}: {resource} is fetched from another site")
        for line, reference in document(page).references:
            absolute = urljoin(page_url, reference)
            parts = urlsplit(absolute)
            if parts.scheme in ("mailto", "tel", "sms", "geo"):
                continue
            if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
                continue
            checked += 1
            where = f"{page.relative_to(tree.root)}:{line}"
            target = tree.file_for(parts.path or "/")
            if target is None:
                broken += 1
                result.problems.append(f"{where}: {reference} leads to no file of the site")
                continue
            if parts.fragment and target.suffix == ".html" and parts.fragment not in document(target).ids:
                broken += 1
                result.problems.append(f"{where}: {reference}: no element with id \"{parts.fragment}\" in {target.relative_to(tree.root)}")
    if checked == 0:
        # Every page sitegen writes links its home page at least.
        result.problems.append(f"none of the {len(html_files)} HTML files links a page or file of the site ({tree.base_url}): no link to check")
    result.summary = (f"{checked} links inside the site in {len(html_files)} HTML files, "
                      f"{broken} broken, {third_party} third-party requests")
    return result
