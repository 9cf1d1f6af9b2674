//! Page layout for printed letters: where every line of a [`Document`] goes on the page.
//!
//! Pure geometry, no PDF types: measure text with the embedded fonts' real glyph advances,
//! break lines at Unicode (UAX #14) break opportunities, and paginate with the rules of a
//! careful typist (a heading stays with two lines of its text, no paragraph leaves a single
//! line behind or alone). The PDF writer only draws what this module places.

use std::sync::LazyLock;

use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_normalization::UnicodeNormalization;

use crate::document::{Block, BlockKind, Document};

/// Noto Sans Regular (SIL OFL 1.1, see `assets/fonts/OFL.txt`).
pub const REGULAR_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold (SIL OFL 1.1).
pub const BOLD_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
/// Noto Sans CJK HK Regular, cut down to the Hong Kong character set by
/// `scripts/make-cjk-font.sh` (SIL OFL 1.1, see `assets/fonts/NotoSansCJK-LICENSE.txt`).
pub const CJK_REGULAR_FONT: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansCJKhk-Regular-subset.otf");
/// Noto Sans CJK HK Bold, cut down the same way.
pub const CJK_BOLD_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKhk-Bold-subset.otf");

/// Which face a run of text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontStyle {
    /// Body text.
    Regular,
    /// Subject line and headings.
    Bold,
}

/// The two font families: a character is drawn with the Latin family (Latin, Greek,
/// Cyrillic) when it has the glyph, else with the CJK family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// Noto Sans.
    Latin,
    /// Noto Sans CJK HK (pre-subset).
    Cjk,
}

/// One of the four embedded fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Face {
    /// Latin or CJK.
    pub family: Family,
    /// Regular or bold.
    pub bold: bool,
}

impl Face {
    /// The font file.
    pub fn bytes(self) -> &'static [u8] {
        match (self.family, self.bold) {
            (Family::Latin, false) => REGULAR_FONT,
            (Family::Latin, true) => BOLD_FONT,
            (Family::Cjk, false) => CJK_REGULAR_FONT,
            (Family::Cjk, true) => CJK_BOLD_FONT,
        }
    }

    fn metrics(self) -> &'static Metrics {
        let index = usize::from(self.bold);
        match self.family {
            Family::Latin => &LATIN_METRICS[index],
            Family::Cjk => &CJK_METRICS[index],
        }
    }
}

struct Metrics {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Advances of the characters below [`CACHED_CHARS`], [`NO_GLYPH`] where the font has
    /// none: measuring is the hot loop of the layout, and a cmap lookup per character was a
    /// tenth of a letter's time.
    advances: Box<[u16]>,
}

/// Latin, Greek, Cyrillic and their extensions: every letter of the European languages.
const CACHED_CHARS: u32 = 0x0600;
const NO_GLYPH: u16 = u16::MAX;

impl Metrics {
    fn load(bytes: &'static [u8]) -> Metrics {
        let face = ttf_parser::Face::parse(bytes, 0).expect("embedded font parses");
        let units_per_em = f32::from(face.units_per_em());
        let advances = (0..CACHED_CHARS)
            .map(|code| {
                char::from_u32(code)
                    .and_then(|c| face.glyph_index(c))
                    .map_or(NO_GLYPH, |glyph| face.glyph_hor_advance(glyph).unwrap_or(0))
            })
            .collect();
        Metrics {
            face,
            units_per_em,
            advances,
        }
    }

    fn advance(&self, c: char) -> Option<u16> {
        match self.advances.get(c as usize) {
            Some(&NO_GLYPH) => None,
            Some(&advance) => Some(advance),
            None => {
                let glyph = self.face.glyph_index(c)?;
                Some(self.face.glyph_hor_advance(glyph).unwrap_or(0))
            }
        }
    }
}

static LATIN_METRICS: LazyLock<[Metrics; 2]> =
    LazyLock::new(|| [REGULAR_FONT, BOLD_FONT].map(Metrics::load));
