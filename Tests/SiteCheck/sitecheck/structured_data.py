"""What machines read about the business: JSON-LD (read with extruct), rel=me
links and the h-card (read with mf2py), compared with site.yml and links.yml.

On the home page the JSON-LD must describe the business with its schema.org
type, E.164 telephone and `sameAs` equal to the profiles; rel=me must cover
every profile; the representative h-card must carry the business's name.
Every page's head must carry canonical, OpenGraph and Twitter card tags."""

import re

import extruct
import mf2py

from .output_tree import OutputTree
from .result import CheckResult, ToolFailure
from .site_files import Declared, e164

HEAD_PROPERTIES = ["og:title", "og:type", "og:url", "og:site_name", "og:locale"]

# JSON-LD types that describe a page or the site rather than the business.
NOT_THE_BUSINESS = {"WebSite", "WebPage", "BreadcrumbList", "ItemList", "Article", "NewsArticle", "BlogPosting", "SocialMediaPosting",
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
    home_business = None
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
                if page == home_file:
                    home_business = node
                if node.get("name") != declared.name:
                    result.problems.append(f"{name}: JSON-LD {sorted(_types(node))} is named \"{node.get('name')}\", site.yml says \"{declared.name}\"")
                if "sameAs" in node:
                    same_as = node["sameAs"] if isinstance(node["sameAs"], list) else [node["sameAs"]]
                    if {_normalised(u) for u in same_as} != profiles:
                        result.problems.append(f"{name}: JSON-LD sameAs does not list exactly the profiles of links.yml")

        _check_head(name, html, url, result)
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
    if representative is None:
        result.problems.append("the home page has no representative h-card (u-url and u-uid equal to the home page)")
    else:
        names = representative["properties"].get("name", [])
        if declared.name not in names:
            result.problems.append(f"the home page's h-card is named {names}, site.yml says \"{declared.name}\"")
    missing_rel_me = [p for p in declared.profiles if _normalised(p) not in {_normalised(u) for u in home_rel_me}]
    if missing_rel_me:
        result.problems.append(f"the home page has no rel=me for {missing_rel_me}")
    if home_business is None:
        result.problems.append("the home page's JSON-LD does not describe the business")
    else:
        if declared.business_type not in _types(home_business):
            result.problems.append(f"the business's JSON-LD type is {sorted(_types(home_business))}, site.yml says {declared.business_type}")
        same_as = home_business.get("sameAs", [])
        same_as = same_as if isinstance(same_as, list) else [same_as]
        if sorted(same_as) != sorted(declared.profiles):
            result.problems.append("the business's sameAs is not exactly the profile list of links.yml")
        if declared.telephone and home_business.get("telephone") != e164(declared.telephone):
            result.problems.append(f"the business's telephone is {home_business.get('telephone')}, not {e164(declared.telephone)}")
    result.summary = (f"{blocks_total} JSON-LD blocks (business: {sorted(_types(home_business)) if home_business else 'none'}, "
                      f"sameAs {len(home_business.get('sameAs', [])) if home_business else 0}), {len(home_rel_me)} rel=me links on the home page for "
                      f"{len(profiles)} profiles, representative h-card: {'yes' if representative else 'not yet'}; "
                      f"{len(result.problems)} errors")
    return result


def _meta(html: str, attribute: str, name: str) -> str | None:
    match = re.search(rf'<meta\s+{attribute}="{re.escape(name)}"\s+content="([^"]*)"', html)
    return match.group(1) if match else None


def _check_head(name: str, html: str, url: str, result: CheckResult) -> None:
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    if canonical is None or canonical.group(1) != url:
        result.problems.append(f"{name}: the canonical address is not {url}")
    for property_name in HEAD_PROPERTIES:
        if not _meta(html, "property", property_name):
            result.problems.append(f"{name}: no {property_name}")
    if _meta(html, "property", "og:url") not in (None, url):
        result.problems.append(f"{name}: og:url is not {url}")
    if not _meta(html, "name", "twitter:card"):
        result.problems.append(f"{name}: no twitter:card")
    if not _meta(html, "name", "description"):
        result.problems.append(f"{name}: no description")
