//! `--copy`: puts a document's text on the system clipboard, for pasting into a web form.
//!
//! The clipboard is a cargo feature (`clipboard`, off by default): it needs a display at run
//! time, which CI machines and SSH sessions lack. Without it, `--copy` is refused up front.

use std::path::PathBuf;

use crate::error::{Error, Result};

/// Whether this build can copy: checked before anything is written, so that `--copy` in a
/// build without the clipboard fails at once instead of after the files are there.
pub fn check_built() -> Result<()> {
    if cfg!(feature = "clipboard") {
        Ok(())
    } else {
        Err(Error::ClipboardNotBuilt)
    }
}

/// Puts `text` on the clipboard. `written` are the files the text went to as well (none:
/// standard output), which the hint names if the clipboard cannot be reached.
///
/// On X11 the text stays on the clipboard after the program exits only if a clipboard
/// manager takes it over; arboard hands it to one when the clipboard is dropped.
#[cfg(feature = "clipboard")]
pub fn copy(text: &str, written: &[PathBuf]) -> Result<()> {
    let unreachable = |err: arboard::Error| Error::Clipboard {
        reason: why_unreachable(&err),
        text_is_in: where_the_text_is(written),
    };
    arboard::Clipboard::new()
        .and_then(|mut clipboard| clipboard.set_text(text))
        .map_err(unreachable)
}

/// arboard's reason, or a plainer one where the environment shows it: on Linux and the BSDs
/// arboard reaches the clipboard through X11 only, and says "connection timed out" when no
/// X server is named at all.
#[cfg(feature = "clipboard")]
fn why_unreachable(err: &arboard::Error) -> String {
    let x11 = cfg!(all(unix, not(target_os = "macos")));
    let display = std::env::var_os("DISPLAY").is_some_and(|value| !value.is_empty());
    let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some_and(|value| !value.is_empty());
    match (x11 && !display, wayland) {
        (true, false) => "there is no display (DISPLAY is not set, as over SSH or in CI)".into(),
        (true, true) => "the clipboard is reached through X11, and this Wayland session has \
                         no X server (DISPLAY is not set)"
            .into(),
        (false, _) => err.to_string(),
    }
}

/// Without the `clipboard` feature there is nothing to copy to.
#[cfg(not(feature = "clipboard"))]
pub fn copy(_text: &str, _written: &[PathBuf]) -> Result<()> {
    check_built()
}

/// "on standard output", or "in `letter.txt`, `letter.pdf`".
#[cfg(any(feature = "clipboard", test))]
fn where_the_text_is(written: &[PathBuf]) -> String {
    if written.is_empty() {
        return "on standard output".to_owned();
    }
    let names: Vec<String> = written
        .iter()
        .map(|path| format!("`{}`", path.display()))
        .collect();
    format!("in {}", names.join(", "))
}

// With the feature, the clipboard is tested end to end without a display (tests/integration).
#[cfg(all(test, not(feature = "clipboard")))]
mod tests {
    use super::*;
    use crate::error::EXIT_INVALID_INPUT;

    #[test]
    fn without_the_feature_copy_is_refused_before_anything_is_written() {
        let err = check_built().unwrap_err();
        assert!(matches!(err, Error::ClipboardNotBuilt));
        assert_eq!(err.exit_code(), EXIT_INVALID_INPUT);
        assert!(err.to_string().contains("--copy"), "{err}");
    }

    #[test]
    fn without_the_feature_the_hint_says_how_to_rebuild_or_copy_by_hand() {
        let err = copy("text", &[]).unwrap_err();
        let hint = err.hint().expect("a hint");
        assert!(hint.contains("--features clipboard"), "{hint}");
        assert!(hint.contains("-o form.txt"), "{hint}");
    }

    #[test]
    fn the_text_is_named_where_it_went() {
        assert_eq!(where_the_text_is(&[]), "on standard output");
        assert_eq!(
            where_the_text_is(&["form.txt".into(), "case/form.txt".into()]),
            "in `form.txt`, `case/form.txt`"
        );
    }
}
