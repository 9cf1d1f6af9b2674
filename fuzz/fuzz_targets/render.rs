//! The whole letter path on fuzzed details: `request::build_with` (validation), `compose`,
//! the text renderer and the PDF renderer (layout, line breaking, fonts, serialisation).
//!
//! The input is decoded with `arbitrary` into details that pass validation most of the time:
//! the country and language come from fixed lists (rarely fuzzed text), the e-mail address
//! and URLs are well-formed unless a rare selector byte makes them fuzzed text, and the
//! free text (name, address, place, reason) is assembled from printable ASCII, tricky
//! snippets (accents, CJK, soft hyphens, zero-width and non-breaking spaces, template and
//! PDF syntax), any character the embedded fonts can draw, and now and then (one piece in
//! 64) anything at all: any character, raw bytes, control and bidi characters, emoji. `Err` is an accepted outcome; panics,
//! timeouts and running out of memory are bugs.

#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use arbitrary::{Arbitrary, Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use objection::cli::DetailArgs;
use objection::details::DetailsFile;
use objection::render::OutputFormat;
use objection::render::layout::Paper;
use objection::request::{self, DocumentKind};

/// Jurisdictions with their own data, plus BR (a country without one: `OTHER`).
const COUNTRIES: &[&str] = &[
    "DE", "DE-BE", "DE-BY", "FR", "IE", "GB", "CH", "CA", "CA-QC", "HK", "US-CA", "US", "IN", "BR",
    "NL", "PL", "MT", "GR", "BG", "SE", "de", " fr ",
];

const DOMAINS: &[&str] = &[
    "example.org",
    "example.de",
    "mail.example.co.uk",
    "xn--mnchen-3ya.example",
    "example.hk",
    "a.b",
];

/// Snippets that stress validation, text layout, fonts and the PDF writer; all of them pass
/// validation and have glyphs.
const SNIPPETS: &[&str] = &[
    "Anna",
    "Schmidt",
    "Lindenstraße 12",
    "10969 Berlin",
    "Deutschland",
    "München",
    "Łódź",
    "Ħamrun",
    "Þórsdóttir",
    "Ő",
    "ș",
    "Ελλάδα",
    "България",
    "Ó Súilleabháin",
    "Ærø",
    "İstanbul",
    "ŉ",
    "ﬁ",
    "香港中環皇后大道中",
    "陳大文",
    "、",
    "。",
    "\u{3000}",
    "\u{00A0}",
    "\u{00AD}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{2028}",
    "\u{0301}",
    "e\u{0301}",
    "—",
    "–",
    "-",
    "…",
    "€",
    "„",
    "“",
    "”",
    "«",
    "»",
    "'",
    "\"",
    "{{ name }}",
    "{% if x %}",
    "{#",
    "{ $page }",
    "{-term}",
    "<b>&amp;</b>",
    "%PDF-1.7",
    "(",
    ")",
    "\\",
    "\\(",
    "endstream",
    "https://",
    "www.linkedin.com",
    "Supercalifragilisticexpialidociousnessandmoreandmoreandmorewithoutanyspaces",
    "0000000000000000000000000000000000000000",
];

/// Text that validation refuses or the fonts cannot draw.
const WILD: &[&str] = &[
    "😀",
    "שלום",
    "مرحبا",
    "\t",
    "\r\n",
    "\r",
    "\u{0000}",
    "\u{007F}",
    "\u{0085}",
    "\u{202E}",
    "\u{2066}",
    "\u{200F}",
];

/// Every printable character the embedded fonts (Noto Sans, Noto Sans CJK HK subset) have a
/// glyph for, read from their `cmap` tables once.
fn font_chars() -> &'static [char] {
    static CHARS: OnceLock<Vec<char>> = OnceLock::new();
    CHARS.get_or_init(|| {
        let fonts: [&[u8]; 2] = [
            include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
            include_bytes!("../../assets/fonts/NotoSansCJKhk-Regular-subset.otf"),
        ];
        let mut chars = std::collections::BTreeSet::new();
        for font in fonts {
            let face = ttf_parser::Face::parse(font, 0).expect("embedded font parses");
            for table in face.tables().cmap.iter().flat_map(|cmap| cmap.subtables) {
                if table.is_unicode() {
                    table.codepoints(|code| {
                        if let Some(c) = char::from_u32(code)
                            && !c.is_control()
                            && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
                                | '\u{2066}'..='\u{2069}' | '\u{061C}')
                        {
                            chars.insert(c);
                        }
                    });
                }
            }
        }
        chars.into_iter().collect()
    })
}

/// Fuzzed free text of at most `max_pieces` pieces; `single_line` fields get spaces for line
/// breaks. One piece in 64 is wild: any character, raw bytes, or a [`WILD`] snippet.
struct Text(String);

