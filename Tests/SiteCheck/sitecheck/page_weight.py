"""The home page's HTML and its CSS, gzipped, fit in the first 14 KB a server
sends before waiting for the browser (TCP's initial window)."""

import gzip
import re

from .output_tree import OutputTree
from .result import CheckResult

LIMIT = 14 * 1024
STYLESHEET = re.compile(r'<link\s+rel="stylesheet"[^>]*href="([^"]+)"', re.IGNORECASE)


def check(tree: OutputTree) -> CheckResult:
    result = CheckResult("page-weight")
    home = tree.file_for(tree.base_path)
    if home is None:
        result.problems.append("no home page")
        return result
    html = home.read_bytes()
    sizes = {"HTML": len(gzip.compress(html, compresslevel=9, mtime=0))}
    css_total = 0
    for href in STYLESHEET.findall(html.decode("utf-8", errors="replace")):
        stylesheet = tree.file_for(href)
        if stylesheet is None:
            result.problems.append(f"the stylesheet {href} is missing")
            continue
        css_total += len(gzip.compress(stylesheet.read_bytes(), compresslevel=9, mtime=0))
    sizes["CSS"] = css_total
    total = sum(sizes.values())
    result.summary = (f"home page {total / 1024:.1f} KB gzipped (HTML {sizes['HTML'] / 1024:.1f} KB + "
                      f"CSS {sizes['CSS'] / 1024:.1f} KB), limit {LIMIT // 1024} KB")
    if total > LIMIT:
        result.problems.append(f"the home page weighs {total / 1024:.1f} KB gzipped, over {LIMIT // 1024} KB")
    return result
