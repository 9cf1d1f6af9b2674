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

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Write { .. } | Error::Render { .. } | Error::ReadDetails { .. } => EXIT_FAILURE,
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
            Error::UnsupportedLanguage { available, .. } => {
                Some(format!("available languages: {}", available.join(", ")))
            }
            Error::OutputExists { .. } => Some("pass --force to overwrite it".into()),
            Error::UnknownFormat { .. } => {
                Some("use a file name ending in .txt, .json or .pdf".into())
            }
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
            _ => None,
        }
    }
}
