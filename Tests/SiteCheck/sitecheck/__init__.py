"""Checks a site built by sitegen with the tools browsers, search engines and
the IndieWeb use: the Nu HTML Checker, axe-core in headless Chromium,
feedparser, mf2py and extruct."""
