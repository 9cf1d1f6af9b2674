//! The validated request: what the user typed (flags and details file) turned, once, into
//! values the rest of the crate trusts.
//!
//! Every check on user input happens here and nowhere else. Errors name the flag or the
//! details-file key the bad value came from.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use validator::{ValidateEmail, ValidateUrl};

use crate::cli::{ComplaintArgs, DetailArgs, OutcomeArg, OutputArgs, PaperArg};
use crate::data::{Jurisdiction, registry};
use crate::date::{date_from_epoch, parse_date};
use crate::details::{DetailsFile, EXAMPLE};
use crate::error::{Error, Result};
use crate::i18n;
use crate::render::layout::Paper;

/// Longest name accepted, in characters.
pub const MAX_NAME: usize = 200;
/// Longest reason accepted, in characters.
pub const MAX_REASON: usize = 5_000;
/// Longest URL accepted, in characters.
pub const MAX_URL: usize = 2_000;
/// Most content URLs accepted.
pub const MAX_CONTENT_URLS: usize = 50;
/// Longest address accepted, in characters (all lines).
pub const MAX_ADDRESS: usize = 500;

/// Which document to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocumentKind {
    /// Text for LinkedIn's objection form.
    Form,
    /// The objection letter to LinkedIn's DPO.
    Letter,
    /// The complaint to the supervisory authority.
    Complaint,
    /// The reminder to LinkedIn after the deadline passed.
    Reminder,
}

impl DocumentKind {
    /// The template and file-name stem for this document.
    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::Form => "form",
            DocumentKind::Letter => "letter",
            DocumentKind::Complaint => "complaint",
            DocumentKind::Reminder => "reminder",
        }
    }
}

/// One purpose of processing the person objects to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// Training content-generating AI models.
    AiTraining,
    /// Training other AI/ML models (personalisation, classification, ...).
    AiOther,
    /// Profiling for direct marketing (personalised ads).
    AdsProfiling,
    /// Disclosure to affiliates such as Microsoft for their AI or advertising.
    AffiliateSharing,
}

impl Purpose {
    /// Every purpose with the name users type.
    pub const ALL: [(Purpose, &'static str); 4] = [
        (Purpose::AiTraining, "ai-training"),
        (Purpose::AiOther, "ai-other"),
        (Purpose::AdsProfiling, "ads-profiling"),
        (Purpose::AffiliateSharing, "affiliate-sharing"),
    ];

    fn parse(text: &str) -> Option<Purpose> {
        Purpose::ALL
            .iter()
            .find(|(_, name)| name.eq_ignore_ascii_case(text.trim()))
            .map(|(purpose, _)| *purpose)
    }
}

/// Whether the person has a LinkedIn account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "account", rename_all = "kebab-case")]
pub enum Membership {
    /// A LinkedIn member.
    Member {
        /// Their public profile, if given.
        profile_url: Option<String>,
    },
    /// Someone without an account whose data others posted.
    NonMember {
        /// Where their data appears.
        content_urls: Vec<String>,
    },
}

/// The person writing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// Full name, trimmed, free of control characters.
    pub name: String,
    /// A valid e-mail address.
    pub email: String,
    /// Postal address lines (empty only for the form, which needs none).
    pub address: Vec<String>,
    /// Town for the dateline.
    pub place: Option<String>,
}

/// What LinkedIn did with the objection, for the complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// No substantive reply.
    NoReply,
    /// Refused.
    Refused,
    /// Only partly implemented.
    Incomplete,
}

/// A reminder already sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentReminder {
    /// When it was sent.
    pub date: NaiveDate,
    /// The new deadline it set.
    pub deadline: NaiveDate,
}

/// What happened before a reminder or complaint: the objection, any reminder, the outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct History {
    /// When the objection was sent.
    pub objection_date: NaiveDate,
    /// The reminder, if one was sent.
    pub reminder: Option<SentReminder>,
    /// What LinkedIn did.
    pub outcome: Outcome,
}

