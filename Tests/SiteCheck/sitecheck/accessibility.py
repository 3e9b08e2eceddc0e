"""Every page in headless Chromium with axe-core, in light and in dark mode
(Chromium's prefers-color-scheme emulation): zero WCAG 2.x A/AA violations in
either. The home, /links/, /press/ and contact pages must not scroll
sideways on a 390 px (and 320 px) wide screen; full-page screenshots of the home, /links/, /press/ and contact pages
at 1280 and 390 px, in both modes, are saved to look at. What axe could not
decide ("incomplete") is reported rule by rule; undecided contrast on text fails."""

import re
import shutil
from collections import Counter
from pathlib import Path

from .local_server import LocalServer
from .output_tree import OutputTree
from .result import CheckResult, ToolFailure

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
DRIVER = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
# A visitor's setting the theme follows; the file names of a mode's screenshots end with its suffix.
MODES = [("light", ""), ("dark", "-dark")]


# Why axe left a color-contrast node undecided (its check's data.messageKey),
# when the node is still text a visitor reads: its contrast is unknown, so the
# check fails. The text stands over a picture or a gradient (bgImage,
# bgGradient, imgNode), under or beside another box (bgOverlap,
# elmPartiallyObscured, elmPartiallyObscuring), in a colour seen through
# (fgAlpha), over a ::before or ::after (pseudoContent), behind shadows
# (complexTextShadows), or axe gave no reason (default). The other keys are not
# text a visitor reads in that state, and are only reported: nonBmp (icons and
# symbols, no letters), shortTextContent (one or two characters: an arrow, a
# "×"), equalRatio (the colour of its background: hidden on purpose, as a
# visually hidden label), outsideViewport (off the screen until focused, as a
# skip link).
UNDECIDED_CONTRAST_ON_TEXT = {"bgImage", "bgGradient", "imgNode", "bgOverlap", "elmPartiallyObscured",
                              "elmPartiallyObscuring", "fgAlpha", "pseudoContent", "complexTextShadows", "default"}


def _contrast_reason(node: dict) -> tuple[str, str]:
    """Why axe left a color-contrast node undecided: its messageKey (`default`
    when axe gave none) and its message."""
    for check in node.get("any", []) + node.get("all", []) + node.get("none", []):
        if check.get("id") == "color-contrast":
            data = check.get("data")
            key = data.get("messageKey") if isinstance(data, dict) else None
            return key or "default", check.get("message") or "contrast unknown"
    return "default", "contrast unknown"


def _import_axe():
    try:
        from selenium_axe_python import Axe
    except ImportError as error:
        raise ToolFailure(f"selenium_axe_python is not installed: {error}")
    return Axe


def _first_existing(paths: list[str], what: str) -> str:
    for path in paths:
        if Path(path).exists():
            return path
    found = shutil.which(Path(paths[0]).name)
    if found:
        return found
    raise ToolFailure(f"{what} is not installed (Debian: chromium and chromium-driver)")


def _browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError as error:
        raise ToolFailure(f"selenium is not installed: {error}")
    options = Options()
    options.binary_location = _first_existing(CHROMIUM, "Chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=1280,1000", "--lang=en"]:
        options.add_argument(argument)
    try:
        return webdriver.Chrome(options=options, service=Service(_first_existing(DRIVER, "chromedriver")))
    except Exception as error:
        raise ToolFailure(f"Chromium did not start: {error}")


SHOWCASE = [("home", ""), ("links", "links/"), ("press", "press/"), ("contact", "contact/")]


def _other_languages(tree: OutputTree) -> list[tuple[str, str]]:
    """On a site in several languages, each other language's code and the
    folder of its pages (`("ar", "ar/")`), from the home page's switcher."""
    home = tree.file_for(tree.base_path)
    if home is None:
        return []
    html = home.read_text(encoding="utf-8")
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    if switcher is None:
        return []
    found = []
    for href, code, current in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+"( aria-current="page")?>', switcher.group(0)):
        if not current and href.startswith(tree.base_path) and href != tree.base_path:
            found.append((code, href[len(tree.base_path):]))
    return found


def _scrolls_sideways(driver) -> tuple[bool, int, int]:
    scroll = driver.execute_script("return document.documentElement.scrollWidth")
    inner = driver.execute_script("return window.innerWidth")
    return scroll > inner, scroll, inner


def _emulate_colour_scheme(driver, mode: str):
    """Stays in force across page loads until the next call, as a visitor's setting would."""
    try:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": mode}]})
    except Exception as error:
        raise ToolFailure(f"Chromium could not emulate {mode} mode: {error}")
    if driver.execute_script(f"return matchMedia('(prefers-color-scheme: {mode})').matches") is not True:
        raise ToolFailure(f"Chromium ignored the emulation of {mode} mode")


def _full_page_screenshot(driver, url: str, width: int, path: Path):
    driver.set_window_size(width, 1000)
    driver.get(url)
    height = driver.execute_script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
    driver.set_window_size(width, min(height + 120, 16000))
    driver.save_screenshot(str(path))


