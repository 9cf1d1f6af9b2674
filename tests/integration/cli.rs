//! Bad input: each mistake gets exit code 2, one message naming the field and what is
//! expected, and no file written. Also the listing commands and output-file safety.

use predicates::prelude::*;

use crate::util::{DATE, Sandbox};

/// Valid flags for a letter, to which each test adds one mistake.
const VALID: [&str; 10] = [
    "--name",
    "Anna Schmidt",
    "--email",
    "anna@example.de",
    "--country",
    "DE",
    "--address",
    "Lindenstraße 12, 10969 Berlin",
    "--date",
    DATE,
];

/// Runs `letter` with the valid flags, `overrides` replacing flags of the same name, and an
/// output file; asserts exit code 2, the stderr fragments, and that no file appeared.
#[track_caller]
fn rejects(overrides: &[&str], stderr_fragments: &[&str]) {
    let sandbox = Sandbox::new();
    let mut args: Vec<&str> = vec!["letter"];
    let mut index = 0;
    while index < VALID.len() {
        if !overrides.contains(&VALID[index]) {
            args.extend(&VALID[index..index + 2]);
        }
        index += 2;
    }
    args.extend(overrides);
    args.extend(["-o", "letter.txt"]);
    let assert = sandbox.objection(&args).assert().code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for fragment in stderr_fragments {
        assert!(
            stderr.contains(fragment),
            "stderr lacks {fragment:?}:\n{stderr}"
        );
    }
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(
        sandbox.files().is_empty(),
        "files written: {:?}",
        sandbox.files()
    );
}

#[test]
fn rejects_an_invalid_email() {
    rejects(
        &["--email", "anna@"],
        &["invalid `--email`", "`anna@` is not an e-mail address"],
    );
    rejects(&["--email", "anna example.de"], &["invalid `--email`"]);
}

#[test]
fn rejects_an_empty_or_blank_name() {
    rejects(&["--name", ""], &["invalid `--name`", "is empty"]);
    rejects(&["--name", "   \t "], &["invalid `--name`"]);
}

#[test]
fn rejects_control_characters_in_name_and_reason() {
    rejects(
        &["--name", "Anna\u{7}Schmidt"],
        &["invalid `--name`", "U+0007"],
    );
    rejects(
        &["--name", "Anna\nSchmidt"],
        &["invalid `--name`", "U+000A"],
    );
    rejects(
        &["--reason", "My reason\u{1b}[31m"],
        &["invalid `--reason`", "U+001B"],
    );
    rejects(
        &["--reason", "record\u{1e}separator"],
        &["invalid `--reason`", "U+001E"],
    );
}

#[test]
fn rejects_an_unknown_country_and_suggests_close_codes() {
    rejects(
        &["--country", "DX"],
        &["unknown country `DX`", "hint: did you mean", "DE"],
    );
    rejects(
        &["--country", "Germny"],
        &["unknown country `Germny`", "DE"],
    );
}

#[test]
fn rejects_an_unsupported_language_and_lists_the_available_ones() {
    rejects(
        &["--lang", "tlh"],
        &[
            "unsupported language `tlh`",
            "available languages:",
            "de",
            "en",
            "fr",
        ],
    );
}

#[test]
fn rejects_a_bad_date() {
    rejects(
        &["--date", "23.11.2026"],
        &["invalid `--date`", "YYYY-MM-DD"],
    );
    rejects(&["--date", "2026-02-30"], &["invalid `--date`"]);
}

#[test]
fn rejects_content_urls_without_non_member() {
    rejects(
        &["--content-url", "https://www.linkedin.com/posts/x"],
        &["invalid `--content-url`", "hint: add --non-member"],
    );
}

#[test]
fn rejects_a_letter_without_an_address() {
    let sandbox = Sandbox::new();
    let assert = sandbox
        .objection(&[
            "letter",
            "--name",
            "A B",
            "--email",
            "a@example.de",
            "--country",
            "DE",
            "--date",
            DATE,
            "-o",
            "l.txt",
        ])
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("missing --address"), "{stderr}");
    assert!(sandbox.files().is_empty());
}

#[test]
fn rejects_bad_urls_unknown_purposes_and_overlong_text() {
    rejects(
        &["--non-member", "--content-url", "linkedin.com/posts/x"],
        &["invalid `--content-url`", "is not a web address"],
    );
    rejects(
        &["--object-to", "ai-training,spam"],
        &["`spam` is not something you can object to", "ads-profiling"],
    );
    let long_name = "A".repeat(201);
    rejects(
        &["--name", &long_name],
        &["invalid `--name`", "201 characters", "at most 200"],
    );
    let long_reason = "x".repeat(5001);
    rejects(
        &["--reason", &long_reason],
        &["invalid `--reason`", "at most 5000"],
    );
}

#[test]
fn rejects_overlong_urls_and_too_many_of_them() {
    let long_url = format!("https://www.linkedin.com/posts/{}", "x".repeat(2_000));
    rejects(
        &["--profile-url", &long_url],
        &["invalid `--profile-url`", "at most 2000"],
    );
    let url = "https://www.linkedin.com/posts/x";
    let mut many = vec!["--non-member"];
    for _ in 0..51 {
        many.extend(["--content-url", url]);
    }
    rejects(
        &many,
        &["invalid `--content-url`", "51 URLs given; at most 50"],
    );
}

