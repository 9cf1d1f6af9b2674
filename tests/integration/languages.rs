//! One letter per language, as a snapshot: the letter a member writes in each language's
//! main jurisdiction (Ireland for Irish, the generic jurisdiction for none), so a reviewer
//! who reads that language can check the whole text in one file.

use objection::cli::DetailArgs;
use objection::compose::compose;
use objection::data::registry;
use objection::i18n;
use objection::render::text::to_text;
use objection::request::{self, DocumentKind};

/// The jurisdiction whose letters default to `lang`, or the first that lists it.
fn home_of(lang: &str) -> String {
    let registry = registry();
    let jurisdictions = registry.jurisdictions.values();
    jurisdictions
        .clone()
        .find(|j| i18n::default_lang_for(&j.languages) == lang && !j.code.starts_with("DE-"))
        .or_else(|| {
            jurisdictions
                .clone()
                .find(|j| j.languages.iter().any(|l| l == lang))
        })
        .map(|j| j.code.clone())
        .unwrap_or_else(|| "OTHER".into())
}

#[test]
fn one_letter_per_language() {
    for lang in i18n::available() {
        let code = home_of(lang);
        let args = DetailArgs {
            name: Some("Maria Muster".into()),
            email: Some("maria@example.org".into()),
            address: vec!["Example Street 1\n1000 Example Town".into()],
            place: Some("Example Town".into()),
            country: Some(code.clone()),
            lang: Some(lang.into()),
            profile_url: Some("https://www.linkedin.com/in/maria-muster".into()),
            object_to: vec!["ai-training".into(), "ads-profiling".into()],
            reason: Some("Reason given by the person, in their own words.".into()),
            date: Some("2026-11-23".into()),
            ..DetailArgs::default()
        };
        let request = request::build(DocumentKind::Letter, args, None, None)
            .unwrap_or_else(|err| panic!("{lang} {code}: {err}"));
        let letter = to_text(&compose(&request).unwrap());
        insta::assert_snapshot!(format!("letter_{lang}_{code}"), letter);
    }
}
