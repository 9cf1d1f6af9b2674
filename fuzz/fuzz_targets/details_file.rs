//! `DetailsFile::parse` on arbitrary UTF-8 (other bytes are skipped): it returns `Ok` or
//! `Err`, never panics. What parses is also stored and read back as a case folder does
//! (`case.json`), and must come back unchanged.

#![no_main]

use libfuzzer_sys::fuzz_target;
use objection::details::DetailsFile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match DetailsFile::parse(text) {
        Ok(details) => {
            let json = serde_json::to_string(&details).expect("details serialise to JSON");
            let back: DetailsFile =
                serde_json::from_str(&json).expect("serialised details read back");
            assert_eq!(format!("{details:?}"), format!("{back:?}"));
        }
        Err(message) => assert!(!message.is_empty(), "an empty error message"),
    }
});