#[test]
fn rejects_bidirectional_controls_that_could_disguise_a_name() {
    rejects(
        &["--name", "Anna \u{202E}tdimhcS"],
        &[
            "invalid `--name`",
            "bidirectional formatting character U+202E",
        ],
    );
    rejects(
        &["--address", "Lindenstraße 12\u{2067}"],
        &["invalid `--address`", "U+2067"],
    );
}

#[test]
fn rejects_a_details_file_with_an_unknown_field_naming_the_line() {
    let sandbox = Sandbox::new();
    let path = sandbox.write(
        "me.toml",
        "name = \"Anna\"\nemail = \"anna@example.de\"\nadress = \"x\"\n",
    );
    let assert = sandbox
        .objection(&[
            "letter",
            "--details",
            path.to_str().unwrap(),
            "-o",
            "letter.txt",
        ])
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("unknown field `adress`"), "{stderr}");
    assert!(stderr.contains("line 3"), "{stderr}");
    assert_eq!(sandbox.files(), vec!["me.toml"]);
}

#[test]
fn rejects_a_details_file_with_a_wrong_type_naming_the_line() {
    let sandbox = Sandbox::new();
    let path = sandbox.write(
        "me.toml",
        "name = \"Anna\"\ncontent_urls = \"https://x.y\"\n",
    );
    let assert = sandbox
        .objection(&["letter", "--details", path.to_str().unwrap()])
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(stderr.contains("sequence"), "{stderr}");
}

#[test]
fn names_the_details_file_key_when_a_value_from_the_file_is_bad() {
    let sandbox = Sandbox::new();
    let path = sandbox.write(
        "me.toml",
        "name = \"Anna\"\nemail = \"nope\"\ncountry = \"DE\"\naddress = \"x\"\n",
    );
    sandbox
        .objection(&[
            "letter",
            "--details",
            path.to_str().unwrap(),
            "--date",
            DATE,
        ])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("invalid `email` in").and(predicate::str::contains("me.toml")),
        );
}

#[test]
fn never_overwrites_an_existing_file_without_force() {
    let sandbox = Sandbox::new();
    sandbox.write("letter.txt", "my own notes");
    let mut args: Vec<&str> = vec!["letter"];
    args.extend(VALID);
    args.extend(["-o", "letter.txt"]);
    sandbox.objection(&args).assert().code(2).stderr(
        predicate::str::contains("`letter.txt` already exists")
            .and(predicate::str::contains("--force")),
    );
    assert_eq!(
        std::fs::read_to_string(sandbox.file("letter.txt")).unwrap(),
        "my own notes"
    );

    args.push("--force");
    sandbox.objection(&args).assert().success();
    assert!(
        std::fs::read_to_string(sandbox.file("letter.txt"))
            .unwrap()
            .contains("Anna Schmidt")
    );
}

#[test]
fn one_bad_output_name_writes_no_file_at_all() {
    let sandbox = Sandbox::new();
    let mut args: Vec<&str> = vec!["letter"];
    args.extend(VALID);
    args.extend(["-o", "letter.txt", "-o", "letter.docx"]);
    sandbox
        .objection(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot tell the format of `letter.docx`",
        ));
    assert!(sandbox.files().is_empty());
}

#[test]
fn a_complaint_needs_the_objection_date_and_it_cannot_be_in_the_future() {
    let sandbox = Sandbox::new();
    let mut args: Vec<&str> = vec!["complaint"];
    args.extend(VALID);
    sandbox
        .objection(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing --objection-date"));
    args.extend(["--objection-date", "2026-12-01"]);
    sandbox
        .objection(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is after the complaint's date"));
}

#[test]
fn a_premature_complaint_is_written_with_a_warning() {
    let mut args: Vec<&str> = vec!["complaint"];
    args.extend(VALID);
    args.extend(["--objection-date", "2026-11-10"]);
    Sandbox::new()
        .objection(&args)
        .assert()
        .success()
        // In the letter's language (German for DE), with the date written out.
        .stderr(
            predicate::str::contains("warning: ")
                .and(predicate::str::contains("10. Dezember 2026"))
                .and(predicate::str::contains("note: ")),
        );
    // The same warning in English when the letter is in English.
    let mut english = args.clone();
    english.extend(["--lang", "en"]);
    Sandbox::new()
        .objection(&english)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: LinkedIn has until 10 December 2026 to reply; a complaint about a \
             missing reply is premature before then.",
        ));
}

#[test]
fn the_form_text_refuses_grounds_too_long_for_the_form() {
    let long_reason = "Mein Grund. ".repeat(170);
    let sandbox = Sandbox::new();
    let mut args: Vec<&str> = vec!["form"];
    args.extend(VALID);
    args.extend(["--reason", &long_reason]);
    sandbox.objection(&args).assert().code(2).stderr(
        predicate::str::contains("more than the 2000 the form takes")
            .and(predicate::str::contains("shorten --reason")),
    );
    // The letter takes the same grounds.
    args[0] = "letter";
    sandbox.objection(&args).assert().success();
}

