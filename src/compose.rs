//! Composition: a validated request becomes a [`Document`] by filling the document's template
//! with the request, the jurisdiction's legal data and the locale's words.
//!
//! User text enters the templates only as context values, never as template source, so a
//! name like `{{ 7*7 }}` is printed as typed.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::data::{AuthorityRoute, Law, LawFamily, registry};
use crate::date::{Deadline, next_working_day, response_deadline};
use crate::document::{BlockKind, Document, mark_template_source, parse};
use crate::error::{Error, Result};
use crate::i18n::{self, Args};
use crate::request::{DocumentKind, Membership, Outcome, Purpose, Request};

/// The short deadline a reminder sets, in days.
pub const REMINDER_DAYS: u64 = 14;

/// The embedded templates, by name.
/// The embedded templates, by name. `<document>` is the GDPR family; `<document>-other`
/// serves the laws without a right to object (consent, opt-out, generic).
const TEMPLATES: [(&str, &str); 9] = [
    ("form", include_str!("../templates/form.tera")),
    ("letter", include_str!("../templates/letter.tera")),
    ("complaint", include_str!("../templates/complaint.tera")),
    ("reminder", include_str!("../templates/reminder.tera")),
    ("form-other", include_str!("../templates/form-other.tera")),
    (
        "letter-other",
        include_str!("../templates/letter-other.tera"),
    ),
    (
        "complaint-other",
        include_str!("../templates/complaint-other.tera"),
    ),
    (
        "reminder-other",
        include_str!("../templates/reminder-other.tera"),
    ),
    ("purposes", include_str!("../templates/purposes.tera")),
];

/// Every provision role a template may ask for; roles a law lacks are empty strings so that
/// templates can test them with `{% if cite.x %}`.
const PROVISION_ROLES: [&str; 15] = [
    "consent_withdrawal",
    "new_purpose",
    "opt_out",
    "limit_sensitive",
    "legal_basis",
    "objection",
    "direct_marketing",
    "restriction",
    "erasure",
    "notify_recipients",
    "consent_withdrawal",
    "response_deadline",
    "complaint",
    "one_stop_shop",
    "complaint_to_controller",
];

static ENGINE: LazyLock<Result<Tera, String>> = LazyLock::new(build_engine);

fn build_engine() -> Result<Tera, String> {
    let mut tera = Tera::new();
    // Plain-text documents: no HTML escaping, whatever a template is called.
    tera.autoescape_on(Vec::<&str>::new());
    // Functions must be registered before templates are added (Tera 2 checks at add time).
    tera.register_function("t", translate);
    // All at once: a template may include another (`purposes`), whatever the order.
    tera.add_raw_templates(
        TEMPLATES
            .iter()
            .map(|(name, source)| (*name, mark_template_source(source))),
    )
    .map_err(|err| format!("templates: {}", tera_error_chain(&err)))?;
    Ok(tera)
}

/// `t(key="...", name=value, ...)`: a message of the current document's locale.
fn translate(kwargs: Kwargs, state: &State) -> tera::TeraResult<String> {
    let key: String = kwargs.must_get("key")?;
    let lang: String = state
        .get("lang")?
        .ok_or_else(|| tera::Error::message("`lang` is not set in the context"))?;
    let mut args = Args::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str() else { continue };
        if name == "key" {
            continue;
        }
        let value = match (value.as_i64(), value.as_str()) {
            (Some(number), _) => number.into(),
            (None, Some(text)) => text.to_owned().into(),
            _ => value.to_string().into(),
        };
        args.set(name.to_owned(), value);
    }
    i18n::message(&lang, &key, &args).map_err(tera::Error::message)
}

#[derive(Serialize)]
struct PersonContext<'a> {
    name: &'a str,
    email: &'a str,
}

#[derive(Serialize)]
struct ControllerContext<'a> {
    name: &'a str,
    address: &'a [String],
    /// The address on one line, for running text ("Wilton Plaza, Wilton Place, Dublin 2").
    one_line: String,
}