/// A validated request for one document. Renderers take this and trust it.
#[derive(Debug, Clone, Serialize)]
pub struct Request {
    /// Which document.
    pub document: DocumentKind,
    /// Who writes.
    pub person: Person,
    /// Member or not.
    pub membership: Membership,
    /// The jurisdiction whose law applies.
    #[serde(serialize_with = "serialize_code")]
    pub jurisdiction: &'static Jurisdiction,
    /// The country (or subdivision) code the person gave: the jurisdiction's own code, or
    /// any ISO 3166-1 code served by the generic jurisdiction.
    pub country: String,
    /// The letter's language (an embedded locale code).
    pub lang: &'static str,
    /// What the person objects to; never empty.
    pub purposes: BTreeSet<Purpose>,
    /// Grounds relating to the person's situation, as paragraphs.
    pub reason: Vec<String>,
    /// The document's date.
    pub date: NaiveDate,
    /// Paper for printed output.
    pub paper: Paper,
    /// For reminders and complaints: what happened so far.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<History>,
}

fn serialize_code<S: serde::Serializer>(j: &&Jurisdiction, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&j.code)
}

impl Request {
    /// True for a LinkedIn member.
    pub fn is_member(&self) -> bool {
        matches!(self.membership, Membership::Member { .. })
    }
}

/// Output files and whether they may replace existing ones.
#[derive(Debug, Clone, Default)]
pub struct Outputs {
    /// Files to write; empty means standard output.
    pub files: Vec<PathBuf>,
    /// Overwrite existing files.
    pub force: bool,
}

impl From<OutputArgs> for Outputs {
    fn from(args: OutputArgs) -> Self {
        Outputs {
            files: args.outputs,
            force: args.force,
        }
    }
}

/// Where a value came from, so an error can point at it.
#[derive(Debug, Clone)]
enum Origin<'a> {
    Flag(&'static str),
    File(&'static str, &'a Path),
}

impl Origin<'_> {
    fn describe(&self) -> String {
        match self {
            Origin::Flag(flag) => format!("`{flag}`"),
            // A batch row has no file of its own: the row number is reported beside it.
            Origin::File(key, path) if path.as_os_str().is_empty() => format!("`{key}`"),
            Origin::File(key, path) => format!("`{key}` in {}", path.display()),
        }
    }
}

/// A value with its origin.
struct Given<'a, T> {
    value: T,
    origin: Origin<'a>,
}

fn pick<'a, T>(
    flag: Option<T>,
    file: Option<T>,
    flag_name: &'static str,
    key: &'static str,
    path: &'a Path,
) -> Option<Given<'a, T>> {
    match (flag, file) {
        (Some(value), _) => Some(Given {
            value,
            origin: Origin::Flag(flag_name),
        }),
        (None, Some(value)) => Some(Given {
            value,
            origin: Origin::File(key, path),
        }),
        (None, None) => None,
    }
}

/// What `complaint` and `reminder` add to the details: from flags, or from a case file.
#[derive(Debug, Clone, Default)]
pub struct HistoryInput {
    /// `--objection-date`, or the letter's date from the case.
    pub objection_date: Option<String>,
    /// The reminder recorded in the case.
    pub reminder: Option<SentReminder>,
    /// `--outcome`.
    pub outcome: Option<OutcomeArg>,
}

impl From<&ComplaintArgs> for HistoryInput {
    fn from(args: &ComplaintArgs) -> Self {
        HistoryInput {
            objection_date: args.objection_date.clone(),
            reminder: None,
            outcome: Some(args.outcome),
        }
    }
}

/// Today's date for the document: `--date`, else `SOURCE_DATE_EPOCH`, else the local clock.
pub fn document_date(flag: Option<&str>) -> Result<NaiveDate> {
    if let Some(text) = flag {
        return parse_date(text).map_err(|message| invalid(&Origin::Flag("--date"), message));
    }
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(epoch) => date_from_epoch(&epoch).map_err(|message| Error::Invalid {
            field: "`SOURCE_DATE_EPOCH`".into(),
            message,
            hint: Some("unset it, or pass --date YYYY-MM-DD".into()),
        }),
        Err(_) => Ok(chrono::Local::now().date_naive()),
    }
}

fn invalid(origin: &Origin, message: impl Into<String>) -> Error {
    Error::Invalid {
        field: origin.describe(),
        message: message.into(),
        hint: None,
    }
}

