//! E-mail (`.eml`, RFC 5322 with MIME): a message to the document's recipient with a short
//! cover text, the document's full text, and the PDF attached, ready to open in a mail client.
//!
//! Nothing is sent: lettre is built without its transports. The output is deterministic, so
//! the same input and date give the same bytes, like every other format.

use std::time::{Duration, SystemTime};

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{Address, Message};

use super::Renderer;
use super::pdf::PdfRenderer;
use super::text::to_text;
use crate::data::{AuthorityRoute, registry};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::i18n::{self, Args};
use crate::request::{DocumentKind, Request};

/// Renders an e-mail message with the PDF attached.
pub struct EmlRenderer;

/// Where the document goes: the recipient's name and e-mail address.
struct Recipient<'a> {
    name: &'a str,
    email: &'a str,
}

impl Renderer for EmlRenderer {
    fn render(&self, request: &Request, document: &Document) -> Result<Vec<u8>> {
        // Refuse before the PDF is drawn: a document without an e-mail recipient is the
        // common mistake, and the error should come at once.
        let recipient = recipient(request)?;
        let pdf = PdfRenderer.render(request, document)?;
        message(request, document, &recipient, pdf)
    }
}

/// The recipient of `request`'s document, or an error naming the way to send it instead.
fn recipient(request: &Request) -> Result<Recipient<'static>> {
    let jurisdiction = request.jurisdiction;
    match request.document {
        DocumentKind::Form => Err(Error::UnsupportedOutput {
            message: "the form text is pasted into LinkedIn's web form, not sent by e-mail".into(),
            hint: "paste it into the form, or send the letter by e-mail: \
                   objection letter -o letter.eml"
                .into(),
        }),
        DocumentKind::Letter | DocumentKind::Reminder => {
            let controller = registry().controller(&jurisdiction.controller);
            Ok(Recipient {
                name: &controller.name,
                email: &controller.dpo_email,
            })
        }
        DocumentKind::Complaint => authority_recipient(request),
    }
}

/// The authority a complaint goes to by e-mail, where the data has an address that takes
/// complaints; otherwise an error naming the web form or the post.
fn authority_recipient(request: &Request) -> Result<Recipient<'static>> {
    let jurisdiction = request.jurisdiction;
    let no_email = |message: String, hint: String| Error::UnsupportedOutput { message, hint };
    let Some(authority) = &jurisdiction.authority else {
        return Err(no_email(
            format!(
                "no authority in {} takes complaints by e-mail",
                jurisdiction.name
            ),
            format!(
                "`objection authority {}` explains the options",
                jurisdiction.code
            ),
        ));
    };
    // Switzerland takes reports, not complaints (Art. 49 FADP).
    let complaints = match authority.route {
        AuthorityRoute::Complaint => "complaints",
        AuthorityRoute::Report => "reports",
    };
    let by_post = format!(
        "print it and send it by post: -o complaint.pdf (`objection authority {}` gives \
         the address)",
        jurisdiction.code
    );
    let to_form = |url: &str| {
        format!("write it with -o complaint.txt and paste it into the form at {url}, or {by_post}")
    };
    match (&authority.email, &authority.complaint_url) {
        // An authority whose form limits the text's length is one that takes
        // complaints through that form only (the CPPA): its general address is
        // for enquiries, and a complaint sent there would not be filed.
        (Some(_), Some(url)) if authority.complaint_text_limit.is_some() => Err(no_email(
            format!(
                "the {} takes {complaints} through its online form, not by e-mail",
                authority.name_en
            ),
            to_form(url),
        )),
        (Some(email), _) => Ok(Recipient {
            name: authority.name_in(request.lang),
            email,
        }),
        (None, Some(url)) => Err(no_email(
            format!(
                "the {} takes {complaints} through its web form; objection's data has no \
                 e-mail address for them",
                authority.name_en
            ),
            to_form(url),
        )),
        (None, None) => Err(no_email(
            format!(
                "objection's data has no e-mail address for {complaints} to the {}",
                authority.name_en
            ),
            by_post,
        )),
    }
}

/// The note that tells the person to attach the document's enclosures (their letter,
/// LinkedIn's reply) before sending. The e-mail carries only the document itself: the
/// reply, for one, is a paper this tool never sees.
pub fn enclosures_note(lang: &str, enclosures: &[String]) -> Result<String> {
    let mut note = i18n::text(lang, "email-note-enclosures")
        .map_err(locale_error("the note on enclosures"))?;
    for enclosure in enclosures {
        note.push_str("\n  - ");
        note.push_str(enclosure);
    }
    Ok(note)
}

