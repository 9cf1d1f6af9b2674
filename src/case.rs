//! Case folders: the record of one person's objection (`case.json`), its documents and a
//! calendar file for the deadline, so that `status`, `reminder` and `complaint` can follow up
//! without asking for the details again.
//!
//! `case.json` has a schema name and a version. This version reads version 1 and refuses any
//! other with a message that says what to do. See "Case folders" in the README.

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::compose::render_error;
use crate::date::Deadline;
use crate::details::DetailsFile;
use crate::error::{Error, Result};
use crate::i18n::{self, Args};
use crate::output;
use crate::request::{DocumentKind, Membership, Purpose, Request, SentReminder};

/// The case record's file name inside the folder.
pub const CASE_FILE: &str = "case.json";
/// The calendar file with the deadline.
pub const CALENDAR_FILE: &str = "deadline.ics";
/// The schema name written into every case record.
pub const CASE_SCHEMA: &str = "objection-case";
/// The record version this build writes and reads.
pub const CASE_VERSION: u32 = 1;

/// One document recorded in a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseDocument {
    /// `form`, `letter`, `reminder` or `complaint`.
    pub kind: String,
    /// The document's date.
    pub date: NaiveDate,
    /// Its files, relative to the case folder.
    pub files: Vec<String>,
}

/// A deadline as recorded: the date and the rule that produced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseDeadline {
    /// The last day.
    pub date: NaiveDate,
    /// The rule, in words.
    pub rule: String,
}

/// `case.json`, version 1.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    /// Always [`CASE_SCHEMA`].
    pub schema: String,
    /// Always [`CASE_VERSION`] when written by this build.
    pub version: u32,
    /// The case's reference number, quoted in every follow-up.
    pub reference: String,
    /// Jurisdiction code.
    pub jurisdiction: String,
    /// Language of the documents.
    pub lang: String,
    /// The person's details, to write follow-ups without asking again.
    pub details: DetailsFile,
    /// Documents made, in order.
    pub documents: Vec<CaseDocument>,
    /// The objection's deadline.
    pub deadline: Option<CaseDeadline>,
    /// The reminder's deadline, once a reminder was written.
    pub reminder_deadline: Option<CaseDeadline>,
}

/// An open case folder.
#[derive(Debug)]
pub struct Case {
    /// The folder.
    pub dir: PathBuf,
    /// Its record.
    pub file: CaseFile,
}

fn case_error(path: &Path, message: impl Into<String>, hint: Option<&str>) -> Error {
    Error::Invalid {
        field: format!("case file `{}`", path.display()),
        message: message.into(),
        hint: hint.map(str::to_owned),
    }
}

impl Case {
    /// Opens the case in `dir`; errors if there is none.
    pub fn open(dir: &Path) -> Result<Case> {
        let path = dir.join(CASE_FILE);
        let text = std::fs::read_to_string(&path).map_err(|err| {
            if err.kind() == std::io::ErrorKind::NotFound {
                case_error(
                    &path,
                    "does not exist",
                    Some("start a case with `objection letter --case DIR ...`"),
                )
            } else {
                Error::ReadDetails {
                    path: path.clone(),
                    source: err,
                }
            }
        })?;
        Ok(Case {
            dir: dir.to_owned(),
            file: parse_case(&path, &text)?,
        })
    }

    /// Opens the case in `dir`, or starts a new one for `request`. The folder is created
    /// only by [`Case::prepare_folder`], once everything is validated.
    pub fn open_or_start(dir: &Path, request: &Request) -> Result<Case> {
        if dir.join(CASE_FILE).exists() {
            let case = Case::open(dir)?;
            if case.file.jurisdiction != request.jurisdiction.code {
                return Err(case_error(
                    &dir.join(CASE_FILE),
                    format!(
                        "belongs to jurisdiction {}, not {}",
                        case.file.jurisdiction, request.jurisdiction.code
                    ),
                    Some("use a new folder for a new case"),
                ));
            }
            return Ok(case);
        }
        Ok(Case::start(dir, request))
    }

    /// A new case for `request` in `dir`, replacing any record there when saved.
    pub fn start(dir: &Path, request: &Request) -> Case {
        Case {
            dir: dir.to_owned(),
            file: CaseFile {
                schema: CASE_SCHEMA.into(),
                version: CASE_VERSION,
                reference: reference(request),
                jurisdiction: request.jurisdiction.code.clone(),
                lang: request.lang.into(),
                details: details_of(request),
                documents: Vec::new(),
                deadline: None,
                reminder_deadline: None,
            },
        }
    }

    /// Creates the case folder, owner-only, if it does not exist yet.
    pub fn prepare_folder(&self) -> Result<()> {
        create_private_dir(&self.dir)
    }

    /// The path of a document file of `kind` in the folder.
    pub fn document_path(&self, kind: DocumentKind, extension: &str) -> PathBuf {
        self.dir.join(format!("{}.{extension}", kind.name()))
    }

    /// The date of the latest objection (letter or form), if any.
    pub fn objection_date(&self) -> Option<NaiveDate> {
        self.latest("letter").or_else(|| self.latest("form"))
    }