/// Builds the validated request for `document` from the flags (and the details file they
/// name). `history` carries what reminders and complaints need.
pub fn build(
    document: DocumentKind,
    args: DetailArgs,
    history: Option<HistoryInput>,
    paper: Option<Paper>,
) -> Result<Request> {
    let example_path = Path::new("(built-in example)");
    let (file, path) = match (&args.details, args.example) {
        (Some(path), _) => (DetailsFile::read(path)?, path.to_owned()),
        (None, true) => (
            DetailsFile::parse(EXAMPLE).map_err(|message| Error::Render {
                what: "the built-in example".into(),
                message,
            })?,
            example_path.to_owned(),
        ),
        (None, false) => (DetailsFile::default(), PathBuf::new()),
    };
    build_with(document, args, file, &path, history, paper)
}

/// [`build`] with the details file already read: `path` names it in error messages (a
/// case's `case.json`, for example).
pub fn build_with(
    document: DocumentKind,
    args: DetailArgs,
    file: DetailsFile,
    path: &Path,
    history: Option<HistoryInput>,
    paper: Option<Paper>,
) -> Result<Request> {
    let name =
        pick(args.name, file.name, "--name", "name", path).ok_or_else(|| Error::Missing {
            field: "--name".into(),
            message: "the letter is signed with your name".into(),
        })?;
    let name = clean_name(&name.value).map_err(|p| reject(&name.origin, &name.value, p))?;

    let email =
        pick(args.email, file.email, "--email", "email", path).ok_or_else(|| Error::Missing {
            field: "--email".into(),
            message: "LinkedIn identifies your account (or replies to you) by e-mail address"
                .into(),
        })?;
    let email_value =
        clean_email(&email.value).map_err(|p| reject(&email.origin, &email.value, p))?;

    let country =
        pick(args.country, file.country, "--country", "country", path).ok_or_else(|| {
            Error::Missing {
                field: "--country".into(),
                message: "the law, the controller and the authority depend on where you live"
                    .into(),
            }
        })?;
    let (jurisdiction, country_code) =
        registry()
            .resolve(&country.value)
            .ok_or_else(|| Error::UnknownCountry {
                code: country.value.trim().to_owned(),
                suggestions: registry()
                    .closest_codes(&country.value, 4)
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
            })?;

    let lang = match pick(args.lang, file.lang, "--lang", "lang", path) {
        Some(lang) => i18n::find(&lang.value).ok_or_else(|| Error::UnsupportedLanguage {
            lang: lang.value.trim().to_owned(),
            available: i18n::available().into_iter().map(str::to_owned).collect(),
        })?,
        None => i18n::default_lang_for(&jurisdiction.languages),
    };

    let (address_lines, address_origin) = if args.address.is_empty() {
        (
            file.address.into_iter().collect(),
            Origin::File("address", path),
        )
    } else {
        (args.address, Origin::Flag("--address"))
    };
    let address = clean_address(&address_lines)
        .map_err(|p| reject(&address_origin, &address_lines.join("\n"), p))?;
    if address.is_empty() && document != DocumentKind::Form {
        return Err(Error::Missing {
            field: "--address".into(),
            message: format!("a {} needs your postal address", document.name()),
        });
    }

    let place = match pick(args.place, file.place, "--place", "place", path) {
        Some(place) => {
            Some(clean_place(&place.value).map_err(|p| reject(&place.origin, &place.value, p))?)
        }
        None => None,
    }
    .filter(|place| !place.is_empty());

    let non_member = args.non_member || file.non_member.unwrap_or(false);
    let urls = if args.content_url.is_empty() {
        file.content_urls.map(|urls| Given {
            value: urls,
            origin: Origin::File("content_urls", path),
        })
    } else {
        Some(Given {
            value: args.content_url,
            origin: Origin::Flag("--content-url"),
        })
    };
    let profile = pick(
        args.profile_url,
        file.profile_url,
        "--profile-url",
        "profile_url",
        path,
    );
    let membership = if non_member {
        if let Some(profile) = &profile {
            return Err(Error::Invalid {
                field: profile.origin.describe(),
                message: "a person without a LinkedIn account has no profile".into(),
                hint: Some(
                    "drop --profile-url, or drop --non-member if you have an account".into(),
                ),
            });
        }
        let urls = urls.ok_or_else(|| Error::Missing {
            field: "--content-url".into(),
            message: "without an account, LinkedIn finds your data by the URLs where it appears"
                .into(),
        })?;
        if urls.value.len() > MAX_CONTENT_URLS {
            return Err(invalid(
                &urls.origin,
                format!(
                    "{} URLs given; at most {MAX_CONTENT_URLS} are accepted",
                    urls.value.len()
                ),
            ));
        }
        let content_urls = urls
            .value
            .iter()
            .map(|url| clean_url(url).map_err(|p| reject(&urls.origin, url, p)))
            .collect::<Result<Vec<_>>>()?;
        Membership::NonMember { content_urls }
    } else {
        if let Some(urls) = urls {
            return Err(Error::Invalid {
                field: urls.origin.describe(),
                message: "content URLs identify the data of a person without a LinkedIn account"
                    .into(),
                hint: Some(
                    "add --non-member if you have no account; members may give --profile-url"
                        .into(),
                ),
            });
        }
        let profile_url = match profile {
            Some(profile) => Some(
                clean_url(&profile.value)
                    .map_err(|p| reject(&profile.origin, &profile.value, p))?,
            ),
            None => None,
        };
        Membership::Member { profile_url }
    };

    let purposes = match pick(
        (!args.object_to.is_empty()).then_some(args.object_to),
        file.object_to,
        "--object-to",
        "object_to",
        path,
    ) {
        Some(list) => parse_purposes(&list.value, &list.origin)?,
        None => BTreeSet::from([Purpose::AiTraining]),
    };

    let reason = match pick(args.reason, file.reason, "--reason", "reason", path) {
        Some(reason) => {
            clean_reason(&reason.value).map_err(|p| reject(&reason.origin, &reason.value, p))?
        }
        None => Vec::new(),
    };

    let date = document_date(args.date.as_deref())?;
    if document == DocumentKind::Complaint && jurisdiction.authority.is_none() {
        return Err(Error::Invalid {
            field: country.origin.describe(),
            message: format!(
                "no data protection authority takes complaints about this in {}",
                registry()
                    .countries
                    .get(&country_code)
                    .filter(|_| jurisdiction.code == crate::data::OTHER)
                    .unwrap_or(&jurisdiction.name)
            ),
            hint: Some(format!(
                "`objection authority {}` explains; a reminder (objection reminder --case DIR) \
                 is the next step there",
                country_code
            )),
        });
    }

    let history = match (document, history) {
        (DocumentKind::Complaint | DocumentKind::Reminder, Some(input)) => {
            let text = input.objection_date.ok_or_else(|| Error::Missing {
                field: "--objection-date".into(),
                message: "the complaint states when you sent your objection".into(),
            })?;
            let origin = Origin::Flag("--objection-date");
            let objection_date = parse_date(&text).map_err(|message| invalid(&origin, message))?;
            if objection_date > date {
                return Err(Error::Invalid {
                    field: origin.describe(),
                    message: format!(
                        "{objection_date} is after the {}'s date {date}",
                        document.name()
                    ),
                    hint: Some(format!(
                        "check --objection-date, or pass the {}'s date with --date",
                        document.name()
                    )),
                });
            }
            Some(History {
                objection_date,
                reminder: input.reminder,
                outcome: match input.outcome.unwrap_or(OutcomeArg::NoReply) {
                    OutcomeArg::NoReply => Outcome::NoReply,
                    OutcomeArg::Refused => Outcome::Refused,
                    OutcomeArg::Incomplete => Outcome::Incomplete,
                },
            })
        }
        _ => None,
    };

    Ok(Request {
        document,
        person: Person {
            name,
            email: email_value,
            address,
            place,
        },
        membership,
        jurisdiction,
        country: country_code,
        lang,
        purposes,
        reason,
        date,
        paper: paper.unwrap_or_else(|| default_paper(&jurisdiction.code)),
        history,
    })
}