/// Loaded only when a character needs it, so European letters never pay for the CJK fonts.
static CJK_METRICS: LazyLock<[Metrics; 2]> =
    LazyLock::new(|| [CJK_REGULAR_FONT, CJK_BOLD_FONT].map(Metrics::load));

/// The face that draws `c` in `style`, and its advance in em units of that face.
fn face_for(c: char, style: FontStyle) -> Result<(Face, f32), MissingGlyph> {
    let bold = style == FontStyle::Bold;
    for family in [Family::Latin, Family::Cjk] {
        let face = Face { family, bold };
        let metrics = face.metrics();
        if let Some(advance) = metrics.advance(c) {
            return Ok((face, f32::from(advance) / metrics.units_per_em));
        }
    }
    Err(MissingGlyph(c))
}

/// A character the embedded font has no glyph for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingGlyph(pub char);

/// The width of `text` in millimetres at `size` points, without kerning (the PDF is drawn
/// without kerning too, so measure and drawing agree).
pub fn text_width(text: &str, style: FontStyle, size: f32) -> Result<f32, MissingGlyph> {
    Ok(add_ems(0.0, text, style)? * size * PT_TO_MM)
}

/// `ems` plus the advances of `text`, in em units, added one character at a time: the same
/// sum in the same order as measuring the whole text, so a line can be extended without
/// measuring it again.
fn add_ems(mut ems: f32, text: &str, style: FontStyle) -> Result<f32, MissingGlyph> {
    for c in text.chars() {
        ems += face_for(c, style)?.1;
    }
    Ok(ems)
}

/// `text` cut into runs that one face draws, each with its offset from the start of the
/// text in millimetres: a Latin name inside Chinese text keeps the Latin font.
pub fn font_runs(
    text: &str,
    style: FontStyle,
    size: f32,
) -> Result<Vec<(Face, f32, &str)>, MissingGlyph> {
    let mut runs: Vec<(Face, f32, &str)> = Vec::new();
    let mut run_start = 0;
    let mut run_face: Option<Face> = None;
    let mut offset_ems = 0.0;
    let mut run_offset_ems = 0.0;
    for (index, c) in text.char_indices() {
        let (face, ems) = face_for(c, style)?;
        if run_face != Some(face) {
            if let Some(previous) = run_face {
                runs.push((
                    previous,
                    run_offset_ems * size * PT_TO_MM,
                    &text[run_start..index],
                ));
            }
            run_face = Some(face);
            run_start = index;
            run_offset_ems = offset_ems;
        }
        offset_ems += ems;
    }
    if let Some(face) = run_face {
        runs.push((face, run_offset_ems * size * PT_TO_MM, &text[run_start..]));
    }
    Ok(runs)
}

/// Millimetres per point.
pub const PT_TO_MM: f32 = 25.4 / 72.0;

/// Paper sizes and the letter layout that goes with each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// ISO A4, laid out as DIN 5008 form B (window envelope DL / C5/6).
    A4,
    /// US Letter, laid out as a US block-format business letter.
    Letter,
}

impl Paper {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        }
    }
}

/// The positions that define a letter's layout, in millimetres from the top-left corner.
struct Geometry {
    left: f32,
    right: f32,
    /// Top of the first body line on page 1 (the subject line).
    body_top: f32,
    /// Top of the first line on continuation pages.
    continuation_top: f32,
    /// Lowest baseline of body text.
    bottom: f32,
    /// Baseline of the page-number footer.
    footer: f32,
    /// The recipient's address field: left, top, width, height.
    address_field: (f32, f32, f32, f32),
    /// Where the sender block and dateline start: left, top, width.
    info_block: (f32, f32, f32),
    /// Fold and hole marks: (y, length) from the left edge.
    marks: &'static [(f32, f32)],
}

