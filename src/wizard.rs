//! The guided wizard (`objection new`, or `objection` alone on a terminal): asks for the
//! details in the person's language, checks each answer with the rules of the flags before
//! moving on, shows the form text, and writes the documents into a new case folder through the
//! same path as `letter --case DIR`.
//!
//! The answers become a [`DetailArgs`], exactly what the flags fill, so there is one way to
//! the documents. Nothing is written before the person confirms, so Ctrl-C, Esc or "no" up to
//! then leaves nothing behind; the files are then written atomically, one by one.

use std::fmt;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use inquire::error::InquireError;
use inquire::validator::Validation;
use inquire::{MultiSelect, Select, Text};
use unicode_normalization::UnicodeNormalization;

use crate::case::Case;
use crate::cli::{Cli, DetailArgs, NewArgs, OutputArgs};
use crate::compose::{self, render_error};
use crate::data::{OTHER, registry};
use crate::error::{Error, Result};
use crate::i18n::{self, Args};
use crate::render::OutputFormat;
use crate::request::{self, DocumentKind, MAX_CONTENT_URLS, Problem, Purpose, Request};
use crate::{CaseMode, Job, listing, output, produce, render_document};

/// `objection` without a command: the wizard on a terminal; elsewhere (a script, a pipe) the
/// help, so that nothing waits for answers no one can give.
pub fn without_command() -> Result<()> {
    if on_a_terminal() {
        return run(NewArgs::default());
    }
    eprint!("{}", Cli::command().render_help());
    Err(Error::NoTerminal {
        command: "objection",
        hint: "name a command (listed above), for example `objection letter --help`",
    })
}

/// `objection new`: asks the questions, writes the documents, and says what to do next.
pub fn run(args: NewArgs) -> Result<()> {
    if !on_a_terminal() {
        return Err(no_terminal());
    }
    // A bad --date is reported before the first question, not after the last.
    let date = request::document_date(args.date.as_deref())?;
    let first_lang = lang_from_locale(&locale_from_env());
    eprintln!("{}\n", say(first_lang, "wizard-welcome", Args::new())?);

    let lang = ask_language(first_lang)?;
    let mut details = ask_details(lang, date)?;
    let documents = ask_documents(lang)?;
    let requests = loop {
        match render_all(&details, &documents) {
            // The form's free-text box has a limit the grounds can push it over; ask for
            // shorter grounds rather than lose every answer.
            Err(Error::FormTooLong { length, limit }) => {
                eprintln!("{}", problem_text(lang, Problem::TooLong { length, limit }));
                details.reason = ask_reason(lang)?;
            }
            rendered => break rendered?,
        }
    };
    let (first, preview) = &requests[0];
    eprintln!("\n{}\n", say(lang, "wizard-preview", Args::new())?);
    for line in preview.lines().flat_map(|line| wrap(line, PREVIEW_WIDTH)) {
        eprintln!("  │ {line}");
    }
    eprintln!();

    let dir = ask_folder(lang, &format!("objection-{date}"))?;
    let write = say(
        lang,
        "wizard-confirm",
        Args::new().with("dir", dir.display().to_string()),
    )?;
    if !ask_yes_no(lang, &write)? {
        return Err(stopped(lang));
    }
    // The folder was free when it was chosen; a case that appeared since is not ours to add to.
    if dir.exists() {
        return Err(Error::Invalid {
            field: format!("folder `{}`", dir.display()),
            message: "was created while the wizard was asking; nothing was written".into(),
            hint: Some("run `objection new` again and choose another folder".into()),
        });
    }
    for (kind, extensions) in documents {
        produce(Job {
            kind,
            details: details.clone(),
            history: None,
            output: OutputArgs::default(),
            case: Some(CaseMode::Guided {
                dir: dir.clone(),
                extensions,
            }),
        })?;
    }
    eprintln!("\n{}", next_steps(first, &dir, &requests)?);
    offer_details_file(lang, &dir)
}

