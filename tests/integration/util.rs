//! A command builder for the `objection` binary: scrubbed environment (no locale or
//! `SOURCE_DATE_EPOCH` from the developer's shell), run inside a temporary directory.

use std::path::PathBuf;

use assert_cmd::Command;

/// The fixed date of every document in the tests.
pub const DATE: &str = "2026-11-23";

/// A temporary working directory with the `objection` command ready to run in it.
pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("temporary directory"),
        }
    }

    pub fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file into the sandbox and returns its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.file(name);
        std::fs::write(&path, text).expect("write fixture");
        path
    }

    /// `objection ARGS...` in this sandbox with a clean environment.
    pub fn objection(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_objection"));
        command.env_clear();
        if let Some(path) = std::env::var_os("PATH") {
            command.env("PATH", path);
        }
        command.current_dir(self.dir.path()).args(args);
        command
    }

    /// The names of the files in the sandbox, sorted.
    pub fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .expect("read sandbox")
            .map(|entry| {
                entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }
}

/// The absolute path of a file in `tests/fixtures`, so tests can run from a sandbox.
pub fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Runs `objection ARGS...` in `sandbox`, expects success, returns standard output and error.
pub fn run_in(sandbox: &Sandbox, args: &[&str]) -> (String, String) {
    let output = sandbox.objection(args).output().expect("run objection");
    assert!(
        output.status.success(),
        "objection {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        String::from_utf8(output.stdout).expect("UTF-8 output"),
        String::from_utf8(output.stderr).expect("UTF-8 output"),
    )
}

/// Runs `objection ARGS...` in a fresh sandbox, expects success, returns standard output.
pub fn stdout_of(args: &[&str]) -> String {
    let output = Sandbox::new()
        .objection(args)
        .output()
        .expect("run objection");
    assert!(
        output.status.success(),
        "objection {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}
