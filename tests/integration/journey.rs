//! The whole journey on a temporary case folder with fixed dates: letter, status (waiting),
//! status (overdue), reminder, complaint; plus the calendar file read by a real parser
//! (Python's `icalendar`, installed by `.ci/run`) and the case record's version check.

use std::process::Command;

use crate::util::{Sandbox, fixture, run_in};

fn read(sandbox: &Sandbox, name: &str) -> String {
    std::fs::read_to_string(sandbox.file(name)).unwrap_or_else(|err| panic!("{name}: {err}"))
}

#[test]
fn the_journey_from_letter_to_complaint() {
    let sandbox = Sandbox::new();
    let details = fixture("ie-member.toml");

    // 1. The letter starts the case.
    run_in(
        &sandbox,
        &[
            "letter",
            "--details",
            &details,
            "--case",
            "case",
            "--date",
            "2026-11-23",
        ],
    );
    let files: Vec<String> = {
        let mut names: Vec<String> = std::fs::read_dir(sandbox.file("case"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        files,
        ["case.json", "deadline.ics", "letter.pdf", "letter.txt"]
    );
    let record: serde_json::Value =
        serde_json::from_str(&read(&sandbox, "case/case.json")).unwrap();
    assert_eq!(record["schema"], "objection-case");
    assert_eq!(record["version"], 1);
    assert_eq!(record["jurisdiction"], "IE");
    assert_eq!(record["deadline"]["date"], "2026-12-23");
    assert!(
        record["deadline"]["rule"]
            .as_str()
            .unwrap()
            .contains("1182/71")
    );
    assert_eq!(record["documents"][0]["kind"], "letter");
    assert_eq!(record["documents"][0]["date"], "2026-11-23");
    let reference = record["reference"].as_str().unwrap().to_owned();
    assert!(reference.starts_with("OBJ-20261123-IE-"), "{reference}");

    // 2. Before the deadline: waiting.
    let (status, _) = run_in(
        &sandbox,
        &["status", "--case", "case", "--date", "2026-12-01"],
    );
    assert!(status.contains(&reference));
    assert!(
        status.contains("Waiting for LinkedIn's reply until 23 December 2026 (22 days left)"),
        "{status}"
    );
    assert!(status.contains("objection reminder --case case"));

    // 3. After it: overdue.
    let (status, _) = run_in(
        &sandbox,
        &["status", "--case", "case", "--date", "2026-12-30"],
    );
    assert!(
        status.contains("Overdue by 7 days: the deadline was 23 December 2026"),
        "{status}"
    );

    // 4. The reminder cites the letter and sets 14 days.
    run_in(
        &sandbox,
        &["reminder", "--case", "case", "--date", "2026-12-30"],
    );
    let reminder = read(&sandbox, "case/reminder.txt");
    assert!(
        reminder.contains("Reminder: my objection of 23 November 2026"),
        "{reminder}"
    );
    assert!(reminder.contains("ended on 23 December 2026"));
    assert!(
        reminder.contains("in writing by 13 January 2027"),
        "30 Dec + 14 days:\n{reminder}"
    );
    assert!(reminder.contains("Data Protection Commission"));
    assert!(reminder.contains("- My objection of 23 November 2026"));
    assert!(sandbox.file("case/reminder.pdf").exists());
    let (status, _) = run_in(
        &sandbox,
        &["status", "--case", "case", "--date", "2027-01-20"],
    );
    assert!(
        status.contains("Reminder sent on 30 December 2026."),
        "{status}"
    );
    assert!(
        status.contains("Overdue by 7 days: the deadline was 13 January 2027"),
        "{status}"
    );
    assert!(status.contains("objection complaint --case case"));

    // 5. The complaint takes its dates from the case and encloses letter and reminder.
    run_in(
        &sandbox,
        &["complaint", "--case", "case", "--date", "2027-01-20"],
    );
    let complaint = read(&sandbox, "case/complaint.txt");
    assert!(complaint.contains("21 Fitzwilliam Square South"));
    assert!(
        complaint.contains("On 23 November 2026 I objected"),
        "{complaint}"
    );
    assert!(complaint.contains("On 30 December 2026 I reminded LinkedIn of my objection and set a further deadline of 13 January 2027."));
    assert!(complaint.contains(
        "Enclosures:\n- My objection of 23 November 2026\n- My reminder of 30 December 2026"
    ));
    let (status, _) = run_in(
        &sandbox,
        &["status", "--case", "case", "--date", "2027-01-21"],
    );
    assert!(
        status.contains("Complaint written on 20 January 2027"),
        "{status}"
    );

    let record: serde_json::Value =
        serde_json::from_str(&read(&sandbox, "case/case.json")).unwrap();
    let kinds: Vec<&str> = record["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["letter", "reminder", "complaint"]);
    assert_eq!(record["reminder_deadline"]["date"], "2027-01-13");
}

#[test]
fn the_calendar_file_passes_a_real_parser() {
    let sandbox = Sandbox::new();
    let details = fixture("de-member.toml");
    run_in(
        &sandbox,
        &[
            "letter",
            "--details",
            &details,
            "--case",
            "fall",
            "--date",
            "2027-01-29",
        ],
    );
    let path = sandbox.file("fall/deadline.ics");
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [c for c in cal.walk('VEVENT')]
assert len(events) == 1, events
event = events[0]
print(event.decoded('DTSTART').isoformat())
print(event.decoded('DTEND').isoformat())
print(str(event.get('SUMMARY')))
print(str(event.get('UID')))
"#;
    let output = Command::new("python3")
        .args(["-c", script, path.to_str().unwrap()])
        .output()
        .expect("python3 with icalendar (pip install icalendar; see .ci/run)");
    assert!(
        output.status.success(),
        "icalendar: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let parsed = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = parsed.lines().collect();
    // 29 January 2027 + 1 month = 28 February 2027, a Sunday -> Monday 1 March 2027.
    assert_eq!(lines[0], "2027-03-01");
    assert_eq!(lines[1], "2027-03-02");
    assert!(
        lines[2].starts_with("Frist für die Antwort von LinkedIn"),
        "{}",
        lines[2]
    );
    assert!(lines[3].ends_with("@objection.invalid"));
    let raw = std::fs::read(&path).unwrap();
    assert!(
        raw.windows(2).all(|w| w[1] != b'\n' || w[0] == b'\r'),
        "lines end in CRLF"
    );
}

#[cfg(unix)]
#[test]
fn case_folders_and_documents_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::new();
    let details = fixture("fr-member.toml");
    run_in(
        &sandbox,
        &[
            "letter",
            "--details",
            &details,
            "--case",
            "dossier",
            "--date",
            "2026-11-23",
        ],
    );
    run_in(
        &sandbox,
        &[
            "form",
            "--details",
            &details,
            "--date",
            "2026-11-23",
            "-o",
            "form.txt",
        ],
    );
    let mode = |name: &str| {
        std::fs::metadata(sandbox.file(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode("dossier"), 0o700);
    for file in [
        "dossier/case.json",
        "dossier/letter.txt",
        "dossier/letter.pdf",
        "dossier/deadline.ics",
        "form.txt",
    ] {
        assert_eq!(mode(file), 0o600, "{file}");
    }
}

#[test]
fn case_records_of_other_versions_are_refused_clearly() {
    let sandbox = Sandbox::new();
    std::fs::create_dir(sandbox.file("old")).unwrap();
    sandbox.write(
        "old/case.json",
        r#"{"schema": "objection-case", "version": 7, "reference": "X"}"#,
    );
    let output = sandbox
        .objection(&["status", "--case", "old"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("newer objection (case version 7"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: update objection"), "{stderr}");

    let output = sandbox
        .objection(&["reminder", "--case", "missing"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("does not exist"));
    assert!(
        !sandbox.file("missing").exists(),
        "a failed follow-up creates no folder"
    );
}

#[test]
fn a_case_keeps_the_documents_a_user_made_unless_forced() {
    let sandbox = Sandbox::new();
    let details = fixture("ie-member.toml");
    run_in(
        &sandbox,
        &[
            "letter",
            "--details",
            &details,
            "--case",
            "c",
            "--date",
            "2026-11-23",
        ],
    );
    std::fs::write(sandbox.file("c/letter.txt"), "my annotated copy").unwrap();
    let output = sandbox
        .objection(&[
            "letter",
            "--details",
            &details,
            "--case",
            "c",
            "--date",
            "2026-11-24",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(read(&sandbox, "c/letter.txt"), "my annotated copy");
    let record: serde_json::Value = serde_json::from_str(&read(&sandbox, "c/case.json")).unwrap();
    assert_eq!(
        record["documents"].as_array().unwrap().len(),
        1,
        "nothing recorded on failure"
    );
}

/// A country served by the generic jurisdiction (Brazil) keeps its own code in the case, so
/// that the follow-ups validate again. (The case once stored `OTHER`, which is not a country.)
#[test]
fn a_case_for_a_country_without_its_own_jurisdiction_file_can_be_followed_up() {
    let sandbox = Sandbox::new();
    let base = [
        "--name",
        "João Silva",
        "--email",
        "joao@example.org",
        "--address",
        "Rua Augusta 1, São Paulo",
        "--country",
        "BR",
    ];
    let letter: Vec<&str> = ["letter", "--case", "case", "--date", "2026-10-01"]
        .into_iter()
        .chain(base)
        .collect();
    run_in(&sandbox, &letter);
    let record: serde_json::Value =
        serde_json::from_str(&read(&sandbox, "case/case.json")).unwrap();
    assert_eq!(record["jurisdiction"], "OTHER");
    assert_eq!(record["details"]["country"], "BR");
    run_in(
        &sandbox,
        &["reminder", "--case", "case", "--date", "2026-11-10"],
    );
    assert!(read(&sandbox, "case/reminder.txt").contains("1 October 2026"));
    let (status, _) = run_in(
        &sandbox,
        &["status", "--case", "case", "--date", "2026-11-12"],
    );
    assert!(
        status.contains("Reminder sent on 10 November 2026"),
        "{status}"
    );
}
