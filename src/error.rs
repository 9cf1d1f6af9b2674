//! The one error type of the crate: what went wrong, in words for the user, with the exit
//! code it maps to and, where it helps, a hint naming the flag to use.

use std::path::PathBuf;

/// Exit code for input the user can correct (clap uses the same for usage errors).
pub const EXIT_INVALID_INPUT: u8 = 2;
/// Exit code for I/O or rendering failures.
pub const EXIT_FAILURE: u8 = 1;
/// Exit code of a batch in which some rows failed (the others were written).
pub const EXIT_SOME_ROWS_FAILED: u8 = 3;
/// Exit code after an interruption (SIGINT/SIGTERM), as shells report 128 + SIGINT.
pub const EXIT_INTERRUPTED: u8 = 130;

/// Everything that can stop a run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A value failed validation; `field` names the flag or the details-file key.
    #[error("invalid {field}: {message}")]
    Invalid {
        /// The flag (`--email`) or file key (`email` in `me.toml`).
        field: String,
        /// What is wrong and what is expected.
        message: String,
        /// What to do about it.
        hint: Option<String>,
    },
    /// A required value was not given at all.
    #[error("missing {field}: {message}")]
    Missing {
        /// The flag that supplies it.
        field: String,
        /// Why it is needed.
        message: String,
    },
    /// The details file could not be read.
    #[error("cannot read details file `{path}`: {source}")]
    ReadDetails {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The details file is not valid TOML or has an unknown field or a wrong type.
    #[error("details file `{path}`: {message}")]
    DetailsFile {
        /// The file.
        path: PathBuf,
        /// The parser's message, which names the line and column.
        message: String,
    },
    /// An unknown jurisdiction code.
    #[error("unknown country `{code}`")]
    UnknownCountry {
        /// What the user typed.
        code: String,
        /// The closest known codes.
        suggestions: Vec<String>,
    },
    /// A language without a locale.
    #[error("unsupported language `{lang}`")]
    UnsupportedLanguage {
        /// What the user typed.
        lang: String,
        /// The locales there are.
        available: Vec<String>,
    },
    /// An output file exists and `--force` was not given.
    #[error("`{}` already exists", path.display())]
    OutputExists {
        /// The file.
        path: PathBuf,
    },
    /// An output file's extension names no format we write.
    #[error("cannot tell the format of `{}` from its extension", path.display())]
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// The same output file was named twice.
    #[error("`{}` is named more than once with -o", path.display())]
    DuplicateOutput {
        /// The file.
        path: PathBuf,
    },
    /// A format this document or version cannot produce.
    #[error("{message}")]
    UnsupportedOutput {
        /// What cannot be produced and why.
        message: String,
        /// What to use instead.
        hint: String,
    },
    /// The form text is longer than the form takes.
    #[error("the form text would be {length} characters, more than the {limit} the form takes")]
    FormTooLong {
        /// Its length in characters.
        length: usize,
        /// The limit.
        limit: usize,
    },
    /// The complaint is longer than the authority's online form takes.
    #[error(
        "the complaint would be {length} characters, more than the {limit} the authority's form takes"
    )]
    ComplaintTooLong {
        /// Its length in characters.
        length: usize,
        /// The limit.
        limit: usize,
    },
    /// The text has a character the embedded font cannot draw.
    #[error("the letter's font has no glyph for {} (U+{:04X}), so the PDF cannot show it", display_char(*character), *character as u32)]
    MissingGlyph {
        /// The character.
        character: char,
    },
    /// Writing an output failed.
    #[error("cannot write `{}`: {source}", path.display())]
    Write {
        /// The file, or `-` for standard output.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A template or locale failed: a bug in the embedded data, not in the input.
    #[error("cannot render {what}: {message}")]
    Render {
        /// Which document or message.
        what: String,
        /// The engine's message.
        message: String,
    },
    /// The batch input cannot be read as a whole (not a bad row: those are reported per row).
    #[error("cannot read batch input `{path}`: {message}")]
    BatchInput {
        /// The input file.
        path: PathBuf,
        /// What is wrong.
        message: String,
        /// What to do about it.
        hint: Option<String>,
    },
    /// Some rows of a batch failed; the others were written.
    #[error("{failed} of {total} rows failed; see {report}")]
    SomeRowsFailed {
        /// Rows that failed.
        failed: u64,
        /// Rows read.
        total: u64,
        /// The errors file.
        report: PathBuf,
    },
    /// `--copy` was given to a build without the clipboard.
    #[error("--copy needs the clipboard, and this build of objection has none")]
    ClipboardNotBuilt,
    /// The clipboard could not be reached (no display, for example); the text was still
    /// printed or written.
    #[error("cannot put the text on the clipboard: {reason}")]
    Clipboard {
        /// What the clipboard library said.
        reason: String,
        /// Where the text went instead: standard output or the files written.
        text_is_in: String,
    },
    /// The guided wizard was started where it cannot ask: standard input or output is not a
    /// terminal.
    #[error("`{command}` starts the guided wizard, which needs a terminal")]
    NoTerminal {
        /// What was run: `objection` or `objection new`.
        command: &'static str,
        /// What to do instead.
        hint: &'static str,
    },
    /// The person stopped the wizard (Ctrl-C or Esc) before anything was written.
    #[error("{message}")]
    Stopped {
        /// The short message, in the person's language.
        message: String,
    },
    /// The run was interrupted by a signal; finished files are whole, the rest not started.
    #[error("interrupted after {done} rows; run the same command again to continue")]
    Interrupted {
        /// Rows finished before the interruption.
        done: u64,
    },
}

