//! The documents themselves: snapshots of form, letter and complaint for members in DE, FR,
//! IE, GB and CH and for a non-member, reviewed on change (`cargo insta review`, or
//! `INSTA_UPDATE=always cargo test` then `git diff`).

use crate::util::{DATE, Sandbox, fixture, stdout_of};

fn document(kind: &str, person: &str) -> String {
    let details = fixture(&format!("{person}.toml"));
    let mut args = vec![kind, "--details", &details];
    if kind == "complaint" {
        args.extend(["--date", "2026-12-28", "--objection-date", DATE]);
    } else {
        args.extend(["--date", DATE]);
    }
    stdout_of(&args)
}

macro_rules! snapshot_tests {
    ($($test:ident: $kind:literal, $person:literal;)*) => {$(
        #[test]
        fn $test() {
            insta::assert_snapshot!(stringify!($test), document($kind, $person));
        }
    )*};
}

snapshot_tests! {
    form_for_a_member_in_germany: "form", "de-member";
    letter_for_a_member_in_germany: "letter", "de-member";
    complaint_for_a_member_in_germany: "complaint", "de-member";
    form_for_a_member_in_france: "form", "fr-member";
    letter_for_a_member_in_france: "letter", "fr-member";
    complaint_for_a_member_in_france: "complaint", "fr-member";
    form_for_a_member_in_ireland: "form", "ie-member";
    letter_for_a_member_in_ireland: "letter", "ie-member";
    complaint_for_a_member_in_ireland: "complaint", "ie-member";
    form_for_a_member_in_the_uk: "form", "gb-member";
    letter_for_a_member_in_the_uk: "letter", "gb-member";
    complaint_for_a_member_in_the_uk: "complaint", "gb-member";
    form_for_a_member_in_switzerland: "form", "ch-member";
    letter_for_a_member_in_switzerland: "letter", "ch-member";
    complaint_for_a_member_in_switzerland: "complaint", "ch-member";
    form_for_a_non_member_in_france: "form", "fr-non-member";
    letter_for_a_non_member_in_france: "letter", "fr-non-member";
    complaint_for_a_non_member_in_france: "complaint", "fr-non-member";
}

#[test]
fn german_letters_use_german_citations_dates_and_formulas() {
    let letter = document("letter", "de-member");
    for expected in [
        "Art. 21 Abs. 1 DSGVO",
        "Art. 6 Abs. 1 lit. f DSGVO",
        "Art. 21 Abs. 2 und 3 DSGVO",
        "Art. 18 Abs. 1 lit. d DSGVO",
        "Art. 17 Abs. 1 lit. c DSGVO",
        "Art. 19 DSGVO",
        "Art. 12 Abs. 3 DSGVO",
        "Berlin, 23. November 2026",
        // One month after 23 November 2026 is Wednesday 23 December 2026.
        "23. Dezember 2026",
        "Sehr geehrte Damen und Herren,",
        "Mit freundlichen Grüßen",
        "LinkedIn Ireland Unlimited Company",
    ] {
        assert!(
            letter.contains(expected),
            "missing {expected:?} in:\n{letter}"
        );
    }
}

#[test]
fn french_letters_use_french_citations_and_dates() {
    let letter = document("letter", "fr-member");
    for expected in [
        "l’article 21, paragraphe 1, du RGPD",
        "l’article 18, paragraphe 1, point d), du RGPD",
        "Paris, le 23 novembre 2026",
        "23 décembre 2026",
        "Madame, Monsieur,",
    ] {
        assert!(
            letter.contains(expected),
            "missing {expected:?} in:\n{letter}"
        );
    }
}

#[test]
fn uk_letters_go_to_linkedin_corporation_under_the_uk_gdpr() {
    let letter = document("letter", "gb-member");
    assert!(letter.contains("LinkedIn Corporation\n"));
    assert!(letter.contains("Sunnyvale, CA 94085"));
    assert!(letter.contains("Article 21(1) UK GDPR"));
    assert!(letter.contains("section 164A DPA 2018"));
    assert!(!letter.contains("LinkedIn Ireland"));
    assert_eq!(
        letter.matches("GDPR").count(),
        letter.matches("UK GDPR").count(),
        "every GDPR citation in a UK letter is to the UK GDPR:\n{letter}"
    );
}

#[test]
fn swiss_letters_cite_the_fadp_beside_the_gdpr() {
    let letter = document("letter", "ch-member");
    assert!(letter.contains("Art. 21 Abs. 1 DSGVO"));
    assert!(letter.contains("Art. 30 Abs. 2 lit. b DSG"));
    assert!(letter.contains("LinkedIn Ireland Unlimited Company"));
    let report = document("complaint", "ch-member");
    assert!(report.contains("Art. 49 DSG"), "{report}");
    assert!(report.contains("Feldeggweg 1"));
}

