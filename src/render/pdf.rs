//! PDF: draws a [`Layout`] with printpdf and sets the document's metadata.
//!
//! Every printpdf (and lopdf) type stays in this file, so an upgrade of that fast-moving crate
//! touches nothing else. printpdf is pinned to an exact version in `Cargo.toml`: its font
//! handling has regressed between minor releases before.

use std::sync::LazyLock;

use chrono::Datelike;
use printpdf::{
    Color, DateTime, FontId, Line, LinePoint, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb, TextItem, TextMatrix,
};

use super::Renderer;
use super::layout::{
    self, BOLD_FONT, CJK_BOLD_FONT, CJK_REGULAR_FONT, Face, Family, Layout, MissingGlyph, PT_TO_MM,
    REGULAR_FONT,
};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::i18n::{self, Args};
use crate::request::Request;

/// Renders letters, complaints and reminders as PDF.
pub struct PdfRenderer;

/// The fonts parsed once per process; parsing is the slowest step of a small PDF. The CJK
/// fonts are parsed only by a run that draws Chinese.
static LATIN_FONTS: LazyLock<[ParsedFont; 2]> =
    LazyLock::new(|| [REGULAR_FONT, BOLD_FONT].map(parse_font));
static CJK_FONTS: LazyLock<[ParsedFont; 2]> =
    LazyLock::new(|| [CJK_REGULAR_FONT, CJK_BOLD_FONT].map(parse_font));

fn parse_font(bytes: &'static [u8]) -> ParsedFont {
    ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("embedded font parses")
}

fn parsed(face: Face) -> &'static ParsedFont {
    let fonts = match face.family {
        Family::Latin => &*LATIN_FONTS,
        Family::Cjk => &*CJK_FONTS,
    };
    &fonts[usize::from(face.bold)]
}

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
    let faces: std::collections::BTreeSet<Face> = runs
        .iter()
        .flatten()
        .flat_map(|line| line.iter().map(|run| run.0))
        .collect();
    let tags = subset_tags(document, layout);
    let fonts: std::collections::BTreeMap<Face, FontId> = faces
        .iter()
        .enumerate()
        .map(|(index, face)| {
            // The suffix keeps the ids apart even if two tags ever coincided.
            let id = FontId(format!("{}{index}", tags[index]));
            pdf.resources
                .fonts
                .map
                .insert(id.clone(), printpdf::PdfFont::new(parsed(*face).clone()));
            (*face, id)
        })
        .collect();
    let (width, height) = layout.paper.size_mm();

    let pages = layout
        .pages
        .iter()
        .zip(&runs)
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
                    if current != Some((*face, text.size)) {
                        ops.push(Op::SetFont {
                            font: PdfFontHandle::External(fonts[face].clone()),
                            size: Pt(text.size),
                        });
                        current = Some((*face, text.size));
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
                        items: vec![TextItem::Text(run.clone())],
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
    finish(&mut lopdf_document, document, layout);
    let mut bytes = Vec::new();
    lopdf_document
        .save_to(&mut bytes)
        .expect("writing a PDF into memory cannot fail");
    bytes
}

/// What printpdf does not do: the catalog's `/Lang`, a document ID that depends only on the
/// content (printpdf's comes from a per-process counter), and no false PDF/X claim in the
/// Info dictionary (printpdf writes an empty `/GTS_PDFXVersion`).
fn finish(pdf: &mut lopdf::Document, document: &Document, layout: &Layout) {
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
    let id = content_id(document, layout);
    pdf.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );
    compress_streams(pdf);
}

/// Deflates every stream that is not compressed yet. lopdf's own `compress` uses the best
/// (slowest) level, which was a third of a letter's time in the profile; level 3 takes
/// about 40% of that time for files about 5% larger (measured on a two-page letter).
fn compress_streams(pdf: &mut lopdf::Document) {
    for object in pdf.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
        {
            let compressed = if stream.content.len() >= CACHED_STREAM_MIN_BYTES {
                COMPRESSED_FONTS.compress(&stream.content)
            } else {
                deflate(&stream.content)
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

fn deflate(content: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Write;
    let mut encoder =
        flate2::write::ZlibEncoder::new(Vec::with_capacity(content.len() / 2), PDF_COMPRESSION);
    encoder.write_all(content)?;
    encoder.finish()
}

/// Streams this large are font programs (page contents are a few kilobytes): the subset of
/// a face is the same in every letter that uses the same characters, as in a batch of one
/// language, so its compressed bytes are kept instead of deflating it again. Deflate was
/// a quarter of a letter's CPU time in the profile.
const CACHED_STREAM_MIN_BYTES: usize = 4096;

static COMPRESSED_FONTS: LazyLock<CompressionCache> = LazyLock::new(CompressionCache::default);

/// Compressed streams by content. A hit is checked byte for byte against the stored
/// original, so a hash collision can never put another letter's font into a PDF; the output
/// is the same bytes with or without the cache.
#[derive(Default)]
struct CompressionCache {
    entries: std::sync::Mutex<std::collections::HashMap<u64, Vec<Compressed>>>,
}

/// A stream's content and its compressed bytes.
type Compressed = (Vec<u8>, Vec<u8>);

/// About 64 subsets of two faces: a few megabytes, whatever the size of the batch.
const CACHED_STREAMS: usize = 64;

impl CompressionCache {
    fn compress(&self, content: &[u8]) -> std::io::Result<Vec<u8>> {
        use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
        let key = BuildHasherDefault::<DefaultHasher>::default().hash_one(content);
        let lock = || self.entries.lock().expect("no panics while locked");
        if let Some(same) = lock()
            .get(&key)
            .and_then(|bucket| bucket.iter().find(|(original, _)| original == content))
        {
            return Ok(same.1.clone());
        }
        let compressed = deflate(content)?;
        let mut entries = lock();
        if entries.len() >= CACHED_STREAMS {
            // Forgetting everything is crude but keeps memory flat; a batch of one
            // language refills the few subsets it needs within a few letters.
            entries.clear();
        }
        entries
            .entry(key)
            .or_default()
            .push((content.to_vec(), compressed.clone()));
        Ok(compressed)
    }
}

/// The deflate level of PDF streams.
const PDF_COMPRESSION: flate2::Compression = flate2::Compression::new(3);

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
fn subset_tags(document: &Document, layout: &Layout) -> [String; 4] {
    let hash = content_id(document, layout);
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
