//! `objection` writes the documents a person needs to object to LinkedIn's use of their
//! personal data for AI training and advertising: the text for LinkedIn's objection form, a
//! formal objection letter, and a complaint to the data protection authority.
//!
//! The flow is one-way: [`cli`] (what the user typed) → [`request`] (validated once) →
//! [`compose`] (template + locale + legal data → [`document::Document`]) → [`render`] (text,
//! JSON, ...) → [`output`] (atomic files or standard output). Legal facts live in
//! `src/data/`, words in `locales/`, document structure in `templates/`. The guided
//! [`wizard`] asks for the same details on a terminal and joins this flow at [`request`].

pub mod batch;
pub mod case;
pub mod cli;
pub mod clipboard;
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
pub mod style;
pub mod wizard;

use clap::CommandFactory;
use std::path::PathBuf;

use case::Case;
use cli::{Cli, Command, OutputArgs};
pub use error::{Error, Result};
use render::OutputFormat;
use request::{DocumentKind, HistoryInput, Outputs, Request};

/// The longest form text we produce. LinkedIn does not publish the limit of its free-text
/// box; 2,000 characters keeps the text self-contained and short enough to be read.
pub const FORM_TEXT_LIMIT: usize = 2_000;

/// Runs one command. Warnings and guidance go to standard error; documents go to standard
/// output or to the files named with `-o` (or into the case folder with `--case`).
pub fn run(cli: Cli) -> Result<()> {
    let Some(command) = cli.command else {
        return wizard::without_command();
    };
    match command {
        Command::New(args) => wizard::run(args),
        Command::Jurisdictions { json } => listing::print_jurisdictions(json),
        Command::Languages { json } => listing::print_languages(json),
        Command::Authority { code } => listing::print_authority(&code),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "objection", &mut script);
            output::print_stdout(&String::from_utf8_lossy(&script))
        }
        Command::Man => {
            let mut page = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut page)
                .map_err(|source| Error::Write {
                    path: PathBuf::from("-"),
                    source,
                })?;
            output::print_stdout(&String::from_utf8_lossy(&page))
        }
        Command::Form(args) => produce(Job {
            kind: DocumentKind::Form,
            details: args.details,
            history: None,
            output: args.output,
            case: args.case.map(CaseMode::StartOrAdd),
        }),
        Command::Letter(args) => produce(Job {
            kind: DocumentKind::Letter,
            details: args.details,
            history: None,
            output: args.output,
            case: args.case.map(CaseMode::StartOrAdd),
        }),
        Command::Complaint(args) => {
            let history = HistoryInput::from(&args);
            produce(Job {
                kind: DocumentKind::Complaint,
                details: args.details,
                history: Some(history),
                output: args.output,
                case: args.case.map(CaseMode::FollowUp),
            })
        }
        Command::Reminder(args) => produce(Job {
            kind: DocumentKind::Reminder,
            details: cli::DetailArgs {
                date: args.date,
                ..cli::DetailArgs::default()
            },
            history: Some(HistoryInput::default()),
            output: args.output,
            case: Some(CaseMode::FollowUp(args.case)),
        }),
        Command::Batch(args) => batch::run(args),
        Command::Status(args) => {
            let case = Case::open(&args.case)?;
            let today = request::document_date(args.date.as_deref())?;
            output::print_stdout(&case::status(&case, today)?)
        }
    }
}

/// How a command uses a case folder.
enum CaseMode {
    /// `form`/`letter`: start the case, or add to it.
    StartOrAdd(PathBuf),
    /// The wizard: start the case or add to it, with the files the person chose (by
    /// extension). The wizard gives its advice itself, once for all documents, so none is
    /// printed per document.
    Guided {
        dir: PathBuf,
        extensions: Vec<&'static str>,
    },
    /// `reminder`/`complaint`: read details and dates from an existing case.
    FollowUp(PathBuf),
}

/// One document to produce.
struct Job {
    kind: DocumentKind,
    details: cli::DetailArgs,
    history: Option<HistoryInput>,
    output: OutputArgs,
    case: Option<CaseMode>,
}

