//! The guided wizard, driven on a real pseudo-terminal: each test starts `objection` in a
//! private tmux server, waits for each question on the screen, types the answers, and then
//! checks the case folder and the next steps on the screen. Also what happens without a
//! terminal: an error and a hint, or the help, never a wait for answers.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::util::{DATE, Sandbox};

/// How long a question may take to appear; generous, as CI machines are shared and slow.
const PATIENCE: Duration = Duration::from_secs(60);

/// One `objection` run in a detached tmux session of its own server (its socket lives in the
/// sandbox, so parallel tests never meet). The server is killed when this drops.
struct Terminal {
    socket: PathBuf,
}

impl Terminal {
    /// Starts `objection ARGS` in the sandbox, with a clean environment: `HOME` in the
    /// sandbox and the given `LANG`. The shell prints the exit code when the run ends.
    fn start(sandbox: &Sandbox, lang: &str, args: &str) -> Terminal {
        let version = Command::new("tmux").arg("-V").output();
        assert!(
            version.is_ok_and(|output| output.status.success()),
            "tmux is not installed: the wizard tests drive a real terminal with it \
             (.ci/run installs it; on Debian: apt-get install tmux)"
        );
        let terminal = Terminal {
            socket: sandbox.file("tmux.socket"),
        };
        let command = format!(
            "{} {args}; echo \"wizard exited with $?\"; sleep 600",
            env!("CARGO_BIN_EXE_objection")
        );
        let home = format!("HOME={}", sandbox.path().display());
        let lang = format!("LANG={lang}");
        let status = terminal
            .tmux()
            .args(["-u", "new-session", "-d", "-x", "120", "-y", "40"])
            .args(["-e", &home, "-e", &lang])
            .arg("-c")
            .arg(sandbox.path())
            .arg(command)
            .status()
            .expect("tmux runs");
        assert!(status.success(), "tmux new-session failed");
        terminal
    }

    /// `tmux` on this terminal's server, with nothing of the developer's environment.
    fn tmux(&self) -> Command {
        let mut command = Command::new("tmux");
        command.env_clear();
        if let Some(path) = std::env::var_os("PATH") {
            command.env("PATH", path);
        }
        command.arg("-S").arg(&self.socket);
        command
    }

