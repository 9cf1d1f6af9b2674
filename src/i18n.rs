//! Localized text: the Fluent catalogues in `locales/`, embedded, and the formatting of dates
//! and legal citations in each language.
//!
//! Each locale is one `.ftl` file. A missing message is an error naming the key and locale,
//! never a silent fall-back to English: a letter must be in one language.

use std::collections::BTreeMap;
use std::sync::{LazyLock, OnceLock};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};

use crate::data::{CitationRef, CitationStyle, Law, Provision, registry};

static LOCALE_FILES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The language every other locale is checked against.
pub const DEFAULT_LANG: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// One locale's source and its bundle, parsed on first use so that a run pays only for the
/// language it writes in. The source stays bytes until then: checking all 28 files as UTF-8
/// up front was a tenth of a one-letter run.
type LazyLocale = (&'static [u8], OnceLock<Result<Bundle, String>>);

struct Catalog {
    /// Locale code → its lazily parsed catalogue.
    locales: BTreeMap<&'static str, LazyLocale>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog {
    locales: locale_sources()
        .into_iter()
        .map(|(code, source)| (code, (source, OnceLock::new())))
        .collect(),
});

/// The embedded `.ftl` files as (code, source) pairs.
#[cfg(not(debug_assertions))]
fn locale_sources() -> Vec<(&'static str, &'static [u8])> {
    embedded_locale_sources()
}

/// The embedded `.ftl` files, or in debug builds the files of the directory named by
/// `OBJECTION_DEV_LOCALES`: translators can then preview their locale with one prebuilt
/// binary instead of recompiling after every edit. Release builds never read it.
#[cfg(debug_assertions)]
fn locale_sources() -> Vec<(&'static str, &'static [u8])> {
    let Some(dir) = std::env::var_os("OBJECTION_DEV_LOCALES") else {
        return embedded_locale_sources();
    };
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("OBJECTION_DEV_LOCALES={}: {err}", dir.to_string_lossy()));
    entries
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let code = path.file_name()?.to_str()?.strip_suffix(".ftl")?.to_owned();
            let source = std::fs::read(&path).ok()?;
            Some((&*code.leak(), &*source.leak()))
        })
        .collect()
}

fn embedded_locale_sources() -> Vec<(&'static str, &'static [u8])> {
    LOCALE_FILES
        .files()
        .filter_map(|file| {
            let code = file.path().to_str()?.strip_suffix(".ftl")?;
            Some((code, file.contents()))
        })
        .collect()
}

/// A locale's parsed source, as Fluent resource.
fn resource(lang: &str, source: &[u8]) -> Result<FluentResource, String> {
    let text = std::str::from_utf8(source)
        .map_err(|err| format!("locales/{lang}.ftl is not UTF-8: {err}"))?;
    FluentResource::try_new(text.to_owned())
        .map_err(|(_, errors)| format!("locales/{lang}.ftl does not parse: {errors:?}"))
}

/// The codes of all embedded locales, sorted.
pub fn available() -> Vec<&'static str> {
    CATALOG.locales.keys().copied().collect()
}

/// The embedded locale whose code equals `code` ignoring case, if any.
pub fn find(code: &str) -> Option<&'static str> {
    CATALOG
        .locales
        .keys()
        .copied()
        .find(|known| known.eq_ignore_ascii_case(code.trim()))
}

fn bundle(lang: &str) -> Result<&'static Bundle, String> {
    let (source, cell) = CATALOG
        .locales
        .get(lang)
        .ok_or_else(|| format!("no locale `{lang}`"))?;
    cell.get_or_init(|| build_bundle(lang, source))
        .as_ref()
        .map_err(Clone::clone)
}

fn build_bundle(lang: &str, source: &[u8]) -> Result<Bundle, String> {
    let resource = resource(lang, source)?;
    let langid = lang
        .parse()
        .map_err(|err| format!("locales/{lang}.ftl: bad language tag: {err}"))?;
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // Fluent wraps placeables in U+2068/U+2069 by default; in a letter they are invisible
    // junk that breaks copying and searching.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("locales/{lang}.ftl: {errors:?}"))?;
    Ok(bundle)
}

/// The message ids a locale defines, for the parity tests.
pub fn message_ids(lang: &str) -> Result<Vec<String>, String> {
    let (source, _) = CATALOG
        .locales
        .get(lang)
        .ok_or_else(|| format!("no locale `{lang}`"))?;
    Ok(resource(lang, source)?
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect())
}

/// Arguments for a message, built with [`Args::with`].
#[derive(Default)]
pub struct Args<'a>(FluentArgs<'a>);

impl<'a> Args<'a> {
    /// No arguments.
    pub fn new() -> Self {
        Args(FluentArgs::new())
    }

