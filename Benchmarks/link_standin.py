#!/usr/bin/env python3
"""A stand-in, on 127.0.0.1, for the sites the example's links point to, so
that `sitegen check --external` can be shown and timed without the internet.

Usage: Benchmarks/link_standin.py PORT

Every request for /HOST/PATH answers as that site would, for the cases
issue 11 names: most pages answer 200; some moved (301), one article is gone
(404), LinkedIn answers robots 999, Instagram sends them to its login page,
Tripadvisor shows a Cloudflare check, WhatsApp's short link redirects. Each
request is printed (method and path) to standard error, so that a second,
cached run can be seen to ask nothing.
"""

import http.server
import sys

MOVED = {
    # France Bleu became "ici" in 2025: its addresses moved for good.
    "/www.francebleu.fr/emissions/circuits-courts/armorique/un-four-a-bois-rue-de-saint-malo":
        "/www.francebleu.fr/ici/armorique/emissions/circuits-courts/un-four-a-bois-rue-de-saint-malo",
    # A newspaper that changed its addresses.
    "/www.letelegramme.fr/ille-et-vilaine/rennes/galette-des-rois-la-boulangerie-martin-primee-au-concours-departemental-1234567.php":
        "/www.letelegramme.fr/ille-et-vilaine/rennes/galette-des-rois-la-boulangerie-martin-primee-au-concours-departemental-1234567.html",
}
GONE = {
    "/france3-regions.francetvinfo.fr/bretagne/ille-et-vilaine/rennes/video-le-pain-au-levain-renait-dans-les-boulangeries-de-quartier-2987654.html",
}


class StandIn(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, status, headers=None, body=b""):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def handle_request(self):
        path = self.path.split("?")[0]
        page = b"<!DOCTYPE html><title>page</title><p>A page.</p>"
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path in MOVED:
            return self.answer(301, {"Location": MOVED[path]})
        if path in GONE:
            return self.answer(404, html, b"<!DOCTYPE html><title>Not found</title>")
        if path.startswith("/www.linkedin.com/"):
            return self.answer(999, html, b"")
        if path.startswith("/www.instagram.com/accounts/login"):
            return self.answer(200, html, page)
        if path.startswith("/www.instagram.com/"):
            return self.answer(302, {"Location": "/www.instagram.com/accounts/login/?next=" + path})
        if path.startswith("/www.tripadvisor.fr/"):
            return self.answer(403, {**html, "Server": "cloudflare", "cf-mitigated": "challenge"},
                               b"<!DOCTYPE html><title>Just a moment...</title>")
        if path.startswith("/wa.me/"):
            return self.answer(302, {"Location": "/api.whatsapp.com/send/?phone=33299123456"})
        return self.answer(200, html, page)

    do_GET = handle_request
    do_HEAD = handle_request

    def log_message(self, format, *args):
        sys.stderr.write("%s %s\n" % (self.command, self.path))


if __name__ == "__main__":
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), StandIn)
    server.serve_forever()
