//! The details file (`--details me.toml`): a person's details saved for reuse.
//!
//! Unknown keys and wrong types are errors that name the line, so a typo never silently drops
//! a detail from a legal letter.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The fields of a details file. Every field is optional here; the request decides which are
/// required for which document. Flags given on the command line override these values.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DetailsFile {
    /// Full name, as it should appear in the letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// E-mail address of the LinkedIn account, or a contact address for non-members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Postal address, one line per element (a multi-line string).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Town for the dateline ("Berlin, 23 November 2026").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Jurisdiction code: `DE`, `DE-BY`, `FR`, `GB`, `CH`, ...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Letter language: `en`, `de`, `fr`, ...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// True for a person without a LinkedIn account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub non_member: Option<bool>,
    /// Where a non-member's data appears on LinkedIn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_urls: Option<Vec<String>>,
    /// A member's public profile URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile_url: Option<String>,
    /// What to object to: `ai-training`, `ai-other`, `ads-profiling`, `affiliate-sharing`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_to: Option<Vec<String>>,
    /// Grounds relating to the person's particular situation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The example person used by `--example`, so the tool can be tried without typing details.
pub const EXAMPLE: &str = include_str!("../examples/details.toml");

impl DetailsFile {
    /// Reads and parses a details file.
    pub fn read(path: &Path) -> Result<DetailsFile> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::ReadDetails {
            path: path.to_owned(),
            source,
        })?;
        DetailsFile::parse(&text).map_err(|message| Error::DetailsFile {
            path: path.to_owned(),
            message,
        })
    }

    /// Parses details from TOML text; the error names the line and the problem.
    pub fn parse(text: &str) -> Result<DetailsFile, String> {
        toml::from_str(text).map_err(|err| {
            // toml's message spans several lines (position, excerpt, caret, message); keep the
            // position and the message so the error stays one readable block.
            let rendered = err.to_string();
            let mut lines = rendered.lines().filter(|l| !l.trim().is_empty());
            let position = lines.next().unwrap_or_default().trim().to_owned();
            let message = rendered
                .lines()
                .last()
                .unwrap_or_default()
                .trim()
                .to_owned();
            format!(
                "{message} ({})",
                position
                    .trim_start_matches("TOML parse error ")
                    .trim_end_matches(':')
                    .trim()
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_parses() {
        let example = DetailsFile::parse(EXAMPLE).unwrap();
        assert!(example.name.is_some() && example.address.is_some());
    }

    #[test]
    fn unknown_fields_are_reported_with_their_line() {
        let err = DetailsFile::parse("name = \"A\"\nemial = \"a@b.c\"\n").unwrap_err();
        assert!(err.contains("unknown field `emial`"), "{err}");
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn wrong_types_are_reported_with_their_line() {
        let err = DetailsFile::parse("name = \"A\"\n\nnon_member = \"yes\"\n").unwrap_err();
        assert!(err.contains("line 3"), "{err}");
        assert!(err.contains("bool"), "{err}");
    }
}
