//! TrueType font programs for embedding: subsets that keep the font's glyph ids, and the
//! font without outlines that printpdf measures with.
//!
//! Keeping glyph ids is what makes a subset cheap: nothing in the PDF (content stream
//! codes, `/W` widths, `/ToUnicode`) has to be renumbered, so the subset is a matter of
//! copying the outlines used into a fresh `glyf` table. A PDF reader finds glyphs through
//! the CIDToGIDMap (Identity), never through the program's own `cmap`, which is left out,
//! as in other PDF subsetters. Hinting instructions are left out too: they are nearly half
//! of an outline's bytes, and PDF readers draw without them (hinting tunes outlines to the
//! pixels of small screen text; print is unaffected).

use std::collections::BTreeSet;

use ttf_parser::{RawFace, Tag};

/// Why a font could not be cut down; only our own embedded fonts are, so this is a bug.
#[derive(Debug, PartialEq, Eq)]
pub struct MalformedFont(pub &'static str);

type Result<T> = std::result::Result<T, MalformedFont>;

/// The font program with the outlines of `used` glyphs (and the glyphs they are composed
/// of) and `.notdef`; every other glyph is empty. Glyph ids are the original ones.
pub fn subset(font: &[u8], used: &BTreeSet<u16>) -> Result<Vec<u8>> {
    let tables = Tables::read(font)?;
    let mut kept: BTreeSet<u16> = used.iter().copied().chain([0]).collect();
    let mut pending: Vec<u16> = kept.iter().copied().collect();
    while let Some(glyph) = pending.pop() {
        for component in components(tables.outline(glyph)?)? {
            if kept.insert(component) {
                pending.push(component);
            }
        }
    }
    // Glyphs after the last one kept are left out altogether; the rest stay in place.
    let count = kept.last().map_or(1, |last| last + 1);
    if count > tables.glyph_count {
        return Err(MalformedFont("a glyph id beyond the font's glyphs"));
    }

    let mut glyf = Vec::new();
    let mut loca = Vec::with_capacity((usize::from(count) + 1) * 4);
    let mut hmtx = Vec::with_capacity(usize::from(count) * 4);
    for glyph in 0..count {
        loca.extend_from_slice(&offset_u32(glyf.len())?.to_be_bytes());
        if kept.contains(&glyph) {
            append_without_instructions(&mut glyf, tables.outline(glyph)?)?;
            // Long offsets need no alignment, but readers expect outlines on even bytes.
            glyf.resize(glyf.len().next_multiple_of(4), 0);
            hmtx.extend_from_slice(&tables.metric(glyph)?);
        } else {
            // Zero metrics for empty glyphs: the PDF's /W array gives the widths.
            hmtx.extend_from_slice(&[0; 4]);
        }
    }
    loca.extend_from_slice(&offset_u32(glyf.len())?.to_be_bytes());

    let program = vec![
        (*b"head", tables.head_with_long_offsets()?),
        (*b"hhea", tables.with_u16(b"hhea", 34, count)?),
        (*b"maxp", tables.with_u16(b"maxp", 4, count)?),
        (*b"hmtx", hmtx),
        (*b"loca", loca),
        (*b"glyf", glyf),
        (*b"post", tables.post_without_names()?),
    ];
    Ok(assemble(program))
}

/// The font with every outline empty and without its layout tables: what printpdf needs to
/// look up glyph ids, widths and metrics, at a tenth of the size, so that the copy printpdf
/// makes of it for every PDF is cheap. The program embedded is always a [`subset`].
pub fn without_outlines(font: &[u8]) -> Result<Vec<u8>> {
    let tables = Tables::read(font)?;
    let loca = vec![0; (usize::from(tables.glyph_count) + 1) * 4];
    let mut program = vec![
        (*b"head", tables.head_with_long_offsets()?),
        (*b"loca", loca),
        (*b"glyf", Vec::new()),
        (*b"post", tables.post_without_names()?),
    ];
    for tag in [b"cmap", b"hhea", b"hmtx", b"maxp", b"name", b"OS/2"] {
        program.push((*tag, tables.required(tag)?.to_vec()));
    }
    Ok(assemble(program))
}

/// The tables of the original font that a subset is made of.
struct Tables<'a> {
    face: RawFace<'a>,
    loca: &'a [u8],
    glyf: &'a [u8],
    long_offsets: bool,
    glyph_count: u16,
    hmtx: &'a [u8],
    long_metrics: u16,
}

