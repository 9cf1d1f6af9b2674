//! `objection batch`: the documents for many people at once, read as a stream from CSV or
//! JSON Lines and written on all cores, one case folder per row.
//!
//! A bad row never stops the batch: it is reported with its row number, field and message,
//! and collected in `errors.csv`. A row's folder is written under a temporary name and moved
//! into place whole, after a group of rows is synced to disk, so a folder with `case.json` is
//! a finished row: a second run skips it and an interrupted run can be resumed.

use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use rayon::iter::{ParallelBridge, ParallelIterator};

use crate::case::{self, Case};
use crate::cli::{BatchArgs, BatchDocument, BatchFormat, DetailArgs};
use crate::details::DetailsFile;
use crate::error::{Error, Result};
use crate::render::OutputFormat;
use crate::request::{self, DocumentKind};
use crate::{compose, output};

/// The columns a batch file may have: the details-file fields and `id`.
pub const COLUMNS: &[&str] = &[
    "id",
    "name",
    "email",
    "address",
    "place",
    "country",
    "lang",
    "non_member",
    "content_urls",
    "profile_url",
    "object_to",
    "reason",
];

/// The report of failed rows, written into the output folder.
pub const ERRORS_FILE: &str = "errors.csv";

/// Longest `id` we accept: it becomes a folder name.
const ID_LIMIT: usize = 100;

/// Set by SIGINT/SIGTERM: rows not yet started are left for the next run.
static STOP: AtomicBool = AtomicBool::new(false);

/// What was wrong with one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based position of the person in the file (header and blank lines not counted).
    pub row: u64,
    /// The row's `id`, if it has a usable one.
    pub id: Option<String>,
    /// The column at fault, or empty when the row as a whole is unreadable.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl RowError {
    /// The report of `error` for row `row`, split into the column at fault and the message.
    fn of(row: u64, id: Option<String>, error: &Error) -> RowError {
        let (field, message) = field_and_message(error);
        RowError {
            row,
            id,
            field,
            message,
        }
    }
}

/// One person read from the input: their details and the folder name they get.
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based position in the file.
    pub number: u64,
    /// The `id` column, checked to be usable as a folder name.
    pub id: Option<String>,
    /// The details, exactly as a details file would give them.
    pub details: DetailsFile,
}

impl Row {
    /// The row's folder name: its id, or `row-000042`.
    pub fn folder_name(&self) -> String {
        self.id
            .clone()
            .unwrap_or_else(|| format!("row-{:06}", self.number))
    }
}

/// The input formats, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
    JsonLines,
}

impl InputFormat {
    /// The format of `path`, from its extension.
    pub fn of(path: &Path) -> Result<InputFormat> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("csv") => Ok(InputFormat::Csv),
            Some("jsonl" | "ndjson") => Ok(InputFormat::JsonLines),
            _ => Err(Error::BatchInput {
                path: path.to_owned(),
                message: "cannot tell its format from the extension".into(),
                hint: Some("name it .csv (with a header row) or .jsonl (JSON Lines)".into()),
            }),
        }
    }
}

/// Opens a batch file and returns its rows as a stream: nothing is read ahead beyond the
/// current row, so memory does not grow with the file.
pub fn read_rows(path: &Path) -> Result<Box<dyn Iterator<Item = RowResult> + Send>> {
    let format = InputFormat::of(path)?;
    let file = File::open(path).map_err(|err| Error::BatchInput {
        path: path.to_owned(),
        message: err.to_string(),
        hint: None,
    })?;
    rows_from(format, BufReader::new(file), path)
}

/// The rows of batch input in `format` from any reader; `path` names it in errors. The
/// seam for tests and the fuzzer, which have bytes, not files.
pub fn rows_from(
    format: InputFormat,
    reader: impl BufRead + Send + 'static,
    path: &Path,
) -> Result<Box<dyn Iterator<Item = RowResult> + Send>> {
    match format {
        InputFormat::Csv => Ok(Box::new(CsvRows::new(reader, path)?)),
        InputFormat::JsonLines => Ok(Box::new(json_rows(reader))),
    }
}

/// A row, or what made it unreadable.
pub type RowResult = std::result::Result<Row, RowError>;

/// Rows of a CSV file, checked against [`COLUMNS`] by the header.
struct CsvRows<R: std::io::Read> {
    records: csv::StringRecordsIntoIter<R>,
    columns: Vec<&'static str>,
    number: u64,
}

