//! The `objection` binary: parse the command line, run, and turn the result into an exit code.

use std::process::ExitCode;

use clap::Parser;
use objection::style::{Label, eprint_labelled};

fn main() -> ExitCode {
    let cli = objection::cli::Cli::parse();
    match objection::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprint_labelled(Label::Error, &err.to_string());
            if let Some(hint) = err.hint() {
                eprint_labelled(Label::Hint, &hint);
            }
            ExitCode::from(err.exit_code())
        }
    }
}