def check(tree: OutputTree, screenshots: Path | None) -> CheckResult:
    Axe = _import_axe()

    result = CheckResult("accessibility")
    pages = [p for p in tree.html_files() if not tree.is_redirect(p)]
    if not pages:
        result.problems.append(f"there is no HTML page in {tree.root}: nothing to check")
        result.summary = "0 pages"
        return result
    axe_version = "?"
    violations = {mode: 0 for mode, _ in MODES}
    # Nodes axe left undecided, by mode and rule; and the color-contrast ones by reason.
    incomplete = {mode: Counter() for mode, _ in MODES}
    contrast_reasons = {mode: Counter() for mode, _ in MODES}
    with LocalServer(tree.root, tree.base_path) as server:
        driver = _browser()
        try:
            for mode, _ in MODES:
                _emulate_colour_scheme(driver, mode)
                for page in pages:
                    url = server.origin + tree.site_path(page)
                    driver.set_window_size(1280, 1000)
                    driver.get(url)
                    axe = Axe(driver)
                    axe.inject()
                    report = axe.run(options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
                    axe_version = report.get("testEngine", {}).get("version", axe_version)
                    violations[mode] += len(report["violations"])
                    for violation in report["violations"]:
                        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
                        result.problems.append(f"{page.relative_to(tree.root)} in {mode} mode: {violation['id']} ({violation['impact']}): {violation['help']} [{targets}]")
                    for rule in report.get("incomplete", []):
                        incomplete[mode][rule["id"]] += len(rule["nodes"])
                        if rule["id"] != "color-contrast":
                            continue
                        for node in rule["nodes"]:
                            reason, message = _contrast_reason(node)
                            contrast_reasons[mode][reason] += 1
                            if reason in UNDECIDED_CONTRAST_ON_TEXT:
                                result.problems.append(f"{page.relative_to(tree.root)} in {mode} mode: color-contrast undecided on text "
                                                       f"({reason}): {message} [{' '.join(node['target'])}]")
            _emulate_colour_scheme(driver, "light")

            home = server.origin + tree.base_path
            reflow = []
            # The pages a customer judges the business by.
            showcase = [(name, path) for name, path in SHOWCASE if tree.file_for(tree.base_path + path) is not None]
            # A site in several languages: the same pages in each other one, right to left too.
            for code, folder in _other_languages(tree):
                showcase += [(f"{name}-{code}", folder + path) for name, path in SHOWCASE
                             if tree.file_for(tree.base_path + folder + path) is not None]
            for width in (390, 320):
                driver.set_window_size(width, 900)
                wide = []
                for name, path in showcase:
                    driver.get(home + path)
                    sideways, scroll, inner = _scrolls_sideways(driver)
                    if sideways:
                        wide.append(name)
                        result.problems.append(f"the {name} page scrolls sideways at {width} px: {scroll} px of content in a {inner} px window")
                reflow.append(f"{width} px: {'sideways scroll on ' + ', '.join(wide) if wide else 'no sideways scroll'}")
            # The link hub's buttons are targets for thumbs: at least 48 px high.
            # Every site has /links/ with a button at least (the site's own): without one, nothing was measured.
            links_page = tree.file_for(tree.base_path + "links/")
            if links_page is None:
                buttons_note = "; no /links/ page to measure"
                result.problems.append("there is no /links/ page: its buttons' height (48 px at least) could not be measured")
            else:
                driver.set_window_size(390, 900)
                driver.get(home + "links/")
                heights = driver.execute_script(
                    "return Array.from(document.querySelectorAll('.link-button')).map(b => b.getBoundingClientRect().height)")
                if heights:
                    buttons_note = f"; /links/ buttons {min(heights):.0f}-{max(heights):.0f} px high"
                    if min(heights) < 48:
                        result.problems.append(f"/links/ has buttons {min(heights):.0f} px high, under 48 px")
                else:
                    buttons_note = "; no /links/ button to measure"
                    result.problems.append(f"{links_page.relative_to(tree.root)} has no button (class=\"link-button\"): "
                                           "their height (48 px at least) could not be measured")
            if screenshots is not None:
                screenshots.mkdir(parents=True, exist_ok=True)
                # At desktop and phone widths.
                for mode, suffix in MODES:
                    _emulate_colour_scheme(driver, mode)
                    for name, path in showcase:
                        for width in (1280, 390):
                            _full_page_screenshot(driver, home + path, width, screenshots / f"{name}-{width}{suffix}.png")
        finally:
            driver.quit()
    per_mode = ", ".join(f"{count} in {mode} mode" for mode, count in violations.items())
    for mode, _ in MODES:
        rules = ", ".join(f"{rule} {count}" for rule, count in sorted(incomplete[mode].items()))
        reasons = ", ".join(f"{reason} {count}" for reason, count in sorted(contrast_reasons[mode].items()))
        result.notes.append(f"axe left undecided in {mode} mode (incomplete nodes by rule): {rules or 'none'}"
                            + (f"; color-contrast by reason: {reasons}" if reasons else ""))
    result.summary = (f"{len(pages)} pages, WCAG 2.x A/AA violations: {per_mode} (axe-core {axe_version} in headless Chromium); "
                      f"{', '.join(name for name, _ in showcase)} pages at {'; '.join(reflow)}{buttons_note}"
                      + (f"; screenshots in {screenshots}" if screenshots else ""))
    return result
