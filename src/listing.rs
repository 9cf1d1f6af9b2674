//! Listings and guidance printed for the user: the jurisdiction table and the next steps
//! after the form text.

use serde::Serialize;

use crate::compose::render_error;
use crate::data::{Authority, AuthorityRoute, Confidence, registry};
use crate::error::{Error, Result};
use crate::i18n::{self, Args};
use crate::request::Request;

/// LinkedIn's Data Processing Objection form.
pub const OBJECTION_FORM_URL: &str = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO";
/// LinkedIn's general privacy contact form, which it names for withdrawing consent.
pub const PRIVACY_CONTACT_URL: &str = "https://www.linkedin.com/help/linkedin/ask/ppq";
/// The "Data for Generative AI Improvement" setting.
pub const AI_SETTING_URL: &str =
    "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement";

#[derive(Serialize)]
struct JurisdictionRow<'a> {
    code: &'a str,
    name: &'a str,
    languages: &'a [String],
    default_language: &'a str,
    controller: ControllerRow<'a>,
    law: LawRow<'a>,
    authority: Option<&'a Authority>,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct ControllerRow<'a> {
    name: &'a str,
    address: &'a [String],
    source: &'a str,
    confidence: Confidence,
}

#[derive(Serialize)]
struct LawRow<'a> {
    id: &'a str,
    title: &'a str,
    also_cites: &'a [String],
    deadline_rule: Option<&'a str>,
}

/// Prints every jurisdiction, as a table or as JSON.
pub fn print_jurisdictions(json: bool) -> Result<()> {
    let registry = registry();
    let rows: Vec<JurisdictionRow> = registry
        .jurisdictions
        .values()
        .map(|j| {
            let controller = registry.controller(&j.controller);
            let law = registry.law(&j.law);
            JurisdictionRow {
                code: &j.code,
                name: &j.name,
                languages: &j.languages,
                default_language: i18n::default_lang_for(&j.languages),
                controller: ControllerRow {
                    name: &controller.name,
                    address: &controller.address,
                    source: &controller.source,
                    confidence: controller.confidence,
                },
                law: LawRow {
                    id: &law.id,
                    title: &law.title,
                    also_cites: &j.also_cites,
                    deadline_rule: law.deadline.as_ref().map(|d| d.rule.as_str()),
                },
                authority: j.authority.as_ref(),
                note: j.note.as_deref(),
            }
        })
        .collect();
    let text = if json {
        let mut text = serde_json::to_string_pretty(&rows).map_err(|err| Error::Render {
            what: "JSON".into(),
            message: err.to_string(),
        })?;
        text.push('\n');
        text
    } else {
        table(&rows)
    };
    crate::output::print_stdout(&text)
}