#[derive(Serialize)]
struct AuthorityContext<'a> {
    name: &'a str,
    address: Vec<String>,
    report: bool,
    competent: bool,
    /// True when the authority is itself the lead authority (the Irish DPC).
    is_lead: bool,
}

#[derive(Serialize)]
struct Purposes {
    ai_training: bool,
    ai_other: bool,
    ads_profiling: bool,
    affiliate_sharing: bool,
}

/// The facts a document needs beyond the request, computed once per request.
pub struct Facts {
    /// The law the objection rests on.
    pub law: &'static Law,
    /// The reply deadline for a letter of this date.
    pub deadline: Deadline,
}

/// The deadline and law for a request.
pub fn facts(request: &Request) -> Facts {
    let registry = registry();
    let law = registry.law(&request.jurisdiction.law);
    let calendar = registry.calendar_for(request.jurisdiction);
    let rule = law
        .deadline
        .as_ref()
        .expect("every law a jurisdiction rests on has a deadline (checked in data tests)");
    Facts {
        law,
        deadline: response_deadline(request.date, rule, calendar),
    }
}

/// The deadline a reminder dated like `request` sets: [`REMINDER_DAYS`] later, moved past
/// weekends and the controller's public holidays.
pub fn reminder_deadline_for(request: &Request) -> Deadline {
    let calendar = registry().calendar_for(request.jurisdiction);
    let period_end = request.date + chrono::Days::new(REMINDER_DAYS);
    Deadline {
        date: next_working_day(period_end, calendar),
        period_end,
        rule: format!(
            "{REMINDER_DAYS} days from the reminder, moved to the next working day where the \
             controller sits; a courtesy period that keeps the case moving, not a legal one"
        ),
    }
}

/// Turns a locale or template message into an [`Error::Render`] that says what failed.
pub(crate) fn render_error(what: &str) -> impl Fn(String) -> Error + '_ {
    move |message| Error::Render {
        what: what.to_owned(),
        message,
    }
}

fn citations(lang: &str, law: &Law) -> Result<BTreeMap<&'static str, String>> {
    let mut cite = BTreeMap::new();
    for role in PROVISION_ROLES {
        let text = match law.provisions.get(role) {
            Some(provision) => {
                i18n::cite(lang, law, provision).map_err(render_error("a citation"))?
            }
            None => String::new(),
        };
        cite.insert(role, text);
    }
    Ok(cite)
}

fn law_citations(lang: &str, law: &Law) -> Result<BTreeMap<String, String>> {
    law.provisions
        .iter()
        .map(|(role, provision)| {
            i18n::cite(lang, law, provision)
                .map(|text| (role.clone(), text))
                .map_err(render_error("a citation"))
        })
        .collect()
}

