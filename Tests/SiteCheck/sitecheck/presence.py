"""The business's own files and pages: the vCard (read with vobject), the QR
code (decoded with zbarimg from a PNG made by rsvg-convert), /press/ and
/links/ against links.yml, and the home page's <link rel="me"> order: the
Mastodon profiles first, the platform told by sitegen's own registry."""

import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import vobject

from .output_tree import OutputTree
from .platforms import PlatformRegistry
from .result import CheckResult, ToolFailure
from .site_files import Declared, e164


class _Anchors(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.anchors: list[dict] = []
        self.text: list[str] = []
        self.head_rel_me: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and "href" in attributes:
            self.anchors.append(attributes)
        if tag == "link" and "me" in (attributes.get("rel") or "").split():
            self.head_rel_me.append(attributes.get("href", ""))

    def handle_data(self, data):
        self.text.append(data)


def _parse(path: Path) -> _Anchors:
    parser = _Anchors()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _check_vcard(tree: OutputTree, declared: Declared, result: CheckResult) -> str:
    path = tree.root / "contact.vcf"
    if not path.is_file():
        result.problems.append("there is no contact.vcf")
        return "no vCard"
    raw = path.read_bytes()
    lines = raw.split(b"\r\n")
    if b"\n" in raw.replace(b"\r\n", b""):
        result.problems.append("contact.vcf has line ends other than CRLF")
    if any(len(line) > 75 for line in lines):
        result.problems.append("contact.vcf has lines over 75 octets")
    try:
        card = vobject.readOne(raw.decode("utf-8"))
    except Exception as error:
        result.problems.append(f"contact.vcf does not parse: {error}")
        return "vCard does not parse"
    if card.fn.value != declared.name:
        result.problems.append(f"contact.vcf: FN is \"{card.fn.value}\", site.yml says \"{declared.name}\"")
    if declared.telephone:
        telephones = [t.value for t in card.contents.get("tel", [])]
        if e164(declared.telephone) not in telephones:
            result.problems.append(f"contact.vcf: TEL {telephones} does not hold {e164(declared.telephone)}")
    urls = {u.value for u in card.contents.get("url", [])}
    missing = [p for p in declared.profiles if p not in urls]
    if missing:
        result.problems.append(f"contact.vcf lacks the profiles {missing}")
    kept = [g["url"] for g in declared.gone_profiles if g["url"] in urls]
    if kept:
        result.problems.append(f"contact.vcf lists the gone profiles {kept}")
    return f"vCard {card.version.value} parses (FN \"{card.fn.value}\", {len(urls)} URLs)"


def _check_qr(tree: OutputTree, result: CheckResult) -> str:
    path = tree.root / "qr.svg"
    if not path.is_file():
        result.problems.append("there is no qr.svg")
        return "no QR code"
    converter, reader = shutil.which("rsvg-convert"), shutil.which("zbarimg")
    if converter is None or reader is None:
        raise ToolFailure("rsvg-convert and zbarimg are needed (Debian: librsvg2-bin, zbar-tools)")
    with tempfile.TemporaryDirectory() as folder:
        png = Path(folder) / "qr.png"
        subprocess.run([converter, "--width", "400", "--background-color", "white", "-o", str(png), str(path)], check=True, timeout=60)
        decoded = subprocess.run([reader, "--quiet", "--raw", str(png)], capture_output=True, text=True, timeout=60)
    value = decoded.stdout.strip()
    if value != tree.base_url:
        result.problems.append(f"qr.svg decodes to \"{value}\", not the home page {tree.base_url}")
    return f"QR code decodes to {value or 'nothing'}"


def _check_press(tree: OutputTree, result: CheckResult, press: list[dict]) -> str:
    page = tree.file_for(tree.base_path + "press/")
    if page is None:
        result.problems.append("there is no /press/ page")
        return "no /press/"
    parsed = _parse(page)
    hrefs = {a["href"] for a in parsed.anchors}
    text = " ".join(parsed.text)
    shown = 0
    for mention in press:
        problems_before = len(result.problems)
        dead = mention.get("status") == "dead"
        if mention.get("archive") and mention["archive"] not in hrefs:
            result.problems.append(f"/press/ does not link the archived copy {mention['archive']}")
        if dead:
            if mention["url"] in hrefs:
                result.problems.append(f"/press/ links the dead address {mention['url']}")
            if mention["url"] not in text:
                result.problems.append(f"/press/ does not show the dead address {mention['url']} as text")
        elif mention["url"] not in hrefs:
            result.problems.append(f"/press/ does not link {mention['url']}")
        shown += len(result.problems) == problems_before
    return f"/press/ shows {shown} of {len(press)} mentions as links.yml says"


def _check_links_page(tree: OutputTree, declared: Declared, result: CheckResult) -> str:
    page = tree.file_for(tree.base_path + "links/")
    if page is None:
        result.problems.append("there is no /links/ page")
        return "no /links/"
    anchors = _parse(page).anchors
    buttons = 0
    for profile in declared.profiles:
        if any(a["href"] == profile and "me" in (a.get("rel") or "").split() for a in anchors):
            buttons += 1
        else:
            result.problems.append(f"/links/ has no rel=me button for {profile}")
    # A gone account is named, with its archived copy, and never linked.
    for gone in declared.gone_profiles:
        if any(a["href"] == gone["url"] for a in anchors):
            result.problems.append(f"/links/ links the gone profile {gone['url']}")
        if gone.get("archive") and not any(a["href"] == gone["archive"] for a in anchors):
            result.problems.append(f"/links/ does not link the archived copy of the gone profile {gone['url']}")
    gone = f", {len(declared.gone_profiles)} gone named as text" if declared.gone_profiles else ""
    return f"/links/ has a rel=me button for {buttons} of {len(declared.profiles)} profiles{gone}"


def _check_head_rel_me(tree: OutputTree, declared: Declared, registry: PlatformRegistry, result: CheckResult) -> str:
    home = tree.file_for(tree.base_path)
    head = _parse(home).head_rel_me if home else []
    if sorted(head) != sorted(declared.profiles):
        result.problems.append("the home page's <link rel=\"me\"> are not exactly the profiles of links.yml")

    def named(url: str) -> str:
        platform = registry.recognise(url)
        return f"{url} ({platform.name if platform else 'a platform sitegen does not know'})"

    # Mastodon's verification reads them in order: sitegen writes the Mastodon
    # profiles first, in the order of links.yml. Which address is Mastodon's is
    # the registry's word, never the /@name form alone (YouTube, Threads,
    # TikTok, Medium and Substack addresses have it too).
    mastodon = [url for url in declared.profiles if registry.is_mastodon(url)]
    if len(mastodon) == 1:
        profiles = f"profile {mastodon[0]}"
        first = f"first <link rel=\"me\"> is {named(head[0]) if head else ''}"
    else:
        profiles = f"profiles {', '.join(mastodon)}, in the order of links.yml"
        first = f"first {len(mastodon)} <link rel=\"me\"> are {', '.join(named(url) for url in head[: len(mastodon)])}"
    if mastodon and not head:
        result.problems.append(f"the home page has no <link rel=\"me\">: the first should be the Mastodon {profiles}")
        return "no <link rel=\"me\">"
    if mastodon and head[: len(mastodon)] != mastodon:
        result.problems.append(f"the home page's {first}, not the Mastodon {profiles}")
        return "<link rel=\"me\"> does not start with the Mastodon profile"
    # Whatever links.yml says: no Mastodon profile after another platform's.
    other = next((i for i, url in enumerate(head) if not registry.is_mastodon(url)), len(head))
    late = [url for url in head[other + 1:] if registry.is_mastodon(url)]
    if late:
        result.problems.append(f"the home page's <link rel=\"me\"> lists the Mastodon profile {late[0]} after {named(head[other])}")
        return "<link rel=\"me\"> does not start with the Mastodon profile"
    if not mastodon:
        return "no Mastodon profile in links.yml"
    return f"<link rel=\"me\"> starts with the Mastodon {'profiles' if len(mastodon) > 1 else 'profile'}"


def check(tree: OutputTree, declared: Declared, press: list[dict], registry: PlatformRegistry) -> CheckResult:
    result = CheckResult("presence")
    figures = [_check_vcard(tree, declared, result), _check_qr(tree, result), _check_press(tree, result, press),
               _check_links_page(tree, declared, result), _check_head_rel_me(tree, declared, registry, result)]
    result.summary = "; ".join(figures) + f"; {len(result.problems)} errors"
    return result
