//! The PDF renderer's fonts: parsed once per process, cut to the glyphs of each PDF, and
//! their compressed programs reused when two PDFs need the same glyphs.

use std::collections::{BTreeSet, HashMap};
use std::sync::{LazyLock, Mutex};

use printpdf::{ParsedFont, PdfFont};

use super::sfnt;
use crate::render::layout::{Face, Family};

/// What printpdf is given for each face, parsed once per process (parsing is the slowest
/// step of a small PDF). The Latin faces are given without outlines, since the program
/// embedded is our own subset (see [`embedded_font`]); the CJK fonts, parsed only by a run
/// that draws Chinese, are given whole and subset by printpdf.
static LATIN_FONTS: LazyLock<[ParsedFont; 2]> = LazyLock::new(|| {
    [false, true].map(|bold| {
        let face = Face {
            family: Family::Latin,
            bold,
        };
        let program = sfnt::without_outlines(face.bytes()).expect("embedded font reads");
        parse_font(&program)
    })
});
static CJK_FONTS: LazyLock<[ParsedFont; 2]> = LazyLock::new(|| {
    [false, true].map(|bold| {
        parse_font(
            Face {
                family: Family::Cjk,
                bold,
            }
            .bytes(),
        )
    })
});

fn parse_font(bytes: &[u8]) -> ParsedFont {
    ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("embedded font parses")
}

/// A face as printpdf embeds it in one PDF that draws `used`, and for the Latin faces the
/// font program to put in its place: the subset of the glyphs drawn, under the original
/// glyph ids, named with a subset tag.
///
/// printpdf's own subsetting (allsorts) reads the whole 500 KB font and parses the subset
/// back for every PDF: a quarter of a letter's CPU time in the batch profile. Ours copies
/// the outlines used, and printpdf only measures, with a font it can copy cheaply.
pub(super) fn embedded_font(face: Face, used: impl IntoIterator<Item = char>) -> EmbeddedFont {
    match face.family {
        Family::Cjk => EmbeddedFont {
            font: PdfFont::new(CJK_FONTS[usize::from(face.bold)].clone()),
            program: None,
        },
        Family::Latin => {
            let mut font = LATIN_FONTS[usize::from(face.bold)].clone();
            let glyphs: BTreeSet<u16> = used
                .into_iter()
                .filter_map(|character| font.lookup_glyph_index(u32::from(character)))
                .collect();
            let program =
                sfnt::subset(face.bytes(), &glyphs).expect("the embedded fonts are well-formed");
            let name = font
                .font_name
                .take()
                .unwrap_or_else(|| "NotoSans".to_owned());
            // The tag (ISO 32000-1, 9.6.4) marks the program as a subset and differs between
            // subsets because it comes from their bytes.
            let name = format!("{}+{name}", subset_tag(&program));
            font.font_name = Some(name.clone());
            let mut font = PdfFont::new(font);
            // Embed as given: the program is replaced by `program` after serialisation.
            font.meta.requires_subsetting = false;
            EmbeddedFont {
                font,
                program: Some((name, program)),
            }
        }
    }
}

/// A face ready for printpdf, and the program that replaces the one printpdf embeds, under
/// the font name printpdf writes.
pub(super) struct EmbeddedFont {
    pub font: PdfFont,
    pub program: Option<(String, Vec<u8>)>,
}

/// Six capital letters from a checksum of the font program.
fn subset_tag(program: &[u8]) -> String {
    let mut checksum = crc32fast::hash(program);
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + (checksum % 26) as u8);
            checksum /= 26;
            letter
        })
        .collect()
}

static COMPRESSED_FONTS: LazyLock<CompressionCache> = LazyLock::new(CompressionCache::default);

/// Deflates a font program, from the cache when the same program was compressed before,
/// as for the letters of a batch that draw the same glyphs.
pub(super) fn compress_font_program(program: &[u8]) -> std::io::Result<Vec<u8>> {
    COMPRESSED_FONTS.compress(program)
}

/// Deflates a page's content or another small stream, which differs in every letter.
pub(super) fn compress_content(content: &[u8]) -> std::io::Result<Vec<u8>> {
    deflate(content)
}

/// Compressed streams by content. A hit is checked byte for byte against the stored
/// original, so a checksum collision can never put another letter's font into a PDF; the
/// output is the same bytes with or without the cache.
#[derive(Default)]
struct CompressionCache {
    entries: Mutex<HashMap<u32, Vec<Compressed>>>,
}