impl<R: std::io::Read> CsvRows<R> {
    fn new(reader: R, path: &Path) -> Result<Self> {
        let mut csv = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(reader);
        let header = csv.headers().map_err(|err| Error::BatchInput {
            path: path.to_owned(),
            message: format!("the header row is unreadable: {err}"),
            hint: None,
        })?;
        let columns = parse_header(header.iter()).map_err(|message| Error::BatchInput {
            path: path.to_owned(),
            message,
            hint: Some(format!("the columns are: {}", COLUMNS.join(", "))),
        })?;
        Ok(CsvRows {
            records: csv.into_records(),
            columns,
            number: 0,
        })
    }
}

/// Checks a header row: known columns, each once. A BOM from a spreadsheet is ignored.
fn parse_header<'a>(
    names: impl Iterator<Item = &'a str>,
) -> std::result::Result<Vec<&'static str>, String> {
    let mut columns: Vec<&'static str> = Vec::new();
    for name in names {
        let name = name.trim_start_matches('\u{feff}').trim();
        let Some(column) = COLUMNS.iter().find(|c| c.eq_ignore_ascii_case(name)) else {
            return Err(format!("unknown column `{name}`"));
        };
        if columns.contains(column) {
            return Err(format!("column `{column}` appears twice"));
        }
        columns.push(column);
    }
    if !columns.contains(&"name") && !columns.contains(&"email") {
        return Err("the header row has neither `name` nor `email`: is it missing?".into());
    }
    Ok(columns)
}

impl<R: std::io::Read> Iterator for CsvRows<R> {
    type Item = RowResult;

    fn next(&mut self) -> Option<RowResult> {
        let record = self.records.next()?;
        self.number += 1;
        let number = self.number;
        let record = match record {
            Ok(record) => record,
            Err(err) => return Some(Err(whole_row_error(number, err.to_string()))),
        };
        let mut row = Row {
            number,
            id: None,
            details: DetailsFile::default(),
        };
        for (column, cell) in self.columns.iter().zip(record.iter()) {
            if let Err(error) = set_field(&mut row, column, Cell::Text(cell)) {
                return Some(Err(error));
            }
        }
        Some(Ok(row))
    }
}

/// Rows of a JSON Lines file; blank lines are skipped and not counted.
fn json_rows(reader: impl BufRead + Send) -> impl Iterator<Item = RowResult> + Send {
    let mut number = 0;
    reader.lines().filter_map(move |line| {
        let line = match line {
            Ok(line) => line,
            Err(err) => {
                number += 1;
                return Some(Err(whole_row_error(number, err.to_string())));
            }
        };
        if line.trim().is_empty() {
            return None;
        }
        number += 1;
        Some(json_row(number, &line))
    })
}

fn json_row(number: u64, line: &str) -> RowResult {
    let value: serde_json::Value = serde_json::from_str(line)
        .map_err(|err| whole_row_error(number, format!("not valid JSON: {err}")))?;
    let serde_json::Value::Object(object) = value else {
        return Err(whole_row_error(number, "not a JSON object".into()));
    };
    let mut row = Row {
        number,
        id: None,
        details: DetailsFile::default(),
    };
    for (key, value) in &object {
        let Some(column) = COLUMNS.iter().find(|c| **c == key) else {
            return Err(RowError {
                row: number,
                id: row.id,
                field: key.clone(),
                message: format!("unknown field; the fields are: {}", COLUMNS.join(", ")),
            });
        };
        set_field(&mut row, column, Cell::Json(value))?;
    }
    Ok(row)
}

fn whole_row_error(row: u64, message: String) -> RowError {
    RowError {
        row,
        id: None,
        field: String::new(),
        message,
    }
}

