//! The integration tests: one test binary (one link step on a 2-core machine), one module per
//! topic. `util` builds the command with a scrubbed environment and a fixed date.

mod batch;
mod beyond_europe;
mod cli;
mod conveniences;
mod data;
mod documents;
mod eml;
mod journey;
mod languages;
mod pdf;
mod privacy;
mod spelling;
mod util;
mod wizard;
