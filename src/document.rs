//! The composed document: a sequence of typed blocks (address, subject, heading, paragraph,
//! ...) that every renderer lays out in its own way.
//!
//! Templates produce a small line-based markup (see `templates/README.md`); [`parse`] turns
//! it into blocks. Structural markers are recognised only where the template source put them.

use chrono::NaiveDate;
use serde::Serialize;

use crate::request::DocumentKind;

/// Start of a structural line in rendered template output. Templates write `@kind `; the
/// loader turns that into this control character, which validated user text never contains.
pub const MARKER: char = '\u{1E}';
/// Separates a structural line's kind from its text.
pub const MARKER_END: char = '\u{1F}';

/// What a block is, which decides where and how renderers place it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The sender's name and address.
    Sender,
    /// The recipient's address (the window of a window envelope).
    Recipient,
    /// Place and date.
    Date,
    /// The subject line.
    Subject,
    /// "Dear Sir or Madam,".
    Salutation,
    /// A numbered section heading.
    Heading,
    /// Running text; each line is a hard line break.
    Paragraph,
    /// A list; each line is one item.
    List,
    /// "Label: value" lines of the form text.
    Fields,
    /// "Yours faithfully,".
    Closing,
    /// The typed name under the signature space.
    Signature,
    /// The list of enclosures.
    Enclosures,
}

impl BlockKind {
    fn from_marker(name: &str) -> Option<BlockKind> {
        Some(match name {
            "sender" => BlockKind::Sender,
            "recipient" => BlockKind::Recipient,
            "date" => BlockKind::Date,
            "subject" => BlockKind::Subject,
            "salutation" => BlockKind::Salutation,
            "heading" => BlockKind::Heading,
            "item" => BlockKind::List,
            "field" => BlockKind::Fields,
            "closing" => BlockKind::Closing,
            "signature" => BlockKind::Signature,
            "enclosure" => BlockKind::Enclosures,
            _ => return None,
        })
    }

    /// Kinds whose consecutive lines form one block (an address, a list).
    fn groups_lines(self) -> bool {
        matches!(
            self,
            BlockKind::Sender
                | BlockKind::Recipient
                | BlockKind::List
                | BlockKind::Fields
                | BlockKind::Enclosures
        )
    }
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Its lines.
    pub lines: Vec<String>,
}

/// A document ready for rendering.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// Which document.
    pub kind: DocumentKind,
    /// Its language.
    pub lang: &'static str,
    /// Title for metadata (the subject line).
    pub title: String,
    /// Author for metadata (the sender).
    pub author: String,
    /// The document's date.
    pub date: NaiveDate,
    /// Localized heading of the enclosures list, with its punctuation ("Enclosures:", "Anlagen").
    pub enclosures_label: String,
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
}

impl Document {
    /// The first block of `kind`, if any.
    pub fn block(&self, kind: BlockKind) -> Option<&Block> {
        self.blocks.iter().find(|block| block.kind == kind)
    }
}