impl From<PaperArg> for Paper {
    fn from(paper: PaperArg) -> Paper {
        match paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }
}

/// US Letter where it is the everyday paper (the United States and Canada), A4 elsewhere.
fn default_paper(code: &str) -> Paper {
    let country = code.split('-').next().unwrap_or(code);
    if matches!(country, "US" | "CA") {
        Paper::Letter
    } else {
        Paper::A4
    }
}

/// Bidirectional formatting characters. They can make a letter display text in another
/// order than it contains ("Trojan Source"), so a name or reason with one is refused.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Invisible characters that change nothing in how European text reads but can hide a
/// difference between two equal-looking names: zero-width space, non-joiner and joiner, word
/// joiner, byte-order mark, soft hyphen. They are removed.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// What is wrong with one typed value, whoever typed it. [`build`] turns it into an [`Error`]
/// naming the flag or the details-file key; the wizard shows it as the person types, in their
/// language. Both call the same `clean_*` functions, so a value the wizard accepts is one the
/// flags accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Nothing but spaces where a name is needed.
    Empty,
    /// Longer than the limit, in characters.
    TooLong {
        /// The value's length.
        length: usize,
        /// The most allowed.
        limit: usize,
    },
    /// A control character; `newlines` says whether line breaks are allowed in this field.
    ControlCharacter {
        /// The character.
        character: char,
        /// Line breaks are allowed here.
        newlines: bool,
    },
    /// A bidirectional formatting character, which can make text display in another order
    /// than it contains.
    BidiControl {
        /// The character.
        character: char,
    },
    /// Not an e-mail address.
    NotEmail,
    /// Not a web address starting with `http://` or `https://`.
    NotUrl,
}