/// One value as the input gave it: a CSV cell is always text, JSON has types.
enum Cell<'a> {
    Text(&'a str),
    Json(&'a serde_json::Value),
}

impl Cell<'_> {
    /// The value as text; `None` for an empty cell or JSON null.
    fn text(&self) -> std::result::Result<Option<String>, String> {
        match self {
            Cell::Text(text) => Ok(Some(text.to_string()).filter(|t| !t.trim().is_empty())),
            Cell::Json(serde_json::Value::Null) => Ok(None),
            Cell::Json(serde_json::Value::String(text)) => {
                Ok(Some(text.clone()).filter(|t| !t.trim().is_empty()))
            }
            Cell::Json(serde_json::Value::Number(number)) => Ok(Some(number.to_string())),
            Cell::Json(other) => Err(format!("expected text, found {}", json_kind(other))),
        }
    }

    /// A list: a JSON array of strings, or text split at `separators`.
    fn list(&self, separators: &[char]) -> std::result::Result<Option<Vec<String>>, String> {
        let items: Vec<String> = match self {
            Cell::Json(serde_json::Value::Array(values)) => values
                .iter()
                .map(|value| match value {
                    serde_json::Value::String(text) => Ok(text.trim().to_owned()),
                    other => Err(format!(
                        "expected a list of text, found {} in it",
                        json_kind(other)
                    )),
                })
                .collect::<std::result::Result<_, _>>()?,
            _ => match self.text()? {
                Some(text) => text
                    .split(|c: char| c.is_whitespace() || separators.contains(&c))
                    .map(str::to_owned)
                    .collect(),
                None => Vec::new(),
            },
        };
        let items: Vec<String> = items.into_iter().filter(|i| !i.is_empty()).collect();
        Ok(Some(items).filter(|i| !i.is_empty()))
    }

    /// Yes or no: JSON booleans, or true/false, yes/no, 1/0 in text.
    fn flag(&self) -> std::result::Result<Option<bool>, String> {
        if let Cell::Json(serde_json::Value::Bool(value)) = self {
            return Ok(Some(*value));
        }
        let Some(text) = self.text()? else {
            return Ok(None);
        };
        match text.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "y" | "1" | "x" => Ok(Some(true)),
            "false" | "no" | "n" | "0" => Ok(Some(false)),
            other => Err(format!("expected true or false, found `{other}`")),
        }
    }
}

fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "true/false",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "text",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

fn set_field(row: &mut Row, column: &str, cell: Cell<'_>) -> std::result::Result<(), RowError> {
    let details = &mut row.details;
    let result = match column {
        "id" => cell.text().and_then(|id| {
            row.id = id.map(|id| checked_id(&id)).transpose()?;
            Ok(())
        }),
        "name" => cell.text().map(|v| details.name = v),
        "email" => cell.text().map(|v| details.email = v),
        "address" => cell.text().map(|v| details.address = v),
        "place" => cell.text().map(|v| details.place = v),
        "country" => cell.text().map(|v| details.country = v),
        "lang" => cell.text().map(|v| details.lang = v),
        "non_member" => cell.flag().map(|v| details.non_member = v),
        // URLs never contain spaces, so any whitespace separates them.
        "content_urls" => cell.list(&[]).map(|v| details.content_urls = v),
        "profile_url" => cell.text().map(|v| details.profile_url = v),
        "object_to" => cell.list(&[',', ';']).map(|v| details.object_to = v),
        "reason" => cell.text().map(|v| details.reason = v),
        _ => unreachable!("columns are checked against COLUMNS first"),
    };
    result.map_err(|message| RowError {
        row: row.number,
        id: row.id.clone(),
        field: column.to_owned(),
        message,
    })
}

/// An id becomes a folder name: letters, digits, `.`, `_` and `-` only, not `.`/`..`.
fn checked_id(id: &str) -> std::result::Result<String, String> {
    let id = id.trim();
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    if id.chars().count() > ID_LIMIT {
        return Err(format!("longer than {ID_LIMIT} characters"));
    }
    if !id.chars().all(allowed) || id.starts_with('.') {
        return Err(format!(
            "`{id}` cannot be a folder name: use letters, digits, `.`, `_` and `-`, not first `.`"
        ));
    }
    Ok(id.to_owned())
}

/// What happened to a row.
enum Outcome {
    /// Rendered into a staging folder, to be committed with its group.
    Staged(output::StagedFolder),
    AlreadyDone,
    NotStarted,
}

/// A committed row: its number and id, for the report.
type RowTag = (u64, Option<String>);

/// How many rows share one sync of the file system. Larger groups sync less often; a crash
/// loses at most the rows of the groups not yet committed, which the next run redoes.
const COMMIT_GROUP_ROWS: usize = 64;