impl<'a> Tables<'a> {
    fn read(font: &'a [u8]) -> Result<Self> {
        let face = RawFace::parse(font, 0).map_err(|_| MalformedFont("not a font"))?;
        let required = |tag| required_table(&face, tag);
        let head = required(b"head")?;
        let maxp = required(b"maxp")?;
        let hhea = required(b"hhea")?;
        Ok(Tables {
            loca: required(b"loca")?,
            glyf: required(b"glyf")?,
            long_offsets: u16_at(head, 50)? == 1,
            glyph_count: u16_at(maxp, 4)?,
            hmtx: required(b"hmtx")?,
            long_metrics: u16_at(hhea, 34)?,
            face,
        })
    }

    fn get(&self, tag: &[u8; 4]) -> Option<&'a [u8]> {
        self.face.table(Tag::from_bytes(tag))
    }

    fn required(&self, tag: &[u8; 4]) -> Result<&'a [u8]> {
        required_table(&self.face, tag)
    }

    fn outline(&self, glyph: u16) -> Result<&'a [u8]> {
        let index = usize::from(glyph);
        let (start, end) = if self.long_offsets {
            (
                u32_at(self.loca, index * 4)?,
                u32_at(self.loca, index * 4 + 4)?,
            )
        } else {
            let short = |at| u16_at(self.loca, at).map(|half| u32::from(half) * 2);
            (short(index * 2)?, short(index * 2 + 2)?)
        };
        self.glyf
            .get(start as usize..end as usize)
            .ok_or(MalformedFont("an outline outside the glyf table"))
    }

    /// Advance width and left side bearing, as one long horizontal metric.
    fn metric(&self, glyph: u16) -> Result<[u8; 4]> {
        let last_long = self.long_metrics.saturating_sub(1);
        let advance = u16_at(self.hmtx, usize::from(glyph.min(last_long)) * 4)?;
        let bearing_at = if glyph < self.long_metrics {
            usize::from(glyph) * 4 + 2
        } else {
            usize::from(self.long_metrics) * 4 + usize::from(glyph - self.long_metrics) * 2
        };
        let bearing = u16_at(self.hmtx, bearing_at)?;
        let [a, b] = advance.to_be_bytes();
        let [c, d] = bearing.to_be_bytes();
        Ok([a, b, c, d])
    }

    /// `head` with long `loca` offsets and the checksum adjustment zeroed (set by
    /// [`assemble`]).
    fn head_with_long_offsets(&self) -> Result<Vec<u8>> {
        let mut head = self.with_u16(b"head", 50, 1)?;
        head[8..12].fill(0);
        Ok(head)
    }

    /// `post` version 3: the same metrics, no glyph names (35 KB in Noto Sans).
    fn post_without_names(&self) -> Result<Vec<u8>> {
        let post = self
            .get(b"post")
            .and_then(|post| post.get(..32))
            .ok_or(MalformedFont("post table too short"))?;
        let mut post = post.to_vec();
        post[..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());
        Ok(post)
    }

    fn with_u16(&self, tag: &[u8; 4], at: usize, value: u16) -> Result<Vec<u8>> {
        let mut table = self.required(tag)?.to_vec();
        table
            .get_mut(at..at + 2)
            .ok_or(MalformedFont("table too short"))?
            .copy_from_slice(&value.to_be_bytes());
        Ok(table)
    }
}

