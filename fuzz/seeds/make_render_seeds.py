#!/usr/bin/env python3
"""Writes the hand-made seeds of the `render` target into seeds/render/.

The render target decodes its input with `arbitrary` (see fuzz_targets/render.rs); this
script encodes a few realistic people in that byte format, so fuzzing starts from letters
that validate and reach the PDF renderer. Rerun it after changing the decoder:

    python3 fuzz/seeds/make_render_seeds.py
    OBJECTION_FUZZ_DEBUG=1 cargo +nightly fuzz run render fuzz/seeds/render/*   # check them
"""

import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = (HERE.parent / "fuzz_targets" / "render.rs").read_text(encoding="utf-8")


def rust_list(name):
    body = SOURCE[SOURCE.index(f"const {name}") :]
    body = body[body.index("[", body.index("=")) + 1 : body.index("];")]
    return re.findall(r'"((?:[^"\\]|\\.)*)"', body)


COUNTRIES = rust_list("COUNTRIES")
DOMAINS = rust_list("DOMAINS")
SNIPPETS = rust_list("SNIPPETS")
LOCAL = "abcdefghijklmnopqrstuvwxyz0123456789._+-"
PATH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~/%:?=&#"
# i18n::available(): the embedded locales, sorted.
LANGS = sorted(p.stem for p in (HERE.parent.parent / "locales").glob("*.ftl"))


def text(*parts, max_pieces=64):
    """Pieces: plain strings are printable ASCII (split into chunks of at most 12),
    ('s', snippet as written in render.rs), '\\n' a line break, '\\n\\n' a blank line, ' ' a space."""
    pieces = []
    for part in parts:
        if isinstance(part, tuple):
            pieces.append(bytes([100, SNIPPETS.index(part[1])]))
        elif part == " ":
            pieces.append(bytes([210]))
        elif part == "\n":
            pieces.append(bytes([230]))
        elif part == "\n\n":
            pieces.append(bytes([245]))
        else:
            for i in range(0, len(part), 12):
                chunk = part[i : i + 12]
                # selector % 12 + 1 == len(chunk), and selector <= 99
                pieces.append(bytes([len(chunk) - 1]) + bytes(ord(c) - 32 for c in chunk))
    assert len(pieces) < max_pieces, f"at most {max_pieces - 1} pieces"
    return bytes([len(pieces)]) + b"".join(pieces)


def pick(value, values):
    return bytes([values.index(value)])


def email(local, domain):
    return bytes([DOMAINS.index(domain), len(local)]) + bytes(LOCAL.index(c) for c in local)


def url(prefix_index, path):
    return bytes([prefix_index, len(path)]) + bytes(PATH.index(c) for c in path)


def person(
    *,
    paper=0,
    country,
    lang=None,
    purposes=0x01,
    member=None,
    non_member_urls=None,
    name,
    mail,
    place=None,
    address,
    reason=None,
):
    out = bytes([paper]) + pick(country, COUNTRIES)
    out += bytes([1]) + pick(lang, LANGS) if lang else bytes([0])
    out += bytes([purposes])
    if non_member_urls is not None:
        out += bytes([150, len(non_member_urls)]) + b"".join(url(1, u) for u in non_member_urls)
    elif member is not None:
        out += bytes([0]) + url(0, member)
    else:
        out += bytes([1])
    out += text(*name, max_pieces=16) + email(*mail)
    out += bytes([1]) + text(*place, max_pieces=16) if place else bytes([0])
    out += text(*address, max_pieces=32)
    out += bytes([1]) + text(*reason) if reason else bytes([0])
    return out


SEEDS = {
    "de-member": person(
        country="DE-BE",
        purposes=0x07,
        member="anna-schmidt-example",
        name=[("s", "Anna"), " ", ("s", "Schmidt")],
        mail=("anna.schmidt", "example.de"),
        place=["Berlin"],
        address=[("s", "Lindenstraße 12"), "\n", ("s", "10969 Berlin"), "\n", ("s", "Deutschland")],
        reason=["I publish posts about ", "workers' rights.", "\n\n", "A model trained on them ",
                "may misquote me."],
    ),
    "fr-non-member": person(
        paper=1,
        country="FR",
        purposes=0x0f,
        non_member_urls=["example-company_team-photo", "activity-7391111111"],
        name=["Julien Petit"],
        mail=("julien.petit", "example.org"),
        address=["3 place du March", ("s", r"e\u{0301}"), "\n",
                 "69002 Lyon"],
    ),
    "hk-chinese": person(
        country="HK",
        lang="zh-Hant-HK",
        member="chan-tai-man",
        name=[("s", "陳大文")],
        mail=("taiman.chan", "example.hk"),
        address=[("s", "香港中環皇后大道中"), "\n", "Flat 12A"],
        reason=[("s", "香港中環皇后大道中"), ("s", "。"), ("s", "香港中環皇后大道中")],
    ),
    "usca-letter-paper": person(
        paper=2,
        country="US-CA",
        purposes=0x0c,
        name=["Maria Garcia"],
        mail=("maria-g", "example.org"),
        place=["Oakland"],
        address=["1 Broadway", "\n", "Oakland, CA 94607"],
        reason=[("s", "Supercalifragilisticexpialidociousnessandmoreandmoreandmorewithoutanyspaces"),
                " ", ("s", r"\u{00AD}"), " and more."],
    ),
    "gb-long-reason": person(
        country="GB",
        lang="en",
        name=["Mary Byrne-", ("s", "Ó Súilleabháin")],
        mail=("m.byrne", "mail.example.co.uk"),
        address=["4 Main Street", "\n", "Cork T12 AB34"],
        reason=["Paragraph that is long enough to wrap.", "\n\n"] * 12,
    ),
    "qc-french": person(
        country="CA-QC",
        lang="fr-CA",
        purposes=0x03,
        name=["Ginette ", ("s", "«"), "Gigi", ("s", "»"), " Tremblay"],
        mail=("ginette", "example.org"),
        place=["Montr", ("s", r"e\u{0301}"), "al"],
        address=["1000 rue Sherbrooke", "\n", "Montreal QC"],
    ),
}


def main():
    out = HERE / "render"
    out.mkdir(exist_ok=True)
    for name, data in SEEDS.items():
        (out / name).write_bytes(data)
        print(f"{out / name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