fn table(rows: &[JurisdictionRow]) -> String {
    let law_label = |row: &JurisdictionRow| {
        let mut label = registry()
            .law(row.law.id)
            .id
            .to_uppercase()
            .replace('-', " ");
        for extra in row.law.also_cites {
            label.push_str(" + ");
            label.push_str(&extra.to_uppercase().replace('-', " "));
        }
        label
    };
    let headers = ["CODE", "JURISDICTION", "CONTROLLER", "LAW", "AUTHORITY"];
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|row| {
            [
                row.code.to_owned(),
                row.name.to_owned(),
                row.controller.name.to_owned(),
                law_label(row),
                row.authority
                    .map_or_else(|| "—".to_owned(), |a| a.name_en.clone()),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..4)
        .map(|column| {
            cells
                .iter()
                .map(|row| row[column].chars().count())
                .chain([headers[column].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |row: [&str; 5]| {
        let mut out = String::new();
        for (column, cell) in row.iter().enumerate() {
            if column < 4 {
                out.push_str(cell);
                out.push_str(&" ".repeat(widths[column] - cell.chars().count() + 2));
            } else {
                out.push_str(cell);
            }
        }
        out.push('\n');
        out
    };
    let mut out = line(headers);
    for row in &cells {
        out.push_str(&line([&row[0], &row[1], &row[2], &row[3], &row[4]]));
    }
    out
}

/// The next steps printed after the form text, in the request's language.
pub fn form_guidance(request: &Request) -> Result<String> {
    let mut steps = form_steps(request)?;
    steps
        .push(i18n::text(request.lang, "form-guide-letter").map_err(render_error("the guidance"))?);
    next_steps(request.lang, &steps)
}

/// "Next steps:" in `lang`, then `steps` numbered from 1, one a line.
pub fn next_steps(lang: &str, steps: &[String]) -> Result<String> {
    let mut out = i18n::text(lang, "form-guide-heading").map_err(render_error("the guidance"))?;
    out.push('\n');
    for (number, step) in steps.iter().enumerate() {
        out.push_str(&format!("{}. {step}\n", number + 1));
    }
    Ok(out)
}

/// The steps of filling in LinkedIn's objection form: where it is, which option to choose,
/// what the settings cover, and outside the GDPR the other route. The wizard numbers them
/// among its own next steps.
pub fn form_steps(request: &Request) -> Result<Vec<String>> {
    let message = |key: &str, args: Args| {
        i18n::message(request.lang, key, &args).map_err(render_error("the guidance"))
    };
    let mut steps = vec![
        message(
            "form-guide-open",
            Args::new().with("url", OBJECTION_FORM_URL),
        )?,
        message("form-guide-option", Args::new())?,
        settings_step(request)?,
    ];
    if crate::compose::facts(request).law.family != crate::data::LawFamily::Gdpr {
        steps.push(message(
            "other-form-guide-route",
            Args::new().with("url", PRIVACY_CONTACT_URL),
        )?);
    }
    Ok(steps)
}

/// What LinkedIn's settings do for a member (the toggle covers only future training of
/// content-generating models), or that a non-member has none.
pub fn settings_step(request: &Request) -> Result<String> {
    let (key, args) = if request.is_member() {
        ("form-guide-toggle", Args::new().with("url", AI_SETTING_URL))
    } else {
        ("form-guide-non-member", Args::new())
    };
    i18n::message(request.lang, key, &args).map_err(render_error("the guidance"))
}

/// Prints the competent authority for a jurisdiction: contact details and complaint route.
pub fn print_authority(code: &str) -> Result<()> {
    let registry = registry();
    let (jurisdiction, _) = registry
        .resolve(code)
        .ok_or_else(|| Error::UnknownCountry {
            code: code.trim().to_owned(),
            suggestions: registry
                .closest_codes(code, 4)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        })?;
    let mut out = format!("{} ({})\n", jurisdiction.name, jurisdiction.code);
    match &jurisdiction.authority {
        None => {
            out.push_str(
                "No data protection authority takes complaints about this processing here.\n",
            );
        }
        Some(authority) => {
            out.push_str(&format!("\n{}\n", authority.name));
            if authority.name_en != authority.name {
                out.push_str(&format!("{}\n", authority.name_en));
            }
            if authority.address.is_empty() {
                out.push_str("(postal address not verified in this tool's data)\n");
            }
            for line in &authority.address {
                out.push_str(&format!("{line}\n"));
            }
            out.push('\n');
            let field = |label: &str, value: &Option<String>| {
                value
                    .as_ref()
                    .map(|v| format!("{label:<16}{v}\n"))
                    .unwrap_or_default()
            };
            out.push_str(&field("E-mail:", &authority.email));
            out.push_str(&field("Website:", &authority.website));
            out.push_str(&field("Complaint form:", &authority.complaint_url));
            out.push_str(&format!(
                "{:<16}{}\n",
                "Route:",
                match authority.route {
                    AuthorityRoute::Complaint => "complaint (objection complaint)",
                    AuthorityRoute::Report => "report, without party status (objection complaint)",
                }
            ));
            if let Some(note) = &authority.note {
                out.push_str(&format!("\n{note}\n"));
            }
            out.push_str(&format!(
                "\nSource: {} (confidence: {}{})\n",
                authority.source,
                match authority.confidence {
                    Confidence::Verified => "verified",
                    Confidence::Secondary => "secondary",
                    Confidence::Unverified => "unverified",
                },
                authority
                    .reviewed
                    .as_ref()
                    .map(|r| format!(", record reviewed {r}"))
                    .unwrap_or_default()
            ));
        }
    }
    if let Some(note) = &jurisdiction.note {
        out.push_str(&format!("\nNote: {note}\n"));
    }
    crate::output::print_stdout(&out)
}

/// One row of `objection languages`.
#[derive(serde::Serialize)]
struct LanguageRow {
    code: &'static str,
    name: String,
    /// Jurisdictions whose letters default to this language.
    default_for: Vec<String>,
}

/// Prints the letter languages with their own names (`objection languages [--json]`).
pub fn print_languages(json: bool) -> Result<()> {
    let registry = registry();
    let rows = i18n::available()
        .into_iter()
        .map(|code| {
            let name = i18n::native_name(code).map_err(|message| Error::Render {
                what: format!("the name of language {code}"),
                message,
            })?;
            let default_for = registry
                .jurisdictions
                .values()
                .filter(|j| i18n::default_lang_for(&j.languages) == code)
                .map(|j| j.code.clone())
                .collect();
            Ok(LanguageRow {
                code,
                name,
                default_for,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let text = if json {
        let mut text = serde_json::to_string_pretty(&rows).map_err(|err| Error::Render {
            what: "JSON".into(),
            message: err.to_string(),
        })?;
        text.push('\n');
        text
    } else {
        // East Asian characters take two columns in a terminal.
        let columns = |name: &str| -> usize {
            name.chars()
                .map(|c| {
                    if ('\u{2E80}'..='\u{FFEF}').contains(&c) {
                        2
                    } else {
                        1
                    }
                })
                .sum()
        };
        let width = rows.iter().map(|r| r.code.len()).max().unwrap_or(0);
        let name_width = rows.iter().map(|r| columns(&r.name)).max().unwrap_or(0);
        let mut text = String::new();
        for row in &rows {
            let padding = name_width - columns(&row.name);
            let line = format!(
                "{:width$}  {}{}  {}",
                row.code,
                row.name,
                " ".repeat(padding),
                row.default_for.join(" ")
            );
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text
    };
    crate::output::print_stdout(&text)
}