fn produce(job: Job) -> Result<()> {
    let Job {
        kind,
        details,
        history,
        output,
        case,
    } = job;
    let paper = output.paper.map(Into::into);
    let copy = output.copy;
    let advice = !matches!(case, Some(CaseMode::Guided { .. }));
    // In a case folder the documents go into the folder: text always, and PDF for the
    // documents that are sent by post, unless the person chose otherwise in the wizard.
    let extensions = match &case {
        Some(CaseMode::Guided { extensions, .. }) => extensions.clone(),
        _ if kind == DocumentKind::Form => vec!["txt"],
        _ => vec!["txt", "pdf"],
    };
    let (request, mut case) = match case {
        None => (request::build(kind, details, history, paper)?, None),
        Some(CaseMode::StartOrAdd(dir) | CaseMode::Guided { dir, .. }) => {
            let request = request::build(kind, details, history, paper)?;
            let case = Case::open_or_start(&dir, &request)?;
            (request, Some(case))
        }
        Some(CaseMode::FollowUp(dir)) => {
            let case = Case::open(&dir)?;
            let objection_date = case.objection_date().ok_or_else(|| Error::Invalid {
                field: format!("case folder `{}`", dir.display()),
                message: "has no objection yet".into(),
                hint: Some(format!(
                    "write it first: objection letter --case {}",
                    dir.display()
                )),
            })?;
            let history = HistoryInput {
                objection_date: Some(objection_date.to_string()),
                reminder: case.reminder(),
                outcome: history.and_then(|h| h.outcome),
            };
            let request = request::build_with(
                kind,
                details,
                case.file.details.clone(),
                &dir.join(case::CASE_FILE),
                Some(history),
                paper,
            )?;
            (request, Some(case))
        }
    };

    let mut outputs = Outputs::from(output);
    let case_files: Vec<PathBuf> = match &case {
        Some(case) => extensions
            .iter()
            .map(|extension| case.document_path(kind, extension))
            .collect(),
        None => Vec::new(),
    };
    outputs.files.extend(case_files.iter().cloned());

    // Everything is validated and rendered before the first byte is written, so bad input
    // never leaves a partial set of files.
    let formats = outputs
        .files
        .iter()
        .map(|path| OutputFormat::from_path(path))
        .collect::<Result<Vec<_>>>()?;
    check_formats(kind, &formats)?;
    if copy {
        clipboard::check_built()?;
    }
    output::check_targets(&outputs.files, outputs.force)?;
    let Rendered {
        text,
        files,
        enclosures,
    } = render_document(&request, &formats)?;

    if advice {
        warn_about(&request)?;
    }
    if let Some(case) = &case {
        case.prepare_folder()?;
    }
    if outputs.files.is_empty() {
        output::print_stdout(&text)?;
    } else {
        for (path, bytes) in outputs.files.iter().zip(&files) {
            output::write_atomically(path, bytes, outputs.force)?;
            eprintln!("wrote {}", path.display());
        }
    }
    if formats.contains(&OutputFormat::Eml) && !enclosures.is_empty() {
        let note = render::enclosures_note(request.lang, &enclosures)?;
        style::eprint_labelled(style::Label::Note, &note);
    }
    if let Some(case) = &mut case {
        let deadline = match kind {
            DocumentKind::Form | DocumentKind::Letter => Some(compose::facts(&request).deadline),
            DocumentKind::Reminder => Some(compose::reminder_deadline_for(&request)),
            DocumentKind::Complaint => None,
        };
        case.record(&request, &case_files, deadline.as_ref());
        case.save()?;
        case.save_calendar()?;
        eprintln!(
            "case {} updated in {}",
            case.file.reference,
            case.dir.display()
        );
    }
    if kind == DocumentKind::Form && advice {
        eprint!("\n{}", listing::form_guidance(&request)?);
    }
    // Last, after every file and the case record: a clipboard that cannot be reached then
    // costs nothing, because the text is already where it would be without --copy.
    if copy {
        clipboard::copy(&text, &outputs.files)?;
        eprintln!("copied the text to the clipboard");
    }
    Ok(())
}

