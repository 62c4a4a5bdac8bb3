"""Does a page's HTML look like a script shell, whose content only its scripts put there? (auto mode)

A parser: HTML bytes in, a verdict with its reason out; no network. Signs, in order: a known
framework's root element left empty (React's ``<div id="root">``, Next's ``__next``, Nuxt, Angular's
``ng-app``/``<app-root>``, Vue's ``#app``, Gatsby, Ember), a ``<noscript>`` asking for JavaScript, or
very little visible text beside scripts. A page with real text is not a shell, whatever else it holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup

MIN_TEXT = 200  # visible characters below which a page with scripts is taken for a shell
ROOT_TEXT = 1500  # visible characters below which an empty framework root still means a shell
_ROOT_IDS = ("root", "app", "__next", "__nuxt", "___gatsby", "ember-app", "svelte", "main-app")
_ROOT_ATTRS = ("ng-app", "data-reactroot", "ng-version", "data-v-app")
_ROOT_TAGS = ("app-root",)
_INVISIBLE = ("script", "style", "noscript", "template", "head", "svg")


@dataclass(frozen=True)
class Verdict:
    shell: bool
    why: str  # one line, for the provenance


def script_shell(html: bytes) -> Verdict:
    """Whether html (a page's body, decoded from its Content-Encoding) needs a browser to show its content."""
    soup = BeautifulSoup(html, "lxml")
    scripts = soup.find_all("script")
    external = sum(1 for script in scripts if script.get("src"))
    inline = sum(len(script.get_text()) for script in scripts if not script.get("src"))
    asks = any("javascript" in tag.get_text().lower() for tag in soup.find_all("noscript"))
    root = _empty_root(soup)
    for tag in soup.find_all(_INVISIBLE):
        tag.decompose()
    text = len(" ".join(soup.get_text(" ").split()))
    described = (f"{text} characters of visible text, {len(scripts)} scripts "
                 f"({external} external, {inline} bytes inline)")
    if root and text < ROOT_TEXT:
        return Verdict(True, f"script shell: empty framework root {root}; {described}")
    if asks and text < ROOT_TEXT:
        return Verdict(True, f"script shell: <noscript> asks for JavaScript; {described}")
    if scripts and text < MIN_TEXT:
        return Verdict(True, f"script shell: {described}")
    return Verdict(False, f"server-rendered: {described}")


def _empty_root(soup: BeautifulSoup) -> str | None:
    """The first framework root element without text of its own, described; None if there is none."""
    candidates = [soup.find(id=name) for name in _ROOT_IDS]
    candidates += [soup.find(True, attrs={name: True}) for name in _ROOT_ATTRS]
    candidates += [soup.find(name) for name in _ROOT_TAGS]
    for tag in candidates:
        if tag is not None and not tag.get_text(strip=True):
            ident = f' id="{tag["id"]}"' if tag.get("id") else ""
            return f"<{tag.name}{ident}>"
    return None