impl Geometry {
    fn for_paper(paper: Paper) -> Geometry {
        match paper {
            // DIN 5008:2020 form B: address field 20 mm from the left and 45 mm from the top,
            // 85 × 45 mm, of which the first 17.7 mm are the notes zone; information block at
            // 125 mm; text from 25 mm to 20 mm from the right; fold marks at 105 and 210 mm,
            // hole mark at 148.5 mm.
            Paper::A4 => Geometry {
                left: 25.0,
                right: 190.0,
                body_top: 98.5,
                continuation_top: 25.0,
                bottom: 270.0,
                footer: 284.0,
                address_field: (20.0, 45.0, 85.0, 45.0),
                info_block: (125.0, 50.0, 65.0),
                marks: &[(105.0, 5.0), (148.5, 8.0), (210.0, 5.0)],
            },
            // US block format with one-inch margins; the inside address sits where a No. 10
            // window envelope shows it (about 2 inches from the top, 7/8 inch from the left).
            Paper::Letter => Geometry {
                left: 25.4,
                right: 190.5,
                body_top: 100.0,
                continuation_top: 25.4,
                bottom: 254.0,
                footer: 267.0,
                address_field: (22.2, 50.8, 101.6, 38.1),
                info_block: (127.0, 20.0, 63.5),
                marks: &[],
            },
        }
    }
}

/// One placed line of text.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedText {
    /// Left edge, mm from the page's left edge.
    pub x: f32,
    /// Baseline, mm from the page's top edge.
    pub baseline: f32,
    /// Font size in points.
    pub size: f32,
    /// Face.
    pub style: FontStyle,
    /// The text, NFC-normalised.
    pub text: String,
}

/// A thin line: fold and hole marks.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Start, mm from left and top.
    pub from: (f32, f32),
    /// End, mm from left and top.
    pub to: (f32, f32),
}

/// One page's content.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// Text lines.
    pub texts: Vec<PlacedText>,
    /// Marks.
    pub marks: Vec<Mark>,
}

/// A laid-out document.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Paper size.
    pub paper: Paper,
    /// Pages, in order.
    pub pages: Vec<Page>,
}

const BODY_SIZE: f32 = 10.5;
const BODY_LEADING: f32 = 4.6;
const ADDRESS_SIZE: f32 = 10.0;
const ADDRESS_LEADING: f32 = 4.23;
const INFO_SIZE: f32 = 9.5;
const INFO_LEADING: f32 = 4.1;
const PARAGRAPH_GAP: f32 = 2.6;
const LIST_INDENT: f32 = 5.0;
const SIGNATURE_SPACE: f32 = 15.0;
/// The en dash that marks list items.
const LIST_MARKER: &str = "\u{2013}";
/// Where the baseline sits below the top of a line box, as a share of the font size.
const ASCENT: f32 = 0.8;

/// One line of a flow block.
#[derive(Debug, Clone)]
struct FlowLine {
    text: String,
    style: FontStyle,
    indent: f32,
    /// A list marker drawn in the indent before the line.
    marker: Option<&'static str>,
    /// Vertical space this line takes, mm.
    advance: f32,
}

/// A run of lines that paginates as a unit of rules.
#[derive(Debug, Clone)]
struct FlowBlock {
    lines: Vec<FlowLine>,
    /// Space above the block, dropped at the top of a page.
    space_before: f32,
    /// The block must share its page with the start of the next block.
    keep_with_next: bool,
    /// The block may be split across pages (paragraphs, never headings or signatures).
    splittable: bool,
    /// The closing formula, which must not start a page without text before it.
    closes_letter: bool,
}

impl FlowBlock {
    fn height(&self) -> f32 {
        self.lines.iter().map(|line| line.advance).sum()
    }

    /// The height that must fit for the block to start on a page: two lines of a paragraph
    /// that can be split two-and-two (no orphan, no widow), all of anything else.
    fn start_height(&self) -> f32 {
        if self.splittable && self.lines.len() >= 4 {
            self.lines.iter().take(2).map(|line| line.advance).sum()
        } else {
            self.height()
        }
    }
}

