//! E-mail output (`-o FILE.eml`), read back with a real parser: Python's `email` package
//! with the modern policy, as a mail client would read it. The attachment must be the very
//! PDF that `-o FILE.pdf` writes.

use std::path::Path;
use std::process::Command;

use serde::Deserialize;

use crate::util::{DATE, Sandbox, run_in};

/// Reads an .eml with Python's `email` package, writes its first attachment to a file
/// beside it (`<eml>.attachment`) and returns what a mail client would show.
const PARSE: &str = r#"
import email, json, sys
from email import policy
path = sys.argv[1]
message = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
attachments = list(message.iter_attachments())
for attachment in attachments:
    open(path + ".attachment", "wb").write(attachment.get_content())
    break
def mailbox(header):
    address = message[header].addresses[0]
    return {"name": address.display_name, "address": address.addr_spec}
print(json.dumps({
    "to": mailbox("To"),
    "from": mailbox("From"),
    "subject": str(message["Subject"]),
    "date": str(message["Date"]),
    "message_id": str(message["Message-ID"]),
    "defects": [str(d) for part in message.walk() for d in part.defects],
    "text": message.get_body(preferencelist=("plain",)).get_content(),
    "attachments": [
        {"content_type": a.get_content_type(), "file_name": a.get_filename()}
        for a in attachments
    ],
}))
"#;

#[derive(Debug, Deserialize)]
struct Mailbox {
    name: String,
    address: String,
}

#[derive(Debug, Deserialize)]
struct ParsedAttachment {
    content_type: String,
    file_name: String,
}

/// An e-mail as Python's parser reads it.
#[derive(Debug, Deserialize)]
struct Parsed {
    to: Mailbox,
    from: Mailbox,
    subject: String,
    date: String,
    message_id: String,
    defects: Vec<String>,
    /// The text part, with the line ends of the wire format made `\n` again.
    text: String,
    attachments: Vec<ParsedAttachment>,
    /// The first attachment's bytes.
    #[serde(skip)]
    attachment: Vec<u8>,
}

