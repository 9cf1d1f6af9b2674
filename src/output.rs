//! Writing results: every file is written to a temporary file beside it and renamed into
//! place, so a failure never leaves a torn file, and an existing file is replaced only with
//! `--force`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Writes `text` to standard output; a closed pipe or full disk is an error naming `-`.
pub fn print_stdout(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|source| Error::Write {
            path: PathBuf::from("-"),
            source,
        })
}

/// Checks that a set of output paths can be written: no duplicates and, without `force`, no
/// existing files. Run before anything is written, so a bad set writes nothing.
pub fn check_targets(paths: &[PathBuf], force: bool) -> Result<()> {
    for (index, path) in paths.iter().enumerate() {
        if paths[..index].contains(path) {
            return Err(Error::DuplicateOutput { path: path.clone() });
        }
        if !force && path.exists() {
            return Err(Error::OutputExists { path: path.clone() });
        }
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically. Without `force`, fails if `path` exists, even when it
/// appeared after [`check_targets`].
pub fn write_atomically(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    write_atomically_with(path, bytes, force, &|_| Ok(()))
}

/// [`write_atomically`] with a hook that runs after the temporary file is written and synced
/// and before it is renamed into place: the seam for testing a failure at the worst moment.
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    force: bool,
    before_rename: &dyn Fn(&Path) -> std::io::Result<()>,
) -> Result<()> {
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".objection-")
        .suffix(".tmp")
        .tempfile_in(directory)
        .map_err(write_error)?;
    file.write_all(bytes).map_err(write_error)?;
    file.as_file().sync_all().map_err(write_error)?;
    // On an error here the temporary file is removed when `file` drops; the old file stays.
    before_rename(file.path()).map_err(write_error)?;
    if force {
        file.persist(path).map_err(|err| write_error(err.error))?;
    } else {
        file.persist_noclobber(path).map_err(|err| {
            if err.error.kind() == std::io::ErrorKind::AlreadyExists {
                Error::OutputExists {
                    path: path.to_owned(),
                }
            } else {
                write_error(err.error)
            }
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_replace_a_file_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.txt");
        std::fs::write(&path, "mine").unwrap();
        assert!(matches!(
            write_atomically(&path, b"new", false),
            Err(Error::OutputExists { .. })
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
        write_atomically(&path, b"new", true).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    }

    #[test]
    fn a_failure_before_the_rename_keeps_the_old_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.pdf");
        std::fs::write(&path, "the old letter").unwrap();
        let saw_temporary = std::cell::Cell::new(false);
        let result = write_atomically_with(&path, b"the new letter", true, &|temporary| {
            // The new content is complete on disk, beside the target, when the failure hits.
            assert_eq!(std::fs::read(temporary)?, b"the new letter");
            saw_temporary.set(true);
            Err(std::io::Error::other("disk unplugged"))
        });
        assert!(saw_temporary.get());
        assert!(matches!(result, Err(Error::Write { .. })));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "the old letter");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names,
            vec!["letter.pdf"],
            "no temporary file is left behind"
        );
    }

    #[test]
    fn leaves_no_temporary_files_behind() {
        let dir = tempfile::tempdir().unwrap();
        write_atomically(&dir.path().join("a.txt"), b"x", false).unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec!["a.txt"]);
    }

    #[test]
    fn duplicate_targets_are_rejected_before_writing() {
        let paths = vec![PathBuf::from("a.txt"), PathBuf::from("a.txt")];
        assert!(matches!(
            check_targets(&paths, true),
            Err(Error::DuplicateOutput { .. })
        ));
    }
}