/// The preview's line length: short enough for an 80-column terminal with the margin.
const PREVIEW_WIDTH: usize = 74;

/// `line` broken at spaces into lines of at most `width` characters (a longer word stays
/// whole), so the preview reads as a column instead of wrapping mid-word at the screen edge.
fn wrap(line: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in line.split(' ') {
        let current = lines.last_mut().expect("never empty");
        let length = current.chars().count();
        if length > 0 && length + 1 + word.chars().count() > width {
            lines.push(word.to_owned());
        } else {
            if length > 0 {
                current.push(' ');
            }
            current.push_str(word);
        }
    }
    lines
}

/// The optional grounds relating to the person's situation.
fn ask_reason(lang: &str) -> Result<Option<String>> {
    let reason = ask_text(
        lang,
        "wizard-reason",
        Some("wizard-reason-help"),
        None,
        request::clean_reason,
    )?;
    Ok(Some(reason).filter(|reason| !reason.trim().is_empty()))
}

/// Every chosen document composed and rendered in memory, with its text: done before the
/// folder is asked for, so that a problem (a character the PDF font lacks, a form text over
/// the limit) stops the wizard before anything is written.
fn render_all(
    details: &DetailArgs,
    documents: &[(DocumentKind, Vec<&'static str>)],
) -> Result<Vec<(Request, String)>> {
    documents
        .iter()
        .map(|(kind, extensions)| {
            let request = request::build(*kind, details.clone(), None, None)?;
            let formats: Vec<OutputFormat> = extensions
                .iter()
                .map(|extension| match *extension {
                    "pdf" => OutputFormat::Pdf,
                    _ => OutputFormat::Text,
                })
                .collect();
            let text = render_document(&request, &formats)?.text;
            Ok((request, text))
        })
        .collect()
}

/// Asks who the person is, where they live and what they object to, each answer checked as
/// it is typed: the same fields the flags fill.
fn ask_details(lang: &str, date: chrono::NaiveDate) -> Result<DetailArgs> {
    let country = ask_country(lang)?;
    let member = ask_yes_no(lang, &say(lang, "wizard-member", Args::new())?)?;
    let content_url = if member {
        Vec::new()
    } else {
        ask_content_urls(lang)?
    };
    let name = ask_text(lang, "wizard-name", None, None, request::clean_name)?;
    let email = ask_text(
        lang,
        "wizard-email",
        Some("wizard-email-help"),
        None,
        request::clean_email,
    )?;
    let address = ask_address(lang)?;
    let place = ask_text(
        lang,
        "wizard-place",
        None,
        town_of(&address).as_deref(),
        request::clean_place,
    )?;
    Ok(DetailArgs {
        name: Some(name),
        email: Some(email),
        address,
        place: Some(place).filter(|place| !place.is_empty()),
        country: Some(country),
        lang: Some(lang.to_owned()),
        non_member: !member,
        content_url,
        object_to: ask_purposes(lang)?,
        reason: ask_reason(lang)?,
        date: Some(date.to_string()),
        ..DetailArgs::default()
    })
}

fn on_a_terminal() -> bool {
    // The prompts are drawn on standard error and read from standard input; standard output
    // must be a terminal too, or `objection | less` would hide the questions.
    std::io::stdin().is_terminal()
        && std::io::stdout().is_terminal()
        && std::io::stderr().is_terminal()
}

fn no_terminal() -> Error {
    Error::NoTerminal {
        command: "objection new",
        hint: "run it in a terminal window, or give your details as flags: \
               `objection letter --help`",
    }
}

/// Message `key` of the wizard in `lang`.
fn say(lang: &str, key: &str, args: Args) -> Result<String> {
    i18n::message(lang, key, &args).map_err(render_error("the wizard"))
}

/// The error for Ctrl-C, Esc or "no" before anything is written.
fn stopped(lang: &str) -> Error {
    Error::Stopped {
        message: say(lang, "wizard-stopped", Args::new())
            .unwrap_or_else(|_| "stopped; nothing was written".into()),
    }
}

/// An answer, or what stopped the question.
fn answer<T>(lang: &str, result: inquire::error::InquireResult<T>) -> Result<T> {
    result.map_err(|err| match err {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => stopped(lang),
        InquireError::NotTTY => no_terminal(),
        InquireError::IO(source) => Error::Write {
            path: PathBuf::from("-"),
            source,
        },
        other => Error::Render {
            what: "the wizard".into(),
            message: other.to_string(),
        },
    })
}

/// The language of the system's locale, the way POSIX picks it: `LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`.
fn locale_from_env() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .unwrap_or_default()
}

/// The embedded locale for a POSIX locale name (`de_DE.UTF-8`, `fr_CA`, `zh_HK.Big5`,
/// `nb_NO`), else English.
fn lang_from_locale(locale: &str) -> &'static str {
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    let (language, region) = name.split_once('_').unwrap_or((name, ""));
    let candidates = match language {
        // Chinese is written with traditional characters in Hong Kong, Taiwan and Macao.
        "zh" if matches!(region, "HK" | "TW" | "MO") => vec!["zh-Hant-HK".to_owned()],
        // Norwegian locales name Bokmål `nb`, older systems `no`.
        "no" => vec!["nb".to_owned()],
        _ => vec![format!("{language}-{region}"), language.to_owned()],
    };
    candidates
        .iter()
        .find_map(|code| i18n::find(code))
        .unwrap_or(i18n::DEFAULT_LANG)
}

