//! PDF letters checked with real readers: poppler's `pdftotext`, `pdffonts` and `pdfinfo`,
//! and `qpdf --check`. `.ci/run` installs them; a missing tool fails the test, it never
//! skips it.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::util::{DATE, Sandbox, fixture};

/// Runs a PDF tool and returns its standard output; panics with an install hint if the tool
/// is missing or fails.
fn tool(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|err| {
            panic!("cannot run `{program}` ({err}); install poppler-utils and qpdf (see .ci/run)")
        });
    assert!(
        output.status.success(),
        "`{program} {args:?}` failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 tool output")
}

/// How dark a binary PGM image (`P5`, as `pdftoppm -gray` writes it) is, from 0 (white)
/// to 1 (black). A page of letter text at 30 dpi is about 0.05; with its fold marks alone,
/// under 0.001.
fn page_ink(pgm: &[u8]) -> f64 {
    let header = String::from_utf8_lossy(&pgm[..pgm.len().min(32)]);
    let mut fields = header.split_ascii_whitespace();
    assert_eq!(fields.next(), Some("P5"), "a binary greyscale image");
    let mut dimension = || fields.next().unwrap().parse::<usize>().unwrap();
    let (width, height) = (dimension(), dimension());
    // The pixels are the image's last width × height bytes, after the header.
    let pixels = &pgm[pgm.len() - width * height..];
    pixels.iter().map(|p| f64::from(255 - p)).sum::<f64>() / (255.0 * pixels.len() as f64)
}

/// Writes `kind` for the details file as text and as PDF; returns (text, pdf path).
fn text_and_pdf(
    sandbox: &Sandbox,
    kind: &str,
    details: &str,
    extra: &[&str],
) -> (String, std::path::PathBuf) {
    let mut args = vec![kind, "--details", details, "-o", "out.txt", "-o", "out.pdf"];
    args.extend(extra);
    if !extra.contains(&"--date") {
        args.extend(["--date", DATE]);
    }
    let output = sandbox.objection(&args).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(sandbox.file("out.txt")).unwrap();
    (text, sandbox.file("out.pdf"))
}

/// The words of a text, counted, without list markers.
fn words(text: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for word in text.split_whitespace() {
        if matches!(word, "-" | "–") {
            continue;
        }
        *counts.entry(word.to_owned()).or_insert(0) += 1;
    }
    counts
}

fn page_count(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count")
}

/// Everything the issue asks of a PDF letter, checked with poppler and qpdf.
#[track_caller]
fn check_pdf(text: &str, pdf: &Path, lang: &str, footer: Option<&str>) {
    let path = pdf.to_str().unwrap();

    // The words come back exactly, in every script (footer lines are the only extra).
    let extracted = tool("pdftotext", &["-enc", "UTF-8", path, "-"]);
    let mut expected = words(text);
    let mut got = words(&extracted);
    if let Some(footer) = footer {
        for word in words(footer).keys() {
            got.remove(word);
            expected.remove(word);
        }
    }
    assert_eq!(got, expected, "pdftotext words differ from the text letter");

    // Only embedded subset fonts, with ToUnicode maps.
    let fonts = tool("pdffonts", &[path]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts:\n{fonts}");
    for row in rows {
        let name = row.split_whitespace().next().unwrap();
        assert!(
            name.len() > 7 && name.as_bytes()[6] == b'+',
            "not a subset: {row}"
        );
        assert!(
            row.contains("yes yes yes"),
            "font not embedded+subset+unicode: {row}"
        );
        assert!(!row.contains("Type 3") && !row.contains("Type 1 "), "{row}");
    }

    // The glyphs draw: poppler renders the first page without a complaint, and its text
    // darkens it (pdftotext reads the ToUnicode maps, so it would not notice empty or broken
    // outlines in the embedded font programs).
    let render = Command::new("pdftoppm")
        .args(["-r", "30", "-gray", "-f", "1", "-l", "1", path])
        .output()
        .expect("pdftoppm runs (poppler-utils)");
    assert!(render.status.success());
    assert!(
        render.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&render.stderr)
    );
    let ink = page_ink(&render.stdout);
    assert!(ink > 0.02, "page 1 is {ink:.3} dark: the text did not draw");

    // Structurally sound.
    let check = tool("qpdf", &["--check", path]);
    assert!(
        check.contains("No syntax or stream encoding errors found"),
        "{check}"
    );

    // Metadata: title, author, subject, creation date = letter date, language.
    let info = tool("pdfinfo", &["-isodates", path]);
    for field in ["Title:", "Author:", "Subject:"] {
        let value = info
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .unwrap_or_default();
        assert!(!value.trim().is_empty(), "{field} empty:\n{info}");
    }
    assert!(
        info.contains("Author:          Camille Martin")
            || info.contains("Author:          Anna Schmidt")
            || info.contains("Author:          Siobhán Ní Bhriain")
            || info.contains("Author:          Zofia Żółkiewska"),
        "{info}"
    );
    assert!(
        !info.contains("PDF subtype"),
        "no false PDF/X or PDF/A claim:\n{info}"
    );
    let qdf = pdf.with_extension("qdf.pdf");
    tool(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            path,
            qdf.to_str().unwrap(),
        ],
    );
    let raw = String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned();
    assert!(
        raw.contains(&format!("/Lang ({lang})")),
        "catalog lacks /Lang ({lang})"
    );
}

