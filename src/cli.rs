//! What the user typed: the clap definitions of commands, flags and their help text.
//!
//! Nothing here is trusted yet; [`crate::request`] turns these values into a validated
//! [`crate::request::Request`] in one place.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Write the letters that stop LinkedIn from using your personal data for AI training and
/// advertising: the objection form text, a formal objection letter, and a complaint to your
/// data protection authority. Everything runs offline. This is not legal advice.
#[derive(Debug, Parser)]
#[command(name = "objection", version, max_term_width = 100)]
pub struct Cli {
    /// What to do. Without a command, on a terminal, `objection` starts the guided wizard
    /// (`objection new`).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer a few questions in your language and get the form text and the letter in a new
    /// case folder (the guided wizard; needs a terminal).
    New(NewArgs),
    /// Print the text to paste into LinkedIn's Data Processing Objection form.
    Form(DocumentArgs),
    /// Write the formal objection to LinkedIn's Data Protection Officer.
    Letter(DocumentArgs),
    /// Write the complaint to your data protection authority, after LinkedIn did not comply.
    Complaint(ComplaintArgs),
    /// Write a reminder to LinkedIn when the deadline of a case has passed.
    Reminder(ReminderArgs),
    /// Say where a case stands: waiting, overdue, and what to do next.
    Status(StatusArgs),
    /// Write the documents for many people at once, from a CSV or JSON Lines file.
    Batch(BatchArgs),
    /// Print the competent authority's contact details and complaint route.
    Authority {
        /// A jurisdiction code (DE-BY, GB, CH, CA-QC, US-CA, ...).
        code: String,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man -l -` or installing as objection.1.
    Man,
    /// List the letter languages with their own names, and the jurisdictions that use each
    /// by default (choose one with --lang).
    Languages {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// List the supported jurisdictions with their controller, law and authority.
    Jurisdictions {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// Arguments of `form` and `letter`.
#[derive(Debug, Args)]
pub struct DocumentArgs {
    /// The person and what they object to.
    #[command(flatten)]
    pub details: DetailArgs,
    /// Keep a case folder: write the documents there with `case.json` and a calendar file
    /// for the deadline, so that `status`, `reminder` and `complaint` can follow up.
    #[arg(long, value_name = "DIR")]
    pub case: Option<PathBuf>,
    /// Where the result goes.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Arguments of `new`, the guided wizard.
#[derive(Debug, Args, Default)]
pub struct NewArgs {
    /// The documents' date (YYYY-MM-DD; default: today, or SOURCE_DATE_EPOCH when set).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
}

/// Arguments of `complaint`.
#[derive(Debug, Args)]
pub struct ComplaintArgs {
    /// The person and what they object to.
    #[command(flatten)]
    pub details: DetailArgs,
    /// Take the details and dates from a case folder (made by `letter --case DIR`) and write
    /// the complaint there.
    #[arg(long, value_name = "DIR")]
    pub case: Option<PathBuf>,
    /// The date you sent your objection to LinkedIn (YYYY-MM-DD; not needed with --case).
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "case")]
    pub objection_date: Option<String>,
    /// What LinkedIn did with your objection.
    #[arg(long, value_enum, default_value_t = OutcomeArg::NoReply)]
    pub outcome: OutcomeArg,
    /// Where the result goes.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Arguments of `reminder`.
#[derive(Debug, Args)]
pub struct ReminderArgs {
    /// The case folder (made by `letter --case DIR`).
    #[arg(long, value_name = "DIR")]
    pub case: PathBuf,
    /// The reminder's date (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Where the result goes (default: reminder.txt and reminder.pdf in the case folder).
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Arguments of `status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The case folder (made by `letter --case DIR`).
    #[arg(long, value_name = "DIR")]
    pub case: PathBuf,
    /// The date to judge the case on (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
}

/// What LinkedIn did with the objection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutcomeArg {
    /// No substantive reply by the deadline.
    NoReply,
    /// LinkedIn refused the objection.
    Refused,
    /// LinkedIn's reply did not implement the objection in full.
    Incomplete,
}

