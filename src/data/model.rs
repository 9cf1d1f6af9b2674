//! The typed shape of the data files: what a jurisdiction, law, controller and authority hold.
//!
//! Every struct denies unknown fields so that a typo in a data file is an error, not a silently
//! ignored fact. Each record carries the `source` it was taken from and a `confidence`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How far a fact has been checked. Mirrors the `[V]`/`[S]`/`[U]` tags of the research notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Read in a primary source.
    Verified,
    /// From secondary sources only.
    Secondary,
    /// Not confirmed: never to be presented as certain.
    Unverified,
}

/// One place a person can object from: a country, or a German state.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// ISO 3166-1 alpha-2 code, or ISO 3166-2 for a subdivision (`DE-BY`).
    pub code: String,
    /// English name, used in listings.
    pub name: String,
    /// Official languages, most used first; the default letter language is the first one
    /// that has a locale.
    pub languages: Vec<String>,
    /// Id of the law the objection rests on (in `laws.toml`).
    pub law: String,
    /// Further laws the letter cites (Switzerland cites the FADP beside the GDPR).
    #[serde(default)]
    pub also_cites: Vec<String>,
    /// Id of the controller that receives the letter (in `controllers.toml`).
    pub controller: String,
    /// Id of the holiday calendar for deadlines, where it differs from the controller's.
    pub holiday_calendar: Option<String>,
    /// A remark printed with the jurisdiction (for example where a state law may apply).
    pub note: Option<String>,
    /// The data protection authority a complaint goes to; none where no authority takes
    /// complaints about this processing.
    pub authority: Option<Authority>,
}

/// Whether the authority takes complaints with party status or only reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthorityRoute {
    /// A complaint (GDPR Art. 77 and equivalents): the authority must inform the complainant.
    Complaint,
    /// A report (Switzerland, Art. 49 FADP): the person reporting is not a party.
    Report,
}

/// A supervisory authority and how to reach it.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// Official name in the main local language.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// Official names in other languages, by language code.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// Postal address, one line per element.
    pub address: Vec<String>,
    /// General e-mail address, where one is published.
    pub email: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Online complaint form, where one exists.
    pub complaint_url: Option<String>,
    /// Complaint or report.
    pub route: AuthorityRoute,
    /// The most characters the authority's complaint form takes, where it has a limit.
    pub complaint_text_limit: Option<usize>,
    /// False where the authority is not itself competent for LinkedIn and forwards complaints.
    #[serde(default = "yes")]
    pub competent: bool,
    /// Where these facts come from.
    pub source: String,
    /// How far they were checked.
    pub confidence: Confidence,
    /// When the source record was last reviewed, where known.
    pub reviewed: Option<String>,
    /// A remark shown with the authority's details.
    pub note: Option<String>,
}

fn yes() -> bool {
    true
}

impl Authority {
    /// The official name in `lang` where the authority has one, else its main name.
    pub fn name_in(&self, lang: &str) -> &str {
        // A regional locale (fr-CA, zh-Hant-HK) falls back to its base language's name.
        let base = lang.split('-').next().unwrap_or(lang);
        self.names
            .get(lang)
            .or_else(|| self.names.get(base))
            .unwrap_or(&self.name)
    }
}

/// A LinkedIn entity that decides on the processing.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// Id referred to by jurisdictions.
    pub id: String,
    /// Legal name.
    pub name: String,
    /// Postal address for the Data Protection Officer, one line per element.
    pub address: Vec<String>,
    /// The DPO's web form.
    pub dpo_web_form: String,
    /// The DPO's e-mail address.
    pub dpo_email: String,
    /// Id of the holiday calendar that moves deadlines (in `holidays.toml`).
    pub holiday_calendar: String,
    /// Where these facts come from.
    pub source: String,
    /// How far they were checked.
    pub confidence: Confidence,
    /// Parts of the record that are less certain than `confidence` says.
    #[serde(default)]
    pub unverified_parts: Vec<String>,
}

