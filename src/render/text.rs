//! Plain text: the document as a person would type it, one paragraph per line, blank lines
//! between blocks, so it pastes cleanly into an e-mail or a web form.

use super::Renderer;
use crate::document::{BlockKind, Document};
use crate::error::Result;
use crate::request::Request;

/// Renders plain UTF-8 text.
pub struct TextRenderer;

impl Renderer for TextRenderer {
    fn render(&self, _request: &Request, document: &Document) -> Result<Vec<u8>> {
        Ok(to_text(document).into_bytes())
    }
}

/// The document as plain text, ending in one newline.
pub fn to_text(document: &Document) -> String {
    let mut heading_number = 0;
    let mut parts: Vec<String> = Vec::with_capacity(document.blocks.len());
    for block in &document.blocks {
        let part = match block.kind {
            BlockKind::Heading => {
                heading_number += 1;
                format!("{heading_number}. {}", block.lines.join(" "))
            }
            BlockKind::List => block
                .lines
                .iter()
                .map(|item| format!("- {item}"))
                .collect::<Vec<_>>()
                .join("\n"),
            BlockKind::Enclosures => {
                let items = block.lines.iter().map(|item| format!("- {item}"));
                std::iter::once(document.enclosures_label.clone())
                    .chain(items)
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            _ => block.lines.join("\n"),
        };
        parts.push(part);
    }
    let mut text = parts.join("\n\n");
    text.push('\n');
    text
}