/// The person's details. Each can also come from a details file; flags override the file.
/// The wizard fills the same fields from its answers.
#[derive(Debug, Clone, Args, Default)]
pub struct DetailArgs {
    /// Read details from a TOML file (see "Details file" in the README).
    #[arg(long, value_name = "FILE")]
    pub details: Option<PathBuf>,
    /// Use a built-in example person (Anna Schmidt in Berlin), to try the tool.
    #[arg(long, conflicts_with = "details")]
    pub example: bool,
    /// Your full name.
    #[arg(long)]
    pub name: Option<String>,
    /// The e-mail address of your LinkedIn account (non-members: your contact address).
    #[arg(long)]
    pub email: Option<String>,
    /// Your postal address; repeat the flag or use line breaks for several lines.
    #[arg(long, value_name = "LINE")]
    pub address: Vec<String>,
    /// Your town, for the dateline ("Berlin, 23 November 2026").
    #[arg(long)]
    pub place: Option<String>,
    /// Where you live: a country code (DE, FR, GB, CH, ...) or German state (DE-BY, DE-BE).
    #[arg(long, value_name = "CODE")]
    pub country: Option<String>,
    /// The letter's language (default: your country's main language among those available).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// You have no LinkedIn account; others published your data (give --content-url).
    #[arg(long)]
    pub non_member: bool,
    /// Where your data appears on LinkedIn (non-members; repeatable).
    #[arg(long, value_name = "URL")]
    pub content_url: Vec<String>,
    /// Your public LinkedIn profile URL (members).
    #[arg(long, value_name = "URL")]
    pub profile_url: Option<String>,
    /// What to object to, comma-separated: ai-training (default), ai-other, ads-profiling,
    /// affiliate-sharing.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub object_to: Vec<String>,
    /// Grounds relating to your particular situation (GDPR Art. 21(1) asks for them).
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// The document's date (YYYY-MM-DD; default: today, or SOURCE_DATE_EPOCH when set).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
}

/// Arguments of `batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// The people: a CSV file with a header row, or JSON Lines (`.jsonl`), one person per
    /// row. The columns are the details-file fields plus an optional `id`.
    #[arg(value_name = "FILE")]
    pub input: PathBuf,
    /// Which document to write for each person.
    #[arg(long, value_enum, default_value_t = BatchDocument::Letter)]
    pub document: BatchDocument,
    /// The folder for the results: one case folder per row, named by `id` or row number,
    /// plus `errors.csv` for the rows that failed.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The files to write per row, comma-separated: txt, pdf, json (the form is text only).
    #[arg(long, value_delimiter = ',', default_value = "txt,pdf")]
    pub format: Vec<BatchFormat>,
    /// The documents' date for every row (YYYY-MM-DD; default: today, or SOURCE_DATE_EPOCH).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Redo the rows that are already done, replacing their files.
    #[arg(long)]
    pub force: bool,
    /// Paper for PDF output (default: letter in the US and Canada, A4 elsewhere).
    #[arg(long, value_enum)]
    pub paper: Option<PaperArg>,
    /// How many rows to work on at once (default: one per CPU core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<std::num::NonZeroUsize>,
}

/// The documents `batch` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchDocument {
    /// The text for LinkedIn's objection form.
    Form,
    /// The objection letter.
    Letter,
}

/// The file formats `batch` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum BatchFormat {
    /// Plain text.
    Txt,
    /// PDF, for printing and sending by post.
    Pdf,
    /// The document's structure as JSON.
    Json,
}

/// Where the result goes.
#[derive(Debug, Args, Default)]
pub struct OutputArgs {
    /// Write to FILE instead of standard output; the extension picks the format (.txt, .json,
    /// .pdf, or .eml: an e-mail to the recipient with the PDF attached). Repeat for several
    /// formats.
    #[arg(short, long = "output", value_name = "FILE")]
    pub outputs: Vec<PathBuf>,
    /// Also put the text on the clipboard, to paste into a web form (needs a build with
    /// `--features clipboard`).
    #[arg(long)]
    pub copy: bool,
    /// Overwrite output files that already exist.
    #[arg(long)]
    pub force: bool,
    /// Paper for PDF output (default: letter in the US and Canada, A4 elsewhere).
    #[arg(long, value_enum)]
    pub paper: Option<PaperArg>,
}

/// Paper sizes for PDF output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    /// ISO A4 (210 × 297 mm), DIN 5008 layout for window envelopes.
    A4,
    /// US Letter (8.5 × 11 in), US business-letter layout.
    Letter,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