/// Lays `document` out on `paper`. `page_label(page, total)` gives the localized footer
/// ("Page 2 of 2") that multi-page letters carry.
pub fn layout(
    document: &Document,
    paper: Paper,
    page_label: &dyn Fn(usize, usize) -> String,
) -> Result<Layout, MissingGlyph> {
    let geometry = Geometry::for_paper(paper);
    let mut first = Page::default();
    let mut flow = Vec::new();
    let measure = geometry.right - geometry.left;

    let (info_x, mut info_y, info_width) = geometry.info_block;
    let (field_x, field_y, field_width, field_height) = geometry.address_field;
    for block in &document.blocks {
        match block.kind {
            BlockKind::Sender | BlockKind::Date => {
                if block.kind == BlockKind::Date {
                    info_y += INFO_LEADING;
                }
                for line in &block.lines {
                    for wrapped in wrap(line, FontStyle::Regular, INFO_SIZE, info_width)? {
                        first.texts.push(PlacedText {
                            x: info_x,
                            baseline: info_y + INFO_SIZE * PT_TO_MM * ASCENT,
                            size: INFO_SIZE,
                            style: FontStyle::Regular,
                            text: wrapped,
                        });
                        info_y += INFO_LEADING;
                    }
                }
            }
            BlockKind::Recipient => {
                let inset = 5.0;
                let mut lines = Vec::new();
                for line in &block.lines {
                    lines.extend(wrap(
                        line,
                        FontStyle::Regular,
                        ADDRESS_SIZE,
                        field_width - 2.0 * inset,
                    )?);
                }
                // The address sits in the lower part of the field (below the notes zone),
                // moved up only as far as a long address needs.
                let height = lines.len() as f32 * ADDRESS_LEADING;
                let notes_zone = 17.7;
                let top = (field_y + notes_zone)
                    .min(field_y + field_height - 1.5 - height)
                    .max(field_y + 1.0);
                for (index, text) in lines.into_iter().enumerate() {
                    first.texts.push(PlacedText {
                        x: field_x + inset,
                        baseline: top
                            + index as f32 * ADDRESS_LEADING
                            + ADDRESS_SIZE * PT_TO_MM * ASCENT,
                        size: ADDRESS_SIZE,
                        style: FontStyle::Regular,
                        text,
                    });
                }
            }
            _ => flow.extend(flow_blocks(document, block, measure)?),
        }
    }
    for &(y, length) in geometry.marks {
        first.marks.push(Mark {
            from: (3.0, y),
            to: (3.0 + length, y),
        });
    }

    let (mut pages, starts) = paginate(&flow, &geometry, first.clone(), None);
    // A closing must not open a page alone: if it did, lay out again carrying the end of
    // the preceding paragraph over with it (two lines, or the whole paragraph if shorter).
    if let Some(closing) = flow.iter().position(|block| block.closes_letter)
        && closing > 0
        && starts[closing].1
        && starts[closing].0 > 0
    {
        let previous = &flow[closing - 1];
        let carried = if previous.splittable && previous.lines.len() >= 4 {
            2
        } else {
            previous.lines.len()
        };
        (pages, _) = paginate(&flow, &geometry, first, Some((closing - 1, carried)));
    }
    let total = pages.len();
    if total > 1 {
        for (index, page) in pages.iter_mut().enumerate() {
            let label = nfc(&page_label(index + 1, total));
            let width = text_width(&label, FontStyle::Regular, INFO_SIZE)?;
            page.texts.push(PlacedText {
                x: (geometry.left + geometry.right - width) / 2.0,
                baseline: geometry.footer,
                size: INFO_SIZE,
                style: FontStyle::Regular,
                text: label,
            });
        }
    }
    Ok(Layout { paper, pages })
}

fn nfc(text: &str) -> String {
    // Letters are nearly always composed already; the quick check is far cheaper than
    // composing every paragraph again (which was a third of the wrap's time).
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        return text.to_owned();
    }
    text.nfc().collect()
}

