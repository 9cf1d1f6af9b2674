//! Personal data stays on the machine: every subcommand gives the same output inside a
//! network namespace without any network (`unshare -rn`) as outside it.

use std::path::Path;
use std::process::{Command, Output};

use crate::util::{DATE, Sandbox, fixture};

/// Runs the binary in `dir`, optionally inside a new network namespace with no interfaces.
fn run(dir: &Path, args: &[&str], offline: bool) -> Output {
    let binary = env!("CARGO_BIN_EXE_objection");
    let mut command = if offline {
        let mut command = Command::new("unshare");
        command.args(["-rn", binary]);
        command
    } else {
        Command::new(binary)
    };
    command
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .output()
        .expect("run objection (offline runs need `unshare` from util-linux)")
}

#[test]
fn every_subcommand_works_the_same_without_a_network() {
    let details = fixture("de-member.toml");
    let steps: Vec<Vec<&str>> = vec![
        vec!["form", "--details", &details, "--date", DATE],
        vec![
            "letter",
            "--details",
            &details,
            "--date",
            DATE,
            "-o",
            "l.txt",
            "-o",
            "l.pdf",
            "-o",
            "l.json",
        ],
        vec![
            "letter",
            "--details",
            &details,
            "--date",
            DATE,
            "--case",
            "case",
        ],
        vec!["status", "--case", "case", "--date", "2026-12-30"],
        vec!["reminder", "--case", "case", "--date", "2026-12-30"],
        vec!["complaint", "--case", "case", "--date", "2027-01-20"],
        vec![
            "complaint",
            "--details",
            &details,
            "--objection-date",
            DATE,
            "--date",
            "2027-01-20",
        ],
        vec!["jurisdictions", "--json"],
        vec!["authority", "DE-BY"],
        vec!["letter", "--name", ""],
    ];
    let online = Sandbox::new();
    let offline = Sandbox::new();
    // The namespace really has no network: its only interface is the loopback, and there
    // is no route at all (/proc/net shows the namespace of the process reading it).
    let probe = Command::new("unshare")
        .args(["-rn", "sh", "-c", "cat /proc/net/dev /proc/net/route"])
        .output()
        .expect("unshare");
    assert!(
        probe.status.success(),
        "unshare -rn failed: {}",
        String::from_utf8_lossy(&probe.stderr)
    );
    let probe = String::from_utf8_lossy(&probe.stdout).into_owned();
    let interfaces: Vec<&str> = probe
        .lines()
        .filter_map(|line| line.split_once(':').map(|(name, _)| name.trim()))
        .filter(|name| !name.contains('|'))
        .collect();
    assert_eq!(interfaces, ["lo"], "{probe}");
    assert!(
        !probe
            .lines()
            .any(|l| l.starts_with("lo\t") || l.contains("\t00000000\t")),
        "no routes: {probe}"
    );

    for args in &steps {
        let a = run(online.path(), args, false);
        let b = run(offline.path(), args, true);
        assert_eq!(a.status.code(), b.status.code(), "{args:?}");
        assert_eq!(
            a.stdout, b.stdout,
            "{args:?}: standard output differs offline"
        );
        assert_eq!(
            String::from_utf8_lossy(&a.stderr).replace(&online.path().display().to_string(), "DIR"),
            String::from_utf8_lossy(&b.stderr)
                .replace(&offline.path().display().to_string(), "DIR"),
            "{args:?}"
        );
    }
    for file in [
        "l.txt",
        "l.pdf",
        "l.json",
        "case/case.json",
        "case/letter.pdf",
        "case/reminder.pdf",
        "case/complaint.pdf",
        "case/deadline.ics",
    ] {
        assert_eq!(
            std::fs::read(online.path().join(file)).unwrap(),
            std::fs::read(offline.path().join(file)).unwrap(),
            "{file} differs offline"
        );
    }
}
