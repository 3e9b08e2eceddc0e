"""python -m sitecheck OUTPUT --site SITE [--only CHECK]... [--screenshots DIR]

Prints one line per check with its figure, the problems under a failing one,
and exits with 1 when any check fails or any tool cannot run."""

import argparse
import sys
import time
from pathlib import Path

from . import accessibility, feeds, html_validity, images, languages, links, page_weight, posts, presence, site_files, sitemap, structured_data
from .output_tree import OutputTree
from .platforms import PlatformRegistry
from .result import CheckResult, ToolFailure

CHECKS = ["html-validity", "accessibility", "links", "feeds", "sitemap", "structured-data", "presence", "page-weight", "images", "posts", "languages"]


def main() -> int:
    parser = argparse.ArgumentParser(prog="sitecheck", description=__doc__)
    parser.add_argument("output", type=Path, help="the built site's folder")
    parser.add_argument("--site", type=Path, help="the site's folder (site.yml, links.yml)")
    parser.add_argument("--base-url", help="the site's address, instead of site.yml's url")
    parser.add_argument("--only", action="append", choices=CHECKS, help="run only this check (repeatable)")
    parser.add_argument("--screenshots", type=Path, help="where to save the home page's screenshots")
    arguments = parser.parse_args()

    declared = site_files.read(arguments.site) if arguments.site else site_files.Declared()
    base_url = arguments.base_url or declared.base_url
    if not base_url:
        parser.error("give --site or --base-url")
    if not base_url.endswith("/"):
        base_url += "/"
    if not arguments.output.is_dir():
        parser.error(f"{arguments.output} is not a folder")
    tree = OutputTree(arguments.output.resolve(), base_url)

    runners = {
        "html-validity": lambda: html_validity.check(tree),
        "accessibility": lambda: accessibility.check(tree, arguments.screenshots),
        "links": lambda: links.check(tree),
        "feeds": lambda: feeds.check(tree, declared),
        "sitemap": lambda: sitemap.check(tree),
        "structured-data": lambda: structured_data.check(tree, declared),
        "presence": lambda: presence.check(tree, declared, declared.press_entries, PlatformRegistry.for_site(arguments.site)),
        "page-weight": lambda: page_weight.check(tree),
        "images": lambda: images.check(tree),
        "posts": lambda: posts.check(tree),
        "languages": lambda: languages.check(tree, arguments.site),
    }
    failed = False
    for name in arguments.only or CHECKS:
        started = time.monotonic()
        try:
            result = runners[name]()
        except ToolFailure as error:
            result = CheckResult(name, "the tool could not run", [str(error)])
        except ImportError as error:
            # A Python package of the check that is missing fails this check alone, never the whole run.
            result = CheckResult(name, "the tool could not run", [f"a Python package is missing: {error}"])
        print(f"{result.line()} ({time.monotonic() - started:.1f} s)", flush=True)
        for note in result.notes:
            print(f"    note: {note}")
        for problem in result.problems[:100]:
            print(f"    {problem}")
        if len(result.problems) > 100:
            print(f"    ... and {len(result.problems) - 100} more")
        failed = failed or not result.passed
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
