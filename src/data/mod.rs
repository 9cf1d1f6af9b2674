//! The embedded legal data: jurisdictions, laws, controllers and holiday calendars.
//!
//! Everything here is parsed from the TOML files beside this module (embedded at compile time)
//! and checked once on first use; the rest of the crate receives `&'static` references.

mod country_names;
mod holidays;
mod model;

pub use country_names::country_name;
pub use holidays::{HolidayCalendar, HolidayKind, HolidayRule, is_weekend};
pub use model::{
    Authority, AuthorityRoute, CitationRef, CitationStyle, Commencement, Confidence, Controller,
    DeadlineKind, DeadlineRule, Jurisdiction, Law, LawFamily, Provision,
};

use std::collections::BTreeMap;
use std::sync::LazyLock;

use include_dir::{Dir, include_dir};
use serde::Deserialize;

static JURISDICTION_FILES: Dir<'static> =
    include_dir!("$CARGO_MANIFEST_DIR/src/data/jurisdictions");
const LAWS_TOML: &str = include_str!("laws.toml");
const CONTROLLERS_TOML: &str = include_str!("controllers.toml");
const HOLIDAYS_TOML: &str = include_str!("holidays.toml");
const COUNTRIES_TOML: &str = include_str!("countries.toml");

/// The jurisdiction for countries without a file of their own.
pub const OTHER: &str = "OTHER";

