//! `batch::rows_from` on arbitrary bytes, as CSV or JSON Lines (the first byte picks the
//! format: even = CSV, odd = JSON Lines), reading every row to the end. Bad rows are
//! `Err(RowError)`; nothing may panic, hang or grow without bound.

#![no_main]

use std::io::Cursor;
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use objection::batch::{InputFormat, rows_from};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let (format, path) = if selector % 2 == 0 {
        (InputFormat::Csv, Path::new("fuzz.csv"))
    } else {
        (InputFormat::JsonLines, Path::new("fuzz.jsonl"))
    };
    let Ok(rows) = rows_from(format, Cursor::new(bytes.to_vec()), path) else {
        return;
    };
    let mut last = 0;
    // Every row is read. An input of n bytes cannot hold more than n + 1 rows, so a reader
    // that keeps yielding after that is stuck.
    for (index, row) in rows.enumerate() {
        assert!(
            index <= bytes.len() + 1,
            "more rows than the input has bytes: the reader does not advance"
        );
        let number = match row {
            Ok(row) => {
                let _ = std::hint::black_box(row.folder_name());
                row.number
            }
            Err(error) => error.row,
        };
        assert!(number > last, "row numbers go {last} -> {number}");
        last = number;
    }
});