    /// The date of the latest document of `kind`.
    pub fn latest(&self, kind: &str) -> Option<NaiveDate> {
        self.file
            .documents
            .iter()
            .filter(|document| document.kind == kind)
            .map(|document| document.date)
            .max()
    }

    /// The reminder recorded in the case, if one was written.
    pub fn reminder(&self) -> Option<SentReminder> {
        Some(SentReminder {
            date: self.latest("reminder")?,
            deadline: self.file.reminder_deadline.as_ref()?.date,
        })
    }

    /// Records a document and the deadline it set.
    pub fn record(&mut self, request: &Request, files: &[PathBuf], deadline: Option<&Deadline>) {
        let files = files
            .iter()
            .map(|file| {
                file.strip_prefix(&self.dir)
                    .unwrap_or(file)
                    .display()
                    .to_string()
            })
            .collect();
        self.file.documents.push(CaseDocument {
            kind: request.document.name().into(),
            date: request.date,
            files,
        });
        if let Some(deadline) = deadline {
            let record = CaseDeadline {
                date: deadline.date,
                rule: deadline.rule.clone(),
            };
            match request.document {
                DocumentKind::Reminder => self.file.reminder_deadline = Some(record),
                DocumentKind::Form | DocumentKind::Letter => self.file.deadline = Some(record),
                DocumentKind::Complaint => {}
            }
        }
    }

    /// The text of `case.json`.
    pub fn case_json(&self) -> Result<String> {
        let mut json = serde_json::to_string_pretty(&self.file).map_err(|err| Error::Render {
            what: "the case file".into(),
            message: err.to_string(),
        })?;
        json.push('\n');
        Ok(json)
    }

    /// Writes `case.json` (owner-only, atomically).
    pub fn save(&self) -> Result<()> {
        output::write_atomically(
            &self.dir.join(CASE_FILE),
            self.case_json()?.as_bytes(),
            true,
        )
    }

    /// The text of `deadline.ics` for the case's current deadline, if it has one.
    pub fn calendar_text(&self) -> Result<Option<String>> {
        let Some(deadline) = self
            .file
            .reminder_deadline
            .as_ref()
            .or(self.file.deadline.as_ref())
        else {
            return Ok(None);
        };
        let stamp = self.file.documents.last().map_or(deadline.date, |d| d.date);
        calendar(self, deadline, stamp).map(Some)
    }

    /// Writes `deadline.ics` for the case's current deadline.
    pub fn save_calendar(&self) -> Result<()> {
        match self.calendar_text()? {
            Some(calendar) => {
                output::write_atomically(&self.dir.join(CALENDAR_FILE), calendar.as_bytes(), true)
            }
            None => Ok(()),
        }
    }
}

fn parse_case(path: &Path, text: &str) -> Result<CaseFile> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|err| case_error(path, format!("is not valid JSON: {err}"), None))?;
    if value.get("schema").and_then(|s| s.as_str()) != Some(CASE_SCHEMA) {
        return Err(case_error(path, "is not an objection case record", None));
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(version) if version == u64::from(CASE_VERSION) => {}
        Some(version) if version > u64::from(CASE_VERSION) => {
            return Err(case_error(
                path,
                format!(
                    "was written by a newer objection (case version {version}; this one reads \
                     version {CASE_VERSION})"
                ),
                Some("update objection to continue this case"),
            ));
        }
        Some(version) => {
            return Err(case_error(
                path,
                format!("has case version {version}, which no release of objection wrote"),
                Some("start a new case folder"),
            ));
        }
        None => return Err(case_error(path, "has no version number", None)),
    }
    serde_json::from_value(value).map_err(|err| case_error(path, err.to_string(), None))
}

#[cfg(unix)]
pub(crate) fn create_private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|source| Error::Write {
            path: dir.to_owned(),
            source,
        })
}

#[cfg(not(unix))]
pub(crate) fn create_private_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_owned(),
        source,
    })
}

/// A reference number that depends only on the request: `OBJ-20261123-DE-3F9A1C`.
fn reference(request: &Request) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in request
        .person
        .email
        .bytes()
        .chain(request.person.name.bytes())
        .chain(request.jurisdiction.code.bytes())
    {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!(
        "OBJ-{}-{}-{:06X}",
        request.date.format("%Y%m%d"),
        request.jurisdiction.code,
        hash & 0xFF_FFFF
    )
}

/// The request's details as a details file, for follow-ups.
fn details_of(request: &Request) -> DetailsFile {
    let (non_member, content_urls, profile_url) = match &request.membership {
        Membership::Member { profile_url } => (None, None, profile_url.clone()),
        Membership::NonMember { content_urls } => (Some(true), Some(content_urls.clone()), None),
    };
    DetailsFile {
        name: Some(request.person.name.clone()),
        email: Some(request.person.email.clone()),
        address: Some(request.person.address.join("\n")).filter(|a| !a.is_empty()),
        place: request.person.place.clone(),
        country: Some(request.country.clone()),
        lang: Some(request.lang.into()),
        non_member,
        content_urls,
        profile_url,
        object_to: Some(
            request
                .purposes
                .iter()
                .filter_map(|purpose| {
                    Purpose::ALL
                        .iter()
                        .find(|(p, _)| p == purpose)
                        .map(|(_, name)| (*name).to_owned())
                })
                .collect(),
        ),
        reason: Some(request.reason.join("\n\n")).filter(|r| !r.is_empty()),
    }
}