/// A stream's content and its compressed bytes.
type Compressed = (Vec<u8>, Vec<u8>);

/// About 64 subsets of two faces: a few megabytes, whatever the size of the batch.
const CACHED_STREAMS: usize = 64;

impl CompressionCache {
    fn compress(&self, content: &[u8]) -> std::io::Result<Vec<u8>> {
        // CRC-32 rather than a general hasher: it runs at memory speed.
        let key = crc32fast::hash(content);
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

/// Deflates `content` into a zlib stream (FlateDecode).
fn deflate(content: &[u8]) -> std::io::Result<Vec<u8>> {
    thread_local! {
        /// One compressor per thread, reset between streams: setting one up zeroes a few
        /// hundred kilobytes of tables, which was 15% of a batch's instructions when each
        /// of a letter's streams had its own.
        static COMPRESSOR: std::cell::RefCell<flate2::Compress> =
            std::cell::RefCell::new(flate2::Compress::new(PDF_COMPRESSION, true));
    }
    COMPRESSOR.with_borrow_mut(|compressor| {
        compressor.reset();
        let mut compressed = Vec::with_capacity(content.len() / 2 + 64);
        loop {
            let read = usize::try_from(compressor.total_in()).unwrap_or(usize::MAX);
            let status = compressor
                .compress_vec(
                    &content[read.min(content.len())..],
                    &mut compressed,
                    flate2::FlushCompress::Finish,
                )
                .map_err(std::io::Error::other)?;
            match status {
                flate2::Status::StreamEnd => return Ok(compressed),
                // The output was full: give it room and go on.
                flate2::Status::Ok | flate2::Status::BufError => {
                    compressed.reserve(content.len() / 4 + 64);
                }
            }
        }
    })
}

/// The deflate level of PDF streams. lopdf's own `compress` uses the best (slowest) level;
/// level 2 takes about half of that time (deflate was a fifth of a letter's CPU time) for
/// streams a few percent larger; the example letter is 19.7 KB.
const PDF_COMPRESSION: flate2::Compression = flate2::Compression::new(2);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latin_face_is_embedded_as_our_subset_with_a_tag_from_its_bytes() {
        let regular = Face {
            family: Family::Latin,
            bold: false,
        };
        let first = embedded_font(regular, "Zażółć gęślą".chars());
        let (name, program) = first.program.expect("a Latin face has its own program");
        let (tag, family) = name.split_once('+').unwrap();
        assert!(tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()));
        assert_eq!(family, "NotoSans-Regular");
        assert_eq!(first.font.parsed_font.font_name.as_deref(), Some(&*name));
        assert!(!first.font.meta.requires_subsetting);
        let again = embedded_font(regular, "lą gęś Zażółć".chars());
        assert_eq!(
            again.program.unwrap(),
            (name.clone(), program),
            "same glyphs"
        );
        let other = embedded_font(regular, "Zażółć gęślą!".chars());
        assert_ne!(other.program.unwrap().0, name, "other glyphs, other tag");
    }

    #[test]
    fn a_cjk_face_is_left_to_printpdf() {
        let cjk = embedded_font(
            Face {
                family: Family::Cjk,
                bold: false,
            },
            "個人資料".chars(),
        );
        assert!(cjk.program.is_none());
        assert!(cjk.font.meta.requires_subsetting);
    }

    #[test]
    fn the_compression_cache_returns_what_deflate_returns() {
        let cache = CompressionCache::default();
        let program: Vec<u8> = (0..20_000u32).map(|n| (n * 7 % 251) as u8).collect();
        let first = cache.compress(&program).unwrap();
        let second = cache.compress(&program).unwrap();
        assert_eq!(first, deflate(&program).unwrap());
        // The compressor is reused: a second stream comes out as from a fresh one.
        let mut fresh = flate2::write::ZlibEncoder::new(Vec::new(), PDF_COMPRESSION);
        std::io::Write::write_all(&mut fresh, &program).unwrap();
        assert_eq!(first, fresh.finish().unwrap());
        let empty = deflate(b"").unwrap();
        assert_eq!(
            std::io::Read::bytes(flate2::read::ZlibDecoder::new(&empty[..])).count(),
            0
        );
        assert_eq!(first, second);
        let mut other = program.clone();
        other[10_000] ^= 1;
        assert_ne!(cache.compress(&other).unwrap(), first);
    }
}