impl Text {
    fn make(u: &mut Unstructured<'_>, single_line: bool, max_pieces: u8) -> Result<String> {
        let pieces = u8::arbitrary(u)? % max_pieces;
        let mut text = String::new();
        for _ in 0..pieces {
            if u.is_empty() {
                break;
            }
            let selector = u8::arbitrary(u)?;
            match selector {
                0..=99 => {
                    // Printable ASCII.
                    let bytes: &[u8] = u.bytes(usize::from(selector % 12) + 1).unwrap_or(&[]);
                    text.extend(bytes.iter().map(|b| char::from(b % 95 + 32)));
                }
                100..=179 => {
                    let index = usize::from(u8::arbitrary(u)?) % SNIPPETS.len();
                    text.push_str(SNIPPETS[index]);
                }
                180..=209 => {
                    let chars = font_chars();
                    let index = usize::from(u16::arbitrary(u)?) % chars.len();
                    text.push(chars[index]);
                }
                210..=229 => text.push(' '),
                230..=244 => text.push(if single_line { ' ' } else { '\n' }),
                245..=251 => text.push_str(if single_line { "  " } else { "\n\n" }),
                _ => match u8::arbitrary(u)? % 3 {
                    0 => text.push(char::arbitrary(u)?),
                    1 => {
                        let length = usize::from(u8::arbitrary(u)? % 8) + 1;
                        let bytes: &[u8] = u.bytes(length).unwrap_or(&[]);
                        text.push_str(&String::from_utf8_lossy(bytes));
                    }
                    _ => text.push_str(WILD[usize::from(u8::arbitrary(u)?) % WILD.len()]),
                },
            }
        }
        Ok(text)
    }
}

impl<'a> Arbitrary<'a> for Text {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Text(Text::make(u, false, 64)?))
    }
}

/// A single-line text (name, place).
struct Line(String);

impl<'a> Arbitrary<'a> for Line {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Line(Text::make(u, true, 16)?))
    }
}

/// An e-mail address: well-formed for 7 of 8 inputs.
struct Email(String);

impl<'a> Arbitrary<'a> for Email {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let selector = u8::arbitrary(u)?;
        if selector >= 224 {
            return Ok(Email(Text::make(u, true, 16)?));
        }
        let length = usize::from(u8::arbitrary(u)? % 24);
        let bytes: &[u8] = u.bytes(length).unwrap_or(&[]);
        const LOCAL: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789._+-";
        let mut local: String = bytes
            .iter()
            .map(|b| char::from(LOCAL[usize::from(*b) % LOCAL.len()]))
            .collect();
        local = local.trim_matches('.').replace("..", ".");
        if local.is_empty() {
            local.push('x');
        }
        let domain = DOMAINS[usize::from(selector) % DOMAINS.len()];
        Ok(Email(format!("{local}@{domain}")))
    }
}

/// A LinkedIn URL: well-formed for 9 of 10 inputs.
struct Url(String);

impl<'a> Arbitrary<'a> for Url {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let selector = u8::arbitrary(u)?;
        if selector >= 230 {
            return Ok(Url(Text::make(u, true, 16)?));
        }
        const PATH: &[u8] =
            b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~/%:?=&#";
        let length = usize::from(u8::arbitrary(u)? % 64);
        let bytes: &[u8] = u.bytes(length).unwrap_or(&[]);
        let path: String = bytes
            .iter()
            .map(|b| char::from(PATH[usize::from(*b) % PATH.len()]))
            .collect();
        let prefix = match selector % 4 {
            0 => "https://www.linkedin.com/in/",
            1 => "https://www.linkedin.com/posts/",
            2 => "https://www.linkedin.com/feed/update/urn:li:activity:",
            _ => "http://linkedin.com/",
        };
        Ok(Url(format!("{prefix}{path}")))
    }
}

/// One of a fixed list, or (for 11 in 256 inputs) fuzzed text.
fn pick(u: &mut Unstructured<'_>, list: &[&str]) -> Result<String> {
    let selector = u8::arbitrary(u)?;
    if selector >= 245 || list.is_empty() {
        Text::make(u, true, 16)
    } else {
        Ok(list[usize::from(selector) % list.len()].to_owned())
    }
}

/// Member (with or without a profile URL) or non-member (with content URLs); for 1 in 16
/// inputs both fields are filled as fuzzed, which validation must refuse or accept cleanly.
enum Membership {
    Member(Option<String>),
    NonMember(Vec<String>),
    Raw(bool, Option<String>, Option<Vec<String>>),
}

fn urls(u: &mut Unstructured<'_>) -> Result<Vec<String>> {
    let count = u8::arbitrary(u)? % 8;
    (0..count).map(|_| Ok(Url::arbitrary(u)?.0)).collect()
}

