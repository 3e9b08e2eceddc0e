"""The home page's HTML and its CSS, gzipped, fit in the first 14 KB a server
sends before waiting for the browser (TCP's initial window). Web fonts come
after the first paint (font-display: swap) and are counted apart: at most
60 KB of them, every font file the home page's stylesheets name, as a
browser that uses every face would download them (WOFF2 is compressed
already, so they are counted as they are)."""

import gzip
import re
from urllib.parse import urljoin

from .output_tree import OutputTree
from .result import CheckResult

LIMIT = 14 * 1024
FONT_LIMIT = 60 * 1024
STYLESHEET = re.compile(r'<link\s+rel="stylesheet"[^>]*href="([^"]+)"', re.IGNORECASE)
FONT_URL = re.compile(r'url\(\s*["\']?([^"\')]+\.woff2?)["\']?\s*\)', re.IGNORECASE)


def check(tree: OutputTree) -> CheckResult:
    result = CheckResult("page-weight")
    home = tree.file_for(tree.base_path)
    if home is None:
        result.problems.append("no home page")
        return result
    html = home.read_bytes()
    sizes = {"HTML": len(gzip.compress(html, compresslevel=9, mtime=0))}
    css_total = 0
    fonts = set()
    for href in STYLESHEET.findall(html.decode("utf-8", errors="replace")):
        stylesheet = tree.file_for(href)
        if stylesheet is None:
            result.problems.append(f"the stylesheet {href} is missing")
            continue
        css = stylesheet.read_bytes()
        css_total += len(gzip.compress(css, compresslevel=9, mtime=0))
        fonts.update(urljoin(href, url) for url in FONT_URL.findall(css.decode("utf-8", errors="replace")))
    font_total = 0
    for href in sorted(fonts):
        font = tree.file_for(href)
        if font is None:
            result.problems.append(f"the font {href} named by a stylesheet is missing")
            continue
        font_total += font.stat().st_size
    sizes["CSS"] = css_total
    total = sum(sizes.values())
    result.summary = (f"home page {total / 1024:.1f} KB gzipped (HTML {sizes['HTML'] / 1024:.1f} KB + "
                      f"CSS {sizes['CSS'] / 1024:.1f} KB), limit {LIMIT // 1024} KB; "
                      f"fonts {font_total / 1024:.1f} KB in {len(fonts)} files, limit {FONT_LIMIT // 1024} KB")
    if total > LIMIT:
        result.problems.append(f"the home page weighs {total / 1024:.1f} KB gzipped, over {LIMIT // 1024} KB")
    if font_total > FONT_LIMIT:
        result.problems.append(f"the home page's fonts weigh {font_total / 1024:.1f} KB, over {FONT_LIMIT // 1024} KB")
    return result