/// The settings every row shares, checked once before the first row.
struct Plan {
    kind: DocumentKind,
    formats: Vec<(BatchFormat, OutputFormat)>,
    date: String,
    paper: Option<crate::render::layout::Paper>,
    out: PathBuf,
    force: bool,
}

/// Runs `objection batch`.
pub fn run(args: BatchArgs) -> Result<()> {
    let kind = match args.document {
        BatchDocument::Form => DocumentKind::Form,
        BatchDocument::Letter => DocumentKind::Letter,
    };
    let mut batch_formats = args.format.clone();
    batch_formats.sort();
    batch_formats.dedup();
    if kind == DocumentKind::Form && batch_formats.contains(&BatchFormat::Pdf) {
        return Err(Error::Invalid {
            field: "`--format`".into(),
            message: "the form text is pasted into LinkedIn's web form, not printed".into(),
            hint: Some("use --format txt for forms".into()),
        });
    }
    let formats = batch_formats
        .iter()
        .map(|format| {
            let output = match format {
                BatchFormat::Txt => OutputFormat::Text,
                BatchFormat::Pdf => OutputFormat::Pdf,
                BatchFormat::Json => OutputFormat::Json,
            };
            (*format, output)
        })
        .collect();
    let date = request::document_date(args.date.as_deref())?.to_string();
    let rows = read_rows(&args.input)?;
    let total = std::io::stderr()
        .is_terminal()
        .then(|| count_rows(&args.input))
        .flatten();
    case::create_private_dir(&args.out)?;
    // Staging folders of a killed run: whole or not, their rows are not done and are redone.
    output::remove_abandoned_staging(&args.out);
    let plan = Plan {
        kind,
        formats,
        date,
        paper: args.paper.map(Into::into),
        out: args.out.clone(),
        force: args.force,
    };
    // A second handler cannot be installed (only in tests that run twice); the batch then
    // simply is not interruptible gracefully, which loses nothing.
    let _ = ctrlc::set_handler(|| STOP.store(true, Ordering::SeqCst));

    let progress = progress_bar(total);
    let written = AtomicU64::new(0);
    let skipped = AtomicU64::new(0);
    let not_started = AtomicU64::new(0);
    let errors: Mutex<Vec<RowError>> = Mutex::new(Vec::new());
    let claimed: Mutex<SeenIds> = Mutex::default();
    let threads = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        |n| n.get(),
    );
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|err| Error::Render {
            what: "the worker threads".into(),
            message: err.to_string(),
        })?;
    let commits = output::GroupCommit::new(&args.out, COMMIT_GROUP_ROWS);
    let report = |error: RowError| {
        progress.suspend(|| eprintln!("{}", describe(&error)));
        errors.lock().expect("no panics while locked").push(error);
    };
    let count_committed = |outcomes: Vec<(RowTag, Result<()>)>| {
        for ((row, id), outcome) in outcomes {
            match outcome {
                Ok(()) => {
                    written.fetch_add(1, Ordering::Relaxed);
                }
                Err(error) => report(RowError::of(row, id, &error)),
            }
        }
    };
    pool.install(|| {
        rows.par_bridge().for_each(|row| {
            let result = row.and_then(|row| {
                claim(&claimed, &row)?;
                Ok((row.number, row.id.clone(), process(&plan, &row)?))
            });
            match result {
                Ok((number, id, Outcome::Staged(folder))) => {
                    count_committed(commits.add((number, id), folder));
                }
                Ok((_, _, Outcome::AlreadyDone)) => {
                    skipped.fetch_add(1, Ordering::Relaxed);
                }
                Ok((_, _, Outcome::NotStarted)) => {
                    not_started.fetch_add(1, Ordering::Relaxed);
                }
                Err(error) => report(error),
            }
            progress.inc(1);
        });
    });
    // Rows finished before an interruption are whole: they are committed too.
    count_committed(commits.finish());
    progress.finish_and_clear();

    let mut errors = errors.into_inner().expect("no panics while locked");
    errors.sort_by_key(|error| error.row);
    let report = args.out.join(ERRORS_FILE);
    output::write_atomically(&report, errors_csv(&errors).as_bytes(), true)?;
    let written = written.into_inner();
    let skipped = skipped.into_inner();
    let failed = errors.len() as u64;
    eprintln!(
        "batch: {written} written, {skipped} already done, {failed} failed{} → {}",
        if not_started.load(Ordering::Relaxed) > 0 {
            format!(", {} not started", not_started.load(Ordering::Relaxed))
        } else {
            String::new()
        },
        args.out.display()
    );
    if STOP.load(Ordering::SeqCst) {
        return Err(Error::Interrupted {
            done: written + skipped,
        });
    }
    if failed > 0 {
        return Err(Error::SomeRowsFailed {
            failed,
            total: written + skipped + failed,
            report,
        });
    }
    Ok(())
}

