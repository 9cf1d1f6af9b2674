//! In-process cost of one letter: validation, composition, text, and PDF.
//!
//! Run with `cargo bench --bench render`. Fonts, templates and locales are loaded once per
//! process (as in a batch run); the first iteration pays for that, the median does not.

use objection::cli::DetailArgs;
use objection::compose::compose;
use objection::render::OutputFormat;
use objection::render::text::to_text;
use objection::request::{self, DocumentKind, Request};

fn main() {
    divan::main();
}

fn example_request() -> Request {
    let args = DetailArgs {
        example: true,
        date: Some("2026-11-23".into()),
        ..DetailArgs::default()
    };
    request::build(DocumentKind::Letter, args, None, None).expect("example request")
}

/// Flags and details file to validated request.
#[divan::bench]
fn validate() -> Request {
    example_request()
}

/// Template, locale and legal data to a composed document.
#[divan::bench]
fn compose_letter(bencher: divan::Bencher) {
    let request = example_request();
    bencher.bench(|| compose(divan::black_box(&request)).expect("compose"));
}

/// Composition plus plain text.
#[divan::bench]
fn text_letter(bencher: divan::Bencher) {
    let request = example_request();
    bencher.bench(|| to_text(&compose(divan::black_box(&request)).expect("compose")));
}

/// Composition plus PDF (layout, subset fonts, serialisation).
#[divan::bench]
fn pdf_letter(bencher: divan::Bencher) {
    let request = example_request();
    let pdf = OutputFormat::Pdf.renderer().expect("pdf renderer");
    bencher.bench(|| {
        let document = compose(divan::black_box(&request)).expect("compose");
        pdf.render(&request, &document).expect("pdf")
    });
}

/// Text and PDF of the same letter, the unit of work of `letter -o x.txt -o x.pdf`.
#[divan::bench]
fn text_and_pdf_letter(bencher: divan::Bencher) {
    let request = example_request();
    let pdf = OutputFormat::Pdf.renderer().expect("pdf renderer");
    bencher.bench(|| {
        let document = compose(divan::black_box(&request)).expect("compose");
        (
            to_text(&document),
            pdf.render(&request, &document).expect("pdf"),
        )
    });
}