#[test]
fn german_letter_as_pdf() {
    let sandbox = Sandbox::new();
    let (text, pdf) = text_and_pdf(&sandbox, "letter", &fixture("de-member.toml"), &[]);
    check_pdf(&text, &pdf, "de", Some("Seite 1 von 2 Seite 2 von 2"));
    let info = tool("pdfinfo", &["-isodates", pdf.to_str().unwrap()]);
    assert!(
        info.contains("CreationDate:    2026-11-23T00:00:00Z"),
        "{info}"
    );
    assert!(
        info.contains("Page size:       595.276 x 841.89 pts (A4)"),
        "{info}"
    );
}

#[test]
fn french_letter_as_pdf() {
    let sandbox = Sandbox::new();
    let (text, pdf) = text_and_pdf(&sandbox, "letter", &fixture("fr-member.toml"), &[]);
    check_pdf(&text, &pdf, "fr", Some("Page 1 sur 2 Page 2 sur 2"));
}

#[test]
fn english_complaint_as_pdf() {
    let sandbox = Sandbox::new();
    let (text, pdf) = text_and_pdf(
        &sandbox,
        "complaint",
        &fixture("ie-member.toml"),
        &["--date", "2026-12-28", "--objection-date", DATE],
    );
    check_pdf(&text, &pdf, "en", None);
    assert_eq!(page_count(&pdf), 1);
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert!(
        size <= 30 * 1024,
        "a one-page letter is {size} bytes, over 30 KB"
    );
}

#[test]
fn polish_greek_and_bulgarian_text_survives_extraction() {
    let sandbox = Sandbox::new();
    let details = sandbox.write(
        "zofia.toml",
        "name = \"Zofia Żółkiewska\"\nemail = \"zofia@example.pl\"\naddress = \"ul. Długa 1\\n00-001 Warszawa\"\n\
         country = \"PL\"\nlang = \"en\"\nreason = \"Piszę po polsku: Żółkiewski. Ελληνικά. Български. Příliš žluťoučký kůň; Árvíztűrő tükörfúrógép; Învățătorul își șterge fața.\"\n",
    );
    let (text, pdf) = text_and_pdf(&sandbox, "letter", details.to_str().unwrap(), &[]);
    let extracted = tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
    for word in [
        "Żółkiewski.",
        "Ελληνικά.",
        "Български.",
        "žluťoučký",
        "Árvíztűrő",
        "Învățătorul",
        "șterge",
        "Długa",
    ] {
        assert!(
            extracted.contains(word),
            "{word} missing from:\n{extracted}"
        );
    }
    check_pdf(&text, &pdf, "en", Some("Page 1 of 2 Page 2 of 2"));
}

#[test]
fn a_long_letter_runs_to_two_pages_with_page_numbers() {
    let sandbox = Sandbox::new();
    let reason =
        "Ich bin Betriebsrätin und veröffentliche regelmäßig Beiträge zu Arbeitnehmerrechten, \
                  Tarifverhandlungen und Mitbestimmung. "
            .repeat(8);
    let (text, pdf) = text_and_pdf(
        &sandbox,
        "letter",
        &fixture("de-member.toml"),
        &["--reason", &reason, "--object-to", "ai-training"],
    );
    assert_eq!(page_count(&pdf), 2);
    let page2 = tool(
        "pdftotext",
        &[
            "-f",
            "2",
            "-l",
            "2",
            "-enc",
            "UTF-8",
            pdf.to_str().unwrap(),
            "-",
        ],
    );
    assert!(page2.contains("Seite 2 von 2"), "{page2}");
    assert!(
        page2.contains("Anna Schmidt"),
        "the signature is on the last page"
    );
    check_pdf(&text, &pdf, "de", Some("Seite 1 von 2 Seite 2 von 2"));
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert!(size <= 30 * 1024, "{size} bytes");
}

