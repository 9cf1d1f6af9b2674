//! The conveniences around the documents: `--copy`, and hints that name the flag to use.
//! (E-mail output has its own module, `eml`.)

use crate::util::{DATE, Sandbox};

/// Runs `objection ARGS` and returns (exit code, standard output, standard error).
fn run(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, String, String) {
    let output = sandbox.objection(args).output().unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[cfg(not(feature = "clipboard"))]
#[test]
fn copy_in_a_build_without_the_clipboard_is_refused_before_anything_is_written() {
    let sandbox = Sandbox::new();
    let (code, stdout, stderr) = run(&sandbox, &["form", "--example", "--copy", "-o", "form.txt"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.starts_with(
            "error: --copy needs the clipboard, and this build of objection has none\n"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "hint: rebuild with the clipboard (cargo install --path . --features clipboard)"
        ),
        "{stderr}"
    );
    assert!(stdout.is_empty());
    assert_eq!(sandbox.files(), Vec::<String>::new());
}

#[cfg(feature = "clipboard")]
#[test]
fn copy_without_a_display_still_prints_the_text() {
    // The sandbox clears the environment, so there is no DISPLAY or WAYLAND_DISPLAY.
    let sandbox = Sandbox::new();
    let (code, stdout, stderr) = run(&sandbox, &["form", "--example", "--copy"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stdout.contains("Anna Schmidt"),
        "the form text is printed: {stdout}"
    );
    assert!(
        stderr.contains(
            "error: cannot put the text on the clipboard: there is no display (DISPLAY is not set"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: nothing is lost: the text is on standard output"),
        "{stderr}"
    );
}

/// Runs `objection ARGS`, expects exit `code` and a `hint:` line with `hint`, and that no
/// file was written.
#[track_caller]
fn fails_with_hint(args: &[&str], code: i32, hint: &str) {
    let sandbox = Sandbox::new();
    let (status, _, stderr) = run(&sandbox, args);
    assert_eq!(status, Some(code), "{stderr}");
    assert!(stderr.contains(&format!("\nhint: {hint}")), "{stderr}");
    assert_eq!(sandbox.files(), Vec::<String>::new(), "nothing is written");
}

#[test]
fn a_missing_output_folder_is_named_in_the_hint() {
    fails_with_hint(
        &[
            "letter",
            "--example",
            "--date",
            DATE,
            "-o",
            "out/letter.txt",
        ],
        1,
        "create the folder `out` first, or name another file with -o",
    );
}

#[test]
fn naming_a_file_twice_hints_at_one_file_per_format() {
    fails_with_hint(
        &[
            "letter",
            "--example",
            "-o",
            "letter.txt",
            "-o",
            "letter.txt",
        ],
        2,
        "name each file once; for several formats use one -o per extension",
    );
}

#[test]
fn an_unknown_extension_hint_lists_eml_too() {
    fails_with_hint(
        &["letter", "--example", "-o", "letter.docx"],
        2,
        "use a file name ending in .txt, .json, .pdf or .eml",
    );
}
