"""sitemap.xml lists every page, with absolute addresses under the base URL,
and nothing that is not a page; robots.txt names it."""

import re
import xml.etree.ElementTree as ElementTree
from urllib.parse import urlsplit

from .output_tree import OutputTree
from .result import CheckResult

NAMESPACE = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
W3C_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")


def check(tree: OutputTree) -> CheckResult:
    result = CheckResult("sitemap")
    sitemap_file = tree.root / "sitemap.xml"
    if not sitemap_file.is_file():
        result.problems.append("there is no sitemap.xml")
        result.summary = "no sitemap.xml"
        return result
    try:
        root = ElementTree.parse(sitemap_file).getroot()
    except ElementTree.ParseError as error:
        result.problems.append(f"sitemap.xml is not XML: {error}")
        return result
    if root.tag != f"{NAMESPACE}urlset":
        result.problems.append(f"sitemap.xml's root is {root.tag}, not a sitemaps.org urlset")

    pages = {tree.site_path(page): page for page in tree.pages()}
    listed: set[str] = set()
    for url in root.iter(f"{NAMESPACE}url"):
        location = (url.findtext(f"{NAMESPACE}loc") or "").strip()
        if not location.startswith(tree.base_url):
            result.problems.append(f"sitemap.xml lists {location}, which is not an absolute address under {tree.base_url}")
            continue
        path = urlsplit(location).path
        target = tree.file_for(path)
        if target is None or target not in pages.values():
            result.problems.append(f"sitemap.xml lists {location}, which is not a page of the site")
        if path in listed:
            result.problems.append(f"sitemap.xml lists {location} twice")
        listed.add(path)
        modified = url.findtext(f"{NAMESPACE}lastmod")
        if modified is not None and not W3C_DATE.match(modified.strip()):
            result.problems.append(f"sitemap.xml: {location} has the lastmod \"{modified}\", which is not a W3C date")
    for path in sorted(set(pages) - listed):
        result.problems.append(f"the page {path} is not in sitemap.xml")

    robots = tree.root / "robots.txt"
    expected = f"Sitemap: {tree.base_url}sitemap.xml"
    if not robots.is_file():
        result.problems.append("there is no robots.txt")
    elif expected not in robots.read_text(encoding="utf-8").splitlines():
        result.problems.append(f"robots.txt does not say \"{expected}\"")
    result.summary = f"{len(listed)} addresses listed for {len(pages)} pages, {len(result.problems)} errors; robots.txt names the sitemap" if robots.is_file() else f"{len(listed)} addresses listed, no robots.txt"
    return result
