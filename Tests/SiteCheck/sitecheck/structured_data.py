"""What machines read about the business: JSON-LD (read with extruct), rel=me
links and the h-card (read with mf2py), compared with site.yml and links.yml.

Checks what the site has so far; each later feature (JSON-LD of the business,
rel=me on every profile, the representative h-card) tightens it."""

import extruct
import mf2py

from .output_tree import OutputTree
from .result import CheckResult, ToolFailure
from .site_files import Declared

# JSON-LD types that describe a page or the site rather than the business.
NOT_THE_BUSINESS = {"WebSite", "WebPage", "BreadcrumbList", "ItemList", "Article", "NewsArticle", "BlogPosting",
                    "ImageObject", "PostalAddress", "GeoCoordinates", "OpeningHoursSpecification"}


def _normalised(url: str) -> str:
    return url.rstrip("/").lower()


def _types(node: dict) -> set[str]:
    value = node.get("@type", [])
    return set(value if isinstance(value, list) else [value])


def _nodes(block: dict) -> list[dict]:
    graph = block.get("@graph")
    return [node for node in graph if isinstance(node, dict)] if isinstance(graph, list) else [block]


def check(tree: OutputTree, declared: Declared) -> CheckResult:
    result = CheckResult("structured-data")
    profiles = {_normalised(url) for url in declared.profiles}
    press = {_normalised(url) for url in declared.press}
    home_file = tree.file_for(tree.base_path)
    blocks_total = 0
    home_rel_me: list[str] = []
    representative = None
    for page in tree.pages():
        name = page.relative_to(tree.root).as_posix()
        html = page.read_text(encoding="utf-8")
        url = tree.page_url(page)
        try:
            blocks = extruct.extract(html, base_url=url, syntaxes=["json-ld"], errors="strict")["json-ld"]
        except ValueError as error:
            result.problems.append(f"{name}: a JSON-LD block is not valid JSON: {error}")
            continue
        except Exception as error:  # extruct wraps its parsers' errors in many types
            raise ToolFailure(f"extruct could not read {name}: {error!r}")
        blocks_total += len(blocks)
        for block in blocks:
            for node in _nodes(block):
                if _types(node) & NOT_THE_BUSINESS or not _types(node):
                    continue
                if node.get("name") != declared.name:
                    result.problems.append(f"{name}: JSON-LD {sorted(_types(node))} is named \"{node.get('name')}\", site.yml says \"{declared.name}\"")
                if "sameAs" in node:
                    same_as = node["sameAs"] if isinstance(node["sameAs"], list) else [node["sameAs"]]
                    if {_normalised(u) for u in same_as} != profiles:
                        result.problems.append(f"{name}: JSON-LD sameAs does not list exactly the profiles of links.yml")

        parsed = mf2py.parse(doc=html, url=url)
        rel_me = parsed.get("rels", {}).get("me", [])
        for link in rel_me:
            if _normalised(link) in press:
                result.problems.append(f"{name}: rel=me on {link}, a press article, not a profile of the business")
            elif _normalised(link) not in profiles:
                result.problems.append(f"{name}: rel=me on {link}, which is not a profile in links.yml")
        if page == home_file:
            home_rel_me = rel_me
            for item in parsed.get("items", []):
                if "h-card" in item.get("type", []):
                    properties = item.get("properties", {})
                    if _normalised(tree.base_url) in {_normalised(u) for u in properties.get("url", []) + properties.get("uid", [])}:
                        representative = item
    if representative is not None:
        names = representative["properties"].get("name", [])
        if declared.name not in names:
            result.problems.append(f"the home page's h-card is named {names}, site.yml says \"{declared.name}\"")
    result.summary = (f"{blocks_total} JSON-LD blocks, {len(home_rel_me)} rel=me links on the home page for "
                      f"{len(profiles)} profiles, representative h-card: {'yes' if representative else 'not yet'}; "
                      f"{len(result.problems)} errors")
    return result