fn parse(eml: &Path) -> Parsed {
    let output = Command::new("python3")
        .args(["-c", PARSE, eml.to_str().unwrap()])
        .output()
        .unwrap_or_else(|err| panic!("cannot run python3 ({err}); it reads the .eml back"));
    assert!(
        output.status.success(),
        "Python could not parse {}: {}",
        eml.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let mut parsed: Parsed = serde_json::from_slice(&output.stdout).expect("parser's JSON");
    parsed.text = parsed.text.replace("\r\n", "\n");
    let attachment = format!("{}.attachment", eml.display());
    parsed.attachment = std::fs::read(&attachment).expect("the attachment was extracted");
    std::fs::remove_file(attachment).unwrap();
    assert!(
        parsed.defects.is_empty(),
        "the parser found defects: {:?}",
        parsed.defects
    );
    parsed
}

/// `objection ARGS -o NAME.eml` and, in a second run, `ARGS -o NAME.pdf -o NAME.txt`:
/// returns the parsed e-mail, the PDF's bytes and the text.
fn eml_pdf_and_text(args: &[&str], name: &str) -> (Parsed, Vec<u8>, String) {
    let sandbox = Sandbox::new();
    let (eml, pdf, txt) = (
        format!("{name}.eml"),
        format!("{name}.pdf"),
        format!("{name}.txt"),
    );
    run_in(&sandbox, &[args, &["-o", &eml]].concat());
    run_in(&sandbox, &[args, &["-o", &pdf, "-o", &txt]].concat());
    (
        parse(&sandbox.file(&eml)),
        std::fs::read(sandbox.file(&pdf)).unwrap(),
        std::fs::read_to_string(sandbox.file(&txt)).unwrap(),
    )
}

/// The subject line of a document's text: the line after the date line's blank line.
fn subject_of(text: &str, starts_with: &str) -> String {
    text.lines()
        .find(|line| line.starts_with(starts_with))
        .unwrap_or_else(|| panic!("no line starting `{starts_with}` in:\n{text}"))
        .to_owned()
}

#[test]
fn a_german_letter_goes_to_linkedins_dpo_with_the_pdf_attached() {
    let (mail, pdf, text) = eml_pdf_and_text(&["letter", "--example", "--date", DATE], "letter");

    assert_eq!(mail.to.address, "DPO@LinkedIn.com");
    assert_eq!(mail.to.name, "LinkedIn Ireland Unlimited Company");
    assert_eq!(mail.from.address, "anna.schmidt@example.de");
    assert_eq!(mail.from.name, "Anna Schmidt");
    // The subject is the letter's, in German, decoded from RFC 2047 ("–" is not ASCII).
    let subject = subject_of(&text, "Widerspruch nach der DSGVO");
    assert!(subject.contains('–'), "{subject}");
    assert_eq!(mail.subject, subject);
    assert_eq!(mail.date, "Mon, 23 Nov 2026 12:00:00 +0000");
    assert!(
        mail.message_id.ends_with("@objection.invalid>"),
        "{}",
        mail.message_id
    );

    // A cover text in German, then the whole letter as it is in the .txt.
    assert!(
        mail.text
            .starts_with("Anbei erhalten Sie mein Schreiben vom 23. November 2026 als PDF-Datei"),
        "{}",
        mail.text
    );
    assert!(
        mail.text.ends_with(&text),
        "the letter's text follows in full"
    );

    assert_eq!(mail.attachments.len(), 1);
    assert_eq!(mail.attachments[0].content_type, "application/pdf");
    assert_eq!(
        mail.attachments[0].file_name,
        "Schreiben-Anna-Schmidt-2026-11-23.pdf"
    );
    assert!(
        mail.attachment == pdf,
        "the attached PDF is byte-identical to -o letter.pdf"
    );
}

#[test]
fn a_polish_complaint_goes_to_the_uodo_by_email() {
    let args = [
        "complaint",
        "--name",
        "Zofia Łukasiewicz",
        "--email",
        "zofia@example.pl",
        "--country",
        "PL",
        "--address",
        "ul. Długa 5",
        "--address",
        "00-001 Warszawa",
        "--objection-date",
        "2026-10-01",
        "--date",
        DATE,
    ];
    let (mail, pdf, text) = eml_pdf_and_text(&args, "skarga");

    assert_eq!(mail.to.address, "kancelaria@uodo.gov.pl");
    assert!(
        mail.to.name.starts_with("Urząd Ochrony Danych Osobowych"),
        "{}",
        mail.to.name
    );
    assert_eq!(mail.from.name, "Zofia Łukasiewicz");
    assert_eq!(mail.from.address, "zofia@example.pl");
    let subject = subject_of(&text, "Skarga na spółkę");
    assert_eq!(mail.subject, subject);
    assert!(
        mail.text
            .starts_with("W załączeniu przesyłam moją skargę z dnia 23 listopada 2026 r."),
        "{}",
        mail.text
    );
    assert!(mail.text.ends_with(&text));
    assert_eq!(mail.attachments[0].content_type, "application/pdf");
    // A non-ASCII file name survives (RFC 2231 in the header).
    assert_eq!(
        mail.attachments[0].file_name,
        "skarga-Zofia-Łukasiewicz-2026-11-23.pdf"
    );
    assert!(mail.attachment == pdf, "byte-identical to -o skarga.pdf");
}

#[test]
fn a_complaint_by_email_reminds_the_person_to_attach_the_enclosures() {
    let sandbox = Sandbox::new();
    let (_, stderr) = run_in(
        &sandbox,
        &[
            "complaint",
            "--example",
            "--country",
            "DE-BE",
            "--objection-date",
            "2026-10-01",
            "--outcome",
            "refused",
            "--date",
            DATE,
            "-o",
            "complaint.eml",
        ],
    );
    assert!(
        stderr.contains(
            "note: Der E-Mail ist nur die PDF-Datei angehängt. Hängen Sie vor dem Absenden \
             auch die Anlagen an:\n  - Widerspruchsschreiben vom 1. Oktober 2026\n  - \
             Antwort von LinkedIn\n"
        ),
        "{stderr}"
    );
    let mail = parse(&sandbox.file("complaint.eml"));
    assert_eq!(mail.to.address, "mailbox@datenschutz-berlin.de");
}

#[test]
fn a_reminder_from_a_case_folder_goes_by_email_too() {
    let sandbox = Sandbox::new();
    run_in(
        &sandbox,
        &["letter", "--example", "--case", "case", "--date", DATE],
    );
    run_in(
        &sandbox,
        &[
            "reminder",
            "--case",
            "case",
            "--date",
            "2027-01-05",
            "-o",
            "reminder.eml",
        ],
    );
    let mail = parse(&sandbox.file("reminder.eml"));
    assert_eq!(mail.to.address, "DPO@LinkedIn.com");
    assert!(mail.subject.starts_with("Erinnerung"), "{}", mail.subject);
    assert_eq!(
        mail.attachments[0].file_name,
        "Erinnerung-Anna-Schmidt-2027-01-05.pdf"
    );
    assert!(
        mail.attachment == std::fs::read(sandbox.file("case/reminder.pdf")).unwrap(),
        "the same PDF as in the case folder"
    );
}

#[test]
fn the_same_input_and_date_give_the_same_eml_bytes() {
    let write = || {
        let sandbox = Sandbox::new();
        run_in(
            &sandbox,
            &["letter", "--example", "--date", DATE, "-o", "letter.eml"],
        );
        std::fs::read(sandbox.file("letter.eml")).unwrap()
    };
    let first = write();
    assert!(first == write(), "two runs differ");
    // A different date is a different message.
    let sandbox = Sandbox::new();
    run_in(
        &sandbox,
        &["letter", "--example", "--date", "2026-11-24", "-o", "l.eml"],
    );
    let other = parse(&sandbox.file("l.eml"));
    let first_id = String::from_utf8_lossy(&first)
        .lines()
        .find_map(|line| line.strip_prefix("Message-ID: ").map(str::to_owned))
        .unwrap();
    assert_ne!(other.message_id, first_id);
}

/// Runs a command that must be refused as bad input: exit 2, an `error:` and a `hint:`
/// line, and no file written. Returns standard error.
#[track_caller]
fn refused(args: &[&str]) -> String {
    let sandbox = Sandbox::new();
    let output = sandbox.objection(args).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("\nhint: "), "{stderr}");
    assert_eq!(sandbox.files(), Vec::<String>::new(), "nothing is written");
    stderr
}