#[test]
fn the_address_window_holds_the_recipient_and_nothing_else() {
    let sandbox = Sandbox::new();
    let (text, pdf) = text_and_pdf(&sandbox, "letter", &fixture("de-member.toml"), &[]);
    let bbox = tool(
        "pdftotext",
        &["-bbox", "-f", "1", "-l", "1", pdf.to_str().unwrap(), "-"],
    );
    // DIN 5008 form B window: 20 mm from the left, 45 mm from the top, 85 × 45 mm.
    let mm = |v: f64| v / 25.4 * 72.0;
    let (left, top, right, bottom) = (mm(20.0), mm(45.0), mm(105.0), mm(90.0));
    let attribute = |line: &str, name: &str| -> f64 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        line[start..].split('"').next().unwrap().parse().unwrap()
    };
    let mut inside = Vec::new();
    for line in bbox.lines().filter(|l| l.contains("<word ")) {
        let (x0, y0, x1, y1) = (
            attribute(line, "xMin"),
            attribute(line, "yMin"),
            attribute(line, "xMax"),
            attribute(line, "yMax"),
        );
        let word = line
            .split('>')
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .to_owned();
        let overlaps = x1 > left && x0 < right && y1 > top && y0 < bottom;
        if overlaps {
            assert!(
                x0 >= left && x1 <= right && y0 >= top && y1 <= bottom,
                "`{word}` crosses the window edge"
            );
            inside.push(word);
        }
    }
    let recipient: Vec<String> = text
        .split("\n\n")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    assert!(recipient.contains(&"Wilton".to_owned()));
    assert_eq!(
        inside, recipient,
        "the window shows exactly the recipient block"
    );
}

#[test]
fn pdfs_are_byte_identical_for_the_same_input() {
    let first = Sandbox::new();
    let second = Sandbox::new();
    let (_, a) = text_and_pdf(&first, "letter", &fixture("fr-member.toml"), &[]);
    let (_, b) = text_and_pdf(&second, "letter", &fixture("fr-member.toml"), &[]);
    assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
}

#[test]
fn us_letter_paper_on_request() {
    let sandbox = Sandbox::new();
    let (_, pdf) = text_and_pdf(
        &sandbox,
        "letter",
        &fixture("ie-member.toml"),
        &["--paper", "letter"],
    );
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(info.contains("612 x 792 pts (letter)"), "{info}");
}

#[test]
fn the_form_text_is_not_made_into_a_pdf() {
    let sandbox = Sandbox::new();
    let details = fixture("ie-member.toml");
    let output = sandbox
        .objection(&["form", "--details", &details, "-o", "form.pdf"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("pasted into LinkedIn's web form"));
    assert!(sandbox.files().is_empty());
}

#[test]
fn a_character_the_font_cannot_show_is_a_clear_error() {
    let sandbox = Sandbox::new();
    let details = fixture("ie-member.toml");
    let output = sandbox
        .objection(&[
            "letter",
            "--details",
            &details,
            "--name",
            "Ada \u{1F600} Lovelace",
            "--date",
            DATE,
            "-o",
            "l.pdf",
            "-o",
            "l.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("U+1F600"), "{stderr}");
    assert!(
        sandbox.files().is_empty(),
        "no partial output: {:?}",
        sandbox.files()
    );
}

#[test]
fn a_hong_kong_letter_in_traditional_chinese_comes_back_from_the_pdf() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .objection(&[
            "letter",
            "--name",
            "陳大文 Chan Tai Man",
            "--email",
            "chan@example.hk",
            "--address",
            "香港中環皇后大道中1號",
            "--country",
            "HK",
            "--date",
            DATE,
            "-o",
            "hk.txt",
            "-o",
            "hk.pdf",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(sandbox.file("hk.txt")).unwrap();
    assert!(text.contains("敬啟者"), "the letter is in Chinese: {text}");
    let pdf = sandbox.file("hk.pdf");
    let path = pdf.to_str().unwrap();

    // Chinese lines break anywhere and the page puts the sender beside the recipient, so
    // compare the characters (without white space and list dashes) as multisets; and the
    // body comes back in order.
    let characters = |s: &str| {
        let mut chars: Vec<char> = s
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '–'))
            .collect();
        chars.sort_unstable();
        chars
    };
    let extracted = tool("pdftotext", &["-enc", "UTF-8", path, "-"]);
    assert_eq!(characters(&extracted), characters(&text));
    let squeezed: String = extracted.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        squeezed.contains("本人現撤回LinkedIn為下列目的使用本人個人資料所倚據的任何明示或默示同意"),
        "{extracted}"
    );

    // Embedded subset fonts only: the CJK faces for Chinese, Noto Sans for the Latin name.
    let fonts = tool("pdffonts", &[path]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(
        rows.iter().any(|r| r.contains("+NotoSansCJKhk-Regular")),
        "{fonts}"
    );
    assert!(
        rows.iter().any(|r| r.contains("+NotoSans-Regular")),
        "{fonts}"
    );
    for row in rows {
        assert!(row.as_bytes()[6] == b'+', "not a subset: {row}");
        assert!(row.contains("yes yes yes"), "{row}");
    }
    let check = tool("qpdf", &["--check", path]);
    assert!(
        check.contains("No syntax or stream encoding errors found"),
        "{check}"
    );
    // Small despite the 1.3 MB font: only the glyphs used are embedded.
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert!(size < 60_000, "{size} bytes");
}
