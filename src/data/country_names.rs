//! Country names in each letter language, for a country without a jurisdiction file of its own:
//! the generated files in `country-names/` (one per locale but English, whose names are
//! `countries.toml`), embedded, each parsed on first use.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::registry;

/// One `country-names/<lang>.toml`, written by `scripts/make-country-names.sh`. Only `names`
/// reaches letters; the other fields document the data and are checked by the tests.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NamesFile {
    /// The iso-codes catalogue and pycountry version the names come from.
    #[cfg_attr(not(test), allow(dead_code))]
    source: String,
    /// Codes named by the catalogue's translation of iso-codes' formal name, because it lacks
    /// the common name ("Korea, Republikken" rather than "Sydkorea").
    #[cfg_attr(not(test), allow(dead_code))]
    formal: Vec<String>,
    /// Codes the catalogue does not translate, named in English as in `countries.toml`.
    #[cfg_attr(not(test), allow(dead_code))]
    untranslated: Vec<String>,
    /// Name by ISO 3166-1 alpha-2 code, for every code of `countries.toml`.
    names: BTreeMap<String, String>,
}

/// Registers `country-names/<lang>.toml` for each locale code given, in this order.
macro_rules! country_names {
    ($($lang:literal),* $(,)?) => {
        &[$(($lang, include_str!(concat!("country-names/", $lang, ".toml")))),*]
    };
}

/// Locale code → file text, sorted by code (looked up by binary search; a test checks).
const FILES: &[(&str, &str)] = country_names![
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "es",
    "et",
    "fi",
    "fr",
    "fr-CA",
    "ga",
    "hr",
    "hu",
    "is",
    "it",
    "lt",
    "lv",
    "mt",
    "nb",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
    "zh-Hant-HK",
];

/// The parsed files, by the index of their entry in `FILES`: a run pays only for the
/// languages it writes in.
static PARSED: [OnceLock<NamesFile>; FILES.len()] = [const { OnceLock::new() }; FILES.len()];

/// The names file of exactly `lang`, parsed on first use. The files are compiled in, so a
/// parse failure is a bug in one; the tests below catch it before release.
fn names_file(lang: &str) -> Option<&'static NamesFile> {
    let index = FILES.binary_search_by(|(code, _)| (*code).cmp(lang)).ok()?;
    let (code, text) = FILES[index];
    Some(PARSED[index].get_or_init(|| {
        toml::from_str(text)
            .unwrap_or_else(|err| panic!("embedded data: country-names/{code}.toml: {err}"))
    }))
}

/// The name of the country with ISO 3166-1 alpha-2 `code` (upper case, as in `countries.toml`)
/// in locale `lang`: from the file of `lang`, else of its base language (`fr-CA` → `fr`),
/// else the English name of `countries.toml`.
///
/// # Panics
///
/// If `code` is not in `countries.toml`; [`Registry::resolve`](super::Registry::resolve)
/// gives only codes that are.
pub fn country_name(code: &str, lang: &str) -> &'static str {
    let base = lang.split('-').next().unwrap_or(lang);
    [lang, base]
        .into_iter()
        .filter_map(names_file)
        .find_map(|file| file.names.get(code))
        .or_else(|| registry().countries.get(code))
        .unwrap_or_else(|| panic!("`{code}` is not a code of countries.toml"))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use unicode_normalization::is_nfc;

    use super::*;
    use crate::i18n;

    /// Every file, parsed.
    fn files() -> impl Iterator<Item = (&'static str, &'static NamesFile)> {
        FILES
            .iter()
            .map(|(lang, _)| (*lang, names_file(lang).expect("registered")))
    }

    #[track_caller]
    fn case(code: &str, lang: &str, expected: &str) {
        assert_eq!(country_name(code, lang), expected, "{code} in {lang}");
    }

    #[test]
    fn names_follow_the_language_then_its_base_then_english() {
        case("BR", "fr", "Brésil");
        case("BR", "fr-CA", "Brésil");
        case("BR", "de-AT", "Brasilien");
        case("BR", "pt-BR", "Brasil");
        case("BR", "zh-Hant-HK", "巴西");
        case("BR", "en", "Brazil");
        case("BR", "xx", "Brazil");
        case("BO", "de", "Bolivien");
        case("TR", "da", "Türkiye");
    }

    #[test]
    fn every_locale_has_a_file_and_every_file_a_locale() {
        let registered: BTreeSet<&str> = FILES.iter().map(|(lang, _)| *lang).collect();
        let expected: BTreeSet<&str> = i18n::available()
            .into_iter()
            .filter(|lang| *lang != i18n::DEFAULT_LANG)
            .collect();
        assert_eq!(
            registered, expected,
            "every locale but English (countries.toml) has country-names/<lang>.toml"
        );
    }

    #[test]
    fn every_file_in_the_directory_is_registered_in_order() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/country-names");
        let on_disk: BTreeSet<String> = std::fs::read_dir(dir)
            .expect("country-names directory")
            .map(|entry| entry.expect("directory entry").file_name())
            .map(|name| name.into_string().expect("UTF-8 file name"))
            .collect();
        let registered: BTreeSet<String> = FILES
            .iter()
            .map(|(lang, _)| format!("{lang}.toml"))
            .collect();
        assert_eq!(on_disk, registered);
        assert!(
            FILES.windows(2).all(|pair| pair[0].0 < pair[1].0),
            "FILES is sorted"
        );
    }

    #[test]
    fn every_file_names_exactly_the_codes_of_countries_toml() {
        let codes: Vec<&String> = registry().countries.keys().collect();
        assert_eq!(codes.len(), 249);
        for (lang, file) in files() {
            assert_eq!(file.names.keys().collect::<Vec<_>>(), codes, "{lang}");
        }
    }

    #[test]
    fn names_are_not_empty_padded_or_controlled_and_are_nfc() {
        for (lang, file) in files() {
            for (code, name) in &file.names {
                assert!(!name.is_empty(), "{lang} {code}: empty");
                assert_eq!(name.trim(), name, "{lang} {code}: spaces around");
                assert!(
                    !name.chars().any(char::is_control),
                    "{lang} {code}: control character in {name:?}"
                );
                assert!(is_nfc(name), "{lang} {code}: {name:?} is not NFC");
            }
        }
    }

    #[test]
    fn untranslated_codes_are_named_in_english_and_listed_once() {
        let english = &registry().countries;
        for (lang, file) in files() {
            for code in &file.untranslated {
                assert_eq!(file.names.get(code), english.get(code), "{lang} {code}");
            }
            for list in [&file.untranslated, &file.formal] {
                assert!(
                    list.windows(2).all(|pair| pair[0] < pair[1]),
                    "{lang}: sorted"
                );
                assert!(list.iter().all(|code| english.contains_key(code)), "{lang}");
            }
            assert!(
                !file
                    .formal
                    .iter()
                    .any(|code| file.untranslated.contains(code)),
                "{lang}: a code is formal or untranslated, not both"
            );
        }
    }

    #[test]
    fn every_file_names_its_source() {
        for (lang, file) in files() {
            assert!(file.source.contains("iso-codes"), "{lang}: {}", file.source);
            assert!(file.source.contains("pycountry"), "{lang}: {}", file.source);
        }
    }
}
