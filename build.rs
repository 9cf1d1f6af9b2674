//! Rebuilds when embedded data changes: `include_dir!` cannot tell Cargo which files it read,
//! so a new or edited locale, template or data file would otherwise be missed.

fn main() {
    for dir in ["locales", "templates", "src/data", "examples"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