/// Turns one document block into flow blocks with wrapped lines.
fn flow_blocks(
    document: &Document,
    block: &Block,
    measure: f32,
) -> Result<Vec<FlowBlock>, MissingGlyph> {
    let line = |text: String, style: FontStyle, indent: f32| FlowLine {
        text,
        style,
        indent,
        marker: None,
        advance: BODY_LEADING,
    };
    let wrapped =
        |text: &str, style: FontStyle, indent: f32| -> Result<Vec<FlowLine>, MissingGlyph> {
            Ok(wrap(text, style, BODY_SIZE, measure - indent)?
                .into_iter()
                .map(|t| line(t, style, indent))
                .collect())
        };
    let simple = |lines: Vec<FlowLine>,
                  space_before: f32,
                  keep_with_next: bool,
                  splittable: bool| FlowBlock {
        lines,
        space_before,
        keep_with_next,
        splittable,
        closes_letter: false,
    };
    Ok(match block.kind {
        BlockKind::Subject => {
            let mut lines = Vec::new();
            for text in &block.lines {
                lines.extend(wrapped(text, FontStyle::Bold, 0.0)?);
            }
            vec![simple(lines, 0.0, true, false)]
        }
        BlockKind::Heading => {
            let number = heading_number(document, block);
            let text = format!("{number}. {}", block.lines.join(" "));
            vec![simple(
                wrapped(&text, FontStyle::Bold, 0.0)?,
                PARAGRAPH_GAP * 1.5,
                true,
                false,
            )]
        }
        BlockKind::List => {
            let mut items = Vec::new();
            for (index, text) in block.lines.iter().enumerate() {
                let mut lines = wrapped(text, FontStyle::Regular, LIST_INDENT)?;
                if let Some(first) = lines.first_mut() {
                    first.marker = Some(LIST_MARKER);
                }
                let gap = if index == 0 {
                    PARAGRAPH_GAP
                } else {
                    PARAGRAPH_GAP / 2.0
                };
                items.push(simple(lines, gap, false, true));
            }
            items
        }
        BlockKind::Enclosures => {
            let mut lines = vec![line(
                nfc(&document.enclosures_label),
                FontStyle::Regular,
                0.0,
            )];
            for text in &block.lines {
                let mut item = wrapped(text, FontStyle::Regular, LIST_INDENT)?;
                if let Some(first) = item.first_mut() {
                    first.marker = Some(LIST_MARKER);
                }
                lines.extend(item);
            }
            vec![simple(lines, PARAGRAPH_GAP * 2.0, false, false)]
        }
        BlockKind::Closing => {
            let mut lines = Vec::new();
            for text in &block.lines {
                lines.extend(wrapped(text, FontStyle::Regular, 0.0)?);
            }
            if let Some(last) = lines.last_mut() {
                last.advance += SIGNATURE_SPACE;
            }
            // The closing, the signature space and the typed name stay together.
            let mut closing = simple(lines, PARAGRAPH_GAP, true, false);
            closing.closes_letter = true;
            vec![closing]
        }
        BlockKind::Signature => {
            let mut lines = Vec::new();
            for text in &block.lines {
                lines.extend(wrapped(text, FontStyle::Regular, 0.0)?);
            }
            vec![simple(lines, 0.0, false, false)]
        }
        // Paragraphs, the salutation and form fields.
        _ => {
            let mut lines = Vec::new();
            for text in &block.lines {
                lines.extend(wrapped(text, FontStyle::Regular, 0.0)?);
            }
            vec![simple(lines, PARAGRAPH_GAP, false, true)]
        }
    })
}

fn heading_number(document: &Document, block: &Block) -> usize {
    document
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .position(|b| std::ptr::eq(b, block))
        .map_or(0, |index| index + 1)
}

