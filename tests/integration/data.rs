//! The embedded data checked as data: every jurisdiction loads and has sources, every locale
//! has every message and placeholder, and every document renders for every jurisdiction in
//! every language.

use std::collections::{BTreeMap, BTreeSet};

use objection::cli::DetailArgs;
use objection::compose::compose;
use objection::data::{Confidence, Registry};
use objection::i18n;
use objection::render::text::to_text;
use objection::request::{self, DocumentKind, HistoryInput, SentReminder};

fn registry() -> Registry {
    Registry::load().expect("embedded data loads")
}

#[test]
fn every_jurisdiction_file_loads_and_cross_references_resolve() {
    let registry = registry();
    assert_eq!(
        registry.jurisdictions.len(),
        55,
        "27 EU + IS, LI, NO + GB + CH + 16 German states + CA, CA-QC, HK, US-CA, US, IN, OTHER"
    );
    for code in [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
        "GB", "CH", "CA", "CA-QC", "HK", "US-CA", "US", "IN", "OTHER",
    ] {
        assert!(registry.jurisdictions.contains_key(code), "{code} missing");
    }
    let european = |code: &str| {
        !matches!(
            code,
            "CA" | "CA-QC" | "HK" | "US-CA" | "US" | "IN" | "OTHER"
        )
    };
    for j in registry.jurisdictions.values() {
        assert!(!j.languages.is_empty(), "{}: no languages", j.code);
        if let Some(authority) = &j.authority {
            // An empty address is allowed only where the data says it is not verified.
            assert!(
                !authority.address.is_empty()
                    || authority
                        .note
                        .as_deref()
                        .is_some_and(|n| n.contains("not verified")),
                "{}: authority without address or explanation",
                j.code
            );
        } else {
            assert!(
                !european(&j.code),
                "{}: European jurisdictions have an authority",
                j.code
            );
        }
        let expected_controller = if j.code == "GB" || !european(&j.code) {
            "linkedin-corporation"
        } else {
            "linkedin-ireland"
        };
        assert_eq!(j.controller, expected_controller, "{}", j.code);
        if european(&j.code) {
            let expected_law = if j.code == "GB" { "uk-gdpr" } else { "gdpr" };
            assert_eq!(j.law, expected_law, "{}", j.code);
        } else {
            assert_ne!(
                registry.laws[&j.law].family,
                objection::data::LawFamily::Gdpr,
                "{}",
                j.code
            );
        }
    }
}

#[test]
fn every_fact_has_a_source() {
    let registry = registry();
    let has_source = |what: &str, source: &str| {
        assert!(
            source.trim().len() > 10,
            "{what} has no usable source: {source:?}"
        );
    };
    for j in registry.jurisdictions.values() {
        if let Some(authority) = &j.authority {
            has_source(&format!("authority of {}", j.code), &authority.source);
            if let Some(url) = &authority.website {
                assert!(url.starts_with("http"), "{}: website {url}", j.code);
            }
        }
    }
    for law in registry.laws.values() {
        if let Some(commencement) = &law.commencement {
            has_source(&format!("{} commencement", law.id), &commencement.source);
        }
    }
    for controller in registry.controllers.values() {
        has_source(&controller.id, &controller.source);
    }
    for law in registry.laws.values() {
        has_source(&law.id, &law.source);
        if let Some(deadline) = &law.deadline {
            has_source(&format!("{} deadline", law.id), &deadline.source);
        }
        for (role, provision) in &law.provisions {
            has_source(&format!("{} {role}", law.id), &provision.source);
            assert!(!provision.refs.is_empty(), "{} {role}: no article", law.id);
        }
    }
    for calendar in registry.calendars.values() {
        has_source(&calendar.id, &calendar.source);
    }
}

#[test]
fn no_unverified_provision_is_cited_as_certain() {
    for law in registry().laws.values() {
        for (role, provision) in &law.provisions {
            assert_ne!(
                provision.confidence,
                Confidence::Unverified,
                "{} {role} is unverified but cited in letters",
                law.id
            );
        }
    }
}