/// The country of the system's locale (`de_DE.UTF-8` → `DE`), to start the country list there.
fn country_from_locale(locale: &str) -> Option<String> {
    let name = locale.split(['.', '@']).next()?;
    let (_, region) = name.split_once('_')?;
    Some(region.to_uppercase())
}

/// One choice in a list: what it stands for, and its label in the person's language.
#[derive(Clone)]
struct Choice<T> {
    value: T,
    label: String,
}

impl<T> fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

fn ask_language(preselected: &'static str) -> Result<&'static str> {
    let languages = i18n::available()
        .into_iter()
        .map(|code| {
            Ok(Choice {
                value: code,
                label: i18n::native_name(code).map_err(render_error("a language name"))?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let question = say(preselected, "wizard-language", Args::new())?;
    let help = say(preselected, "wizard-help-select", Args::new())?;
    ask_one(preselected, &question, &help, languages, |code| {
        *code == preselected
    })
}

/// One of `choices`, searchable by typing, with the cursor first on the one `start_at`
/// picks (or the first).
fn ask_one<T>(
    lang: &str,
    question: &str,
    help: &str,
    choices: Vec<Choice<T>>,
    start_at: impl Fn(&T) -> bool,
) -> Result<T> {
    let start = choices
        .iter()
        .position(|choice| start_at(&choice.value))
        .unwrap_or(0);
    let chosen = Select::new(question, choices)
        .with_help_message(help)
        .with_starting_cursor(start)
        .with_page_size(10)
        .prompt();
    Ok(answer(lang, chosen)?.value)
}

/// Every place the person can live in: the jurisdictions with a file of their own (German
/// states among them) by their names in `lang`, then every other ISO country.
fn countries(lang: &str) -> Result<Vec<Choice<String>>> {
    let registry = registry();
    let mut choices = Vec::new();
    for code in registry.jurisdictions.keys().filter(|code| *code != OTHER) {
        let name = i18n::text(lang, &format!("jurisdiction-{code}"))
            .map_err(render_error("a country name"))?;
        choices.push((name, code.clone()));
    }
    for code in registry.countries.keys() {
        if !registry.jurisdictions.contains_key(code) {
            choices.push((
                crate::data::country_name(code, lang).to_owned(),
                code.clone(),
            ));
        }
    }
    choices.sort_by_cached_key(|(name, _)| sort_key(name));
    Ok(choices
        .into_iter()
        .map(|(name, code)| Choice {
            label: format!("{name} · {code}"),
            value: code,
        })
        .collect())
}

/// A name as it sorts in a list: lower case, accents ignored, so that "Österreich" comes
/// among the O's and "Ísland" among the I's.
fn sort_key(name: &str) -> String {
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn ask_country(lang: &str) -> Result<String> {
    let choices = countries(lang)?;
    let home = country_from_locale(&locale_from_env());
    let question = say(lang, "wizard-country", Args::new())?;
    let help = say(lang, "wizard-country-help", Args::new())?;
    ask_one(lang, &question, &help, choices, |code| {
        Some(code) == home.as_ref()
    })
}

fn ask_yes_no(lang: &str, question: &str) -> Result<bool> {
    let choices = [true, false]
        .into_iter()
        .map(|yes| {
            Ok(Choice {
                value: yes,
                label: say(
                    lang,
                    "wizard-answer",
                    Args::new().with("answer", if yes { "yes" } else { "no" }),
                )?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let help = say(lang, "wizard-help-select", Args::new())?;
    let chosen = Select::new(question, choices)
        .with_help_message(&help)
        .without_filtering()
        .prompt();
    Ok(answer(lang, chosen)?.value)
}

/// The message for a problem with a typed value, in `lang`.
fn problem_text(lang: &str, problem: Problem) -> String {
    let args = match problem {
        Problem::Empty => Args::new().with("problem", "empty"),
        Problem::TooLong { length, limit } => Args::new()
            .with("problem", "too-long")
            .with("length", length)
            .with("limit", limit),
        Problem::ControlCharacter { character, .. } => Args::new()
            .with("problem", "control")
            .with("character", format!("U+{:04X}", character as u32)),
        Problem::BidiControl { character } => Args::new()
            .with("problem", "bidi")
            .with("character", format!("U+{:04X}", character as u32)),
        Problem::NotEmail => Args::new().with("problem", "email"),
        Problem::NotUrl => Args::new().with("problem", "url"),
    };
    say(lang, "wizard-problem", args).unwrap_or_else(|err| err.to_string())
}

/// A typed line, accepted only when `check` (the rule of the matching flag) accepts it.
/// Returns the text as typed; [`request::build`] cleans it again on the way to the
/// documents, with the same function.
fn ask_line<T: 'static>(
    lang: &str,
    question: &str,
    help: Option<&str>,
    default: Option<&str>,
    check: impl Fn(&str) -> std::result::Result<T, Problem> + Clone + 'static,
) -> Result<String> {
    let lang_for_check = lang.to_owned();
    let mut prompt = Text::new(question).with_validator(move |input: &str| {
        Ok(match check(input) {
            Ok(_) => Validation::Valid,
            Err(problem) => Validation::Invalid(problem_text(&lang_for_check, problem).into()),
        })
    });
    if let Some(help) = help {
        prompt = prompt.with_help_message(help);
    }
    if let Some(default) = default {
        prompt = prompt.with_default(default);
    }
    answer(lang, prompt.prompt())
}

/// [`ask_line`] with the question and help taken from the wizard's messages.
fn ask_text<T: 'static>(
    lang: &str,
    key: &str,
    help_key: Option<&str>,
    default: Option<&str>,
    check: fn(&str) -> std::result::Result<T, Problem>,
) -> Result<String> {
    let question = say(lang, key, Args::new())?;
    let help = help_key
        .map(|key| say(lang, key, Args::new()))
        .transpose()?;
    ask_line(lang, &question, help.as_deref(), default, check)
}

/// Numbered lines until an empty one: the first is required, the rest optional.
fn ask_lines(
    lang: &str,
    key: &str,
    help_key: &str,
    most: usize,
    check: fn(&str) -> std::result::Result<String, Problem>,
) -> Result<Vec<String>> {
    let help = say(lang, help_key, Args::new())?;
    let mut lines: Vec<String> = Vec::new();
    while lines.len() < most {
        let question = say(lang, key, Args::new().with("number", lines.len() + 1))?;
        let required = lines.is_empty();
        let line = ask_line(lang, &question, Some(&help), None, move |text: &str| {
            if !required && text.trim().is_empty() {
                Ok(String::new())
            } else {
                check(text)
            }
        })?;
        if line.trim().is_empty() {
            break;
        }
        lines.push(line);
    }
    Ok(lines)
}

/// One address line, checked as part of an address.
fn address_line(text: &str) -> std::result::Result<String, Problem> {
    let lines = request::clean_address(&[text.to_owned()])?;
    if lines.is_empty() {
        return Err(Problem::Empty);
    }
    Ok(lines.join(" "))
}

fn ask_content_urls(lang: &str) -> Result<Vec<String>> {
    ask_lines(
        lang,
        "wizard-content-url",
        "wizard-content-url-help",
        MAX_CONTENT_URLS,
        request::clean_url,
    )
}

fn ask_address(lang: &str) -> Result<Vec<String>> {
    loop {
        let lines = ask_lines(
            lang,
            "wizard-address",
            "wizard-address-help",
            usize::MAX,
            address_line,
        )?;
        // The length limit is on the whole address: say so now, and ask again, rather than
        // fail after the last question.
        match request::clean_address(&lines) {
            Ok(_) => return Ok(lines),
            Err(problem) => eprintln!("{}", problem_text(lang, problem)),
        }
    }
}

/// The town in the last address line, without postcodes ("10969 Berlin" → "Berlin"), as the
/// default for the dateline.
fn town_of(address: &[String]) -> Option<String> {
    let town = address
        .last()?
        .split_whitespace()
        .filter(|word| !word.chars().any(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ");
    Some(town.trim_matches(',').trim().to_owned()).filter(|town| !town.is_empty())
}

fn ask_purposes(lang: &str) -> Result<Vec<String>> {
    let choices = Purpose::ALL
        .iter()
        .map(|(_, name)| {
            Ok(Choice {
                value: (*name).to_owned(),
                label: say(lang, &format!("wizard-purpose-{name}"), Args::new())?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let chosen = ask_several(lang, "wizard-object-to", choices, &[0])?;
    Ok(chosen.into_iter().map(|choice| choice.value).collect())
}

/// The documents to write, each with its file extensions, in the order they are written.
fn ask_documents(lang: &str) -> Result<Vec<(DocumentKind, Vec<&'static str>)>> {
    let choices = ["form", "letter-pdf", "letter-text"]
        .into_iter()
        .map(|output| {
            Ok(Choice {
                value: output,
                label: say(lang, "wizard-output", Args::new().with("output", output))?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let chosen: Vec<&str> = ask_several(lang, "wizard-outputs", choices, &[0, 1, 2])?
        .into_iter()
        .map(|choice| choice.value)
        .collect();
    let mut documents = Vec::new();
    if chosen.contains(&"form") {
        documents.push((DocumentKind::Form, vec!["txt"]));
    }
    let letter: Vec<&'static str> = [("letter-text", "txt"), ("letter-pdf", "pdf")]
        .into_iter()
        .filter(|(output, _)| chosen.contains(output))
        .map(|(_, extension)| extension)
        .collect();
    if !letter.is_empty() {
        documents.push((DocumentKind::Letter, letter));
    }
    Ok(documents)
}

/// A multi-select of `choices` with `preselected` ticked; at least one must stay ticked.
fn ask_several<T: Clone>(
    lang: &str,
    key: &str,
    choices: Vec<Choice<T>>,
    preselected: &[usize],
) -> Result<Vec<Choice<T>>> {
    let question = say(lang, key, Args::new())?;
    let help = say(lang, "wizard-help-multi", Args::new())?;
    let none_chosen = problem_text(lang, Problem::Empty);
    let chosen = MultiSelect::new(&question, choices)
        .with_help_message(&help)
        .with_default(preselected)
        .without_filtering()
        .with_validator(
            move |chosen: &[inquire::list_option::ListOption<&Choice<T>>]| {
                Ok(if chosen.is_empty() {
                    Validation::Invalid(none_chosen.clone().into())
                } else {
                    Validation::Valid
                })
            },
        )
        .prompt();
    answer(lang, chosen)
}

/// The first of `stem`, `stem-2`, `stem-3`, ... (before `extension`) that does not exist.
fn first_free(stem: &str, extension: &str) -> PathBuf {
    (1..)
        .map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            PathBuf::from(format!("{stem}{suffix}{extension}"))
        })
        .find(|path| !path.exists())
        .expect("some numbered name is free")
}

/// A folder that does not exist yet: the case is new, and nothing is ever overwritten.
fn ask_folder(lang: &str, stem: &str) -> Result<PathBuf> {
    let default = first_free(stem, "");
    let question = say(lang, "wizard-folder", Args::new())?;
    let exists = say(lang, "wizard-folder-exists", Args::new())?;
    let empty = problem_text(lang, Problem::Empty);
    let prompt = Text::new(&question)
        .with_default(&default.to_string_lossy())
        .with_validator(move |input: &str| {
            Ok(if input.trim().is_empty() {
                Validation::Invalid(empty.clone().into())
            } else if Path::new(input.trim()).exists() {
                Validation::Invalid(exists.clone().into())
            } else {
                Validation::Valid
            })
        })
        .prompt();
    Ok(PathBuf::from(answer(lang, prompt)?.trim()))
}

/// The numbered next steps after writing: the form, LinkedIn's settings, the letter, the
/// deadline, and the reminder command for after it.
fn next_steps(request: &Request, dir: &Path, written: &[(Request, String)]) -> Result<String> {
    let lang = request.lang;
    let file = |kind: DocumentKind, extension: &str| {
        dir.join(format!("{}.{extension}", kind.name()))
            .display()
            .to_string()
    };
    let wrote = |kind: DocumentKind| written.iter().any(|(r, _)| r.document == kind);
    let mut steps = Vec::new();
    if wrote(DocumentKind::Form) {
        steps.push(say(
            lang,
            "wizard-next-form",
            Args::new().with("file", file(DocumentKind::Form, "txt")),
        )?);
        steps.extend(listing::form_steps(request)?);
    } else {
        steps.push(listing::settings_step(request)?);
    }
    if wrote(DocumentKind::Letter) {
        let pdf = file(DocumentKind::Letter, "pdf");
        let letter = if Path::new(&pdf).exists() {
            pdf
        } else {
            file(DocumentKind::Letter, "txt")
        };
        steps.push(say(
            lang,
            "wizard-next-letter",
            Args::new().with("file", letter),
        )?);
    }
    let deadline = compose::facts(request).deadline.date;
    steps.push(say(
        lang,
        "wizard-next-deadline",
        Args::new().with(
            "date",
            i18n::long_date(lang, deadline).map_err(render_error("a date"))?,
        ),
    )?);
    steps.push(say(
        lang,
        "wizard-next-reminder",
        Args::new().with(
            "command",
            format!("objection reminder --case {}", dir.display()),
        ),
    )?);
    listing::next_steps(lang, &steps)
}

/// Offers to save the details as a details file (`--details`) for next time, in a file that
/// does not exist yet. The documents are written by now, so stopping here loses nothing.
fn offer_details_file(lang: &str, dir: &Path) -> Result<()> {
    let path = first_free("objection-details", ".toml");
    let question = say(
        lang,
        "wizard-save-details",
        Args::new().with("file", path.display().to_string()),
    )?;
    match ask_yes_no(lang, &question) {
        Ok(true) => {}
        Ok(false) | Err(Error::Stopped { .. }) => return Ok(()),
        Err(err) => return Err(err),
    }
    let details = Case::open(dir)?.file.details;
    let text = toml::to_string(&details).map_err(|err| Error::Render {
        what: "the details file".into(),
        message: err.to_string(),
    })?;
    let text = format!(
        "# Details for objection: objection letter --details {}\n{text}",
        path.display()
    );
    output::write_atomically(&path, text.as_bytes(), false)?;
    eprintln!(
        "{}",
        say(
            lang,
            "wizard-saved",
            Args::new().with(
                "command",
                format!("objection letter --details {}", path.display())
            ),
        )?
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn locale(posix: &str, lang: &str) {
        assert_eq!(lang_from_locale(posix), lang, "{posix}");
    }

    #[test]
    fn the_system_locale_preselects_the_language() {
        locale("de_DE.UTF-8", "de");
        locale("fr_CA.UTF-8", "fr-CA");
        locale("fr_BE.UTF-8", "fr");
        locale("zh_HK.Big5", "zh-Hant-HK");
        locale("no_NO", "nb");
        locale("nb_NO.UTF-8", "nb");
        locale("pt_BR.UTF-8", "pt");
        locale("ga_IE@euro", "ga");
        locale("C.UTF-8", "en");
        locale("POSIX", "en");
        locale("", "en");
        locale("tlh_XX", "en");
    }

    #[test]
    fn the_preview_wraps_at_spaces() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("", 5), [""]);
        assert_eq!(wrap("abcdefgh ij", 5), ["abcdefgh", "ij"]);
    }

    #[test]
    fn the_system_locale_names_the_home_country() {
        assert_eq!(country_from_locale("de_AT.UTF-8").as_deref(), Some("AT"));
        assert_eq!(country_from_locale("C.UTF-8"), None);
    }

    #[test]
    fn the_town_is_the_last_address_line_without_postcodes() {
        let town =
            |lines: &[&str]| town_of(&lines.iter().map(|l| l.to_string()).collect::<Vec<_>>());
        assert_eq!(
            town(&["Lindenstraße 12", "10969 Berlin"]).as_deref(),
            Some("Berlin")
        );
        assert_eq!(
            town(&["3 place du Marché", "69002 Lyon"]).as_deref(),
            Some("Lyon")
        );
        assert_eq!(town(&["London SW1A 1AA"]).as_deref(), Some("London"));
        assert_eq!(town(&["12345"]), None);
    }

    #[test]
    fn every_country_is_offered_once_with_its_code() {
        let choices = countries("de").unwrap();
        let codes: std::collections::BTreeSet<&str> =
            choices.iter().map(|c| c.value.as_str()).collect();
        assert_eq!(codes.len(), choices.len(), "no country twice");
        let bavaria = choices.iter().find(|c| c.value == "DE-BY").unwrap();
        assert_eq!(bavaria.label, "Bayern · DE-BY");
        assert!(codes.contains("BR") && !codes.contains(OTHER));
        let position = |code: &str| choices.iter().position(|c| c.value == code).unwrap();
        // Österreich sorts among the O's, not after Zypern.
        assert!(position("AT") < position("PL"), "{}", position("AT"));
    }

    #[test]
    fn every_problem_has_a_message_in_every_language() {
        let problems = [
            Problem::Empty,
            Problem::TooLong {
                length: 201,
                limit: 200,
            },
            Problem::ControlCharacter {
                character: '\u{7}',
                newlines: false,
            },
            Problem::BidiControl {
                character: '\u{202E}',
            },
            Problem::NotEmail,
            Problem::NotUrl,
        ];
        for lang in i18n::available() {
            let texts: std::collections::BTreeSet<String> =
                problems.iter().map(|p| problem_text(lang, *p)).collect();
            assert_eq!(texts.len(), problems.len(), "{lang}: one text per problem");
            assert!(
                texts.iter().any(|t| t.contains("201") && t.contains("200")),
                "{lang}"
            );
            assert!(texts.iter().any(|t| t.contains("U+202E")), "{lang}");
        }
    }
}