/// Places flow blocks on pages, starting on `first` below the address field. `carry`
/// `(block, lines)` forces the last `lines` of that block onto a new page. Returns the pages
/// and, for each block, the page it starts on and whether it starts at the page's top.
fn paginate(
    flow: &[FlowBlock],
    geometry: &Geometry,
    first: Page,
    carry: Option<(usize, usize)>,
) -> (Vec<Page>, Vec<(usize, bool)>) {
    let mut pages = vec![first];
    let mut starts = Vec::with_capacity(flow.len());
    let mut y = geometry.body_top;
    let mut at_top = true;
    let new_page = |pages: &mut Vec<Page>| {
        pages.push(Page::default());
        geometry.continuation_top
    };
    for (index, block) in flow.iter().enumerate() {
        if !at_top {
            y += block.space_before;
        }
        // What must fit before this block may start here: its own start, plus the start of
        // the next block when they must stay together (a heading and its first lines).
        let mut needed = block.start_height();
        if block.keep_with_next {
            needed = block.height();
            let mut next = index + 1;
            while let Some(following) = flow.get(next) {
                needed += following.space_before + following.start_height();
                if !following.keep_with_next {
                    break;
                }
                needed += following.height() - following.start_height();
                next += 1;
            }
        }
        let carried = match carry {
            Some((carried_block, count)) if carried_block == index => count.min(block.lines.len()),
            _ => 0,
        };
        if (y + needed > geometry.bottom || carried == block.lines.len()) && !at_top {
            y = new_page(&mut pages);
            at_top = true;
        }
        starts.push((pages.len() - 1, at_top));
        let mut lines = &block.lines[..];
        let mut carry_pending = carried > 0 && carried < block.lines.len();
        loop {
            let mut fitting = fitting_lines(lines, y, geometry.bottom);
            if carry_pending {
                fitting = fitting.min(lines.len() - carried);
                carry_pending = false;
            }
            let fitting = fitting;
            let count = if fitting >= lines.len() {
                lines.len()
            } else if !block.splittable {
                // An unsplittable block that does not fit even on a fresh page is placed
                // anyway; only a document with an absurdly long heading gets here.
                if at_top { lines.len() } else { 0 }
            } else {
                // No single line left behind (widow) and none left alone at the bottom (orphan).
                let mut count = fitting;
                if lines.len() - count < 2 {
                    count = lines.len().saturating_sub(2);
                }
                if count < 2 && !at_top {
                    0
                } else {
                    count.max(1)
                }
            };
            let page = pages.last_mut().expect("a page");
            for line in &lines[..count] {
                let baseline = y + BODY_SIZE * PT_TO_MM * ASCENT;
                if let Some(marker) = line.marker {
                    page.texts.push(PlacedText {
                        x: geometry.left + line.indent - LIST_INDENT,
                        baseline,
                        size: BODY_SIZE,
                        style: FontStyle::Regular,
                        text: marker.to_owned(),
                    });
                }
                page.texts.push(PlacedText {
                    x: geometry.left + line.indent,
                    baseline,
                    size: BODY_SIZE,
                    style: line.style,
                    text: line.text.clone(),
                });
                y += line.advance;
            }
            at_top = false;
            lines = &lines[count..];
            if lines.is_empty() {
                break;
            }
            y = new_page(&mut pages);
            at_top = true;
        }
    }
    (pages, starts)
}

fn fitting_lines(lines: &[FlowLine], top: f32, bottom: f32) -> usize {
    let mut y = top;
    let mut count = 0;
    for line in lines {
        if y + BODY_SIZE * PT_TO_MM * ASCENT > bottom {
            break;
        }
        y += line.advance;
        count += 1;
    }
    count
}

/// Byte ranges of URLs and e-mail addresses, which must not be broken.
fn unbreakable_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for token in text.split(char::is_whitespace) {
        let trimmed = token.trim_end_matches([',', '.', ';', ':', ')', '»', '“', '"']);
        let trimmed_start = trimmed.trim_start_matches(['(', '«', '„', '"']);
        let start = offset + (trimmed.len() - trimmed_start.len());
        let looks_like_address = trimmed_start.contains("://")
            || (trimmed_start.contains('@') && !trimmed_start.starts_with('@'));
        if looks_like_address {
            spans.push((start, start + trimmed_start.len()));
        }
        offset += token.len()
            + text[offset + token.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
    }
    spans
}

