"""Posts as the IndieWeb reads them, with mf2py: every page that is an
h-entry has a name, a date of publication that parses, its own address as
its u-url, and content; every original it links as u-syndication is in the
parsed syndication, and every photo it marks u-photo in the parsed photos;
every h-feed lists h-entries whose addresses lead to pages of the site."""

import re
from datetime import datetime
from urllib.parse import urlsplit

import mf2py

from .output_tree import OutputTree
from .result import CheckResult

SYNDICATION = re.compile(r'<a\b[^>]*class="[^"]*\bu-syndication\b[^"]*"[^>]*>|<a\b[^>]*href="[^"]*"[^>]*class="[^"]*\bu-syndication\b', re.IGNORECASE)
HREF = re.compile(r'href="([^"]+)"')
PHOTO = re.compile(r'<img\b[^>]*class="[^"]*\bu-photo\b', re.IGNORECASE)


def _date(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def check(tree: OutputTree) -> CheckResult:
    result = CheckResult("posts")
    entries = feeds = syndications = 0
    for page in tree.pages():
        html = page.read_text(encoding="utf-8", errors="replace")
        if "h-entry" not in html and "h-feed" not in html:
            continue
        name = page.relative_to(tree.root).as_posix()
        url = tree.page_url(page)
        items = mf2py.parse(doc=html, url=url).get("items", [])
        for item in items:
            if "h-feed" in item.get("type", []):
                feeds += 1
                for child in item.get("children", []):
                    if "h-entry" not in child.get("type", []):
                        continue
                    targets = child.get("properties", {}).get("url", [])
                    if not targets:
                        result.problems.append(f"{name}: an h-entry of the h-feed has no u-url")
                    for target in targets:
                        if tree.file_for(urlsplit(target).path) is None:
                            result.problems.append(f"{name}: the h-feed's entry {target} leads to no page of the site")
            if "h-entry" not in item.get("type", []):
                continue
            entries += 1
            properties = item.get("properties", {})
            for key in ("name", "published", "url", "content"):
                if not properties.get(key):
                    result.problems.append(f"{name}: the h-entry has no {key}")
            for published in properties.get("published", []):
                if not _date(published):
                    result.problems.append(f"{name}: the h-entry's date \"{published}\" does not parse")
            if properties.get("url") and url not in properties["url"]:
                result.problems.append(f"{name}: the h-entry's u-url {properties['url']} is not the page's address {url}")
            linked = [HREF.search(tag).group(1) for tag in SYNDICATION.findall(html) if HREF.search(tag)]
            parsed = properties.get("syndication", [])
            syndications += len(parsed)
            for original in linked:
                if original not in parsed:
                    result.problems.append(f"{name}: the original {original} is not in the h-entry's syndication {parsed}")
            photos = len(PHOTO.findall(html))
            if len(properties.get("photo", [])) < photos:
                result.problems.append(f"{name}: {photos} photos are marked u-photo, mf2py reads {len(properties.get('photo', []))}")
    if entries == 0:
        result.problems.append("no page is an h-entry: the posts are not marked up")
    result.summary = (f"{entries} h-entries, {feeds} h-feeds, {syndications} syndication links, "
                      f"{len(result.problems)} errors (mf2py {mf2py.__version__})")
    return result