/// The error [`build`] reports for `problem` in `value`, which came from `origin`.
fn reject(origin: &Origin, value: &str, problem: Problem) -> Error {
    let field = origin.describe();
    let (message, hint) = match problem {
        // Only a name has to be non-empty among the free-text fields.
        Problem::Empty => (
            "is empty; the letter is signed with your name".to_owned(),
            None,
        ),
        Problem::TooLong { length, limit } => (
            format!("is {length} characters long; at most {limit} are allowed"),
            None,
        ),
        Problem::ControlCharacter {
            character,
            newlines,
        } => (
            format!(
                "contains the control character U+{:04X}; only printable text{} is allowed",
                character as u32,
                if newlines { " and line breaks" } else { "" }
            ),
            None,
        ),
        Problem::BidiControl { character } => (
            format!(
                "contains the bidirectional formatting character U+{:04X}, which can make the \
                 letter show text in another order than it contains",
                character as u32
            ),
            Some("type the text again without it (copying from web pages can bring it in)"),
        ),
        Problem::NotEmail => (
            format!("`{}` is not an e-mail address", value.trim()),
            Some("use the address your LinkedIn account is registered to, like name@example.org"),
        ),
        Problem::NotUrl => (
            format!("`{}` is not a web address", value.trim()),
            Some("copy the full address from the browser, starting with https://"),
        ),
    };
    Error::Invalid {
        field,
        message,
        hint: hint.map(str::to_owned),
    }
}

/// Cleans free text the same way for every field: folds CR LF, removes invisible characters,
/// and rejects control and bidirectional formatting characters (`newlines` keeps line
/// breaks). Documented in the README under "Details file".
fn check_characters(text: &str, newlines: bool) -> Result<String, Problem> {
    let text: String = text
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| !is_invisible(*c))
        .collect();
    if let Some(character) = text.chars().find(|c| is_bidi_control(*c)) {
        return Err(Problem::BidiControl { character });
    }
    if let Some(character) = text
        .chars()
        .find(|c| c.is_control() && !(newlines && *c == '\n'))
    {
        return Err(Problem::ControlCharacter {
            character,
            newlines,
        });
    }
    Ok(text)
}

fn check_length(length: usize, limit: usize) -> Result<(), Problem> {
    if length > limit {
        return Err(Problem::TooLong { length, limit });
    }
    Ok(())
}

/// A full name: one line, inner space folded, not empty, at most [`MAX_NAME`] characters.
pub fn clean_name(text: &str) -> Result<String, Problem> {
    let name = clean_place(text)?;
    if name.is_empty() {
        return Err(Problem::Empty);
    }
    Ok(name)
}

