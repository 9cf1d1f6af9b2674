//! The integration tests: one binary, topic modules.
fn main() {}
