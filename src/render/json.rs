//! JSON: the validated request and the rendered text together, for scripts and case tools.

use serde::Serialize;

use super::Renderer;
use super::text::to_text;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::request::Request;

/// Renders `{ "request": ..., "document": ..., "text": ... }`.
pub struct JsonRenderer;

#[derive(Serialize)]
struct JsonOutput<'a> {
    /// Output format version, raised when fields change meaning.
    format_version: u32,
    request: &'a Request,
    title: &'a str,
    text: String,
}

impl Renderer for JsonRenderer {
    fn render(&self, request: &Request, document: &Document) -> Result<Vec<u8>> {
        let output = JsonOutput {
            format_version: 1,
            request,
            title: &document.title,
            text: to_text(document),
        };
        let mut bytes = serde_json::to_vec_pretty(&output).map_err(|err| Error::Render {
            what: "JSON".into(),
            message: err.to_string(),
        })?;
        bytes.push(b'\n');
        Ok(bytes)
    }
}
