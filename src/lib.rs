//! `objection` writes the documents a person needs to object to LinkedIn's use of their
//! personal data for AI training and advertising: the text for LinkedIn's objection form, a
//! formal objection letter, and a complaint to the data protection authority.
//!
//! The flow is one-way: [`cli`] (what the user typed) → [`request`] (validated once) →
//! [`compose`] (template + locale + legal data → [`document::Document`]) → [`render`] (text,
//! JSON, ...) → [`output`] (atomic files or standard output). Legal facts live in
//! `src/data/`, words in `locales/`, document structure in `templates/`.

pub mod cli;
pub mod compose;
pub mod data;
pub mod date;
pub mod details;
pub mod document;
pub mod error;
pub mod i18n;
pub mod listing;
pub mod output;
pub mod render;
pub mod request;

use std::io::Write;
use std::path::PathBuf;

use cli::{Cli, Command, OutputArgs};
pub use error::{Error, Result};
use render::OutputFormat;
use request::{ComplaintInput, DocumentKind, Outputs, Request};

/// The longest form text we produce. LinkedIn does not publish the limit of its free-text
/// box; 2,000 characters keeps the text self-contained and short enough to be read.
pub const FORM_TEXT_LIMIT: usize = 2_000;

/// Runs one command. Warnings and guidance go to standard error; documents go to standard
/// output or to the files named with `-o`.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Jurisdictions { json } => listing::print_jurisdictions(json),
        Command::Form(args) => produce(DocumentKind::Form, args.details, None, args.output),
        Command::Letter(args) => produce(DocumentKind::Letter, args.details, None, args.output),
        Command::Complaint(args) => {
            let complaint = ComplaintInput::from(&args);
            produce(
                DocumentKind::Complaint,
                args.details,
                Some(complaint),
                args.output,
            )
        }
    }
}

fn produce(
    kind: DocumentKind,
    details: cli::DetailArgs,
    complaint: Option<ComplaintInput>,
    output: OutputArgs,
) -> Result<()> {
    let request = request::build(kind, details, complaint, output.paper.map(Into::into))?;
    let outputs = Outputs::from(output);
    // Everything is validated and rendered before the first byte is written, so bad input
    // never leaves a partial set of files.
    let formats = outputs
        .files
        .iter()
        .map(|path| OutputFormat::from_path(path))
        .collect::<Result<Vec<_>>>()?;
    if kind == DocumentKind::Form && formats.contains(&OutputFormat::Pdf) {
        return Err(Error::UnsupportedOutput {
            message: "the form text is pasted into LinkedIn's web form, not printed".into(),
            hint:
                "write it to a .txt file, or make the letter as PDF: objection letter -o letter.pdf"
                    .into(),
        });
    }
    let renderers = formats
        .iter()
        .map(|format| format.renderer())
        .collect::<Result<Vec<_>>>()?;
    output::check_targets(&outputs.files, outputs.force)?;

    let document = compose::compose(&request)?;
    let text = render::text::to_text(&document);
    if kind == DocumentKind::Form {
        let length = text.chars().count();
        if length > FORM_TEXT_LIMIT {
            return Err(Error::FormTooLong {
                length,
                limit: FORM_TEXT_LIMIT,
            });
        }
    }
    let rendered = renderers
        .iter()
        .map(|renderer| renderer.render(&request, &document))
        .collect::<Result<Vec<_>>>()?;

    warn_about(&request)?;
    if outputs.files.is_empty() {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|source| Error::Write {
                path: PathBuf::from("-"),
                source,
            })?;
    } else {
        for (path, bytes) in outputs.files.iter().zip(&rendered) {
            output::write_atomically(path, bytes, outputs.force)?;
            eprintln!("wrote {}", path.display());
        }
    }
    if kind == DocumentKind::Form {
        eprint!("\n{}", listing::form_guidance(&request)?);
    }
    Ok(())
}

fn warn_about(request: &Request) -> Result<()> {
    let objects_under_21_1 = request
        .purposes
        .iter()
        .any(|purpose| !matches!(purpose, request::Purpose::AdsProfiling));
    if request.document != DocumentKind::Complaint
        && objects_under_21_1
        && request.reason.is_empty()
    {
        let law = compose::facts(request).law;
        let cite = i18n::cite("en", law, &law.provisions["objection"]).map_err(|message| {
            Error::Render {
                what: "a citation".into(),
                message,
            }
        })?;
        eprintln!(
            "warning: {cite} asks for grounds relating to your particular situation; the \
             objection is stated without them. Add them with --reason \"...\" to make it harder \
             to refuse."
        );
    }
    if request.jurisdiction.code == "DE" && request.document == DocumentKind::Complaint {
        eprintln!(
            "note: plain DE addresses the federal authority (BfDI), which forwards complaints \
             about companies to the state authority. For the direct route, name your state, \
             for example --country DE-BE (see `objection jurisdictions`)."
        );
    }
    if let Some(complaint) = &request.complaint {
        let objection = Request {
            date: complaint.objection_date,
            ..request.clone()
        };
        let deadline = compose::facts(&objection).deadline.date;
        if request.date <= deadline && complaint.outcome == request::Outcome::NoReply {
            eprintln!(
                "warning: LinkedIn has until {deadline} to reply to your objection of {}; a \
                 complaint about a missing reply is premature before then.",
                complaint.objection_date
            );
        }
    }
    Ok(())
}
