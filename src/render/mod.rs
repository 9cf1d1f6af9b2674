//! Output formats behind one seam: each renderer turns a [`Document`] into bytes.
//!
//! The format of an output file is taken from its extension; standard output gets text.

mod eml;
mod json;
pub mod layout;
mod pdf;
pub mod text;

use std::path::Path;

pub use eml::{EmlRenderer, enclosures_note};
pub use json::JsonRenderer;
pub use pdf::PdfRenderer;
pub use text::TextRenderer;

use crate::document::Document;
use crate::error::{Error, Result};
use crate::request::Request;

/// A format we can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// Plain UTF-8 text.
    Text,
    /// The request and the rendered text, for automation.
    Json,
    /// A printable letter: DIN 5008 on A4, US business letter on Letter.
    Pdf,
    /// An e-mail to the recipient with the text and the PDF attached, to open in a mail client.
    Eml,
}

impl OutputFormat {
    /// The file extensions we write, with the format each stands for.
    pub const EXTENSIONS: [(&'static str, OutputFormat); 4] = [
        ("txt", OutputFormat::Text),
        ("json", OutputFormat::Json),
        ("pdf", OutputFormat::Pdf),
        ("eml", OutputFormat::Eml),
    ];

    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &Path) -> Result<OutputFormat> {
        let extension = path
            .extension()
            .and_then(|ext| ext.to_str())
            .map(str::to_ascii_lowercase);
        OutputFormat::EXTENSIONS
            .iter()
            .find(|(known, _)| extension.as_deref() == Some(known))
            .map(|(_, format)| *format)
            .ok_or_else(|| Error::UnknownFormat {
                path: path.to_owned(),
            })
    }

    /// The renderer for this format.
    pub fn renderer(self) -> Result<&'static dyn Renderer> {
        match self {
            OutputFormat::Text => Ok(&TextRenderer),
            OutputFormat::Json => Ok(&JsonRenderer),
            OutputFormat::Pdf => Ok(&PdfRenderer),
            OutputFormat::Eml => Ok(&EmlRenderer),
        }
    }
}

/// Turns a composed document into the bytes of one format.
pub trait Renderer: Sync {
    /// Renders `document`, composed from `request`.
    fn render(&self, request: &Request, document: &Document) -> Result<Vec<u8>>;
}
