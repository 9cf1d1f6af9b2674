//! Spelling of every generated form text, letter and complaint, checked with hunspell and
//! Debian's dictionaries (installed by `.ci/run`). Names, addresses and URLs are not
//! checked: the sender and recipient blocks and the signature are skipped, and so are
//! e-mail addresses, URLs, the names of authorities and controllers from the data files, and
//! the words of `tests/spelling/common.txt` and `tests/spelling/<lang>.txt`.
//!
//! The unknown-word rate must stay under 1% in every language with a dictionary; the test
//! prints a table of all languages.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::process::{Command, Stdio};

use objection::cli::DetailArgs;
use objection::compose::compose;
use objection::data::registry;
use objection::document::BlockKind;
use objection::i18n;
use objection::request::{self, DocumentKind, HistoryInput};

/// The Debian hunspell dictionary for each locale; `None` where Debian has none.
fn dictionary(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "bg" => "bg_BG",
        "cs" => "cs_CZ",
        "da" => "da_DK",
        "de" => "de_DE",
        "el" => "el_GR",
        "en" => "en_GB",
        "es" => "es_ES",
        "et" => "et_EE",
        "fr" => "fr_FR",
        "fr-CA" => "fr_CA",
        "ga" => "ga_IE",
        "hr" => "hr_HR",
        "hu" => "hu_HU",
        "is" => "is_IS",
        "it" => "it_IT",
        "lt" => "lt_LT",
        "lv" => "lv_LV",
        "nb" => "nb_NO",
        "nl" => "nl_NL",
        "pl" => "pl_PL",
        "pt" => "pt_PT",
        "ro" => "ro_RO",
        "sk" => "sk_SK",
        "sl" => "sl_SI",
        "sv" => "sv_SE",
        // Finnish and Maltese have no hunspell dictionary in Debian; Chinese has no words
        // separated by spaces to check.
        _ => return None,
    })
}

/// The words of the person's own details, which are names, not language.
const PERSON: &[&str] = &["Maria", "Muster", "Exampletown"];

/// The person in every checked document. Their name and address are in skipped blocks.
fn details(code: &str, lang: &str, member: bool) -> DetailArgs {
    DetailArgs {
        name: Some("Maria Muster".into()),
        email: Some("maria@example.org".into()),
        address: vec!["Example Street 1\n1000 Example Town".into()],
        place: Some("Exampletown".into()),
        country: Some(code.into()),
        lang: Some(lang.into()),
        non_member: !member,
        content_url: if member {
            Vec::new()
        } else {
            vec!["https://www.linkedin.com/posts/a-1".into()]
        },
        object_to: vec![
            "ai-training".into(),
            "ai-other".into(),
            "ads-profiling".into(),
            "affiliate-sharing".into(),
        ],
        date: Some("2026-11-23".into()),
        ..DetailArgs::default()
    }
}

/// The jurisdictions whose letters are written in `lang`: those that list it, else Ireland
/// (every GDPR text) and Canada (every non-GDPR text).
fn jurisdictions_for(lang: &str) -> Vec<String> {
    let registry = registry();
    let mut codes: Vec<String> = registry
        .jurisdictions
        .values()
        .filter(|j| j.languages.iter().any(|l| l == lang))
        .map(|j| j.code.clone())
        .collect();
    codes.sort();
    // Keep one German state: the others give the same words.
    codes.retain(|code| !code.starts_with("DE-") || code == "DE-BE");
    if codes.is_empty() {
        codes = vec!["IE".into(), "CA".into()];
    }
    codes
}

/// The checked words of every form text, letter and complaint in `lang`.
fn words_of_documents(lang: &str) -> Vec<String> {
    let mut words = Vec::new();
    for code in jurisdictions_for(lang) {
        for member in [true, false] {
            for kind in [
                DocumentKind::Form,
                DocumentKind::Letter,
                DocumentKind::Complaint,
            ] {
                let history = (kind == DocumentKind::Complaint).then(|| HistoryInput {
                    objection_date: Some("2026-10-01".into()),
                    ..HistoryInput::default()
                });
                let Ok(request) = request::build(kind, details(&code, lang, member), history, None)
                else {
                    // Complaints where no authority takes them are refused by design.
                    continue;
                };
                let document = compose(&request).unwrap();
                for block in &document.blocks {
                    if matches!(
                        block.kind,
                        BlockKind::Sender | BlockKind::Recipient | BlockKind::Signature
                    ) {
                        continue;
                    }
                    for line in &block.lines {
                        words.extend(checked_words(line));
                    }
                }
            }
        }
    }
    words
}

