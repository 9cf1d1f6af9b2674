//! PDF: draws a [`Layout`] with printpdf and sets the document's metadata.
//!
//! Every printpdf (and lopdf) type stays in this module, so an upgrade of that fast-moving crate
//! touches nothing else. printpdf is pinned to an exact version in `Cargo.toml`: its font
//! handling has regressed between minor releases before.

mod fonts;
mod sfnt;

use chrono::Datelike;
use printpdf::{
    Color, DateTime, FontId, Line, LinePoint, Op, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb, TextItem, TextMatrix,
};

use super::Renderer;
use super::layout::{self, Face, Layout, MissingGlyph, PT_TO_MM};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::i18n::{self, Args};
use crate::request::Request;

/// Renders letters, complaints and reminders as PDF.
pub struct PdfRenderer;

impl Renderer for PdfRenderer {
    fn render(&self, request: &Request, document: &Document) -> Result<Vec<u8>> {
        let lang = document.lang;
        let page_label = |page: usize, total: usize| {
            i18n::message(
                lang,
                "page-number",
                &Args::new().with("page", page).with("total", total),
            )
            .unwrap_or_else(|_| format!("{page}/{total}"))
        };
        let layout = layout::layout(document, request.paper, &page_label)
            .map_err(|MissingGlyph(character)| Error::MissingGlyph { character })?;
        Ok(write_pdf(document, &layout))
    }
}

fn mm(value: f32) -> Pt {
    Pt(value / PT_TO_MM)
}

fn write_pdf(document: &Document, layout: &Layout) -> Vec<u8> {
    let mut pdf = PdfDocument::new(&document.title);
    // printpdf's own font ids come from a per-process counter, so the same letter would get
    // other resource names (and subset tags) when it is not the first document of a process,
    // as in a batch. Ids derived from the content keep every PDF byte-identical. Only the
    // faces the text uses are added: an unused font would be embedded whole.
    let runs = runs_of(layout);
    let mut used: std::collections::BTreeMap<Face, Vec<char>> = std::collections::BTreeMap::new();
    for (face, _, run) in runs.iter().flatten().flatten() {
        used.entry(*face).or_default().extend(run.chars());
    }
    // Each character once: a letter has thousands, drawn with about a hundred glyphs.
    for characters in used.values_mut() {
        characters.sort_unstable();
        characters.dedup();
    }
    let id = content_id(document, layout);
    let tags = subset_tags(&id);
    let mut programs = Vec::new();
    let fonts: std::collections::BTreeMap<Face, FontId> = used
        .into_iter()
        .enumerate()
        .map(|(index, (face, characters))| {
            // The suffix keeps the ids apart even if two tags ever coincided.
            let id = FontId(format!("{}{index}", tags[index]));
            let embedded = fonts::embedded_font(face, characters);
            programs.extend(embedded.program);
            pdf.resources.fonts.map.insert(id.clone(), embedded.font);
            (face, id)
        })
        .collect();
    let (width, height) = layout.paper.size_mm();

    let pages = layout
        .pages
        .iter()
        .zip(runs)
        .map(|(page, page_runs)| {
            let mut ops = Vec::with_capacity(page.texts.len() * 4 + 8);
            if !page.marks.is_empty() {
                ops.push(Op::SetOutlineColor {
                    col: Color::Rgb(Rgb {
                        r: 0.55,
                        g: 0.55,
                        b: 0.55,
                        icc_profile: None,
                    }),
                });
                ops.push(Op::SetOutlineThickness { pt: Pt(0.4) });
                for mark in &page.marks {
                    let point = |(x, y): (f32, f32)| LinePoint {
                        p: Point {
                            x: mm(x),
                            y: mm(height - y),
                        },
                        bezier: false,
                    };
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![point(mark.from), point(mark.to)],
                            is_closed: false,
                        },
                    });
                }
            }
            ops.push(Op::StartTextSection);
            let mut current: Option<(Face, f32)> = None;
            for (text, line_runs) in page.texts.iter().zip(page_runs) {
                for (face, offset, run) in line_runs {
                    if current != Some((face, text.size)) {
                        ops.push(Op::SetFont {
                            font: PdfFontHandle::External(fonts[&face].clone()),
                            size: Pt(text.size),
                        });
                        current = Some((face, text.size));
                    }
                    // `Tm` places the run absolutely; printpdf's SetTextCursor is `Td`, which
                    // moves relative to the previous line.
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(
                            mm(text.x + offset),
                            mm(height - text.baseline),
                        ),
                    });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(run)],
                    });
                }
            }
            ops.push(Op::EndTextSection);
            PdfPage::new(printpdf::Mm(width), printpdf::Mm(height), ops)
        })
        .collect();

    let date = DateTime::new_in_offset(
        printpdf::Date {
            year: document.date.year(),
            month: document.date.month() as u8,
            day: document.date.day() as u8,
        },
        printpdf::Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    );
    let info = &mut pdf.metadata.info;
    info.document_title = document.title.clone();
    info.author = document.author.clone();
    info.subject = document.title.clone();
    info.creator = format!("objection {}", env!("CARGO_PKG_VERSION"));
    info.producer = "objection (printpdf 0.12.8)".into();
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    pdf.with_pages(pages);

    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut lopdf_document = pdf.to_lopdf_document(&options, &mut Vec::new());
    finish(&mut lopdf_document, document, id, programs);
    let mut bytes = Vec::new();
    lopdf_document
        .save_to(&mut bytes)
        .expect("writing a PDF into memory cannot fail");
    bytes
}