#[test]
fn complaints_to_authorities_without_email_are_refused_before_anything_is_written() {
    let complaint = |country: &'static str| {
        refused(&[
            "complaint",
            "--example",
            "--country",
            country,
            "--objection-date",
            "2026-10-01",
            "--date",
            DATE,
            "-o",
            "complaint.txt",
            "-o",
            "complaint.eml",
        ])
    };
    // Web form only: the hint names the form and the text file to paste from.
    let cnil = complaint("FR");
    assert!(cnil.contains("CNIL"), "{cnil}");
    assert!(cnil.contains("through its web form"), "{cnil}");
    assert!(cnil.contains("https://www.cnil.fr/fr/plaintes"), "{cnil}");
    assert!(cnil.contains("-o complaint.txt"), "{cnil}");
    // The CPPA has a general address, but takes complaints through its online form only.
    let cppa = complaint("US-CA");
    assert!(
        cppa.contains("through its online form, not by e-mail"),
        "{cppa}"
    );
    // No e-mail and no form in the data: by post.
    let garante = complaint("IT");
    assert!(garante.contains("-o complaint.pdf"), "{garante}");
    assert!(garante.contains("objection authority IT"), "{garante}");
}

#[test]
fn the_form_text_is_never_an_email() {
    let stderr = refused(&["form", "--example", "-o", "form.txt", "-o", "form.eml"]);
    assert!(stderr.contains("not sent by e-mail"), "{stderr}");
    assert!(
        stderr.contains("objection letter -o letter.eml"),
        "{stderr}"
    );
}

#[test]
fn an_existing_eml_is_replaced_only_with_force() {
    let sandbox = Sandbox::new();
    sandbox.write("letter.eml", "my draft");
    let args = ["letter", "--example", "--date", DATE, "-o", "letter.eml"];
    let output = sandbox.objection(&args).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("hint: pass --force"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(sandbox.file("letter.eml")).unwrap(),
        "my draft"
    );

    run_in(&sandbox, &[&args[..], &["--force"]].concat());
    assert_eq!(
        parse(&sandbox.file("letter.eml")).to.address,
        "DPO@LinkedIn.com"
    );
}