/// The calendar file (RFC 5545): one all-day event on the deadline.
fn calendar(case: &Case, deadline: &CaseDeadline, stamp: NaiveDate) -> Result<String> {
    let lang = i18n::find(&case.file.lang).unwrap_or(i18n::DEFAULT_LANG);
    let render = |key: &str| {
        i18n::message(
            lang,
            key,
            &Args::new()
                .with("reference", case.file.reference.as_str())
                .with("dir", case.dir.display().to_string()),
        )
        .map_err(render_error("the calendar entry"))
    };
    let summary = render("calendar-summary")?;
    let description = render("calendar-description")?;
    let day = |date: NaiveDate| date.format("%Y%m%d").to_string();
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!(
            "PRODID:-//objection//objection {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!(
            "UID:{}-{}@objection.invalid",
            case.file.reference,
            day(deadline.date)
        ),
        format!("DTSTAMP:{}T000000Z", day(stamp)),
        format!("DTSTART;VALUE=DATE:{}", day(deadline.date)),
        format!("DTEND;VALUE=DATE:{}", day(deadline.date + Days::new(1))),
        format!("SUMMARY:{}", escape_text(&summary)),
        format!("DESCRIPTION:{}", escape_text(&description)),
        "TRANSP:TRANSPARENT".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    Ok(lines.iter().map(|line| fold(line)).collect())
}

/// RFC 5545 TEXT escaping.
fn escape_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets (RFC 5545, 3.1), on character boundaries, and ends it
/// with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// Where a case stands on `today`, in the case's language.
pub fn status(case: &Case, today: NaiveDate) -> Result<String> {
    let lang = i18n::find(&case.file.lang).unwrap_or(i18n::DEFAULT_LANG);
    let date = |d: NaiveDate| i18n::long_date(lang, d).map_err(render_error("a date"));
    let dir = case.dir.display().to_string();
    let message =
        |key: &str, args: Args| i18n::message(lang, key, &args).map_err(render_error("the status"));
    let mut lines = vec![message(
        "status-reference",
        Args::new().with("reference", case.file.reference.as_str()),
    )?];
    let Some(sent) = case.objection_date() else {
        lines.push(message(
            "status-empty",
            Args::new().with("dir", dir.as_str()),
        )?);
        return Ok(lines.join("\n") + "\n");
    };
    lines.push(message(
        "status-sent",
        Args::new().with("date", date(sent)?),
    )?);
    if let Some(complained) = case.latest("complaint") {
        lines.push(message(
            "status-complained",
            Args::new().with("date", date(complained)?),
        )?);
        return Ok(lines.join("\n") + "\n");
    }
    let (deadline, stage) = match (&case.file.reminder_deadline, case.latest("reminder")) {
        (Some(reminder), Some(reminded)) => {
            lines.push(message(
                "status-reminded",
                Args::new().with("date", date(reminded)?),
            )?);
            (reminder.date, "complaint")
        }
        _ => match &case.file.deadline {
            Some(deadline) => (deadline.date, "reminder"),
            None => return Ok(lines.join("\n") + "\n"),
        },
    };
    let days = (deadline - today).num_days();
    if days >= 0 {
        lines.push(message(
            "status-waiting",
            Args::new().with("date", date(deadline)?).with("days", days),
        )?);
        lines.push(message(
            &format!("status-next-wait-{stage}"),
            Args::new().with("dir", dir.as_str()),
        )?);
    } else {
        lines.push(message(
            "status-overdue",
            Args::new()
                .with("date", date(deadline)?)
                .with("days", -days),
        )?);
        lines.push(message(
            &format!("status-next-{stage}"),
            Args::new().with("dir", dir.as_str()),
        )?);
    }
    Ok(lines.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_long_lines_at_75_octets_on_character_boundaries() {
        let folded = fold(&format!("DESCRIPTION:{}", "ä".repeat(80)));
        for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(
            unfolded.trim_end(),
            format!("DESCRIPTION:{}", "ä".repeat(80))
        );
    }

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape_text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }

    #[test]
    fn refuses_other_versions_and_other_files_clearly() {
        let path = Path::new("case.json");
        let newer = parse_case(path, r#"{"schema":"objection-case","version":2}"#).unwrap_err();
        assert!(newer.to_string().contains("newer objection"), "{newer}");
        assert!(newer.hint().unwrap().contains("update objection"));
        let older = parse_case(path, r#"{"schema":"objection-case","version":0}"#).unwrap_err();
        assert!(older.to_string().contains("version 0"), "{older}");
        let other = parse_case(path, r#"{"name":"x"}"#).unwrap_err();
        assert!(
            other.to_string().contains("not an objection case record"),
            "{other}"
        );
    }
}
