//! `objection batch`: CSV and JSON Lines input, bad rows reported and skipped, resumption,
//! and interruption by a signal without a torn file.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::util::{Sandbox, run_in};

const HEADER: &str =
    "id,name,email,address,place,country,lang,non_member,content_urls,profile_url,object_to,reason";

/// A CSV row for person `n`, spread over several jurisdictions and languages.
fn good_row(n: usize) -> String {
    let (country, lang) = [
        ("DE-BE", "de"),
        ("FR", "fr"),
        ("IE", "en"),
        ("GB", "en"),
        ("CH", "fr"),
    ][n % 5];
    format!(
        "M-{n},Person {n},p{n}@example.org,\"Street {n}\n1000 Town\",Town,{country},{lang},no,,,\"ai-training,ads-profiling\",I organise a union branch.\n"
    )
}

fn people_csv(rows: usize, bad: &[(usize, &str)]) -> String {
    let mut csv = format!("{HEADER}\n");
    for n in 1..=rows {
        match bad.iter().find(|(row, _)| *row == n) {
            Some((_, line)) => csv.push_str(line),
            None => csv.push_str(&good_row(n)),
        }
    }
    csv
}

fn folders(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_csv_with_three_bad_rows_among_fifty_writes_the_rest_and_reports_each() {
    let sandbox = Sandbox::new();
    let bad = [
        (
            7,
            "M-7,Person 7,not-an-address,Street 7,Town,DE-BE,de,no,,,ai-training,\n",
        ),
        (
            23,
            "M-23,Person 23,p23@example.org,Street 23,Town,XX,,no,,,ai-training,\n",
        ),
        (
            41,
            "M-41,Person 41,p41@example.org,Street 41,Town,FR,fr,perhaps,,,ai-training,\n",
        ),
    ];
    let input = sandbox.write("people.csv", &people_csv(50, &bad));
    let output = sandbox
        .objection(&[
            "batch",
            input.to_str().unwrap(),
            "--document",
            "letter",
            "--out",
            "letters",
            "--date",
            "2026-11-23",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("error: row 7 (id M-7): `email`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: row 23 (id M-23): `country`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: row 41 (id M-41): `non_member`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("47 written, 0 already done, 3 failed"),
        "{stderr}"
    );

    let out = sandbox.file("letters");
    let names = folders(&out);
    assert_eq!(names.len(), 47);
    for failed in ["M-7", "M-23", "M-41"] {
        assert!(!names.contains(&failed.to_owned()), "{failed} has a folder");
    }
    for name in &names {
        let mut files: Vec<String> = std::fs::read_dir(out.join(name))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        assert_eq!(
            files,
            ["case.json", "deadline.ics", "letter.pdf", "letter.txt"],
            "{name}"
        );
    }

    let mut report = csv_records(&out.join("errors.csv"));
    assert_eq!(report.remove(0), ["row", "id", "field", "message"]);
    let summary: Vec<(String, String, String)> = report
        .iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    assert_eq!(
        summary,
        [
            ("7".into(), "M-7".into(), "email".into()),
            ("23".into(), "M-23".into(), "country".into()),
            ("41".into(), "M-41".into(), "non_member".into()),
        ]
    );
    assert!(report.iter().all(|r| !r[3].is_empty()), "{report:?}");
}

/// Parses a CSV file with Python's csv module, a reader that is not ours.
fn csv_records(path: &Path) -> Vec<Vec<String>> {
    let script =
        "import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], newline='')))))";
    let output = Command::new("python3")
        .args(["-c", script, path.to_str().unwrap()])
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn json_lines_rows_match_the_single_letter_byte_for_byte() {
    let sandbox = Sandbox::new();
    let jsonl = concat!(
        r#"{"id":"anna","name":"Anna Schmidt","email":"anna@example.org","address":"Musterstraße 1\n10115 Berlin","place":"Berlin","country":"DE-BE","object_to":["ai-training","ads-profiling"],"reason":"Ich bin Journalistin."}"#,
        "\n\n",
        r#"{"id":"jean","name":"Jean Dupont","email":"jean@example.org","address":"1 rue de Rivoli\n75001 Paris","country":"FR","non_member":true,"content_urls":["https://www.linkedin.com/posts/a-1"]}"#,
        "\n",
    );
    let input = sandbox.write("people.jsonl", jsonl);
    run_in(
        &sandbox,
        &[
            "batch",
            input.to_str().unwrap(),
            "--out",
            "out",
            "--date",
            "2026-11-23",
        ],
    );
    assert_eq!(folders(&sandbox.file("out")), ["anna", "jean"]);

    // The same person through `letter`: text and PDF are identical, so a batch letter is
    // the letter a person would have made alone (and the PDF does not depend on how many
    // documents the process rendered before it).
    run_in(
        &sandbox,
        &[
            "letter",
            "--name",
            "Jean Dupont",
            "--email",
            "jean@example.org",
            "--address",
            "1 rue de Rivoli\n75001 Paris",
            "--country",
            "FR",
            "--non-member",
            "--content-url",
            "https://www.linkedin.com/posts/a-1",
            "--date",
            "2026-11-23",
            "-o",
            "jean.txt",
            "-o",
            "jean.pdf",
        ],
    );
    for ext in ["txt", "pdf"] {
        let single = std::fs::read(sandbox.file(&format!("jean.{ext}"))).unwrap();
        let batch = std::fs::read(sandbox.file(&format!("out/jean/letter.{ext}"))).unwrap();
        assert!(
            single == batch,
            "letter.{ext} differs between batch and single run"
        );
    }
    let record: serde_json::Value =
        serde_json::from_slice(&std::fs::read(sandbox.file("out/anna/case.json")).unwrap())
            .unwrap();
    assert_eq!(record["jurisdiction"], "DE-BE");
    assert_eq!(
        record["documents"][0]["files"],
        serde_json::json!(["letter.txt", "letter.pdf"])
    );
}

#[test]
fn a_second_run_skips_the_rows_already_done_unless_forced() {
    let sandbox = Sandbox::new();
    let input = sandbox.write("people.csv", &people_csv(6, &[]));
    let batch = |extra: &[&str]| {
        let mut args = vec![
            "batch",
            input.to_str().unwrap(),
            "--out",
            "out",
            "--format",
            "txt",
            "--date",
            "2026-11-23",
        ];
        args.extend_from_slice(extra);
        run_in(&sandbox, &args).1
    };
    assert!(batch(&[]).contains("6 written, 0 already done"));
    let letter = sandbox.file("out/M-3/letter.txt");
    std::fs::write(&letter, "edited by hand").unwrap();
    std::fs::remove_file(sandbox.file("out/M-5/case.json")).unwrap();

    let second = batch(&[]);
    assert!(second.contains("1 written, 5 already done"), "{second}");
    assert_eq!(std::fs::read_to_string(&letter).unwrap(), "edited by hand");
    assert!(sandbox.file("out/M-5/case.json").exists());

    let forced = batch(&["--force"]);
    assert!(forced.contains("6 written, 0 already done"), "{forced}");
    assert_ne!(std::fs::read_to_string(&letter).unwrap(), "edited by hand");
}

#[test]
fn a_bad_header_is_refused_before_anything_is_written() {
    let sandbox = Sandbox::new();
    let input = sandbox.write("people.csv", "name,emial\nA,a@example.org\n");
    let output = sandbox
        .objection(&["batch", input.to_str().unwrap(), "--out", "out"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown column `emial`"), "{stderr}");
    assert!(
        stderr.contains("hint: the columns are: id, name, email"),
        "{stderr}"
    );
    assert!(!sandbox.file("out").exists());
}

#[cfg(unix)]
#[test]
fn batch_output_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::new();
    let input = sandbox.write("people.csv", &people_csv(2, &[]));
    run_in(
        &sandbox,
        &[
            "batch",
            input.to_str().unwrap(),
            "--out",
            "out",
            "--date",
            "2026-11-23",
        ],
    );
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&sandbox.file("out")), 0o700);
    assert_eq!(mode(&sandbox.file("out/errors.csv")), 0o600);
    for entry in walk(&sandbox.file("out/M-1")) {
        let expected = if entry.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(mode(&entry), expected, "{}", entry.display());
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut all = vec![dir.to_owned()];
    for entry in std::fs::read_dir(dir).unwrap() {
        all.push(entry.unwrap().path());
    }
    all
}

/// Starts a long batch, waits until some rows are done, and sends `signal`.
fn interrupted_batch(sandbox: &Sandbox, signal: &str) -> std::process::Output {
    let input = sandbox.write("people.csv", &people_csv(300, &[]));
    // A plain std Command, so the process can be signalled while it runs.
    let child = Command::new(env!("CARGO_BIN_EXE_objection"))
        .env_clear()
        .current_dir(sandbox.path())
        .args([
            "batch",
            input.to_str().unwrap(),
            "--out",
            "out",
            "--date",
            "2026-11-23",
        ])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while count_done(&sandbox.file("out")) < 5 {
        assert!(started.elapsed() < Duration::from_secs(60), "no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    child.wait_with_output().unwrap()
}

/// Row folders in place with their done marker; a hidden staging folder is not a done row.
fn count_done(out: &Path) -> usize {
    std::fs::read_dir(out).map_or(0, |entries| {
        entries
            .map(|e| e.unwrap())
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .filter(|e| e.path().join("case.json").exists())
            .count()
    })
}

/// Every PDF in the output is whole: qpdf finds no damage, and it ends with `%%EOF`.
fn assert_every_pdf_is_whole(out: &Path) -> usize {
    let mut checked = 0;
    for folder in std::fs::read_dir(out).unwrap() {
        let folder = folder.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&folder).unwrap() {
            let path = file.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".pdf") {
                let bytes = std::fs::read(&path).unwrap();
                assert!(bytes.starts_with(b"%PDF-"), "{}", path.display());
                assert!(
                    bytes.trim_ascii_end().ends_with(b"%%EOF"),
                    "torn PDF {}",
                    path.display()
                );
                checked += 1;
            }
        }
    }
    checked
}

#[test]
fn a_batch_killed_mid_run_leaves_no_torn_pdf_and_resumes() {
    let sandbox = Sandbox::new();
    let output = interrupted_batch(&sandbox, "-KILL");
    assert_eq!(output.status.code(), None, "killed by the signal");
    let out = sandbox.file("out");
    let done_before = count_done(&out);
    assert!(done_before < 300, "the batch was not interrupted");
    let pdfs = assert_every_pdf_is_whole(&out);
    assert!(pdfs >= done_before);
    // One of them through a real reader as well.
    let sample = out.join("M-1/letter.pdf");
    if sample.exists() {
        let check = Command::new("qpdf")
            .arg("--check")
            .arg(&sample)
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        );
    }

    // The next run picks up where it stopped and cleans up temporary files.
    let input = sandbox.file("people.csv");
    let (_, stderr) = run_in(
        &sandbox,
        &[
            "batch",
            input.to_str().unwrap(),
            "--out",
            "out",
            "--date",
            "2026-11-23",
        ],
    );
    assert!(
        stderr.contains(&format!("{done_before} already done")),
        "{stderr}"
    );
    assert_eq!(count_done(&out), 300);
    assert_every_pdf_is_whole(&out);
    // Neither staging folders beside the row folders nor temporary files inside them.
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|f| f.unwrap().path())
        .flat_map(|f| {
            let inside = std::fs::read_dir(&f).into_iter().flatten();
            std::iter::once(f.clone()).chain(inside.map(|e| e.unwrap().path()))
        })
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_batch_stopped_with_sigterm_finishes_the_rows_in_hand_and_says_how_to_continue() {
    let sandbox = Sandbox::new();
    let output = interrupted_batch(&sandbox, "-TERM");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("run the same command again to continue"),
        "{stderr}"
    );
    let out = sandbox.file("out");
    assert!(count_done(&out) < 300);
    assert_every_pdf_is_whole(&out);
    assert!(out.join("errors.csv").exists());
}