/// The words of a line, without URLs, e-mail addresses and surrounding punctuation.
fn checked_words(line: &str) -> Vec<String> {
    line.split_whitespace()
        .filter(|token| {
            !token.contains("://") && !token.contains('@') && !token.starts_with("www.")
        })
        .map(|token| {
            // A final full stop stays: hunspell knows abbreviations such as "stk." or "Abs."
            // with it, and accepts other words with or without it.
            token
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.')
                .to_owned()
        })
        // Citation points ("(f)"), section numbers ("164A") and code numbers are not words.
        .filter(|word| {
            word.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !word.chars().any(|c| c.is_ascii_digit())
        })
        .collect()
}

/// Words that are names, not language: authorities, controllers, laws' own names in data.
fn names_in_data() -> BTreeSet<String> {
    let registry = registry();
    let mut names = BTreeSet::new();
    let mut add = |text: &str| {
        for word in checked_words(text) {
            names.insert(word.trim_end_matches('.').to_owned());
            names.insert(word);
        }
    };
    for jurisdiction in registry.jurisdictions.values() {
        if let Some(authority) = &jurisdiction.authority {
            add(&authority.name);
            add(&authority.name_en);
            authority.names.values().for_each(|name| add(name));
            authority.address.iter().for_each(|line| add(line));
        }
    }
    for controller in registry.controllers.values() {
        add(&controller.name);
        controller.address.iter().for_each(|line| add(line));
    }
    names
}

fn allow_list(lang: &str) -> BTreeSet<String> {
    let read = |name: &str| -> Vec<String> {
        let path = format!("{}/tests/spelling/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("{path}: {err}"))
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .map(|line| line.trim().to_owned())
            .collect()
    };
    read("common").into_iter().chain(read(lang)).collect()
}

/// The words hunspell does not know, with the dictionary `dictionary`.
fn unknown_words(dictionary: &str, words: &[String]) -> Vec<String> {
    let mut child = Command::new("hunspell")
        .args(["-d", dictionary, "-l", "-i", "UTF-8"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("hunspell is installed (.ci/run installs it with Debian's dictionaries)");
    let mut input = child.stdin.take().unwrap();
    let text = words.join("\n");
    let writer = std::thread::spawn(move || input.write_all(text.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_language_with_a_dictionary_has_under_one_percent_unknown_words() {
    let names = names_in_data();
    let mut table = String::from(
        "| lang | dictionary | words | unknown | rate | most frequent unknown words |\n|---|---|---|---|---|---|\n",
    );
    let mut failures = Vec::new();
    for lang in i18n::available() {
        let Some(dictionary) = dictionary(lang) else {
            table.push_str(&format!("| {lang} | none in Debian | | | | |\n"));
            continue;
        };
        let allowed = allow_list(lang);
        let words = words_of_documents(lang);
        // hunspell splits some tokens (at apostrophes, hyphens); the lists apply to the
        // words it reports.
        let unknown: Vec<String> = unknown_words(dictionary, &words)
            .into_iter()
            .filter(|word| {
                let bare = word.trim_end_matches('.');
                ![word.as_str(), bare]
                    .iter()
                    .any(|w| names.contains(*w) || allowed.contains(*w) || PERSON.contains(w))
            })
            .collect();
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for word in &unknown {
            *counts.entry(word).or_default() += 1;
        }
        let mut frequent: Vec<(&str, usize)> = counts.into_iter().collect();
        frequent.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let top: Vec<String> = frequent
            .iter()
            .take(if std::env::var_os("SPELLING_ALL").is_some() {
                usize::MAX
            } else {
                6
            })
            .map(|(word, n)| format!("{word} ({n})"))
            .collect();
        let rate = unknown.len() as f64 * 100.0 / words.len().max(1) as f64;
        table.push_str(&format!(
            "| {lang} | {dictionary} | {} | {} | {rate:.2}% | {} |\n",
            words.len(),
            unknown.len(),
            top.join(", ")
        ));
        assert!(
            words.len() > 1000,
            "{lang}: only {} words checked",
            words.len()
        );
        if rate >= 1.0 {
            failures.push(format!("{lang}: {rate:.2}% unknown"));
        }
    }
    println!("{table}");
    assert!(failures.is_empty(), "{failures:?}\n{table}");
}

#[test]
fn the_checker_finds_a_misspelling() {
    let unknown = unknown_words("en_GB", &["objection".into(), "objectoin".into()]);
    assert_eq!(unknown, ["objectoin"]);
}