#[test]
fn non_member_letters_identify_content_and_skip_the_settings_toggle() {
    let letter = document("letter", "fr-non-member");
    assert!(
        letter.contains("https://www.linkedin.com/feed/update/urn:li:activity:7391111111111111111")
    );
    assert!(
        !letter.contains("IA générative\u{a0}»"),
        "non-members have no settings toggle"
    );
    let member_letter = document("letter", "fr-member");
    assert!(member_letter.contains("IA générative\u{a0}»"));
}

#[test]
fn complaints_go_to_the_local_authority_and_mention_the_lead_authority() {
    let complaint = document("complaint", "fr-member");
    assert!(complaint.contains("Commission nationale de l'informatique et des libertés"));
    assert!(complaint.contains("3 Place de Fontenoy"));
    assert!(
        complaint.contains("Commission irlandaise")
            || complaint.contains("Data Protection Commission")
    );
    // One month after the objection of 23 November 2026.
    assert!(complaint.contains("23 décembre 2026"));
    // The Irish DPC, as the addressee, is not told about itself as lead authority.
    let irish = document("complaint", "ie-member");
    assert!(irish.contains("21 Fitzwilliam Square South"));
    assert!(!irish.contains("lead supervisory authority"));
}

#[test]
fn the_same_input_gives_byte_identical_output() {
    let first = document("letter", "de-member");
    let second = document("letter", "de-member");
    assert_eq!(first, second);
}

#[test]
fn the_built_in_example_writes_a_letter() {
    let letter = stdout_of(&["letter", "--example", "--date", DATE]);
    assert!(letter.contains("Anna Schmidt"));
    assert!(letter.contains("Art. 21 Abs. 1 DSGVO"));
}

#[test]
fn writes_text_and_json_files_and_nothing_to_stdout() {
    let sandbox = Sandbox::new();
    let details = fixture("ie-member.toml");
    let output = sandbox
        .objection(&[
            "letter",
            "--details",
            &details,
            "--date",
            DATE,
            "-o",
            "letter.txt",
            "-o",
            "letter.json",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stdout.is_empty());
    assert_eq!(sandbox.files(), vec!["letter.json", "letter.txt"]);
    let text = std::fs::read_to_string(sandbox.file("letter.txt")).unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sandbox.file("letter.json")).unwrap())
            .unwrap();
    assert_eq!(json["text"].as_str().unwrap(), text);
    assert_eq!(json["request"]["jurisdiction"], "IE");
    assert_eq!(json["request"]["person"]["name"], "Siobhán Ní Bhriain");
    assert_eq!(
        json["request"]["purposes"],
        serde_json::json!(["ai-training", "affiliate-sharing"])
    );
}

#[test]
fn form_command_prints_next_steps_on_stderr() {
    let sandbox = Sandbox::new();
    let details = fixture("ie-member.toml");
    let output = sandbox
        .objection(&["form", "--details", &details, "--date", DATE])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stdout.starts_with("Name: Siobhán Ní Bhriain\n"),
        "fields come first:\n{stdout}"
    );
    assert!(stderr.contains("https://www.linkedin.com/help/linkedin/ask/TS-DPRO"));
    assert!(stderr.contains("Data for Generative AI Improvement"));
    assert!(stderr.contains("only stops the future training of content-generating models"));
    assert!(
        !stdout.contains("TS-DPRO"),
        "guidance stays out of the pasted text"
    );
}

#[test]
fn letters_without_grounds_warn_but_still_object() {
    let output = Sandbox::new()
        .objection(&[
            "letter",
            "--name",
            "Jan de Vries",
            "--email",
            "jan@example.nl",
            "--country",
            "NL",
            "--address",
            "Keizersgracht 1",
            "--address",
            "1015 CJ Amsterdam",
            "--date",
            DATE,
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    // The warning is in the letter's language and cites the article the Dutch way.
    assert!(
        stderr.contains("warning: ") && stderr.contains("artikel 21, lid 1, AVG"),
        "{stderr}"
    );
    assert!(stderr.contains("--reason"), "{stderr}");
    let letter = String::from_utf8(output.stdout).unwrap();
    // Dutch by default for NL: "Op grond van artikel 21, lid 1, AVG maak ik ... bezwaar".
    assert!(letter.contains("artikel 21, lid 1, AVG"), "{letter}");
    assert!(letter.contains("bezwaar"), "{letter}");
    assert!(letter.contains("Keizersgracht 1\n1015 CJ Amsterdam"));
}

#[test]
fn user_text_is_never_run_as_a_template() {
    let letter = stdout_of(&[
        "letter",
        "--name",
        "{{ 7*7 }} {% if true %}x{% endif %}",
        "--email",
        "a@example.org",
        "--country",
        "IE",
        "--address",
        "{ $name } @heading Fake",
        "--reason",
        "{{ person.email }}\n\n@heading Injected\n{ -law-gdpr }",
        "--date",
        DATE,
    ]);
    assert!(letter.contains("{{ 7*7 }} {% if true %}x{% endif %}"));
    assert!(!letter.contains("49"));
    assert!(letter.contains("{ $name } @heading Fake"));
    assert!(letter.contains("{{ person.email }}"));
    assert!(letter.contains("@heading Injected"));
    assert!(letter.contains("{ -law-gdpr }"));
}