/// Which kind of letter a law supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LawFamily {
    /// A right to object (GDPR, UK GDPR).
    Gdpr,
    /// A Swiss-style declaration (FADP); only cited beside the GDPR.
    Fadp,
    /// Withdrawal of consent (PIPEDA, Quebec, PDPO, DPDP).
    Consent,
    /// Opt-out rights (CCPA).
    Optout,
    /// No law to rely on: LinkedIn's own stated choices and commitments.
    Generic,
}

/// Which family of citation patterns a law uses in the locales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CitationStyle {
    /// EU regulations: "Art. 21 Abs. 1 DSGVO", "Article 21(1) GDPR".
    Eu,
    /// Swiss federal acts: "Art. 30 Abs. 2 lit. b DSG", "art. 30, al. 2, let. b, LPD".
    Ch,
    /// Common-law statutes, law first: "PIPEDA, Schedule 1, Principle 4.3.8",
    /// "PDPO (Cap. 486), section 2(3)".
    Common,
    /// US codes: "Cal. Civ. Code § 1798.120".
    Us,
}

/// A law and the provisions the documents cite from it.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Law {
    /// Id referred to by jurisdictions and by the locale key `law-<id>` (its abbreviation).
    pub id: String,
    /// Full title.
    pub title: String,
    /// Citation pattern family.
    pub style: CitationStyle,
    /// Which kind of letter the law supports: `gdpr` (a right to object), `consent`
    /// (withdrawal of consent), `optout` (opt-out rights), `generic` (no applicable law:
    /// LinkedIn's own commitments). Picks the templates.
    pub family: LawFamily,
    /// Provisions that come into force later than the rest, if any.
    pub commencement: Option<Commencement>,
    /// Where the text was read.
    pub source: String,
    /// How far it was checked.
    pub confidence: Confidence,
    /// The response deadline the law sets, if any.
    pub deadline: Option<DeadlineRule>,
    /// Provisions by role (`objection`, `restriction`, ...).
    pub provisions: BTreeMap<String, Provision>,
}

/// How a deadline is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineKind {
    /// Calendar months (Regulation 1182/71 style), then the next working day.
    Months,
    /// Working days (Monday to Friday, not holidays).
    BusinessDays,
    /// Calendar days asked for as a courtesy where the law sets no period, then the next
    /// working day. Letters say honestly that the law sets no period.
    CourtesyDays,
}

/// How long the controller has to answer.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineRule {
    /// How the period is counted.
    pub kind: DeadlineKind,
    /// Months or days, by `kind`.
    pub count: u32,
    /// How many months the controller may extend by, with reasons, where the law allows it.
    pub extension_months: Option<u32>,
    /// The provision (key in `provisions`) that sets the deadline, if it is cited.
    pub provision: Option<String>,
    /// The rule in words, as recorded in case files and listings.
    pub rule: String,
    /// Where the rule comes from.
    pub source: String,
    /// How far it was checked.
    pub confidence: Confidence,
}

/// A date from which provisions of a law apply, where they are not yet in force for all.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Commencement {
    /// The first day the provisions apply.
    pub date: chrono::NaiveDate,
    /// Which provisions, in words.
    pub provisions: String,
    /// Where the date comes from.
    pub source: String,
    /// How far it was checked.
    pub confidence: Confidence,
}

/// One citable provision, possibly spanning several articles ("Arts. 56 and 60").
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    /// The articles or sections, in citation order.
    pub refs: Vec<CitationRef>,
    /// Id of another law whose abbreviation to use (a UK GDPR letter citing the DPA 2018).
    pub law: Option<String>,
    /// Where the provision was read.
    pub source: String,
    /// How far it was checked.
    pub confidence: Confidence,
}

/// An article (or section) with optional paragraphs and point.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CitationRef {
    /// Article number ("21", "12A").
    pub article: Option<String>,
    /// Section number, for UK Acts ("164A").
    pub section: Option<String>,
    /// A PIPEDA Schedule 1 principle ("4.3.8").
    pub principle: Option<String>,
    /// A Hong Kong Data Protection Principle ("3").
    pub dpp: Option<String>,
    /// Zero, one or two paragraph numbers.
    #[serde(default)]
    pub paragraphs: Vec<String>,
    /// Point (letter) within the paragraph.
    pub point: Option<String>,
}