#[test]
fn the_irish_dpc_and_the_controllers_match_the_research_notes() {
    let registry = registry();
    let ie = registry.jurisdictions["IE"].authority.as_ref().unwrap();
    assert_eq!(
        ie.address,
        [
            "21 Fitzwilliam Square South",
            "Dublin 2",
            "D02 RD28",
            "Ireland"
        ]
    );
    let ireland = &registry.controllers["linkedin-ireland"];
    assert_eq!(ireland.name, "LinkedIn Ireland Unlimited Company");
    assert_eq!(
        ireland.address,
        ["Wilton Plaza", "Wilton Place", "Dublin 2", "Ireland"]
    );
    let corporation = &registry.controllers["linkedin-corporation"];
    assert_eq!(
        corporation.address,
        ["1000 W Maude Avenue", "Sunnyvale, CA 94085", "USA"]
    );
    assert!(
        registry.jurisdictions["CH"]
            .also_cites
            .contains(&"ch-fadp".to_owned())
    );
}

/// Message ids and the `$variables` each uses, read from the `.ftl` source.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = format!("{}/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(path).unwrap();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_entry {
            let id = line.split('=').next().unwrap().trim().to_owned();
            out.entry(id.clone()).or_default();
            current = Some(id);
        } else if line.starts_with('#') || line.trim().is_empty() {
            if !line.starts_with(' ') {
                current = None;
            }
            continue;
        }
        if let Some(id) = &current {
            let variables = out.get_mut(id).unwrap();
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                variables.insert(name);
            }
        }
    }
    out
}

#[test]
fn every_locale_has_every_message_and_placeholder() {
    let english = messages("en");
    assert_eq!(
        i18n::message_ids("en").unwrap().len(),
        english.len(),
        "the test's reader and Fluent agree on the message count"
    );
    for lang in i18n::available() {
        let translated = messages(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        let extra: Vec<_> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English does not: {extra:?}"
        );
        for (id, variables) in &english {
            let theirs = &translated[id];
            let lost: Vec<_> = variables.difference(theirs).collect();
            assert!(lost.is_empty(), "{lang}: message `{id}` drops {lost:?}");
        }
    }
}

#[test]
fn every_jurisdiction_has_a_name_in_every_locale() {
    let registry = registry();
    for lang in i18n::available() {
        for code in registry.jurisdictions.keys() {
            i18n::text(lang, &format!("jurisdiction-{code}")).unwrap_or_else(|err| panic!("{err}"));
        }
    }
}