/// Appends an outline without its hinting instructions (OpenType `glyf`: a simple glyph's
/// instructions follow its contour end points; a composite's follow its last component).
fn append_without_instructions(glyf: &mut Vec<u8>, outline: &[u8]) -> Result<()> {
    const WE_HAVE_INSTRUCTIONS: u16 = 0x0100;
    if outline.is_empty() {
        return Ok(());
    }
    let contours = u16_at(outline, 0)? as i16;
    if contours >= 0 {
        let length_at = 10 + 2 * usize::from(contours as u16);
        let instructions = usize::from(u16_at(outline, length_at)?);
        let points_at = length_at + 2 + instructions;
        if points_at > outline.len() {
            return Err(MalformedFont("instructions beyond the outline"));
        }
        glyf.extend_from_slice(&outline[..length_at]);
        glyf.extend_from_slice(&[0, 0]);
        glyf.extend_from_slice(&outline[points_at..]);
    } else {
        let (end, last_flags_at) = composite_end(outline)?;
        let start = glyf.len();
        glyf.extend_from_slice(&outline[..end]);
        let flags = u16_at(outline, last_flags_at)? & !WE_HAVE_INSTRUCTIONS;
        glyf[start + last_flags_at..start + last_flags_at + 2]
            .copy_from_slice(&flags.to_be_bytes());
    }
    Ok(())
}

fn required_table<'a>(face: &RawFace<'a>, tag: &[u8; 4]) -> Result<&'a [u8]> {
    face.table(Tag::from_bytes(tag))
        .ok_or(MalformedFont("a required table is missing"))
}

/// The glyphs a composite outline is made of (OpenType `glyf`, composite glyph description).
fn components(outline: &[u8]) -> Result<Vec<u16>> {
    if outline.len() < 10 || (u16_at(outline, 0)? as i16) >= 0 {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    walk_components(outline, |component| found.push(component))?;
    Ok(found)
}

/// Where a composite outline's components end, and where its last component's flags are.
fn composite_end(outline: &[u8]) -> Result<(usize, usize)> {
    walk_components(outline, |_| {})
}

/// Calls `visit` with each component's glyph id of a composite outline; returns the end of
/// the component records and the position of the last one's flags.
fn walk_components(outline: &[u8], mut visit: impl FnMut(u16)) -> Result<(usize, usize)> {
    const ARGS_ARE_WORDS: u16 = 0x0001;
    const HAS_SCALE: u16 = 0x0008;
    const MORE_COMPONENTS: u16 = 0x0020;
    const HAS_X_AND_Y_SCALE: u16 = 0x0040;
    const HAS_TWO_BY_TWO: u16 = 0x0080;

    let mut at = 10;
    loop {
        let flags_at = at;
        let flags = u16_at(outline, at)?;
        visit(u16_at(outline, at + 2)?);
        at += 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        at += if flags & HAS_TWO_BY_TWO != 0 {
            8
        } else if flags & HAS_X_AND_Y_SCALE != 0 {
            4
        } else if flags & HAS_SCALE != 0 {
            2
        } else {
            0
        };
        if at > outline.len() {
            return Err(MalformedFont("a component beyond the outline"));
        }
        if flags & MORE_COMPONENTS == 0 {
            return Ok((at, flags_at));
        }
    }
}

/// An sfnt file from its tables: the directory sorted by tag, each table on four bytes,
/// checksums, and `head`'s checksum adjustment (OpenType, "Font file").
fn assemble(mut tables: Vec<([u8; 4], Vec<u8>)>) -> Vec<u8> {
    tables.sort_by_key(|(tag, _)| *tag);
    let count = tables.len() as u16;
    let entry_selector = 15 - count.leading_zeros() as u16;
    let search_range = (1u16 << entry_selector) * 16;
    let mut file = Vec::with_capacity(
        12 + 16 * tables.len() + tables.iter().map(|(_, t)| t.len() + 3).sum::<usize>(),
    );
    file.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    for field in [
        count,
        search_range,
        entry_selector,
        count * 16 - search_range,
    ] {
        file.extend_from_slice(&field.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, table) in &tables {
        file.extend_from_slice(tag);
        file.extend_from_slice(&checksum(table).to_be_bytes());
        file.extend_from_slice(&(offset as u32).to_be_bytes());
        file.extend_from_slice(&(table.len() as u32).to_be_bytes());
        if tag == b"head" {
            head_at = Some(offset);
        }
        offset += table.len().next_multiple_of(4);
    }
    for (_, table) in &tables {
        file.extend_from_slice(table);
        file.resize(file.len().next_multiple_of(4), 0);
    }
    if let Some(head) = head_at {
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&file));
        file[head + 8..head + 12].copy_from_slice(&adjustment.to_be_bytes());
    }
    file
}