/// A town for the dateline: one line, inner space folded, at most [`MAX_NAME`] characters;
/// empty means none.
pub fn clean_place(text: &str) -> Result<String, Problem> {
    let line = check_characters(text, false)?;
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    check_length(line.chars().count(), MAX_NAME)?;
    Ok(line)
}

/// An e-mail address, trimmed.
pub fn clean_email(text: &str) -> Result<String, Problem> {
    let email = text.trim();
    if !email.validate_email() {
        return Err(Problem::NotEmail);
    }
    Ok(email.to_owned())
}

/// Postal address lines: each may hold line breaks; blank lines are dropped, inner space is
/// folded, and all lines together have at most [`MAX_ADDRESS`] characters.
pub fn clean_address(lines: &[String]) -> Result<Vec<String>, Problem> {
    let mut address = Vec::new();
    for text in lines {
        let text = check_characters(text, true)?;
        address.extend(
            text.split('\n')
                .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|line| !line.is_empty()),
        );
    }
    check_length(
        address.iter().map(|line| line.chars().count()).sum(),
        MAX_ADDRESS,
    )?;
    Ok(address)
}

/// Grounds relating to the person's situation, as paragraphs, at most [`MAX_REASON`]
/// characters.
pub fn clean_reason(text: &str) -> Result<Vec<String>, Problem> {
    let text = check_characters(text, true)?;
    check_length(text.chars().count(), MAX_REASON)?;
    // Blank lines separate paragraphs; single line breaks inside a paragraph are kept.
    Ok(text
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .filter(|paragraph| !paragraph.is_empty())
        .collect())
}

/// A web address (`http://` or `https://`), trimmed, at most [`MAX_URL`] characters.
pub fn clean_url(text: &str) -> Result<String, Problem> {
    let checked = check_characters(text, false)?;
    let url = checked.trim();
    check_length(url.chars().count(), MAX_URL)?;
    let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
    if !scheme_ok || !url.validate_url() || url.chars().any(char::is_whitespace) {
        return Err(Problem::NotUrl);
    }
    Ok(url.to_owned())
}