    /// Adds one argument.
    pub fn with(mut self, name: &'a str, value: impl Into<FluentValue<'a>>) -> Self {
        self.0.set(name, value);
        self
    }

    /// Adds one argument in place.
    pub fn set(&mut self, name: impl Into<std::borrow::Cow<'a, str>>, value: FluentValue<'a>) {
        self.0.set(name, value);
    }
}

/// Formats message `key` of locale `lang`.
///
/// A message written over several lines in the `.ftl` file is one paragraph: its line breaks
/// are folded into spaces, so translators can wrap long sentences freely.
pub fn message(lang: &str, key: &str, args: &Args) -> Result<String, String> {
    let bundle = bundle(lang)?;
    let pattern = bundle
        .get_message(key)
        .and_then(|message| message.value())
        .ok_or_else(|| format!("message `{key}` is missing from locale `{lang}`"))?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args.0), &mut errors);
    if let Some(error) = errors.first() {
        return Err(format!("message `{key}` in locale `{lang}`: {error}"));
    }
    Ok(fold_lines(&text))
}

/// Shorthand for a message without arguments.
pub fn text(lang: &str, key: &str) -> Result<String, String> {
    message(lang, key, &Args::new())
}

fn fold_lines(text: &str) -> String {
    if text.contains('\n') {
        text.split('\n')
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        text.to_owned()
    }
}

/// A date written out the way `lang` writes dates in letters ("23. November 2026",
/// "1er décembre 2026", "23 November 2026").
pub fn long_date(lang: &str, date: NaiveDate) -> Result<String, String> {
    let month = text(lang, &format!("month-{}", date.month()))?;
    message(
        lang,
        "date-long",
        &Args::new()
            .with("day", date.day())
            .with("month", month)
            .with("year", date.year().to_string()),
    )
}

/// A provision of `law` cited the way `lang` cites that law's family
/// ("Art. 18 Abs. 1 lit. d DSGVO", "l'article 18, paragraphe 1, point d), du RGPD").
pub fn cite(lang: &str, law: &Law, provision: &Provision) -> Result<String, String> {
    let style = match law.style {
        CitationStyle::Eu => "eu",
        CitationStyle::Ch => "ch",
        CitationStyle::Common => "common",
        CitationStyle::Us => "us",
    };
    let mut refs = Vec::with_capacity(provision.refs.len());
    for citation in &provision.refs {
        refs.push(cite_ref(lang, style, citation)?);
    }
    let joined = refs
        .into_iter()
        .reduce(|first, second| {
            message(
                lang,
                &format!("cite-{style}-and"),
                &Args::new().with("first", first).with("second", second),
            )
            .unwrap_or_default()
        })
        .unwrap_or_default();
    let law_id = provision.law.as_deref().unwrap_or(&law.id);
    let abbreviation = text(lang, &format!("law-{law_id}"))?;
    message(
        lang,
        &format!("cite-{style}-law"),
        &Args::new().with("refs", joined).with("law", abbreviation),
    )
}

fn cite_ref(lang: &str, style: &str, citation: &CitationRef) -> Result<String, String> {
    let units = [
        ("article", &citation.article),
        ("section", &citation.section),
        ("principle", &citation.principle),
        ("dpp", &citation.dpp),
    ];
    let mut given = units
        .iter()
        .filter_map(|(unit, number)| number.as_ref().map(|n| (*unit, n)));
    let (unit, number) = match (given.next(), given.next()) {
        (Some(one), None) => one,
        _ => {
            return Err(
                "a citation needs exactly one of `article`, `section`, `principle`, `dpp`".into(),
            );
        }
    };
    let mut args = Args::new().with("number", number.as_str());
    let shape = match (citation.paragraphs.as_slice(), &citation.point) {
        ([], None) => "",
        ([paragraph], None) => {
            args = args.with("paragraph", paragraph.as_str());
            "-paragraph"
        }
        ([first, second], None) => {
            args = args
                .with("paragraph", first.as_str())
                .with("second", second.as_str());
            "-paragraphs"
        }
        ([paragraph], Some(point)) => {
            args = args
                .with("paragraph", paragraph.as_str())
                .with("point", point.as_str());
            "-paragraph-point"
        }
        _ => return Err(format!("unsupported citation shape in {number}")),
    };
    message(lang, &format!("cite-{style}-{unit}{shape}"), &args)
}

/// The native name of a language, from its own locale (`lang-name`).
pub fn native_name(lang: &str) -> Result<String, String> {
    text(lang, "lang-name")
}