/// Replaces the `@kind ` markers of a template's source with [`MARKER`] sequences. A marker
/// stands at the start of a line or right after a closing tag (`{% endif %}@item ...`). Runs
/// on template source before any value is inserted.
pub fn mark_template_source(source: &str) -> String {
    source
        .lines()
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            let mut rest = line;
            let mut at_line_start = true;
            while let Some(at) = rest.find('@') {
                let (before, after) = rest.split_at(at);
                out.push_str(before);
                let may_start_block =
                    (at_line_start && before.is_empty()) || before.ends_with("%}");
                let marked = after[1..]
                    .split_once(' ')
                    .filter(|(kind, _)| may_start_block && BlockKind::from_marker(kind).is_some());
                match marked {
                    Some((kind, text)) => {
                        out.push(MARKER);
                        out.push_str(kind);
                        out.push(MARKER_END);
                        rest = text;
                    }
                    None => {
                        out.push('@');
                        rest = &after[1..];
                    }
                }
                at_line_start = false;
            }
            out.push_str(rest);
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Splits rendered markup into blocks. Errors name an unknown marker, which can only come
/// from a broken template.
pub fn parse(rendered: &str) -> Result<Vec<Block>, String> {
    let mut blocks: Vec<Block> = Vec::new();
    // Whether the previous line was part of the last block (no blank line in between).
    let mut block_open = false;
    for line in rendered.lines() {
        if let Some(rest) = line.strip_prefix(MARKER) {
            let (name, text) = rest
                .split_once(MARKER_END)
                .ok_or_else(|| format!("malformed marker line {line:?}"))?;
            let kind =
                BlockKind::from_marker(name).ok_or_else(|| format!("unknown marker `@{name}`"))?;
            let text = text.trim().to_owned();
            match blocks.last_mut() {
                Some(last) if block_open && last.kind == kind && kind.groups_lines() => {
                    last.lines.push(text)
                }
                _ => blocks.push(Block {
                    kind,
                    lines: vec![text],
                }),
            }
            // A structural line is never continued by body text.
            block_open = kind.groups_lines();
        } else if line.trim().is_empty() {
            block_open = false;
        } else {
            match blocks.last_mut() {
                Some(last) if block_open && last.kind == BlockKind::Paragraph => {
                    last.lines.push(line.trim().to_owned())
                }
                _ => blocks.push(Block {
                    kind: BlockKind::Paragraph,
                    lines: vec![line.trim().to_owned()],
                }),
            }
            block_open = true;
        }
    }
    close_enumerations(&mut blocks);
    Ok(blocks)
}

/// A list whose items all end in ";" is one enumerated sentence: its last item ends in ".".
/// Which items a letter lists depends on the request, so the punctuation cannot be fixed in
/// the locale files.
fn close_enumerations(blocks: &mut [Block]) {
    for block in blocks.iter_mut().filter(|b| b.kind == BlockKind::List) {
        if block.lines.iter().all(|line| line.ends_with(';'))
            && let Some(last) = block.lines.last_mut()
        {
            last.pop();
            // French typography puts a no-break space before ";", which must go too.
            let kept = last.trim_end().len();
            last.truncate(kept);
            last.push('.');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_become_blocks_and_text_becomes_paragraphs() {
        let source = "@sender A\n@sender B\n@subject S\n\nOne\ntwo\n\nThree\n@item x\n{% if a %}@item y{% endif %}\nmail@example.org\n";
        // Stand-in for Tera: the tags around the second item render to nothing.
        let rendered = mark_template_source(source)
            .replace("{% if a %}", "")
            .replace("{% endif %}", "");
        let blocks = parse(&rendered).unwrap();
        let kinds: Vec<_> = blocks.iter().map(|b| (b.kind, b.lines.len())).collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Sender, 2),
                (BlockKind::Subject, 1),
                (BlockKind::Paragraph, 2),
                (BlockKind::Paragraph, 1),
                (BlockKind::List, 2),
                (BlockKind::Paragraph, 1),
            ]
        );
    }

    #[test]
    fn enumerations_end_with_a_full_stop() {
        let blocks = parse(&mark_template_source(
            "@item one;\n@item two;\n\n@item a\n@item b;",
        ))
        .unwrap();
        assert_eq!(blocks[0].lines, vec!["one;", "two."]);
        assert_eq!(blocks[1].lines, vec!["a", "b;"]);
    }

    #[test]
    fn at_signs_in_values_stay_text() {
        // A value inserted after marking can start a line with `@heading`, but it is never
        // turned into a marker: only the template source is marked.
        let marked = mark_template_source("{{ value }}");
        let rendered = marked.replace("{{ value }}", "@heading Fake");
        let blocks = parse(&rendered).unwrap();
        assert_eq!(blocks[0].kind, BlockKind::Paragraph);
        assert_eq!(blocks[0].lines, vec!["@heading Fake"]);
    }
}