fn display_char(character: char) -> String {
    if character.is_control() || character.is_whitespace() {
        "an invisible character".to_owned()
    } else {
        format!("`{character}`")
    }
}

/// ".txt, .json, .pdf or .eml": the extensions `-o` understands.
fn known_extensions() -> String {
    let extensions: Vec<String> = crate::render::OutputFormat::EXTENSIONS
        .iter()
        .map(|(extension, _)| format!(".{extension}"))
        .collect();
    match extensions.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => extensions.concat(),
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Write { .. }
            | Error::Render { .. }
            | Error::ReadDetails { .. }
            | Error::Clipboard { .. } => EXIT_FAILURE,
            Error::SomeRowsFailed { .. } => EXIT_SOME_ROWS_FAILED,
            Error::Interrupted { .. } | Error::Stopped { .. } => EXIT_INTERRUPTED,
            _ => EXIT_INVALID_INPUT,
        }
    }

    /// A second line telling the user what to do, where there is something useful to say.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Invalid { hint, .. } | Error::BatchInput { hint, .. } => hint.clone(),
            Error::Missing { field, .. } => Some(format!(
                "pass {field}, or set it in a details file (--details FILE)"
            )),
            Error::DetailsFile { .. } => {
                Some("see \"Details file\" in the README for the fields and their types".into())
            }
            Error::UnknownCountry { suggestions, .. } if !suggestions.is_empty() => Some(format!(
                "did you mean {}? `objection jurisdictions` lists every code",
                suggestions.join(", ")
            )),
            Error::UnknownCountry { .. } => {
                Some("`objection jurisdictions` lists every supported code".into())
            }
            Error::UnsupportedLanguage { available, .. } => Some(format!(
                "available languages: {}; choose one with --lang (`objection languages` names \
                 them)",
                available.join(", ")
            )),
            Error::OutputExists { .. } => Some("pass --force to overwrite it".into()),
            Error::UnknownFormat { .. } => {
                Some(format!("use a file name ending in {}", known_extensions()))
            }
            Error::DuplicateOutput { .. } => Some(
                "name each file once; for several formats use one -o per extension \
                 (-o letter.txt -o letter.pdf)"
                    .into(),
            ),
            Error::UnsupportedOutput { hint, .. } => Some(hint.clone()),
            Error::NoTerminal { hint, .. } => Some((*hint).to_owned()),
            Error::MissingGlyph { .. } => {
                Some("replace the character in your details, or write a .txt file instead".into())
            }
            Error::FormTooLong { length, limit } => Some(format!(
                "shorten --reason, or name fewer purposes with --object-to, by at least {} \
                 characters; the letter has no such limit",
                length - limit
            )),
            Error::ComplaintTooLong { length, limit } => Some(format!(
                "shorten --reason by at least {} characters; the form cannot take more",
                length - limit
            )),
            Error::ReadDetails { source, .. } => match source.kind() {
                std::io::ErrorKind::NotFound => Some(
                    "check the file name after --details; a relative name is read from the \
                     current folder"
                        .into(),
                ),
                _ => None,
            },
            Error::Write { path, source } if path.as_os_str() != "-" => match source.kind() {
                std::io::ErrorKind::NotFound => Some(format!(
                    "create the folder `{}` first, or name another file with -o",
                    path.parent().unwrap_or(path).display()
                )),
                std::io::ErrorKind::PermissionDenied => {
                    Some("name a file in a folder you may write to with -o".into())
                }
                _ => None,
            },
            Error::Render { .. } => Some(
                "this is a bug in objection, not in your input; please report it with the \
                 command you ran"
                    .into(),
            ),
            Error::SomeRowsFailed { .. } => Some(
                "fix those rows and run the same command again: rows already done are skipped"
                    .into(),
            ),
            Error::ClipboardNotBuilt => Some(
                "rebuild with the clipboard (cargo install --path . --features clipboard), \
                 or copy by hand: pipe the output into wl-copy, xclip -selection clipboard or \
                 pbcopy, or write it with -o form.txt and open that"
                    .into(),
            ),
            Error::Clipboard { text_is_in, .. } => Some(format!(
                "nothing is lost: the text is {text_is_in}; copy it from there"
            )),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn hint_names(err: Error, expected: &str) {
        let hint = err.hint().unwrap_or_else(|| panic!("no hint for `{err}`"));
        assert!(hint.contains(expected), "hint for `{err}`: {hint}");
    }

    fn io(kind: std::io::ErrorKind) -> std::io::Error {
        std::io::Error::from(kind)
    }

    #[test]
    fn the_unknown_format_hint_lists_every_extension_we_write() {
        hint_names(
            Error::UnknownFormat {
                path: "letter.docx".into(),
            },
            ".txt, .json, .pdf or .eml",
        );
    }

    #[test]
    fn errors_a_flag_can_fix_name_the_flag() {
        hint_names(
            Error::OutputExists {
                path: "letter.pdf".into(),
            },
            "--force",
        );
        hint_names(
            Error::DuplicateOutput {
                path: "letter.pdf".into(),
            },
            "-o letter.txt -o letter.pdf",
        );
        hint_names(
            Error::UnsupportedLanguage {
                lang: "xx".into(),
                available: vec!["de".into(), "en".into()],
            },
            "--lang",
        );
        hint_names(
            Error::ComplaintTooLong {
                length: 4_100,
                limit: 4_000,
            },
            "shorten --reason by at least 100 characters",
        );
        hint_names(
            Error::ReadDetails {
                path: "me.toml".into(),
                source: io(std::io::ErrorKind::NotFound),
            },
            "--details",
        );
    }

    #[test]
    fn a_missing_folder_is_named_in_the_hint() {
        hint_names(
            Error::Write {
                path: "out/letter.pdf".into(),
                source: io(std::io::ErrorKind::NotFound),
            },
            "create the folder `out` first",
        );
        // A closed standard output has nothing to fix with a flag.
        let closed_pipe = Error::Write {
            path: "-".into(),
            source: io(std::io::ErrorKind::BrokenPipe),
        };
        assert_eq!(closed_pipe.hint(), None);
    }

    #[test]
    fn a_clipboard_failure_says_where_the_text_is() {
        let err = Error::Clipboard {
            reason: "no display".into(),
            text_is_in: "in `form.txt`".into(),
        };
        assert_eq!(err.exit_code(), EXIT_FAILURE);
        hint_names(err, "in `form.txt`");
    }
}
