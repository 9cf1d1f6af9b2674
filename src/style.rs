//! Colour for the labels on standard error (`error:`, `hint:`, `warning:`, `note:`), only on
//! a terminal and only when `NO_COLOR` is not set (<https://no-color.org>). Documents and
//! standard output are never styled.

use std::io::IsTerminal;

/// The kinds of label we print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// Something stopped the run.
    Error,
    /// What to do about it.
    Hint,
    /// The document was written, but something deserves attention.
    Warning,
    /// Information.
    Note,
}

impl Label {
    fn text(self) -> &'static str {
        match self {
            Label::Error => "error:",
            Label::Hint => "hint:",
            Label::Warning => "warning:",
            Label::Note => "note:",
        }
    }

    /// SGR codes: bold red, bold green, bold yellow, bold cyan.
    fn colour(self) -> &'static str {
        match self {
            Label::Error => "1;31",
            Label::Hint => "1;32",
            Label::Warning => "1;33",
            Label::Note => "1;36",
        }
    }
}

/// Whether standard error gets colour: a terminal, and `NO_COLOR` unset or empty.
pub fn stderr_is_styled() -> bool {
    colour_wanted(
        std::io::stderr().is_terminal(),
        std::env::var_os("NO_COLOR"),
    )
}

fn colour_wanted(terminal: bool, no_color: Option<std::ffi::OsString>) -> bool {
    terminal && no_color.is_none_or(|value| value.is_empty())
}

/// The label, coloured when `styled`.
pub fn label(label: Label, styled: bool) -> String {
    if styled {
        format!("\x1b[{}m{}\x1b[0m", label.colour(), label.text())
    } else {
        label.text().to_owned()
    }
}

/// Prints `label message` on standard error, styled when standard error is a terminal.
pub fn eprint_labelled(kind: Label, message: &str) {
    eprintln!("{} {message}", label(kind, stderr_is_styled()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        assert!(colour_wanted(true, None));
        assert!(colour_wanted(true, Some("".into())));
        assert!(!colour_wanted(true, Some("1".into())));
        assert!(!colour_wanted(false, None));
    }

    #[test]
    fn plain_labels_are_the_bare_words() {
        assert_eq!(label(Label::Error, false), "error:");
        assert_eq!(label(Label::Hint, true), "\x1b[1;32mhint:\x1b[0m");
    }
}
