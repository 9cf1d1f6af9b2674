//! Jurisdictions outside Europe: snapshots of letter and complaint, the rule that no
//! non-GDPR document carries GDPR wording or another jurisdiction's law, and the authority
//! listing with its complaint routes.

use crate::util::{Sandbox, fixture, stdout_of};

fn letter(person: &str) -> String {
    stdout_of(&[
        "letter",
        "--details",
        &fixture(&format!("{person}.toml")),
        "--date",
        "2026-11-23",
    ])
}

fn complaint(person: &str) -> String {
    let details = fixture(&format!("{person}.toml"));
    let output = Sandbox::new()
        .objection(&[
            "complaint",
            "--details",
            &details,
            "--date",
            "2027-01-11",
            "--objection-date",
            "2026-11-23",
        ])
        .output()
        .unwrap();
    // Where no authority takes complaints, the answer is the error itself.
    let mut text = String::from_utf8(output.stdout).unwrap();
    if !output.status.success() {
        text = format!(
            "exit {:?}\n{}",
            output.status.code(),
            String::from_utf8_lossy(&output.stderr)
        );
        // The error names the details file; keep the snapshot independent of the checkout.
        text = text.replace(env!("CARGO_MANIFEST_DIR"), "[checkout]");
    }
    text
}

macro_rules! snapshots {
    ($($test:ident: $kind:ident, $person:literal;)*) => {$(
        #[test]
        fn $test() {
            insta::assert_snapshot!(stringify!($test), $kind($person));
        }
    )*};
}

snapshots! {
    letter_for_canada: letter, "ca-member";
    complaint_for_canada: complaint, "ca-member";
    letter_for_quebec_in_french: letter, "qc-member";
    complaint_for_quebec_in_french: complaint, "qc-member";
    letter_for_hong_kong: letter, "hk-member";
    complaint_for_hong_kong: complaint, "hk-member";
    letter_for_california: letter, "usca-member";
    complaint_for_california: complaint, "usca-member";
    letter_for_india: letter, "in-member";
    complaint_for_india: complaint, "in-member";
    letter_for_another_country: letter, "br-member";
    complaint_for_another_country: complaint, "br-member";
}

/// Words that belong to one legal system and must not leak into another's documents.
const GDPR_WORDING: [&str; 12] = [
    "GDPR",
    "DSGVO",
    "RGPD",
    "Art. 21",
    "Article 21",
    "article 21",
    "legitimate interest",
    "berechtigte",
    "intérêts légitimes",
    "controller",
    "Verantwortliche",
    "responsable du traitement",
];
const LAW_NAMES: [(&str, &str); 5] = [
    ("CA", "PIPEDA"),
    ("HK", "PDPO"),
    ("US-CA", "CCPA"),
    ("IN", "DPDP"),
    ("CA-QC", "P-39.1"),
];

#[test]
fn non_gdpr_documents_carry_no_gdpr_wording_and_no_other_jurisdictions_law() {
    for (code, _) in LAW_NAMES.iter().chain(&[("US", ""), ("BR", "")]) {
        for lang in ["en", "de", "fr"] {
            for kind in ["form", "letter", "complaint"] {
                let sandbox = Sandbox::new();
                let args = [
                    kind,
                    "--name",
                    "Test Person",
                    "--email",
                    "t@example.org",
                    "--country",
                    code,
                    "--lang",
                    lang,
                    "--address",
                    "1 Main Street",
                    "--date",
                    "2027-01-11",
                    "--objection-date",
                    "2026-11-23",
                    "--object-to",
                    "ai-training,ai-other,ads-profiling,affiliate-sharing",
                ];
                let args: Vec<&str> = if kind == "complaint" {
                    args.to_vec()
                } else {
                    [&args[..13], &args[15..]].concat()
                };
                let output = sandbox.objection(&args).output().unwrap();
                if !output.status.success() {
                    // Only complaints may be refused, where no authority takes them.
                    assert_eq!(
                        kind,
                        "complaint",
                        "{code}/{lang}: {}",
                        String::from_utf8_lossy(&output.stderr)
                    );
                    continue;
                }
                let text = String::from_utf8(output.stdout).unwrap();
                for word in GDPR_WORDING {
                    assert!(
                        !text.contains(word),
                        "{code}/{lang}/{kind} contains {word:?}:\n{text}"
                    );
                }
                for (other, law) in LAW_NAMES {
                    if other != *code && !(other == "CA-QC" && *code == "CA") {
                        assert!(
                            !text.contains(law),
                            "{code}/{lang}/{kind} names {law}:\n{text}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn indian_letters_say_which_provisions_are_not_yet_in_force() {
    let text = letter("in-member");
    assert!(text.contains("DPDP Act 2023, section 6(4)"), "{text}");
    assert!(
        text.contains("scheduled to come into force on 13 May 2027"),
        "{text}"
    );
    // After commencement the note is gone.
    let later = stdout_of(&[
        "letter",
        "--details",
        &fixture("in-member.toml"),
        "--date",
        "2027-06-01",
    ]);
    assert!(!later.contains("scheduled to come into force"), "{later}");
}

#[test]
fn california_uses_15_business_days_and_keeps_the_complaint_within_the_form() {
    let text = letter("usca-member");
    // Mon 23 Nov 2026 + 15 business days, Thanksgiving skipped: Tue 15 Dec 2026.
    assert!(text.contains("no later than 15 December 2026"), "{text}");
    let complaint = complaint("usca-member");
    assert!(
        complaint.chars().count() <= 4_000,
        "{} characters",
        complaint.chars().count()
    );
}

#[test]
fn other_countries_get_the_generic_letter_with_their_name() {
    let form = stdout_of(&[
        "form",
        "--details",
        &fixture("br-member.toml"),
        "--date",
        "2026-11-23",
    ]);
    assert!(form.contains("Country of residence: Brazil"), "{form}");
    assert!(letter("br-member").contains("LinkedIn's Privacy Policy"));
}

#[test]
fn authority_prints_contact_details_and_the_route() {
    let gb = stdout_of(&["authority", "GB"]);
    assert!(gb.contains("Information Commissioner's Office (ICO)"));
    assert!(gb.contains("s. 164A DPA 2018"), "{gb}");
    let ch = stdout_of(&["authority", "ch"]);
    assert!(ch.contains("report, without party status"), "{ch}");
    let by = stdout_of(&["authority", "DE-BY"]);
    assert!(
        by.contains("Postfach 1349") && by.contains("poststelle@lda.bayern.de"),
        "{by}"
    );
    let us = stdout_of(&["authority", "US"]);
    assert!(
        us.contains("No data protection authority takes complaints"),
        "{us}"
    );
    Sandbox::new()
        .objection(&["authority", "XX"])
        .assert()
        .code(2);
}
