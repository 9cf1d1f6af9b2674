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
    /// The data protection authority a complaint goes to.
    pub authority: Authority,
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
        self.names.get(lang).unwrap_or(&self.name)
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

/// Which family of citation patterns a law uses in the locales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CitationStyle {
    /// EU regulations: "Art. 21 Abs. 1 DSGVO", "Article 21(1) GDPR".
    Eu,
    /// Swiss federal acts: "Art. 30 Abs. 2 lit. b DSG", "art. 30, al. 2, let. b, LPD".
    Ch,
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
    /// Where the text was read.
    pub source: String,
    /// How far it was checked.
    pub confidence: Confidence,
    /// The response deadline the law sets, if any.
    pub deadline: Option<DeadlineRule>,
    /// Provisions by role (`objection`, `restriction`, ...).
    pub provisions: BTreeMap<String, Provision>,
}

/// How long the controller has to answer.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineRule {
    /// Months from the letter date.
    pub months: u32,
    /// How many months the controller may extend by, with reasons.
    pub extension_months: u32,
    /// The provision (key in `provisions`) that sets the deadline.
    pub provision: String,
    /// The rule in words, as recorded in case files and listings.
    pub rule: String,
    /// Where the rule comes from.
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
    /// Zero, one or two paragraph numbers.
    #[serde(default)]
    pub paragraphs: Vec<String>,
    /// Point (letter) within the paragraph.
    pub point: Option<String>,
}