/// Breaks `text` into lines no wider than `width` mm at `size` pt, at UAX #14 break
/// opportunities, never inside a URL or an e-mail address unless it alone is wider than a
/// line. The text is NFC-normalised first.
pub fn wrap(
    text: &str,
    style: FontStyle,
    size: f32,
    width: f32,
) -> Result<Vec<String>, MissingGlyph> {
    let text = nfc(text);
    let spans = unbreakable_spans(&text);
    let breaks: Vec<usize> = linebreaks(&text)
        .filter(|(at, kind)| *kind == BreakOpportunity::Allowed || *at < text.len())
        .map(|(at, _)| at)
        .filter(|at| !spans.iter().any(|(start, end)| at > start && at < end))
        // No break after a hyphen: "KI-Modell" split over two lines comes back as
        // "KIModell" from text extraction, and a legal text must be searchable as written.
        .filter(|at| !text[..*at].ends_with('-'))
        .collect();

    let mut lines = Vec::new();
    let mut line = String::new();
    // The advances of all of `line`, trailing spaces included: a segment is measured once,
    // not the whole line again for every segment added (that was quadratic in the line).
    let mut line_ems = 0.0;
    let mut segment_start = 0;
    for end in breaks.into_iter().chain(std::iter::once(text.len())) {
        if end <= segment_start {
            continue;
        }
        let segment = &text[segment_start..end];
        segment_start = end;
        let visible = segment.trim_end();
        let candidate_width = if visible.is_empty() {
            // A segment of spaces alone: the trimmed candidate ends inside `line`.
            text_width(line.trim_end(), style, size)?
        } else {
            add_ems(line_ems, visible, style)? * size * PT_TO_MM
        };
        if candidate_width <= width {
            line_ems = add_ems(line_ems, segment, style)?;
            line.push_str(segment);
            continue;
        }
        if !line.trim().is_empty() {
            lines.push(line.trim_end().to_owned());
        }
        line = String::new();
        if text_width(visible, style, size)? <= width {
            line_ems = add_ems(0.0, segment, style)?;
            line.push_str(segment);
        } else {
            // A single word or address wider than the line: break between characters.
            for c in segment.chars() {
                let candidate = format!("{line}{c}");
                if !line.is_empty() && text_width(candidate.trim_end(), style, size)? > width {
                    lines.push(line.trim_end().to_owned());
                    line = c.to_string();
                } else {
                    line = candidate;
                }
            }
            line_ems = add_ems(0.0, &line, style)?;
        }
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_within_the_measure() {
        let text = "Gemäß Art. 21 Abs. 1 DSGVO widerspreche ich aus Gründen, die sich aus meiner besonderen Situation ergeben, der Verarbeitung meiner personenbezogenen Daten.";
        let lines = wrap(text, FontStyle::Regular, 11.0, 80.0).unwrap();
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(
                text_width(line, FontStyle::Regular, 11.0).unwrap() <= 80.0,
                "{line}"
            );
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn urls_and_email_addresses_stay_whole() {
        let email = "anna-maria.schmidt@example-domain.de";
        let url = "https://www.linkedin.com/in/anna-maria-schmidt";
        let text = format!("Bitte antworten Sie an {email} oder sehen Sie {url} an.");
        let widest = [email, url]
            .map(|address| text_width(address, FontStyle::Regular, 11.0).unwrap())
            .into_iter()
            .fold(0.0, f32::max);
        // Measures the addresses fit on whole; UAX #14 alone would break them after "/",
        // "." or "-" to fill the lines.
        for extra in [1.0, 7.0, 15.0, 30.0] {
            let lines = wrap(&text, FontStyle::Regular, 11.0, widest + extra).unwrap();
            assert!(lines.iter().any(|l| l.contains(email)), "{lines:?}");
            assert!(lines.iter().any(|l| l.contains(url)), "{lines:?}");
        }
    }

    #[test]
    fn an_address_wider_than_the_line_still_breaks() {
        let lines = wrap(
            "see https://www.linkedin.com/in/anna-maria-schmidt-example-profile",
            FontStyle::Regular,
            11.0,
            40.0,
        )
        .unwrap();
        assert!(lines.len() >= 3, "{lines:?}");
    }

    #[test]
    fn overlong_urls_are_broken_between_characters() {
        let url = format!("https://www.linkedin.com/posts/{}", "x".repeat(200));
        let lines = wrap(&url, FontStyle::Regular, 11.0, 80.0).unwrap();
        assert!(lines.len() > 2);
        assert_eq!(lines.concat(), url);
    }

    /// Blocks whose lines are named "b{block}l{line}", so a test can tell where each went.
    fn synthetic_flow(sizes: &[(usize, bool)]) -> Vec<FlowBlock> {
        sizes
            .iter()
            .enumerate()
            .map(|(block, &(lines, heading))| FlowBlock {
                lines: (0..lines)
                    .map(|line| FlowLine {
                        text: format!("b{block}l{line}"),
                        style: if heading {
                            FontStyle::Bold
                        } else {
                            FontStyle::Regular
                        },
                        indent: 0.0,
                        marker: None,
                        advance: BODY_LEADING,
                    })
                    .collect(),
                space_before: PARAGRAPH_GAP,
                keep_with_next: heading,
                splittable: !heading,
                closes_letter: false,
            })
            .collect()
    }

    #[test]
    fn pagination_keeps_headings_with_two_lines_and_leaves_no_single_lines() {
        let geometry = Geometry::for_paper(Paper::A4);
        // Shift a heading and a long paragraph down the page one line at a time, so that
        // every possible page-break position is tried.
        for lead in 0..40 {
            for paragraph in [1, 2, 3, 4, 5, 9] {
                let flow =
                    synthetic_flow(&[(lead, false), (1, true), (paragraph, false), (6, false)]);
                let (pages, _) = paginate(&flow, &geometry, Page::default(), None);
                let placement: Vec<(usize, String)> = pages
                    .iter()
                    .enumerate()
                    .flat_map(|(page, p)| p.texts.iter().map(move |t| (page, t.text.clone())))
                    .collect();
                let page_of =
                    |name: &str| placement.iter().find(|(_, t)| t == name).map(|(p, _)| *p);
                // The heading shares its page with the first two lines of its paragraph.
                let heading_page = page_of("b1l0").unwrap();
                assert_eq!(
                    page_of("b2l0"),
                    Some(heading_page),
                    "lead {lead}, paragraph {paragraph}"
                );
                if paragraph >= 2 {
                    assert_eq!(page_of("b2l1"), Some(heading_page), "lead {lead}");
                }
                // No split paragraph leaves a single line on either page.
                for block in [0, 2, 3] {
                    let mut per_page = std::collections::BTreeMap::<usize, usize>::new();
                    for (page, text) in &placement {
                        if text.starts_with(&format!("b{block}l")) {
                            *per_page.entry(*page).or_default() += 1;
                        }
                    }
                    if per_page.len() > 1 {
                        assert!(
                            per_page.values().all(|&n| n >= 2),
                            "lead {lead}, block {block}: {per_page:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn text_is_normalised_to_nfc() {
        let decomposed = "Z\u{307}o\u{301}łkiewski";
        assert_eq!(
            wrap(decomposed, FontStyle::Regular, 11.0, 100.0).unwrap(),
            vec!["Żółkiewski"]
        );
    }

    #[test]
    fn missing_glyphs_are_reported() {
        assert_eq!(
            text_width("a\u{10FFFD}", FontStyle::Regular, 11.0),
            Err(MissingGlyph('\u{10FFFD}'))
        );
    }
}