fn details(code: &str, lang: &str, member: bool) -> DetailArgs {
    DetailArgs {
        name: Some("Zofia Żółkiewska-Ελληνικά".into()),
        email: Some("zofia@example.org".into()),
        address: vec!["ul. Długa 1\n00-001 Warszawa".into()],
        place: Some("Warszawa".into()),
        country: Some(code.into()),
        lang: Some(lang.into()),
        non_member: !member,
        content_url: if member {
            Vec::new()
        } else {
            vec![
                "https://www.linkedin.com/posts/a-1".into(),
                "https://www.linkedin.com/posts/b-2".into(),
            ]
        },
        profile_url: member.then(|| "https://www.linkedin.com/in/zofia".into()),
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

#[test]
fn every_document_renders_for_every_jurisdiction_in_every_language() {
    let registry = registry();
    let mut rendered = 0;
    let without_authority = registry
        .jurisdictions
        .values()
        .filter(|j| j.authority.is_none())
        .count();
    let expected_renders =
        i18n::available().len() * 2 * (registry.jurisdictions.len() * 4 - without_authority);
    for code in registry.jurisdictions.keys() {
        for lang in i18n::available() {
            for member in [true, false] {
                for kind in [
                    DocumentKind::Form,
                    DocumentKind::Letter,
                    DocumentKind::Reminder,
                    DocumentKind::Complaint,
                ] {
                    let follow_up =
                        matches!(kind, DocumentKind::Complaint | DocumentKind::Reminder);
                    let complaint = follow_up.then(|| HistoryInput {
                        objection_date: Some("2026-10-01".into()),
                        reminder: (kind == DocumentKind::Complaint).then(|| SentReminder {
                            date: "2026-11-05".parse().unwrap(),
                            deadline: "2026-11-19".parse().unwrap(),
                        }),
                        outcome: None,
                    });
                    // The generic jurisdiction serves any other ISO country, such as Brazil.
                    let country = if code == "OTHER" { "BR" } else { code.as_str() };
                    let built =
                        request::build(kind, details(country, lang, member), complaint, None);
                    if kind == DocumentKind::Complaint
                        && registry.jurisdictions[code].authority.is_none()
                    {
                        assert!(
                            built.is_err(),
                            "{code}: a complaint without an authority is refused"
                        );
                        continue;
                    }
                    let request = built.unwrap_or_else(|err| panic!("{code}/{lang}: {err}"));
                    let document = compose(&request)
                        .unwrap_or_else(|err| panic!("{code}/{lang}/{kind:?}: {err}"));
                    let text = to_text(&document);
                    assert!(
                        text.contains("Zofia Żółkiewska-Ελληνικά"),
                        "{code}/{lang}/{kind:?}"
                    );
                    assert!(
                        !text.contains('\u{1e}') && !text.contains('\u{1f}'),
                        "marker leaked"
                    );
                    assert!(
                        !text.contains("{ $") && !text.contains("{{"),
                        "unfilled placeholder in {code}/{lang}/{kind:?}:\n{text}"
                    );
                    if kind == DocumentKind::Form {
                        let length = text.chars().count();
                        assert!(
                            length <= objection::FORM_TEXT_LIMIT,
                            "{code}/{lang}: form text is {length} characters"
                        );
                    }
                    rendered += 1;
                }
            }
        }
    }
    assert_eq!(rendered, expected_renders);
}

/// Each message's source text (after `=`, with its continuation lines) and whether the
/// line above it says `# Same as English`.
fn message_sources(lang: &str) -> BTreeMap<String, (String, bool)> {
    let path = format!("{}/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(path).unwrap();
    let mut out: BTreeMap<String, (String, bool)> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut previous_line = "";
    for line in source.lines() {
        if line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            let (id, value) = line.split_once('=').unwrap();
            let marked = previous_line.starts_with("# Same as English");
            out.insert(id.trim().to_owned(), (value.trim().to_owned(), marked));
            current = Some(id.trim().to_owned());
        } else if line.starts_with(' ') && !line.trim().is_empty() {
            if let Some(id) = &current {
                let entry = out.get_mut(id).unwrap();
                entry.0.push('\n');
                entry.0.push_str(line.trim());
            }
        } else {
            current = None;
        }
        previous_line = line;
    }
    out
}

/// Whether a pattern has letters of its own, beyond `{ $placeables }` and selector syntax
/// (a pattern such as `{ $refs } { $law }` is the same in every language; the variants of a
/// selector are text and count).
fn has_words_outside_placeables(text: &str) -> bool {
    let mut rest = text.to_owned();
    // Drop simple placeables: `{ $name }`, `{ $name }` inside variants too.
    while let Some(start) = rest.find("{ $") {
        let Some(length) = rest[start..].find('}') else {
            break;
        };
        let inner = &rest[start..start + length];
        if inner.contains("->") || inner[1..].contains('{') {
            // A selector: drop only its head `{ $name ->`.
            let head_end = start + inner.find("->").map_or(1, |at| at + 2);
            rest.replace_range(start..head_end, " ");
        } else {
            rest.replace_range(start..=start + length, " ");
        }
    }
    rest.split_whitespace()
        .filter(|word| !(word.starts_with('[') || word.starts_with("*[")))
        .any(|word| word.chars().any(char::is_alphabetic))
}

#[test]
fn no_message_is_left_in_english() {
    let english = message_sources("en");
    for lang in i18n::available() {
        if lang == "en" {
            continue;
        }
        let translated = message_sources(lang);
        let unmarked: Vec<&String> = translated
            .iter()
            .filter(|(id, (text, marked))| {
                english[*id].0 == *text && !marked && has_words_outside_placeables(text)
            })
            .map(|(id, _)| id)
            .collect();
        assert!(
            unmarked.is_empty(),
            "{lang}: these messages are the English text; translate them, or mark a name \
             that stays as it is with `# Same as English: <why>` above it: {unmarked:?}"
        );
    }
}

#[test]
fn every_locale_has_a_native_name_and_a_header() {
    for lang in i18n::available() {
        let name = i18n::native_name(lang).unwrap();
        assert!(!name.is_empty());
        if lang != "en" {
            assert_ne!(name, "English", "{lang}");
        }
        let path = format!("{}/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(path).unwrap();
        assert!(
            source.starts_with('#'),
            "{lang}: the file opens with a header comment on its conventions and sources"
        );
    }
}