fn parse_purposes(list: &[String], origin: &Origin) -> Result<BTreeSet<Purpose>> {
    let mut purposes = BTreeSet::new();
    for item in list.iter().flat_map(|item| item.split(',')) {
        if item.trim().is_empty() {
            continue;
        }
        let purpose = Purpose::parse(item).ok_or_else(|| Error::Invalid {
            field: origin.describe(),
            message: format!("`{}` is not something you can object to here", item.trim()),
            hint: Some(format!(
                "choose from: {}",
                Purpose::ALL.map(|(_, name)| name).join(", ")
            )),
        })?;
        purposes.insert(purpose);
    }
    if purposes.is_empty() {
        return Err(invalid(origin, "is empty; name at least one purpose"));
    }
    Ok(purposes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> DetailArgs {
        DetailArgs {
            name: Some("Anna Schmidt".into()),
            email: Some("anna@example.de".into()),
            country: Some("DE".into()),
            address: vec!["Lindenstraße 12\n10969 Berlin".into()],
            date: Some("2026-11-23".into()),
            ..DetailArgs::default()
        }
    }

    #[test]
    fn a_complete_request_is_accepted_with_defaults() {
        let request = build(DocumentKind::Letter, args(), None, None).unwrap();
        assert_eq!(request.lang, "de");
        assert_eq!(request.jurisdiction.code, "DE");
        assert_eq!(request.purposes, BTreeSet::from([Purpose::AiTraining]));
        assert_eq!(
            request.person.address,
            vec!["Lindenstraße 12", "10969 Berlin"]
        );
    }

    #[test]
    fn names_are_trimmed_and_inner_space_folded() {
        let mut a = args();
        a.name = Some("  Anna   Schmidt ".into());
        assert_eq!(
            build(DocumentKind::Letter, a, None, None)
                .unwrap()
                .person
                .name,
            "Anna Schmidt"
        );
    }

    #[test]
    fn reasons_keep_paragraphs_and_line_breaks() {
        let mut a = args();
        a.reason = Some("First line\r\nsecond line\n\n\nNew paragraph ".into());
        let request = build(DocumentKind::Letter, a, None, None).unwrap();
        assert_eq!(
            request.reason,
            vec!["First line\nsecond line", "New paragraph"]
        );
    }

    #[test]
    fn invisible_characters_are_removed_and_bidi_controls_refused() {
        let mut a = args();
        a.name = Some("An\u{200B}na Sch\u{200D}midt\u{FEFF}".into());
        assert_eq!(
            build(DocumentKind::Letter, a, None, None)
                .unwrap()
                .person
                .name,
            "Anna Schmidt"
        );
        for bidi in ['\u{202E}', '\u{2066}', '\u{200F}', '\u{061C}'] {
            let mut a = args();
            a.name = Some(format!("Anna {bidi}tdimhcS"));
            let err = build(DocumentKind::Letter, a, None, None).unwrap_err();
            assert!(err.to_string().contains("bidirectional"), "{err}");
            assert!(
                err.to_string().contains(&format!("U+{:04X}", bidi as u32)),
                "{err}"
            );
            let mut a = args();
            a.reason = Some(format!("My reason {bidi}"));
            assert!(build(DocumentKind::Letter, a, None, None).is_err());
        }
    }

    #[track_caller]
    fn refuses<T: std::fmt::Debug>(result: Result<T, Problem>, expected: Problem) {
        assert_eq!(result.unwrap_err(), expected);
    }

    #[test]
    fn each_field_check_names_its_problem() {
        refuses(clean_name("   "), Problem::Empty);
        refuses(
            clean_name(&"a".repeat(MAX_NAME + 1)),
            Problem::TooLong {
                length: MAX_NAME + 1,
                limit: MAX_NAME,
            },
        );
        refuses(
            clean_place("Berlin\n"),
            Problem::ControlCharacter {
                character: '\n',
                newlines: false,
            },
        );
        refuses(
            clean_reason("why \u{202E}"),
            Problem::BidiControl {
                character: '\u{202E}',
            },
        );
        refuses(clean_email("anna@"), Problem::NotEmail);
        refuses(clean_url("www.linkedin.com/in/anna"), Problem::NotUrl);
        refuses(
            clean_address(&["x".repeat(MAX_ADDRESS), "y".into()]),
            Problem::TooLong {
                length: MAX_ADDRESS + 1,
                limit: MAX_ADDRESS,
            },
        );
        assert_eq!(clean_place("").unwrap(), "");
        assert_eq!(clean_email(" anna@example.de ").unwrap(), "anna@example.de");
    }

    #[test]
    fn purposes_accept_mixed_case_and_repeats() {
        let mut a = args();
        a.object_to = vec!["AI-training".into(), "ads-profiling,ai-training".into()];
        let request = build(DocumentKind::Letter, a, None, None).unwrap();
        assert_eq!(
            request.purposes,
            BTreeSet::from([Purpose::AiTraining, Purpose::AdsProfiling])
        );
    }

    #[test]
    fn flags_override_the_details_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.toml");
        std::fs::write(&path, "name = \"From File\"\nemail = \"file@example.org\"\ncountry = \"FR\"\naddress = \"1 rue X\"\n").unwrap();
        let a = DetailArgs {
            details: Some(path),
            name: Some("From Flag".into()),
            date: Some("2026-11-23".into()),
            ..DetailArgs::default()
        };
        let request = build(DocumentKind::Letter, a, None, None).unwrap();
        assert_eq!(request.person.name, "From Flag");
        assert_eq!(request.person.email, "file@example.org");
        assert_eq!(request.lang, "fr");
    }

    #[test]
    fn errors_name_the_details_file_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.toml");
        std::fs::write(
            &path,
            "name = \"A\"\nemail = \"not-an-address\"\ncountry = \"FR\"\n",
        )
        .unwrap();
        let a = DetailArgs {
            details: Some(path),
            ..DetailArgs::default()
        };
        let err = build(DocumentKind::Form, a, None, None).unwrap_err();
        assert!(err.to_string().contains("`email` in"), "{err}");
    }
}