/// Fills the request's template and parses the result into a document.
pub fn compose(request: &Request) -> Result<Document> {
    let registry = registry();
    let lang = request.lang;
    let jurisdiction = request.jurisdiction;
    let Facts { law, deadline } = facts(request);
    let controller = registry.controller(&jurisdiction.controller);
    let authority = &jurisdiction.authority;
    let lead = registry
        .jurisdiction("IE")
        .expect("Ireland is a jurisdiction");
    let date_text = |date| i18n::long_date(lang, date).map_err(render_error("a date"));

    let mut context = Context::new();
    context.insert("lang", lang);
    context.insert(
        "person",
        &PersonContext {
            name: &request.person.name,
            email: &request.person.email,
        },
    );
    let mut sender = vec![request.person.name.clone()];
    sender.extend(request.person.address.iter().cloned());
    sender.push(request.person.email.clone());
    context.insert("sender", &sender);

    let (member, profile_url, content_urls) = match &request.membership {
        Membership::Member { profile_url } => {
            (true, profile_url.clone().unwrap_or_default(), &[][..])
        }
        Membership::NonMember { content_urls } => (false, String::new(), content_urls.as_slice()),
    };
    context.insert("member", &member);
    context.insert("account", if member { "member" } else { "non-member" });
    context.insert("profile_url", &profile_url);
    context.insert("content_urls", content_urls);

    let has = |purpose| request.purposes.contains(&purpose);
    context.insert(
        "purposes",
        &Purposes {
            ai_training: has(Purpose::AiTraining),
            ai_other: has(Purpose::AiOther),
            ads_profiling: has(Purpose::AdsProfiling),
            affiliate_sharing: has(Purpose::AffiliateSharing),
        },
    );
    context.insert(
        "objects_to_legitimate_interest",
        &(has(Purpose::AiTraining) || has(Purpose::AiOther) || has(Purpose::AffiliateSharing)),
    );
    context.insert("reason", &request.reason);

    context.insert(
        "law_name",
        &i18n::text(lang, &format!("law-{}", law.id)).map_err(render_error("the law's name"))?,
    );
    context.insert("cite", &citations(lang, law)?);
    let fadp = match jurisdiction.also_cites.iter().find(|id| *id == "ch-fadp") {
        Some(id) => Some(law_citations(lang, registry.law(id))?),
        None => None,
    };
    context.insert("fadp", &fadp);

    context.insert(
        "controller",
        &ControllerContext {
            name: &controller.name,
            address: &controller.address,
            one_line: controller.address.join(", "),
        },
    );
    let authority_context = authority.as_ref().map(|authority| {
        let mut address = vec![authority.name_in(lang).to_owned()];
        address.extend(authority.address.iter().cloned());
        AuthorityContext {
            name: authority.name_in(lang),
            address,
            report: authority.route == AuthorityRoute::Report,
            competent: authority.competent,
            is_lead: std::ptr::eq(jurisdiction, lead),
        }
    });
    context.insert("authority", &authority_context);
    context.insert(
        "family",
        match law.family {
            LawFamily::Gdpr | LawFamily::Fadp => "gdpr",
            LawFamily::Consent => "consent",
            LawFamily::Optout => "optout",
            LawFamily::Generic => "generic",
        },
    );
    context.insert(
        "scope",
        if law.id == "us-generic" {
            "us"
        } else {
            "other"
        },
    );
    if law.family != LawFamily::Gdpr {
        // Subject lines name these laws by their short name, not the citation form.
        context.insert(
            "law_name",
            &i18n::text(lang, &format!("law-short-{}", law.id))
                .map_err(render_error("the law's name"))?,
        );
        context.insert(
            "law_full",
            &i18n::text(lang, &format!("law-name-{}", law.id))
                .map_err(render_error("the law's name"))?,
        );
    }
    let commencement = match &law.commencement {
        Some(commencement) if request.date < commencement.date => {
            Some(date_text(commencement.date)?)
        }
        _ => None,
    };
    context.insert("commencement", &commencement);
    // A country without a file of its own is named in the letter's language from iso-codes'
    // catalogues (in English where a catalogue lacks it: data/country-names lists those).
    let jurisdiction_name = if jurisdiction.code == crate::data::OTHER
        && registry.countries.contains_key(&request.country)
    {
        crate::data::country_name(&request.country, lang).to_owned()
    } else {
        i18n::text(lang, &format!("jurisdiction-{}", jurisdiction.code))
            .map_err(render_error("the country's name"))?
    };
    context.insert("jurisdiction_name", &jurisdiction_name);

    let date = date_text(request.date)?;
    let dateline = match &request.person.place {
        Some(place) => i18n::message(
            lang,
            "dateline-with-place",
            &Args::new()
                .with("place", place.as_str())
                .with("date", date.as_str()),
        )
        .map_err(render_error("the dateline"))?,
        None => i18n::message(
            lang,
            "dateline-without-place",
            &Args::new().with("date", date.as_str()),
        )
        .map_err(render_error("the dateline"))?,
    };
    context.insert("dateline", &dateline);
    context.insert("deadline", &date_text(deadline.date)?);

    if let Some(history) = &request.history {
        let objection_request = Request {
            date: history.objection_date,
            ..request.clone()
        };
        let objection_deadline = facts(&objection_request).deadline;
        context.insert("objection_date", &date_text(history.objection_date)?);
        context.insert("objection_deadline", &date_text(objection_deadline.date)?);
        context.insert(
            "outcome",
            match history.outcome {
                Outcome::NoReply => "no-reply",
                Outcome::Refused => "refused",
                Outcome::Incomplete => "incomplete",
            },
        );
        let (reminder_date, reminder_deadline) = match &history.reminder {
            Some(reminder) => (date_text(reminder.date)?, date_text(reminder.deadline)?),
            None => (String::new(), String::new()),
        };
        context.insert("reminder_date", &reminder_date);
        context.insert("reminder_deadline", &reminder_deadline);
        if request.document == DocumentKind::Reminder {
            context.insert(
                "reminder_deadline",
                &date_text(reminder_deadline_for(request).date)?,
            );
        }
    }

    let name = match law.family {
        LawFamily::Gdpr | LawFamily::Fadp => request.document.name().to_owned(),
        _ => format!("{}-other", request.document.name()),
    };
    let name = name.as_str();
    let engine = ENGINE.as_ref().map_err(|message| Error::Render {
        what: "the templates".into(),
        message: message.clone(),
    })?;
    let rendered = engine.render(name, &context).map_err(|err| Error::Render {
        what: format!("the {name}"),
        message: tera_error_chain(&err),
    })?;
    let mut blocks = parse(&rendered).map_err(render_error(name))?;
    if lang.starts_with("zh") {
        remove_spaces_between_ideographs(&mut blocks);
    }
    let enclosure_count = blocks
        .iter()
        .find(|block| block.kind == BlockKind::Enclosures)
        .map_or(0, |block| block.lines.len());
    // The title (PDF metadata) is the subject without a language's label ("Objet :").
    let subject_label = i18n::message(lang, "subject-line", &Args::new().with("subject", ""))
        .map_err(render_error("the subject line"))?;
    let title = match blocks.iter().find(|block| block.kind == BlockKind::Subject) {
        Some(block) => {
            let subject = block.lines.join(" ");
            subject
                .strip_prefix(subject_label.trim())
                .unwrap_or(&subject)
                .trim()
                .to_owned()
        }
        None => i18n::text(lang, "form-title").map_err(render_error("the title"))?,
    };
    Ok(Document {
        kind: request.document,
        lang,
        title,
        author: request.person.name.clone(),
        date: request.date,
        enclosures_label: i18n::message(
            lang,
            "label-enclosures",
            &Args::new().with("count", enclosure_count),
        )
        .map_err(render_error("a label"))?,
        blocks,
    })
}

/// Chinese puts no space between sentences or words; the templates join sentences with one,
/// as the European languages need. A space stays where Latin text meets Chinese.
fn remove_spaces_between_ideographs(blocks: &mut [crate::document::Block]) {
    fn is_cjk(c: char) -> bool {
        matches!(c, '\u{3000}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
    }
    for line in blocks.iter_mut().flat_map(|block| block.lines.iter_mut()) {
        let chars: Vec<char> = line.chars().collect();
        let mut joined = String::with_capacity(line.len());
        for (index, &c) in chars.iter().enumerate() {
            let between_ideographs = c == ' '
                && index > 0
                && chars.get(index + 1).is_some_and(|&next| is_cjk(next))
                && is_cjk(chars[index - 1]);
            if !between_ideographs {
                joined.push(c);
            }
        }
        *line = joined;
    }
}

fn tera_error_chain(err: &tera::Error) -> String {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        source = inner.source();
    }
    message
}