impl<'a> Arbitrary<'a> for Membership {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let selector = u8::arbitrary(u)?;
        Ok(match selector {
            0..=149 => Membership::Member(if selector % 2 == 0 {
                Some(Url::arbitrary(u)?.0)
            } else {
                None
            }),
            150..=239 => {
                let mut list = urls(u)?;
                if list.is_empty() {
                    list.push("https://www.linkedin.com/posts/example".into());
                }
                Membership::NonMember(list)
            }
            _ => {
                let profile = if bool::arbitrary(u)? {
                    Some(Url::arbitrary(u)?.0)
                } else {
                    None
                };
                let content = if bool::arbitrary(u)? {
                    Some(urls(u)?)
                } else {
                    None
                };
                Membership::Raw(selector % 2 == 0, profile, content)
            }
        })
    }
}

struct Input {
    paper: Option<Paper>,
    details: DetailsFile,
}

impl<'a> Arbitrary<'a> for Input {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let paper = match u8::arbitrary(u)? % 3 {
            0 => None,
            1 => Some(Paper::A4),
            _ => Some(Paper::Letter),
        };
        let country = pick(u, COUNTRIES)?;
        let lang = if bool::arbitrary(u)? {
            Some(pick(u, &objection::i18n::available())?)
        } else {
            None
        };
        let purposes = u8::arbitrary(u)?;
        let object_to = if purposes & 0x0f == 0 {
            None
        } else {
            let mut list: Vec<String> = [
                "ai-training",
                "ai-other",
                "ads-profiling",
                "affiliate-sharing",
            ]
            .iter()
            .enumerate()
            .filter(|(bit, _)| purposes & (1 << bit) != 0)
            .map(|(_, name)| (*name).to_owned())
            .collect();
            if purposes >= 0xf0 {
                list.push(Text::make(u, true, 16)?);
            }
            Some(list)
        };
        let (non_member, profile_url, content_urls) = match Membership::arbitrary(u)? {
            Membership::Member(profile) => (None, profile, None),
            Membership::NonMember(urls) => (Some(true), None, Some(urls)),
            Membership::Raw(flag, profile, urls) => (Some(flag), profile, urls),
        };
        // A blank name or address ends in a "missing" error, a path not worth most of the
        // runs: those get a default instead (text of invisible characters still goes through).
        let mut name = Line::arbitrary(u)?.0;
        if name.trim().is_empty() {
            name = "Anna Schmidt".into();
        }
        let email = Email::arbitrary(u)?.0;
        let place = if bool::arbitrary(u)? {
            Some(Line::arbitrary(u)?.0)
        } else {
            None
        };
        let mut address = Text::make(u, false, 32)?;
        if address.trim().is_empty() {
            address = "Lindenstraße 12\n10969 Berlin".into();
        }
        let reason = if bool::arbitrary(u)? {
            Some(Text::arbitrary(u)?.0)
        } else {
            None
        };
        Ok(Input {
            paper,
            details: DetailsFile {
                name: Some(name),
                email: Some(email),
                address: Some(address),
                place,
                country: Some(country),
                lang,
                non_member,
                content_urls,
                profile_url,
                object_to,
                reason,
            },
        })
    }
}

/// `OBJECTION_FUZZ_DEBUG=1` prints what each input decodes to and how far it got: for
/// checking seeds and triaging crashes (`cargo fuzz run render FILE`).
fn debug() -> bool {
    static DEBUG: OnceLock<bool> = OnceLock::new();
    *DEBUG.get_or_init(|| std::env::var_os("OBJECTION_FUZZ_DEBUG").is_some())
}

fuzz_target!(|data: &[u8]| {
    let Ok(Input { paper, details }) = Input::arbitrary(&mut Unstructured::new(data)) else {
        return;
    };
    if debug() {
        eprintln!("paper: {paper:?}\n{details:#?}");
    }
    let args = DetailArgs {
        date: Some("2026-11-23".into()),
        ..Default::default()
    };
    let request = match request::build_with(
        DocumentKind::Letter,
        args,
        details,
        Path::new("fuzz.toml"),
        None,
        paper,
    ) {
        Ok(request) => request,
        Err(err) => {
            if debug() {
                eprintln!("=> invalid: {err}");
            }
            return;
        }
    };
    let document = match objection::compose::compose(&request) {
        Ok(document) => document,
        Err(err) => {
            if debug() {
                eprintln!("=> compose failed: {err}");
            }
            return;
        }
    };
    let text = objection::render::text::to_text(&document);
    assert!(!text.trim().is_empty(), "a letter without text");
    let pdf = OutputFormat::Pdf
        .renderer()
        .expect("the PDF renderer")
        .render(&request, &document);
    match pdf {
        Ok(bytes) => {
            assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
            if debug() {
                eprintln!(
                    "=> text {} chars, PDF {} bytes",
                    text.chars().count(),
                    bytes.len()
                );
            }
        }
        Err(err) => {
            if debug() {
                eprintln!("=> text {} chars, no PDF: {err}", text.chars().count());
            }
        }
    }
});