/// What printpdf does not do: the catalog's `/Lang`, a document ID that depends only on the
/// content (printpdf's comes from a per-process counter), and no false PDF/X claim in the
/// Info dictionary (printpdf writes an empty `/GTS_PDFXVersion`). Then our font programs
/// go in place of printpdf's, and every stream is compressed.
fn finish(
    pdf: &mut lopdf::Document,
    document: &Document,
    id: Vec<u8>,
    programs: Vec<(String, Vec<u8>)>,
) {
    use lopdf::{Object, StringFormat};

    if let Ok(catalog) = pdf.catalog_mut() {
        catalog.set(
            "Lang",
            Object::String(document.lang.as_bytes().to_vec(), StringFormat::Literal),
        );
    }
    if let Ok(Object::Reference(info_id)) = pdf.trailer.get(b"Info").cloned()
        && let Ok(Object::Dictionary(info)) = pdf.get_object_mut(info_id)
    {
        info.remove(b"GTS_PDFXVersion");
    }
    pdf.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );
    let font_programs = font_programs(pdf);
    embed_programs(pdf, &font_programs, programs);
    compress_streams(pdf, &font_programs);
}

/// Each font descriptor's font name and the stream that holds its font program.
fn font_programs(pdf: &lopdf::Document) -> Vec<(Vec<u8>, lopdf::ObjectId)> {
    pdf.objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter_map(|descriptor| {
            let stream = [b"FontFile".as_slice(), b"FontFile2", b"FontFile3"]
                .into_iter()
                .find_map(|key| {
                    descriptor
                        .get(key)
                        .and_then(lopdf::Object::as_reference)
                        .ok()
                })?;
            let name = descriptor
                .get(b"FontName")
                .and_then(lopdf::Object::as_name)
                .map_or_else(|_| Vec::new(), <[u8]>::to_vec);
            Some((name, stream))
        })
        .collect()
}

/// Puts our font programs (see `fonts::embedded_font`) in place of the ones printpdf
/// embedded, found by the font name in their descriptors.
fn embed_programs(
    pdf: &mut lopdf::Document,
    font_programs: &[(Vec<u8>, lopdf::ObjectId)],
    programs: Vec<(String, Vec<u8>)>,
) {
    let mut programs: std::collections::BTreeMap<Vec<u8>, Vec<u8>> = programs
        .into_iter()
        .map(|(name, program)| (name.into_bytes(), program))
        .collect();
    for (name, stream_id) in font_programs {
        if let Some(program) = programs.remove(name)
            && let Ok(lopdf::Object::Stream(stream)) = pdf.get_object_mut(*stream_id)
        {
            stream.dict.set("Length1", program.len() as i64);
            stream.set_content(program);
        }
    }
    assert!(
        programs.is_empty(),
        "every font program has its descriptor in the PDF"
    );
}

/// Deflates every stream that is not compressed yet, font programs through a cache of
/// compressed programs (see `fonts`).
fn compress_streams(pdf: &mut lopdf::Document, font_programs: &[(Vec<u8>, lopdf::ObjectId)]) {
    for (id, object) in pdf.objects.iter_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
        {
            let compressed = if font_programs.iter().any(|(_, program)| program == id) {
                fonts::compress_font_program(&stream.content)
            } else {
                fonts::compress_content(&stream.content)
            };
            // Compression into memory cannot fail; if it somehow did, the stream simply
            // stays uncompressed, which is still a valid PDF.
            if let Ok(compressed) = compressed
                && compressed.len() < stream.content.len()
            {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        }
    }
}

/// Each placed line cut into runs of one face, per page.
type PageRuns = Vec<Vec<(Face, f32, String)>>;

fn runs_of(layout: &Layout) -> Vec<PageRuns> {
    layout
        .pages
        .iter()
        .map(|page| {
            page.texts
                .iter()
                .map(|text| {
                    layout::font_runs(&text.text, text.style, text.size)
                        .expect("the layout measured every character, so every glyph exists")
                        .into_iter()
                        .map(|(face, offset, run)| (face, offset, run.to_owned()))
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// Four subset tags (six capital letters each, ISO 32000-1, 9.6.4), one per font, from the
/// content hash. printpdf takes a font's tag from the first six characters of its id.
fn subset_tags(hash: &[u8]) -> [String; 4] {
    let letters = |offset: usize| -> String {
        hash[offset..offset + 6]
            .iter()
            .map(|byte| char::from(b'A' + byte % 26))
            .collect()
    };
    [letters(0), letters(5), letters(10), letters(2)]
}

/// A 16-byte FNV-1a hash of everything the PDF shows, as its file identifier.
fn content_id(document: &Document, layout: &Layout) -> Vec<u8> {
    let mut hash: u128 = 0x6c62272e07bb014262b821756295c58d;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u128::from(*byte);
            hash = hash.wrapping_mul(0x0000000001000000000000000000013B);
        }
    };
    feed(document.title.as_bytes());
    feed(document.author.as_bytes());
    feed(document.date.to_string().as_bytes());
    for page in &layout.pages {
        for text in &page.texts {
            feed(text.text.as_bytes());
            feed(&text.x.to_le_bytes());
            feed(&text.baseline.to_le_bytes());
        }
    }
    hash.to_be_bytes().to_vec()
}