/// Counts the rows for the progress bar, in a pass that holds one row at a time.
fn count_rows(path: &Path) -> Option<u64> {
    let rows = read_rows(path).ok()?;
    Some(rows.count() as u64)
}

fn progress_bar(total: Option<u64>) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = match total {
        Some(total) => indicatif::ProgressBar::new(total),
        None => indicatif::ProgressBar::new_spinner(),
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {pos}/{len} rows · {per_sec} · {eta} left",
    ) {
        bar.set_style(style);
    }
    bar
}

/// Two rows with the same id would write into one folder; the second is refused. Only a
/// 64-bit hash of each id is kept (see [`SeenIds`]); two different ids share a hash with a
/// chance of about 1 in 10^7 for a million rows.
fn claim(claimed: &Mutex<SeenIds>, row: &Row) -> std::result::Result<(), RowError> {
    use std::hash::{Hash, Hasher};
    let Some(id) = &row.id else {
        return Ok(());
    };
    // Folder names compare without case on some file systems (macOS, Windows).
    let mut hasher = std::hash::DefaultHasher::new();
    id.to_ascii_lowercase().hash(&mut hasher);
    let fresh = claimed
        .lock()
        .expect("no panics while locked")
        .insert(hasher.finish());
    if fresh {
        Ok(())
    } else {
        Err(RowError {
            row: row.number,
            id: None,
            field: "id".into(),
            message: format!("`{id}` is used by an earlier row"),
        })
    }
}

/// The hashes of the ids seen so far, in eight bytes a row. A hash set takes twice that and,
/// while it grows, holds its old and new tables at once: a 100,000-row batch peaked 10% above
/// a 10,000-row one on that alone, against a limit of 10%. Here new hashes wait in a small
/// buffer that is searched linearly and merged into the sorted list when full, in place.
#[derive(Default)]
struct SeenIds {
    sorted: Vec<u64>,
    recent: Vec<u64>,
}

/// Big enough that merges are rare (one pass over the sorted list each), small enough that
/// searching it costs less than a letter's rendering by far.
const RECENT_IDS: usize = 1024;

impl SeenIds {
    /// Adds `hash`; false if it was there already.
    fn insert(&mut self, hash: u64) -> bool {
        if self.recent.contains(&hash) || self.sorted.binary_search(&hash).is_ok() {
            return false;
        }
        self.recent.push(hash);
        if self.recent.len() >= RECENT_IDS {
            self.merge_recent();
        }
        true
    }

    /// Merges the buffer into the sorted list from the back, so nothing is moved twice and
    /// no second list is needed.
    fn merge_recent(&mut self) {
        self.recent.sort_unstable();
        let mut kept = self.sorted.len();
        let mut pending = self.recent.len();
        self.sorted.resize(kept + pending, 0);
        for slot in (0..self.sorted.len()).rev() {
            if pending == 0 {
                break;
            }
            if kept > 0 && self.sorted[kept - 1] > self.recent[pending - 1] {
                self.sorted[slot] = self.sorted[kept - 1];
                kept -= 1;
            } else {
                self.sorted[slot] = self.recent[pending - 1];
                pending -= 1;
            }
        }
        self.recent.clear();
    }
}