/// Refuses formats a document does not come in: the form text is pasted, never printed.
fn check_formats(kind: DocumentKind, formats: &[OutputFormat]) -> Result<()> {
    if kind == DocumentKind::Form && formats.contains(&OutputFormat::Pdf) {
        return Err(Error::UnsupportedOutput {
            message: "the form text is pasted into LinkedIn's web form, not printed".into(),
            hint:
                "write it to a .txt file, or make the letter as PDF: objection letter -o letter.pdf"
                    .into(),
        });
    }
    Ok(())
}

/// A document rendered in memory: its text, and its bytes in each requested format.
pub(crate) struct Rendered {
    /// The plain text.
    pub(crate) text: String,
    /// The bytes of each format, in the order asked for.
    pub(crate) files: Vec<Vec<u8>>,
    /// The enclosures the document lists, which an e-mail of it does not carry.
    pub(crate) enclosures: Vec<String>,
}

/// Composes the request's document, checks the length limits of the places it is pasted
/// into, and renders it in each of `formats`. Writes nothing.
pub(crate) fn render_document(request: &Request, formats: &[OutputFormat]) -> Result<Rendered> {
    let document = compose::compose(request)?;
    let text = render::text::to_text(&document);
    if request.document == DocumentKind::Form {
        let length = text.chars().count();
        if length > FORM_TEXT_LIMIT {
            return Err(Error::FormTooLong {
                length,
                limit: FORM_TEXT_LIMIT,
            });
        }
    }
    if request.document == DocumentKind::Complaint
        && let Some(limit) = request
            .jurisdiction
            .authority
            .as_ref()
            .and_then(|a| a.complaint_text_limit)
    {
        let length = text.chars().count();
        if length > limit {
            return Err(Error::ComplaintTooLong { length, limit });
        }
    }
    let files = formats
        .iter()
        .map(|format| match format {
            // The text is already rendered; do not render it twice.
            OutputFormat::Text => Ok(text.clone().into_bytes()),
            _ => format.renderer()?.render(request, &document),
        })
        .collect::<Result<Vec<_>>>()?;
    let enclosures = document
        .block(document::BlockKind::Enclosures)
        .map(|block| block.lines.clone())
        .unwrap_or_default();
    Ok(Rendered {
        text,
        files,
        enclosures,
    })
}

fn warn_about(request: &Request) -> Result<()> {
    // Warnings are in the letter's language: the person reads them next to the letter. The
    // `warning:`/`note:` prefix stays, as a stable token for scripts.
    let lang = request.lang;
    let say = |label: style::Label, key: &str, args: i18n::Args| -> Result<()> {
        let text = i18n::message(lang, key, &args).map_err(|message| Error::Render {
            what: format!("the message `{key}`"),
            message,
        })?;
        style::eprint_labelled(label, &text);
        Ok(())
    };
    let objects_under_21_1 = request
        .purposes
        .iter()
        .any(|purpose| !matches!(purpose, request::Purpose::AdsProfiling));
    let law = compose::facts(request).law;
    if matches!(request.document, DocumentKind::Form | DocumentKind::Letter)
        && law.family == data::LawFamily::Gdpr
        && objects_under_21_1
        && request.reason.is_empty()
    {
        let cite = i18n::cite(lang, law, &law.provisions["objection"]).map_err(|message| {
            Error::Render {
                what: "a citation".into(),
                message,
            }
        })?;
        say(
            style::Label::Warning,
            "warning-no-grounds",
            i18n::Args::new().with("cite", cite),
        )?;
    }
    if request.jurisdiction.code == "DE" && request.document == DocumentKind::Complaint {
        say(
            style::Label::Note,
            "note-federal-authority",
            i18n::Args::new(),
        )?;
    }
    if let Some(history) = &request.history {
        let objection = Request {
            date: history.objection_date,
            ..request.clone()
        };
        let deadline = history
            .reminder
            .as_ref()
            .map_or_else(|| compose::facts(&objection).deadline.date, |r| r.deadline);
        if request.date <= deadline && history.outcome == request::Outcome::NoReply {
            let deadline = i18n::long_date(lang, deadline).map_err(|message| Error::Render {
                what: "a date".into(),
                message,
            })?;
            say(
                style::Label::Warning,
                "warning-premature",
                i18n::Args::new()
                    .with("deadline", deadline)
                    .with("document", request.document.name()),
            )?;
        }
    }
    Ok(())
}