    /// Everything the session has shown, with wrapped lines joined.
    fn screen(&self) -> String {
        let output = self
            .tmux()
            .args(["capture-pane", "-p", "-J", "-S", "-"])
            .output()
            .expect("tmux capture-pane runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Waits until `text` is on the screen and returns the screen; fails with the screen
    /// after [`PATIENCE`].
    #[track_caller]
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "waited {PATIENCE:?} for {text:?}; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Types `text` literally.
    fn type_text(&self, text: &str) {
        self.send(&["-l", text]);
    }

    /// Presses keys by their tmux names (`Enter`, `Down`, `Space`, `C-c`, `Escape`).
    fn press(&self, keys: &[&str]) {
        self.send(keys);
    }

    /// Waits for `question`, types `search`, waits for the list to put `option` under the
    /// cursor, and chooses it.
    fn search(&self, question: &str, search: &str, option: &str) {
        self.wait_for(question);
        self.type_text(search);
        self.wait_for(&format!("> {option}"));
        self.press(&["Enter"]);
    }

    /// Types `text` and presses Enter.
    fn answer(&self, text: &str) {
        self.type_text(text);
        self.press(&["Enter"]);
    }

    fn send(&self, keys: &[&str]) {
        let status = self
            .tmux()
            .args(["send-keys", "-t", "0"])
            .args(keys)
            .status()
            .expect("tmux send-keys runs");
        assert!(status.success(), "tmux send-keys {keys:?} failed");
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = self.tmux().arg("kill-server").status();
    }
}

/// The names of the files in `dir`, sorted.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn case_record(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("case.json")).unwrap()).unwrap()
}

#[test]
fn guides_a_member_in_germany_through_the_whole_task_in_german() {
    let sandbox = Sandbox::new();
    let terminal = Terminal::start(&sandbox, "de_DE.UTF-8", &format!("new --date {DATE}"));

    // The system locale preselects German.
    let screen = terminal.wait_for("? Sprache");
    assert!(screen.contains("> Deutsch"), "{screen}");
    terminal.press(&["Enter"]);
    terminal.search("? Wo wohnen Sie?", "Bayern", "Bayern · DE-BY");
    terminal.wait_for("? Haben Sie ein LinkedIn-Konto?");
    terminal.press(&["Enter"]);
    terminal.wait_for("? Ihr vollständiger Name");
    terminal.answer("Anna Schmidt");
    // The e-mail address is checked as it is typed, with the rule of --email.
    terminal.wait_for("? Ihre E-Mail-Adresse");
    terminal.answer("anna@");
    terminal.wait_for("Das ist keine E-Mail-Adresse. Beispiel: name@example.org");
    terminal.answer("example.de");
    terminal.wait_for("? Ihre Postanschrift, Zeile 1");
    terminal.answer("Lindenstraße 12");
    terminal.wait_for("? Ihre Postanschrift, Zeile 2");
    terminal.answer("80331 München");
    terminal.wait_for("? Ihre Postanschrift, Zeile 3");
    terminal.press(&["Enter"]);
    // The town defaults to the last address line without the postcode.
    terminal.wait_for("? Ihr Wohnort (für die Datumszeile des Briefs) (München)");
    terminal.press(&["Enter"]);
    // AI training is ticked already; tick advertising too.
    let screen = terminal.wait_for("? Wogegen widersprechen Sie?");
    assert!(
        screen.contains("> [x] LinkedIn trainiert mit Ihren Daten KI"),
        "{screen}"
    );
    terminal.press(&["Down", "Down", "Space", "Enter"]);
    // Grounds too long for the form's text box are asked for again, after the documents.
    terminal.wait_for("? Warum ist Ihnen das persönlich wichtig?");
    terminal.answer(&"Ich bin Journalistin. ".repeat(45));
    terminal.wait_for("? Welche Dokumente möchten Sie?");
    terminal.press(&["Enter"]);
    terminal.wait_for("Zeichen, höchstens 2000.");
    terminal.wait_for("? Warum ist Ihnen das persönlich wichtig?");
    terminal.answer("Ich bin Journalistin und muss meine Quellen schützen.");
    let screen = terminal.wait_for("? Ordner für Ihre Dokumente (objection-2026-11-23)");
    assert!(screen.contains("Vorschau Ihres Textes:"), "{screen}");
    assert!(screen.contains("│ Name: Anna Schmidt"), "{screen}");
    assert!(
        screen.contains("│ Ich bin Journalistin und muss meine Quellen schützen."),
        "{screen}"
    );
    // Nothing is written before the last confirmation.
    assert_eq!(sandbox.files(), ["tmux.socket"]);
    terminal.press(&["Enter"]);
    terminal.wait_for("? Ihre Dokumente jetzt in den Ordner objection-2026-11-23 schreiben?");
    terminal.press(&["Enter"]);
    terminal.wait_for("? Ihre Angaben für das nächste Mal in objection-details.toml speichern?");
    terminal.press(&["Enter"]);
    let screen = terminal.wait_for("wizard exited with 0");

    // The next steps, numbered, in German: the form, the setting, the letter, the deadline,
    // and the reminder command.
    for step in [
        "Nächste Schritte:",
        "1. Der Text für das Formular von LinkedIn steht in objection-2026-11-23/form.txt.",
        "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
        "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        "Drucken Sie objection-2026-11-23/letter.pdf aus",
        "6. LinkedIn hat bis zum 23. Dezember 2026 Zeit zu antworten.",
        "7. Ist bis dahin keine richtige Antwort gekommen, schreiben Sie eine Erinnerung: \
         objection reminder --case objection-2026-11-23",
        "Gespeichert. Beim nächsten Mal: objection letter --details objection-details.toml",
    ] {
        assert!(screen.contains(step), "missing {step:?} in:\n{screen}");
    }

    let case = sandbox.file("objection-2026-11-23");
    assert_eq!(
        files_in(&case),
        [
            "case.json",
            "deadline.ics",
            "form.txt",
            "letter.pdf",
            "letter.txt"
        ]
    );
    let record = case_record(&case);
    assert_eq!(record["jurisdiction"], "DE-BY");
    assert_eq!(record["lang"], "de");
    assert_eq!(record["deadline"]["date"], "2026-12-23");
    assert_eq!(record["details"]["name"], "Anna Schmidt");
    assert_eq!(record["details"]["email"], "anna@example.de");
    assert_eq!(
        record["details"]["address"],
        "Lindenstraße 12\n80331 München"
    );
    assert_eq!(record["details"]["place"], "München");
    assert_eq!(
        record["details"]["object_to"],
        serde_json::json!(["ai-training", "ads-profiling"])
    );
    let kinds: Vec<&str> = record["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|document| document["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["form", "letter"]);

    let letter = std::fs::read_to_string(case.join("letter.txt")).unwrap();
    for text in [
        "Anna Schmidt",
        "Lindenstraße 12",
        "München, 23. November 2026",
        "Ich bin Journalistin und muss meine Quellen schützen.",
    ] {
        assert!(letter.contains(text), "letter lacks {text:?}:\n{letter}");
    }
    assert!(
        std::fs::read(case.join("letter.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );
    let form = std::fs::read_to_string(case.join("form.txt")).unwrap();
    assert!(form.contains("Wohnsitz: Bayern"), "{form}");

    // The saved details file works with --details, and gives the same letter.
    let (again, _) = crate::util::run_in(
        &sandbox,
        &[
            "letter",
            "--details",
            "objection-details.toml",
            "--date",
            DATE,
        ],
    );
    assert_eq!(again, letter);
}

#[test]
fn guides_a_non_member_in_france_in_french_and_never_reuses_a_folder() {
    let sandbox = Sandbox::new();
    // The default folder name is taken: the wizard offers the next free one.
    std::fs::create_dir(sandbox.file("objection-2026-11-23")).unwrap();
    let terminal = Terminal::start(&sandbox, "fr_FR.UTF-8", &format!("new --date {DATE}"));

    let screen = terminal.wait_for("? Langue");
    assert!(screen.contains("> Français"), "{screen}");
    terminal.press(&["Enter"]);
    terminal.search("? Où habitez-vous", "France", "France · FR");
    terminal.wait_for("? Avez-vous un compte LinkedIn");
    terminal.press(&["Down", "Enter"]);
    terminal.wait_for("? Adresse web 1 d’un contenu LinkedIn qui vous concerne");
    terminal.answer("https://www.linkedin.com/posts/julien-1");
    terminal.wait_for("? Adresse web 2 d’un contenu LinkedIn qui vous concerne");
    terminal.answer("https://www.linkedin.com/feed/update/urn:li:activity:2");
    terminal.wait_for("? Adresse web 3 d’un contenu LinkedIn qui vous concerne");
    terminal.press(&["Enter"]);
    terminal.wait_for("? Vos prénom et nom");
    terminal.answer("Julien Petit");
    terminal.wait_for("? Votre adresse électronique");
    terminal.answer("julien");
    terminal.wait_for("Ce n’est pas une adresse électronique.");
    terminal.answer("@example.fr");
    terminal.wait_for("? Votre adresse postale, ligne 1");
    terminal.answer("3 place du Marché");
    terminal.wait_for("? Votre adresse postale, ligne 2");
    terminal.answer("69002 Lyon");
    terminal.wait_for("? Votre adresse postale, ligne 3");
    terminal.press(&["Enter"]);
    terminal.wait_for("? Votre ville (pour la date de la lettre) (Lyon)");
    terminal.press(&["Enter"]);
    terminal.wait_for("? À quoi vous opposez-vous");
    terminal.press(&["Enter"]);
    terminal.wait_for("? Pourquoi est-ce important pour vous personnellement");
    terminal.press(&["Enter"]);
    // The form text and the letter as PDF, without the letter as text.
    terminal.wait_for("? Quels documents voulez-vous");
    terminal.press(&["Down", "Down", "Space", "Enter"]);
    let screen = terminal.wait_for("? Dossier pour vos documents (objection-2026-11-23-2)");
    assert!(
        screen
            .lines()
            .any(|line| line.contains("│ ") && line.contains("linkedin.com/posts/julien-1")),
        "the preview names the content: {screen}"
    );
    // A folder that exists is refused as it is typed.
    terminal.answer("objection-2026-11-23");
    terminal.wait_for("Ce dossier existe déjà. Veuillez choisir un autre nom.");
    terminal.press(&["-N", "20", "BSpace"]);
    terminal.answer("dossier-julien");
    terminal.wait_for("? Enregistrer maintenant vos documents dans le dossier dossier-julien");
    terminal.press(&["Enter"]);
    terminal.wait_for("? Enregistrer vos coordonnées dans objection-details.toml");
    terminal.press(&["Down", "Enter"]);
    let screen = terminal.wait_for("wizard exited with 0");

    for step in [
        "1. Le texte pour le formulaire de LinkedIn se trouve dans dossier-julien/form.txt.",
        "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
        "Sans compte LinkedIn, vous n’avez aucun paramètre à modifier",
        "Imprimez dossier-julien/letter.pdf",
        "LinkedIn a jusqu’au 23 décembre 2026 pour répondre.",
        "objection reminder --case dossier-julien",
    ] {
        assert!(screen.contains(step), "missing {step:?} in:\n{screen}");
    }
    assert!(!screen.contains("data-for-ai-improvement"), "{screen}");

    let case = sandbox.file("dossier-julien");
    assert_eq!(
        files_in(&case),
        ["case.json", "deadline.ics", "form.txt", "letter.pdf"]
    );
    let record = case_record(&case);
    assert_eq!(record["jurisdiction"], "FR");
    assert_eq!(record["lang"], "fr");
    assert_eq!(record["deadline"]["date"], "2026-12-23");
    assert_eq!(record["details"]["non_member"], true);
    assert_eq!(
        record["details"]["content_urls"],
        serde_json::json!([
            "https://www.linkedin.com/posts/julien-1",
            "https://www.linkedin.com/feed/update/urn:li:activity:2"
        ])
    );
    assert_eq!(
        record["details"]["object_to"],
        serde_json::json!(["ai-training"])
    );
    assert_eq!(record["details"]["reason"], serde_json::Value::Null);
    assert_eq!(
        record["documents"][1]["files"],
        serde_json::json!(["letter.pdf"])
    );
    // The taken folder is untouched, and no details file was asked for.
    assert!(files_in(&sandbox.file("objection-2026-11-23")).is_empty());
    assert!(!sandbox.file("objection-details.toml").exists());
}

#[test]
fn ctrl_c_or_esc_mid_wizard_leaves_nothing_behind() {
    // `objection` alone on a terminal starts the wizard; Ctrl-C stops it.
    let sandbox = Sandbox::new();
    let terminal = Terminal::start(&sandbox, "en_GB.UTF-8", "");
    terminal.wait_for("? Language");
    terminal.press(&["Enter"]);
    terminal.search("? Where do you live?", "Ireland", "Ireland · IE");
    terminal.wait_for("? Do you have a LinkedIn account?");
    terminal.press(&["Enter"]);
    terminal.wait_for("? Your full name");
    terminal.answer("Aoife Byrne");
    terminal.wait_for("? Your e-mail address");
    terminal.type_text("aoife@exam");
    terminal.press(&["C-c"]);
    let screen = terminal.wait_for("wizard exited with 130");
    assert!(
        screen.contains("error: Stopped. Nothing was written."),
        "{screen}"
    );
    assert_eq!(sandbox.files(), ["tmux.socket"]);

    // Esc stops it the same way, here in German (from an Austrian locale), at the first question.
    let sandbox = Sandbox::new();
    let terminal = Terminal::start(&sandbox, "de_AT.UTF-8", &format!("new --date {DATE}"));
    terminal.wait_for("? Sprache");
    terminal.press(&["Escape"]);
    let screen = terminal.wait_for("wizard exited with 130");
    assert!(
        screen.contains("Abgebrochen. Es wurde nichts gespeichert."),
        "{screen}"
    );
    assert_eq!(sandbox.files(), ["tmux.socket"]);
}

#[test]
fn new_without_a_terminal_fails_with_an_error_and_a_hint() {
    let sandbox = Sandbox::new();
    let assert = sandbox
        .objection(&["new", "--date", DATE])
        .write_stdin("")
        .timeout(Duration::from_secs(30))
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.starts_with(
            "error: `objection new` starts the guided wizard, which needs a terminal\nhint: "
        ),
        "{stderr}"
    );
    assert!(stderr.contains("objection letter --help"), "{stderr}");
    assert!(sandbox.files().is_empty());
}

#[test]
fn objection_alone_without_a_terminal_prints_the_usage_instead_of_waiting() {
    let sandbox = Sandbox::new();
    let assert = sandbox
        .objection(&[])
        .write_stdin("")
        .timeout(Duration::from_secs(30))
        .assert()
        .code(2);
    let output = assert.get_output();
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    for text in [
        "Usage: objection [COMMAND]",
        "new ",
        "letter ",
        "error: `objection` starts the guided wizard, which needs a terminal",
        "hint: name a command (listed above)",
    ] {
        assert!(stderr.contains(text), "stderr lacks {text:?}:\n{stderr}");
    }
}