/// The formatted message: headers, a text part (cover text and the document), the PDF.
fn message(
    request: &Request,
    document: &Document,
    recipient: &Recipient,
    pdf: Vec<u8>,
) -> Result<Vec<u8>> {
    let lang = document.lang;
    let kind = document.kind.name();
    let date = i18n::long_date(lang, document.date).map_err(locale_error("a date"))?;
    let cover = [
        i18n::message(
            lang,
            &format!("email-cover-{kind}"),
            &Args::new().with("date", date),
        ),
        i18n::text(lang, "email-receipt"),
    ]
    .into_iter()
    .collect::<Result<Vec<_>, _>>()
    .map_err(locale_error("the e-mail's cover text"))?
    .join(" ");
    let body = format!("{cover}\n\n{}", to_text(document));
    let stem = i18n::text(lang, &format!("email-file-{kind}"))
        .map_err(locale_error("the attachment's name"))?;
    let file_name = attachment_name(&stem, &request.person.name, document);

    // The person's address passed validation already, but lettre's parser is stricter in
    // places (quoted local parts, for example); say so instead of writing a broken header.
    let from =
        mailbox(&request.person.name, &request.person.email).map_err(|err| Error::Invalid {
            field: "`--email`".into(),
            message: format!(
                "`{}` cannot be used in an e-mail ({err})",
                request.person.email
            ),
            hint: Some("write the document as PDF (-o letter.pdf) and attach it by hand".into()),
        })?;
    let to = mailbox(recipient.name, recipient.email).map_err(|err| Error::Render {
        what: "the recipient's address".into(),
        message: format!("`{}`: {err}", recipient.email),
    })?;
    let digest = digest(&[
        from.to_string().as_bytes(),
        to.to_string().as_bytes(),
        document.title.as_bytes(),
        body.as_bytes(),
        file_name.as_bytes(),
        &pdf,
    ]);
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(document.title.clone())
        .date(noon_utc(document.date))
        .message_id(Some(format!("<{digest:016x}@objection.invalid>")))
        // Outlook opens a message marked unsent as a draft, ready to send; other clients
        // ignore the header (Thunderbird: "Edit as New Message").
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("X-Unsent"),
            "1".into(),
        ))
        .multipart(
            MultiPart::mixed()
                // A fixed boundary keeps the output deterministic. "=_" cannot occur in
                // base64 or quoted-printable text, and the digest of the content is in it,
                // so no part can contain it by accident.
                .boundary(format!("=_objection_{digest:016x}"))
                .singlepart(SinglePart::plain(body))
                .singlepart(Attachment::new(file_name).body(
                    pdf,
                    ContentType::parse("application/pdf").expect("a valid MIME type"),
                )),
        )
        .map_err(|err| Error::Render {
            what: "the e-mail".into(),
            message: err.to_string(),
        })?;
    Ok(message.formatted())
}

/// Maps a locale lookup failure (a bug in the embedded data) to an error naming `what`.
fn locale_error(what: &'static str) -> impl Fn(String) -> Error {
    move |message| Error::Render {
        what: what.into(),
        message,
    }
}

fn mailbox(name: &str, email: &str) -> Result<Mailbox, lettre::address::AddressError> {
    Ok(Mailbox::new(
        Some(name.to_owned()),
        email.parse::<Address>()?,
    ))
}

/// "Schreiben-Anna-Schmidt-2026-11-23.pdf": what the document is, whose, and its date, so
/// that the recipient can file it. Only letters and digits of the name are kept: the name
/// goes into a file name on someone else's machine.
fn attachment_name(stem: &str, person: &str, document: &Document) -> String {
    let name: Vec<String> = person
        .split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect();
    let mut parts = vec![stem.to_owned()];
    parts.extend(name);
    parts.push(document.date.to_string());
    format!("{}.pdf", parts.join("-"))
}

/// The Date header: the document's date at noon UTC, which is the same calendar day in
/// every time zone a mail client may show it in (UTC−11 to UTC+11).
fn noon_utc(date: chrono::NaiveDate) -> SystemTime {
    let seconds = date
        .and_hms_opt(12, 0, 0)
        .expect("noon exists")
        .and_utc()
        .timestamp();
    let offset = Duration::from_secs(seconds.unsigned_abs());
    if seconds >= 0 {
        SystemTime::UNIX_EPOCH + offset
    } else {
        SystemTime::UNIX_EPOCH - offset
    }
}

/// A 64-bit FNV-1a digest of the message's content, for its Message-ID and MIME boundary:
/// stable across runs and Rust versions, unlike `std`'s hasher.
fn digest(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        // The length keeps ("ab", "c") apart from ("a", "bc").
        for byte in (part.len() as u64).to_le_bytes().iter().chain(part.iter()) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(date: &str) -> Document {
        Document {
            kind: DocumentKind::Letter,
            lang: "de",
            title: "Widerspruch".into(),
            author: "Anna Schmidt".into(),
            date: date.parse().unwrap(),
            enclosures_label: String::new(),
            blocks: Vec::new(),
        }
    }

    #[test]
    fn attachment_names_keep_letters_and_digits_of_the_name() {
        let document = document("2026-11-23");
        assert_eq!(
            attachment_name("Schreiben", "Anna  Schmidt-Łukasiewicz", &document),
            "Schreiben-Anna-Schmidt-Łukasiewicz-2026-11-23.pdf"
        );
        assert_eq!(
            attachment_name("letter", "../../etc/passwd", &document),
            "letter-etc-passwd-2026-11-23.pdf"
        );
        assert_eq!(
            attachment_name("信函", "陳大文", &document),
            "信函-陳大文-2026-11-23.pdf"
        );
    }

    #[test]
    fn the_date_header_is_noon_utc_of_the_documents_date() {
        let noon = noon_utc("2026-11-23".parse().unwrap());
        let seconds = noon
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        assert_eq!(seconds, 1_795_435_200);
        let before_1970 = noon_utc("1969-12-31".parse().unwrap());
        assert_eq!(
            SystemTime::UNIX_EPOCH.duration_since(before_1970).unwrap(),
            Duration::from_secs(12 * 3600)
        );
    }

    #[test]
    fn the_digest_separates_its_parts() {
        assert_ne!(digest(&[b"ab", b"c"]), digest(&[b"a", b"bc"]));
        assert_eq!(digest(&[b"x"]), digest(&[b"x"]));
    }
}