/// The sum of a table's big-endian 32-bit words, zero-padded at the end.
fn checksum(bytes: &[u8]) -> u32 {
    bytes.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

fn offset_u32(offset: usize) -> Result<u32> {
    u32::try_from(offset).map_err(|_| MalformedFont("glyf table over 4 GB"))
}

fn u16_at(bytes: &[u8], at: usize) -> Result<u16> {
    bytes
        .get(at..at + 2)
        .map(|b| u16::from_be_bytes([b[0], b[1]]))
        .ok_or(MalformedFont("table too short"))
}

fn u32_at(bytes: &[u8], at: usize) -> Result<u32> {
    bytes
        .get(at..at + 4)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or(MalformedFont("table too short"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::layout::{BOLD_FONT, REGULAR_FONT};

    fn glyph(face: &ttf_parser::Face, character: char) -> u16 {
        face.glyph_index(character).expect("the font has it").0
    }

    #[test]
    fn a_subset_keeps_the_used_outlines_and_metrics_under_their_ids() {
        let whole = ttf_parser::Face::parse(REGULAR_FONT, 0).unwrap();
        let used: BTreeSet<u16> = "Zażółć".chars().map(|c| glyph(&whole, c)).collect();
        let program = subset(REGULAR_FONT, &used).unwrap();
        let part = ttf_parser::Face::parse(&program, 0).expect("the subset parses");
        for &id in &used {
            let id = ttf_parser::GlyphId(id);
            assert_eq!(part.glyph_hor_advance(id), whole.glyph_hor_advance(id));
            assert_eq!(part.glyph_bounding_box(id), whole.glyph_bounding_box(id));
        }
        let unused = ttf_parser::GlyphId(glyph(&whole, 'Q'));
        assert!(part.glyph_bounding_box(unused).is_none(), "Q was not used");
        assert!(program.len() < 20_000, "{} bytes", program.len());
    }

    #[test]
    fn outlines_lose_their_instructions_and_nothing_else() {
        let whole = ttf_parser::Face::parse(REGULAR_FONT, 0).unwrap();
        let tables = Tables::read(REGULAR_FONT).unwrap();
        let simple = glyph(&whole, 'a');
        let original = tables.outline(simple).unwrap();
        let mut stripped = Vec::new();
        append_without_instructions(&mut stripped, original).unwrap();
        assert!(stripped.len() < original.len(), "Noto Sans is hinted");
        let program = subset(REGULAR_FONT, &BTreeSet::from([simple])).unwrap();
        let part = ttf_parser::Face::parse(&program, 0).unwrap();
        let outline = |face: &ttf_parser::Face| {
            let mut points = Outline::default();
            face.outline_glyph(ttf_parser::GlyphId(simple), &mut points);
            points.0
        };
        assert_eq!(outline(&part), outline(&whole), "same contours");
        assert!(part.raw_face().table(Tag::from_bytes(b"fpgm")).is_none());
    }

    /// Records the drawing commands of an outline.
    #[derive(Default)]
    struct Outline(Vec<(char, f32, f32)>);

    impl ttf_parser::OutlineBuilder for Outline {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0.push(('M', x, y));
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0.push(('L', x, y));
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            self.0.push(('q', x1, y1));
            self.0.push(('Q', x, y));
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            self.0.push(('c', x1, y1));
            self.0.push(('c', x2, y2));
            self.0.push(('C', x, y));
        }
        fn close(&mut self) {
            self.0.push(('Z', 0.0, 0.0));
        }
    }

    #[test]
    fn composite_outlines_bring_their_components() {
        let whole = ttf_parser::Face::parse(REGULAR_FONT, 0).unwrap();
        let accented = glyph(&whole, 'Ä');
        let parts = components(
            Tables::read(REGULAR_FONT)
                .unwrap()
                .outline(accented)
                .unwrap(),
        );
        let parts = parts.unwrap();
        assert!(!parts.is_empty(), "Noto Sans builds Ä from components");
        let program = subset(REGULAR_FONT, &BTreeSet::from([accented])).unwrap();
        let part = ttf_parser::Face::parse(&program, 0).unwrap();
        for component in parts {
            assert!(
                part.glyph_bounding_box(ttf_parser::GlyphId(component))
                    .is_some()
                    || whole
                        .glyph_bounding_box(ttf_parser::GlyphId(component))
                        .is_none(),
                "component {component} kept"
            );
        }
        assert_eq!(
            part.glyph_bounding_box(ttf_parser::GlyphId(accented)),
            whole.glyph_bounding_box(ttf_parser::GlyphId(accented))
        );
        let outline = |face: &ttf_parser::Face| {
            let mut points = Outline::default();
            face.outline_glyph(ttf_parser::GlyphId(accented), &mut points);
            points.0
        };
        assert_eq!(
            outline(&part),
            outline(&whole),
            "the composite draws the same"
        );
    }

    #[test]
    fn the_file_checksums_add_up() {
        for font in [REGULAR_FONT, BOLD_FONT] {
            for program in [
                subset(font, &BTreeSet::from([36, 68])).unwrap(),
                without_outlines(font).unwrap(),
            ] {
                assert_eq!(checksum(&program), 0xB1B0_AFBA, "whole-file checksum");
                let count = usize::from(u16_at(&program, 4).unwrap());
                for record in 0..count {
                    let at = 12 + record * 16;
                    let offset = u32_at(&program, at + 8).unwrap() as usize;
                    let length = u32_at(&program, at + 12).unwrap() as usize;
                    let table = &program[offset..offset + length];
                    let stored = u32_at(&program, at + 4).unwrap();
                    if &program[at..at + 4] != b"head" {
                        assert_eq!(checksum(table), stored);
                    }
                }
            }
        }
    }

    #[test]
    fn without_outlines_keeps_ids_and_widths() {
        let whole = ttf_parser::Face::parse(REGULAR_FONT, 0).unwrap();
        let light = without_outlines(REGULAR_FONT).unwrap();
        let light_face = ttf_parser::Face::parse(&light, 0).unwrap();
        for character in "Aß€ΩЖ".chars() {
            let id = whole.glyph_index(character).unwrap();
            assert_eq!(light_face.glyph_index(character), Some(id));
            assert_eq!(
                light_face.glyph_hor_advance(id),
                whole.glyph_hor_advance(id)
            );
        }
        assert!(
            light.len() < REGULAR_FONT.len() / 5,
            "{} bytes",
            light.len()
        );
    }

    #[test]
    fn a_broken_font_is_an_error_not_a_panic() {
        assert!(subset(b"not a font", &BTreeSet::new()).is_err());
        assert!(subset(&REGULAR_FONT[..2000], &BTreeSet::from([68])).is_err());
        assert!(subset(REGULAR_FONT, &BTreeSet::from([u16::MAX - 1])).is_err());
    }
}