/// The default letter language for a jurisdiction: its first official language that has a
/// locale, else English.
pub fn default_lang_for(languages: &[String]) -> &'static str {
    languages
        .iter()
        .find_map(|code| find(code))
        .unwrap_or(DEFAULT_LANG)
}

/// Every citation formatted in every locale, to prove in tests that the patterns cover every
/// provision shape in the data.
pub fn all_citations(lang: &str) -> Result<Vec<String>, String> {
    let registry = registry();
    let mut out = Vec::new();
    for law in registry.laws.values() {
        for provision in law.provisions.values() {
            out.push(cite(lang, law, provision)?);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn provision(law: &str, key: &str) -> (&'static Law, &'static Provision) {
        let law = registry().law(law);
        (law, &law.provisions[key])
    }

    #[track_caller]
    fn cites(lang: &str, law: &str, key: &str, expected: &str) {
        let (law, provision) = provision(law, key);
        assert_eq!(cite(lang, law, provision).unwrap(), expected);
    }

    #[test]
    fn citations_follow_each_languages_style() {
        cites("en", "gdpr", "objection", "Article 21(1) GDPR");
        cites("de", "gdpr", "objection", "Art. 21 Abs. 1 DSGVO");
        cites(
            "fr",
            "gdpr",
            "objection",
            "l’article 21, paragraphe 1, du RGPD",
        );
        cites("en", "gdpr", "restriction", "Article 18(1)(d) GDPR");
        cites("de", "gdpr", "restriction", "Art. 18 Abs. 1 lit. d DSGVO");
        cites(
            "fr",
            "gdpr",
            "restriction",
            "l’article 18, paragraphe 1, point d), du RGPD",
        );
        cites(
            "en",
            "gdpr",
            "direct_marketing",
            "Article 21(2) and (3) GDPR",
        );
        cites(
            "de",
            "gdpr",
            "direct_marketing",
            "Art. 21 Abs. 2 und 3 DSGVO",
        );
        cites(
            "fr",
            "gdpr",
            "direct_marketing",
            "l’article 21, paragraphes 2 et 3, du RGPD",
        );
        cites("en", "gdpr", "notify_recipients", "Article 19 GDPR");
        cites("fr", "gdpr", "notify_recipients", "l’article 19 du RGPD");
        cites(
            "en",
            "gdpr",
            "one_stop_shop",
            "Article 56 and Article 60 GDPR",
        );
        cites("de", "gdpr", "one_stop_shop", "Art. 56 und Art. 60 DSGVO");
        cites(
            "en",
            "uk-gdpr",
            "response_deadline",
            "Article 12(3) and Article 12A UK GDPR",
        );
        cites(
            "fr",
            "uk-gdpr",
            "response_deadline",
            "l’article 12, paragraphe 3, et l’article 12A du UK GDPR",
        );
        cites(
            "en",
            "uk-gdpr",
            "complaint_to_controller",
            "section 164A DPA 2018",
        );
        cites(
            "de",
            "ch-fadp",
            "personality_violation",
            "Art. 30 Abs. 2 lit. b DSG",
        );
        cites(
            "fr",
            "ch-fadp",
            "personality_violation",
            "l’art. 30, al. 2, let. b, LPD",
        );
        cites(
            "en",
            "ch-fadp",
            "personality_violation",
            "Article 30(2)(b) FADP",
        );
    }

    #[test]
    fn every_provision_can_be_cited_in_every_locale() {
        for lang in available() {
            all_citations(lang).unwrap_or_else(|err| panic!("{lang}: {err}"));
        }
    }

    #[test]
    fn long_dates_read_as_each_language_writes_them() {
        assert_eq!(
            long_date("de", date("2026-12-23")).unwrap(),
            "23. Dezember 2026"
        );
        assert_eq!(
            long_date("fr", date("2026-12-23")).unwrap(),
            "23 décembre 2026"
        );
        assert_eq!(
            long_date("fr", date("2026-12-01")).unwrap(),
            "1er décembre 2026"
        );
        assert_eq!(
            long_date("en", date("2026-12-23")).unwrap(),
            "23 December 2026"
        );
        assert_eq!(long_date("de", date("2027-03-01")).unwrap(), "1. März 2027");
    }

    #[test]
    fn missing_messages_are_errors_that_name_key_and_locale() {
        let err = text("de", "no-such-message").unwrap_err();
        assert!(
            err.contains("no-such-message") && err.contains("`de`"),
            "{err}"
        );
    }

    #[test]
    fn default_language_is_the_first_official_one_with_a_locale() {
        let langs = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(default_lang_for(&langs(&["de"])), "de");
        assert_eq!(default_lang_for(&langs(&["zz", "fr", "de"])), "fr");
        assert_eq!(default_lang_for(&langs(&["zz"])), "en");
    }
}