/// Validates, renders and writes one row. Nothing is written for a row that fails.
fn process(plan: &Plan, row: &Row) -> std::result::Result<Outcome, RowError> {
    if STOP.load(Ordering::SeqCst) {
        return Ok(Outcome::NotStarted);
    }
    let dir = plan.out.join(row.folder_name());
    if !plan.force && dir.join(case::CASE_FILE).exists() {
        return Ok(Outcome::AlreadyDone);
    }
    let fail = |error: Error| RowError::of(row.number, row.id.clone(), &error);
    let args = DetailArgs {
        date: Some(plan.date.clone()),
        ..DetailArgs::default()
    };
    let request = request::build_with(
        plan.kind,
        args,
        row.details.clone(),
        Path::new(""),
        None,
        plan.paper,
    )
    .map_err(fail)?;
    let outputs: Vec<OutputFormat> = plan.formats.iter().map(|(_, f)| *f).collect();
    let rendered = crate::render_document(&request, &outputs).map_err(fail)?;

    let mut case = Case::start(&dir, &request);
    let folder = output::StagedFolder::create(&dir).map_err(fail)?;
    let mut files = Vec::with_capacity(plan.formats.len());
    for ((format, _), bytes) in plan.formats.iter().zip(&rendered.files) {
        let extension = match format {
            BatchFormat::Txt => "txt",
            BatchFormat::Pdf => "pdf",
            BatchFormat::Json => "json",
        };
        let path = case.document_path(plan.kind, extension);
        let name = path.file_name().expect("a document has a file name");
        folder.write(&name.to_string_lossy(), bytes).map_err(fail)?;
        files.push(path);
    }
    let deadline = compose::facts(&request).deadline;
    case.record(&request, &files, Some(&deadline));
    if let Some(calendar) = case.calendar_text().map_err(fail)? {
        folder
            .write(case::CALENDAR_FILE, calendar.as_bytes())
            .map_err(fail)?;
    }
    folder
        .write(case::CASE_FILE, case.case_json().map_err(fail)?.as_bytes())
        .map_err(fail)?;
    Ok(Outcome::Staged(folder))
}

/// The column an error is about, and its message without the column.
fn field_and_message(error: &Error) -> (String, String) {
    match error {
        Error::Invalid { field, message, .. } => {
            (field.trim_matches('`').to_owned(), message.clone())
        }
        Error::Missing { field, message } => (
            column_of_flag(field).to_owned(),
            format!("missing: {message}"),
        ),
        Error::UnknownCountry { .. } => ("country".into(), error.to_string()),
        Error::UnsupportedLanguage { .. } => ("lang".into(), error.to_string()),
        other => (String::new(), other.to_string()),
    }
}

/// The batch column that supplies what a flag supplies on the command line.
fn column_of_flag(flag: &str) -> &str {
    match flag {
        "--content-url" => "content_urls",
        "--profile-url" => "profile_url",
        "--non-member" => "non_member",
        "--object-to" => "object_to",
        other => other.trim_start_matches('-'),
    }
}

fn describe(error: &RowError) -> String {
    let id = error
        .id
        .as_ref()
        .map(|id| format!(" (id {id})"))
        .unwrap_or_default();
    if error.field.is_empty() {
        format!("error: row {}{id}: {}", error.row, error.message)
    } else {
        format!(
            "error: row {}{id}: `{}`: {}",
            error.row, error.field, error.message
        )
    }
}