#[test]
fn source_date_epoch_sets_the_date_and_is_validated() {
    let mut args: Vec<&str> = vec!["letter"];
    args.extend(&VALID[..8]);
    Sandbox::new()
        .objection(&args)
        .env("SOURCE_DATE_EPOCH", "1795392000")
        .assert()
        .success()
        .stdout(predicate::str::contains("23. November 2026"));
    Sandbox::new()
        .objection(&args)
        .env("SOURCE_DATE_EPOCH", "tomorrow")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid `SOURCE_DATE_EPOCH`"));
}

#[test]
fn usage_errors_exit_with_code_2() {
    Sandbox::new()
        .objection(&["letter", "--no-such-flag"])
        .assert()
        .code(2);
    Sandbox::new().objection(&["fly"]).assert().code(2);
}

#[test]
fn lists_jurisdictions_as_a_table() {
    let assert = Sandbox::new()
        .objection(&["jurisdictions"])
        .assert()
        .success();
    let table = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let line = |code: &str| {
        table
            .lines()
            .find(|line| line.starts_with(&format!("{code} ")))
            .unwrap_or_else(|| panic!("no row {code}:\n{table}"))
            .to_owned()
    };
    assert!(line("DE-BY").contains("Bavarian State Office for Data Protection Supervision"));
    assert!(line("GB").contains("LinkedIn Corporation") && line("GB").contains("UK GDPR"));
    assert!(line("CH").contains("LinkedIn Ireland") && line("CH").contains("CH FADP"));
    assert_eq!(table.lines().count(), 1 + 55);
}

#[test]
fn lists_jurisdictions_as_json() {
    let assert = Sandbox::new()
        .objection(&["jurisdictions", "--json"])
        .assert()
        .success();
    let rows: serde_json::Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 55);
    let ie = rows.iter().find(|row| row["code"] == "IE").unwrap();
    assert_eq!(
        ie["controller"]["name"],
        "LinkedIn Ireland Unlimited Company"
    );
    assert_eq!(ie["law"]["id"], "gdpr");
    assert_eq!(ie["authority"]["email"], "info@dataprotection.ie");
    assert!(
        ie["authority"]["source"]
            .as_str()
            .unwrap()
            .contains("datenanfragen")
    );
}

#[test]
fn prints_shell_completions_for_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let assert = Sandbox::new()
            .objection(&["completions", shell])
            .assert()
            .success();
        let script = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
        // Fish writes long options without their dashes (`-l objection-date`).
        for word in [
            "letter",
            "complaint",
            "reminder",
            "status",
            "objection-date",
            "paper",
        ] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    Sandbox::new()
        .objection(&["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn prints_a_man_page() {
    let assert = Sandbox::new().objection(&["man"]).assert().success();
    let page = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(
        page.contains(".TH objection 1"),
        "{}",
        &page[..200.min(page.len())]
    );
    assert!(page.contains("This is not legal advice"));
    assert!(page.contains("letter"));
}

#[test]
fn languages_lists_every_locale_with_its_own_name() {
    let table = crate::util::stdout_of(&["languages"]);
    assert_eq!(table.lines().count(), 28, "{table}");
    for expected in [
        "pl          Polski",
        "fr-CA       Français (Canada)",
        "ga          Gaeilge",
        "zh-Hant-HK  繁體中文（香港）",
    ] {
        assert!(table.contains(expected), "{expected}\n{table}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&crate::util::stdout_of(&["languages", "--json"])).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 28);
    let nl = rows.iter().find(|r| r["code"] == "nl").unwrap();
    assert_eq!(nl["name"], "Nederlands");
    assert_eq!(nl["default_for"], serde_json::json!(["BE", "NL"]));
}

/// Runs `objection ARGS` on a pseudo-terminal (util-linux `script`), returning what the
/// terminal showed.
fn on_a_terminal(args: &str, no_color: Option<&str>) -> String {
    let binary = env!("CARGO_BIN_EXE_objection");
    let mut command = std::process::Command::new("script");
    command
        .args(["-qec", &format!("{binary} {args}"), "/dev/null"])
        .env_remove("NO_COLOR");
    if let Some(value) = no_color {
        command.env("NO_COLOR", value);
    }
    let output = command.output().expect("script (util-linux) runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn labels_are_coloured_on_a_terminal_unless_no_color_is_set() {
    let coloured = on_a_terminal("letter --country DE", None);
    assert!(
        coloured.contains("\u{1b}[1;31merror:\u{1b}[0m missing --name"),
        "{coloured:?}"
    );
    assert!(
        coloured.contains("\u{1b}[1;32mhint:\u{1b}[0m"),
        "{coloured:?}"
    );
    let plain = on_a_terminal("letter --country DE", Some("1"));
    assert!(plain.contains("error: missing --name"), "{plain:?}");
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
    // Not a terminal: plain, whatever NO_COLOR says.
    let piped = Sandbox::new().objection(&["letter"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&piped.stderr).contains('\u{1b}'));
}
