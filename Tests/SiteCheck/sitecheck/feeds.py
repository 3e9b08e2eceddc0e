"""Every feed of the site parses with feedparser, without errors, and every
entry has a title, an address inside the site and a date a reader understands.
A site without any feed passes only when it has nothing to put in one: no
dated post in a section of content/ and no press article in links.yml."""

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser

from .output_tree import OutputTree
from .result import CheckResult
from .site_files import Declared

FEED_LINK = re.compile(r'<link\s+rel="alternate"\s+type="application/(?:atom|rss)\+xml"[^>]*href="([^"]+)"', re.IGNORECASE)
FEED_ROOT = re.compile(rb"<(feed|rss)[\s>]")


def feeds(tree: OutputTree) -> tuple[set[Path], list[str]]:
    """Feeds linked from pages, and XML files that are feeds; and links to feeds that do not exist."""
    found: set[Path] = set()
    missing: list[str] = []
    for page in tree.html_files():
        for href in FEED_LINK.findall(page.read_text(encoding="utf-8", errors="replace")):
            target = tree.file_for(urlsplit(urljoin(tree.page_url(page), href)).path)
            if target is None:
                missing.append(f"{page.relative_to(tree.root)} links to the feed {href}, which does not exist")
            else:
                found.add(target)
    for xml in tree.root.rglob("*.xml"):
        if xml.name != "sitemap.xml" and FEED_ROOT.search(xml.read_bytes()[:2048]):
            found.add(xml)
    return found, sorted(set(missing))


def _why_no_feed(declared: Declared) -> tuple[str | None, str]:
    """With no feed found: the problem, or None when the site has nothing to
    put in a feed; and the words for the summary."""
    if declared.dated_sections is None:
        return ("no feed found: no page links one and no XML file is an Atom or RSS feed "
                "(without --site the check cannot tell whether the site should have one)"), "no feed"
    reasons = [f"content/{folder}/ has {count} dated post{'s' if count != 1 else ''}"
               for folder, count in declared.dated_sections.items()]
    if declared.press_entries:
        count = len(declared.press_entries)
        reasons.append(f"links.yml lists {count} press article{'s' if count != 1 else ''}")
    if reasons:
        return (f"no feed found: no page links one and no XML file is an Atom or RSS feed, "
                f"yet {' and '.join(reasons)}"), "no feed"
    return None, "no feed, as the site has no dated section (no dated post in content/) and links.yml lists no press article"


def check(tree: OutputTree, declared: Declared) -> CheckResult:
    result = CheckResult("feeds")
    found, missing = feeds(tree)
    result.problems += missing
    if not found:
        problem, summary = _why_no_feed(declared)
        result.problems += [problem] if problem else []
        result.summary = f"{summary}, {len(result.problems)} errors (feedparser {feedparser.__version__})"
        return result
    origin = urlsplit(tree.base_url)
    entries_total = 0
    for path in sorted(found):
        name = path.relative_to(tree.root).as_posix()
        parsed = feedparser.parse(path.read_bytes())
        if parsed.bozo:
            result.problems.append(f"{name}: {parsed.bozo_exception}")
        feed = parsed.feed
        if not feed.get("title"):
            result.problems.append(f"{name}: the feed has no title")
        if feed.get("updated") and feed.get("updated_parsed") is None:
            result.problems.append(f"{name}: the feed's date \"{feed.get('updated')}\" is not a date")
        if not feed.get("updated"):
            result.problems.append(f"{name}: the feed has no date of last update")
        for number, entry in enumerate(parsed.entries, start=1):
            entries_total += 1
            label = f"{name}: entry {number} ({entry.get('title', 'no title')})"
            if not entry.get("title"):
                result.problems.append(f"{label}: no title")
            if not entry.get("id"):
                result.problems.append(f"{label}: no id")
            for key in ("published", "updated"):
                if entry.get(key) and entry.get(f"{key}_parsed") is None:
                    result.problems.append(f"{label}: the {key} date \"{entry.get(key)}\" is not a date")
            if not entry.get("published") and not entry.get("updated"):
                result.problems.append(f"{label}: no date")
            link = entry.get("link")
            if not link:
                result.problems.append(f"{label}: no link")
                continue
            parts = urlsplit(urljoin(tree.base_url, link))
            if (parts.scheme, parts.netloc) == (origin.scheme, origin.netloc) and tree.file_for(parts.path) is None:
                result.problems.append(f"{label}: its link {link} leads to no page of the site")
    result.summary = (f"{len(found)} feed{'s' if len(found) != 1 else ''}, {entries_total} entries, "
                      f"{len(result.problems)} errors (feedparser {feedparser.__version__})")
    return result