/// `errors.csv`: row, id, field, message; a header only when every row succeeded.
fn errors_csv(errors: &[RowError]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut write = |record: [&str; 4]| {
        writer
            .write_record(record)
            .expect("writing CSV into memory cannot fail");
    };
    write(["row", "id", "field", "message"]);
    for error in errors {
        write([
            &error.row.to_string(),
            error.id.as_deref().unwrap_or(""),
            &error.field,
            &error.message,
        ]);
    }
    String::from_utf8(writer.into_inner().expect("in-memory writer"))
        .expect("CSV of UTF-8 strings is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_rows(text: &str) -> Vec<RowResult> {
        CsvRows::new(text.as_bytes(), Path::new("people.csv"))
            .unwrap()
            .collect()
    }

    #[test]
    fn csv_cells_become_details_fields() {
        let rows = csv_rows(
            "id,name,email,address,country,non_member,content_urls,object_to\n\
             A-1,Anna,anna@example.org,\"Street 1\n10115 Berlin\",DE-BE,yes,\
             \"https://a.example/1 https://a.example/2\",\"ai-training, ads-profiling\"\n",
        );
        let row = rows[0].as_ref().unwrap();
        assert_eq!(row.number, 1);
        assert_eq!(row.folder_name(), "A-1");
        let details = &row.details;
        assert_eq!(details.address.as_deref(), Some("Street 1\n10115 Berlin"));
        assert_eq!(details.non_member, Some(true));
        assert_eq!(details.content_urls.as_ref().unwrap().len(), 2);
        assert_eq!(
            details.object_to.as_deref(),
            Some(&["ai-training".to_owned(), "ads-profiling".to_owned()][..])
        );
    }

    #[test]
    fn bad_cells_name_their_row_and_column() {
        let rows = csv_rows("name,email,non_member\nA,a@example.org,perhaps\nB,b@example.org,no\n");
        let error = rows[0].as_ref().unwrap_err();
        assert_eq!((error.row, error.field.as_str()), (1, "non_member"));
        assert!(error.message.contains("perhaps"), "{}", error.message);
        assert!(rows[1].is_ok());
    }

    #[test]
    fn unknown_or_repeated_columns_refuse_the_file() {
        for header in ["name,emial\n", "name,email,name\n", "foo,bar\n"] {
            assert!(
                CsvRows::new(header.as_bytes(), Path::new("x.csv")).is_err(),
                "{header}"
            );
        }
        // A spreadsheet's byte-order mark is not part of the first column's name.
        assert!(CsvRows::new("\u{feff}name,email\n".as_bytes(), Path::new("x.csv")).is_ok());
    }

    #[test]
    fn ids_must_be_safe_folder_names() {
        for bad in ["../etc", "a/b", ".hidden", "a b", "..", &"x".repeat(101)] {
            assert!(checked_id(bad).is_err(), "{bad}");
        }
        assert_eq!(checked_id(" M-17_a.b ").unwrap(), "M-17_a.b");
    }

    #[test]
    fn json_lines_have_types_and_skip_blank_lines() {
        let text = "{\"name\":\"A\",\"id\":7,\"content_urls\":[\"https://x.example/1\"],\"non_member\":true}\n\n\
                    {\"name\":\"B\",\"non_member\":\"maybe\"}\n\
                    {\"name\":\"C\",\"emial\":\"c@example.org\"}\n\
                    not json\n";
        let rows: Vec<_> = json_rows(text.as_bytes()).collect();
        assert_eq!(rows.len(), 4);
        let first = rows[0].as_ref().unwrap();
        assert_eq!((first.number, first.folder_name().as_str()), (1, "7"));
        assert_eq!(first.details.non_member, Some(true));
        let error = |i: usize| rows[i].as_ref().unwrap_err().clone();
        assert_eq!((error(1).row, error(1).field), (2, "non_member".into()));
        assert_eq!((error(2).row, error(2).field), (3, "emial".into()));
        assert_eq!((error(3).row, error(3).field), (4, String::new()));
    }

    #[test]
    fn a_second_row_with_the_same_id_is_refused() {
        let claimed = Mutex::default();
        let row = |number, id: &str| Row {
            number,
            id: Some(id.into()),
            details: DetailsFile::default(),
        };
        assert!(claim(&claimed, &row(1, "M-1")).is_ok());
        assert!(claim(&claimed, &row(2, "M-2")).is_ok());
        let error = claim(&claimed, &row(3, "m-1")).unwrap_err();
        assert_eq!((error.row, error.field.as_str()), (3, "id"));
        // Rows without an id are named by their number and never collide.
        let unnamed = Row {
            id: None,
            ..row(4, "")
        };
        assert!(claim(&claimed, &unnamed).is_ok() && claim(&claimed, &unnamed).is_ok());
    }

    #[test]
    fn seen_ids_find_every_earlier_hash_across_merges() {
        let mut seen = SeenIds::default();
        // A scrambled order, so merges interleave old and new hashes.
        let hashes: Vec<u64> = (0..5_000u64)
            .map(|n| n.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect();
        for &hash in &hashes {
            assert!(seen.insert(hash), "{hash} is new");
        }
        assert!(seen.sorted.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(seen.sorted.len() + seen.recent.len(), hashes.len());
        for &hash in &hashes {
            assert!(!seen.insert(hash), "{hash} was seen");
        }
        assert!(seen.insert(1), "a hash never inserted");
    }

    #[test]
    fn the_errors_file_quotes_what_needs_quoting() {
        let csv = errors_csv(&[RowError {
            row: 3,
            id: Some("M-3".into()),
            field: "email".into(),
            message: "not an e-mail address, \"x\"".into(),
        }]);
        assert_eq!(
            csv,
            "row,id,field,message\n3,M-3,email,\"not an e-mail address, \"\"x\"\"\"\n"
        );
    }
}