/// All embedded legal data, cross-checked: every jurisdiction names a law, controller and
/// calendar that exist.
#[derive(Debug)]
pub struct Registry {
    /// Jurisdictions by upper-case code (`DE`, `DE-BY`, `GB`), sorted.
    pub jurisdictions: BTreeMap<String, Jurisdiction>,
    /// Laws by id (`gdpr`, `uk-gdpr`, `ch-fadp`).
    pub laws: BTreeMap<String, Law>,
    /// Controllers by id (`linkedin-ireland`, `linkedin-corporation`).
    pub controllers: BTreeMap<String, Controller>,
    /// Holiday calendars by id (`IE`, `GB-EAW`).
    pub calendars: BTreeMap<String, HolidayCalendar>,
    /// ISO 3166-1 alpha-2 codes and English names, to recognise other countries.
    pub countries: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountriesFile {
    #[allow(dead_code)]
    source: String,
    countries: BTreeMap<String, String>,
}

/// The registry, built on first use. The data is compiled in, so a failure here is a bug in a
/// data file; `tests/integration/data.rs` and the unit tests below catch it before release.
pub fn registry() -> &'static Registry {
    static REGISTRY: LazyLock<Registry> =
        LazyLock::new(|| Registry::load().unwrap_or_else(|err| panic!("embedded data: {err}")));
    &REGISTRY
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LawsFile {
    law: Vec<Law>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ControllersFile {
    controller: Vec<Controller>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidaysFile {
    calendar: Vec<HolidayCalendar>,
}

impl Registry {
    /// Parses and cross-checks every embedded data file.
    pub fn load() -> Result<Registry, String> {
        let laws: LawsFile = parse("laws.toml", LAWS_TOML)?;
        let controllers: ControllersFile = parse("controllers.toml", CONTROLLERS_TOML)?;
        let holidays: HolidaysFile = parse("holidays.toml", HOLIDAYS_TOML)?;
        let countries: CountriesFile = parse("countries.toml", COUNTRIES_TOML)?;

        let mut jurisdictions = BTreeMap::new();
        for file in JURISDICTION_FILES.files() {
            let name = file.path().display().to_string();
            let text = file
                .contents_utf8()
                .ok_or_else(|| format!("{name} is not UTF-8"))?;
            let jurisdiction: Jurisdiction = parse(&name, text)?;
            let expected_name = format!("{}.toml", jurisdiction.code.to_lowercase());
            if name != expected_name {
                return Err(format!("{name} holds code {}", jurisdiction.code));
            }
            jurisdictions.insert(jurisdiction.code.clone(), jurisdiction);
        }

        let registry = Registry {
            jurisdictions,
            laws: laws.law.into_iter().map(|l| (l.id.clone(), l)).collect(),
            controllers: controllers
                .controller
                .into_iter()
                .map(|c| (c.id.clone(), c))
                .collect(),
            calendars: holidays
                .calendar
                .into_iter()
                .map(|c| (c.id.clone(), c))
                .collect(),
            countries: countries.countries,
        };
        registry.check_references()?;
        Ok(registry)
    }

    fn check_references(&self) -> Result<(), String> {
        for j in self.jurisdictions.values() {
            for law in std::iter::once(&j.law).chain(&j.also_cites) {
                if !self.laws.contains_key(law) {
                    return Err(format!("{}: unknown law `{law}`", j.code));
                }
            }
            let controller = self
                .controllers
                .get(&j.controller)
                .ok_or_else(|| format!("{}: unknown controller `{}`", j.code, j.controller))?;
            for calendar in [
                Some(&controller.holiday_calendar),
                j.holiday_calendar.as_ref(),
            ]
            .into_iter()
            .flatten()
            {
                if !self.calendars.contains_key(calendar) {
                    return Err(format!("{}: unknown holiday calendar `{calendar}`", j.code));
                }
            }
            if self.laws[&j.law].deadline.is_none() {
                return Err(format!("{}: law `{}` has no deadline rule", j.code, j.law));
            }
        }
        for law in self.laws.values() {
            if let Some(provision) = law.deadline.as_ref().and_then(|d| d.provision.as_ref())
                && !law.provisions.contains_key(provision)
            {
                return Err(format!(
                    "{}: deadline cites unknown provision `{provision}`",
                    law.id
                ));
            }
        }
        Ok(())
    }

    /// The holiday calendar deadlines in `jurisdiction` are counted with.
    pub fn calendar_for(&self, jurisdiction: &Jurisdiction) -> &HolidayCalendar {
        let id = jurisdiction
            .holiday_calendar
            .as_deref()
            .unwrap_or_else(|| &self.controllers[&jurisdiction.controller].holiday_calendar);
        &self.calendars[id]
    }

    /// Resolves what the user typed as a country: a jurisdiction of its own, or any other
    /// ISO 3166-1 country, which gets the generic jurisdiction. Returns the jurisdiction and
    /// the country's code.
    pub fn resolve(&self, typed: &str) -> Option<(&Jurisdiction, String)> {
        let code = typed.trim().to_uppercase();
        if code == OTHER {
            return None;
        }
        if let Some(jurisdiction) = self.jurisdictions.get(&code) {
            return Some((jurisdiction, code));
        }
        if self.countries.contains_key(&code) {
            return Some((&self.jurisdictions[OTHER], code));
        }
        None
    }

    /// Looks a jurisdiction up by code, case-insensitively (`de-by` finds `DE-BY`).
    pub fn jurisdiction(&self, code: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.get(&code.trim().to_uppercase())
    }

    /// The law a jurisdiction's documents rest on.
    pub fn law(&self, id: &str) -> &Law {
        &self.laws[id]
    }

    /// The controller a jurisdiction's letters go to.
    pub fn controller(&self, id: &str) -> &Controller {
        &self.controllers[id]
    }

    /// A holiday calendar by id.
    pub fn calendar(&self, id: &str) -> &HolidayCalendar {
        &self.calendars[id]
    }

    /// Up to `limit` jurisdiction codes closest to what the user typed, by edit distance on
    /// the code and on the English name, for "did you mean" hints.
    pub fn closest_codes(&self, typed: &str, limit: usize) -> Vec<&str> {
        let typed_upper = typed.trim().to_uppercase();
        let typed_lower = typed.trim().to_lowercase();
        let mut scored: Vec<(usize, &str)> = self
            .jurisdictions
            .values()
            .filter(|j| j.code != OTHER)
            .map(|j| {
                let by_code = strsim::levenshtein(&typed_upper, &j.code);
                let by_name = strsim::levenshtein(&typed_lower, &j.name.to_lowercase());
                (by_code.min(by_name), j.code.as_str())
            })
            .collect();
        scored.sort();
        // Only the nearest matches, and only when they are near at all: a two-letter typo
        // is one edit from many codes, and listing codes two edits away would be noise.
        let best = scored.first().map_or(usize::MAX, |(d, _)| *d);
        scored
            .into_iter()
            .take_while(|(d, _)| *d == best && best <= 3)
            .take(limit)
            .map(|(_, code)| code)
            .collect()
    }
}

fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, String> {
    toml::from_str(text).map_err(|err| format!("{name}: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_loads_and_cross_references_resolve() {
        let registry = Registry::load().expect("embedded data");
        assert!(registry.jurisdictions.len() >= 48);
        assert_eq!(registry.countries.len(), 249);
    }

    #[test]
    fn other_countries_resolve_to_the_generic_jurisdiction() {
        let registry = registry();
        let (j, code) = registry.resolve("br").unwrap();
        assert_eq!((j.code.as_str(), code.as_str()), ("OTHER", "BR"));
        let (j, code) = registry.resolve("de-by").unwrap();
        assert_eq!((j.code.as_str(), code.as_str()), ("DE-BY", "DE-BY"));
        assert!(registry.resolve("XY").is_none());
        assert!(registry.resolve("other").is_none());
    }

    #[test]
    fn lookup_ignores_case_and_surrounding_space() {
        let registry = registry();
        assert_eq!(registry.jurisdiction(" de-by ").unwrap().code, "DE-BY");
        assert!(registry.jurisdiction("XX").is_none());
    }

    #[test]
    fn closest_codes_suggest_by_code_and_by_name() {
        let registry = registry();
        assert_eq!(registry.closest_codes("DX", 5), vec!["DE", "DK"]);
        assert!(registry.closest_codes("Atlantis", 5).is_empty());
        assert_eq!(registry.closest_codes("Germny", 1), vec!["DE"]);
        assert_eq!(registry.closest_codes("swizerland", 1), vec!["CH"]);
    }
}
