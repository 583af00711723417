//! The drafting engine's data: the tagger's weights and the word lists.
//!
//! With the `embedded` feature (the default: the command line, the tests)
//! they are compiled in. Without it (the authoring page's wasm) they are
//! fetched after the page is interactive and handed to [`install`] as one
//! packed file, written by [`pack`] (the `fact-explorer draft-data`
//! command); until then [`crate::draft::draft`] says the data is missing.
//!
//! Packed format: `FXDATA1`, a little-endian u32 count, then per file a u16
//! name length, the name, a u32 length and the bytes.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The files, by name.
pub const FILES: [&str; 7] = [
    "names.bin",
    "countries.txt",
    "cities.txt",
    "regions.txt",
    "given_names.txt",
    "surnames.txt",
    "common_words.txt",
];

static INSTALLED: OnceLock<HashMap<String, &'static [u8]>> = OnceLock::new();

#[cfg(feature = "embedded")]
fn embedded(name: &str) -> Option<&'static [u8]> {
    Some(match name {
        "names.bin" => include_bytes!("../model/names.bin"),
        "countries.txt" => include_bytes!("../data/lists/countries.txt"),
        "cities.txt" => include_bytes!("../data/lists/cities.txt"),
        "regions.txt" => include_bytes!("../data/lists/regions.txt"),
        "given_names.txt" => include_bytes!("../data/lists/given_names.txt"),
        "surnames.txt" => include_bytes!("../data/lists/surnames.txt"),
        "common_words.txt" => include_bytes!("../data/lists/common_words.txt"),
        _ => return None,
    })
}

#[cfg(not(feature = "embedded"))]
fn embedded(_: &str) -> Option<&'static [u8]> {
    None
}

/// One file's bytes: compiled in, or installed; empty when neither.
pub fn file(name: &str) -> &'static [u8] {
    embedded(name)
        .or_else(|| INSTALLED.get().and_then(|m| m.get(name).copied()))
        .unwrap_or(&[])
}

/// A text file of the data (empty when missing or not UTF-8).
pub fn text(name: &str) -> &'static str {
    std::str::from_utf8(file(name)).unwrap_or("")
}

/// Whether the data is there to draft with.
pub fn ready() -> bool {
    !file("names.bin").is_empty() && !file("common_words.txt").is_empty()
}

/// The data as one file, for [`install`].
pub fn pack() -> Vec<u8> {
    let mut out = b"FXDATA1".to_vec();
    out.extend_from_slice(&(FILES.len() as u32).to_le_bytes());
    for name in FILES {
        let bytes = file(name);
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(bytes);
    }
    out
}

/// Installs packed data (once; later calls change nothing). The bytes are
/// kept for the life of the program.
pub fn install(packed: &[u8]) -> Result<(), String> {
    let bad = || "not the drafting data (FXDATA1)".to_string();
    let rest = packed.strip_prefix(b"FXDATA1").ok_or_else(bad)?;
    let take = |at: &mut usize, n: usize| -> Result<&[u8], String> {
        let s = rest.get(*at..*at + n).ok_or_else(bad)?;
        *at += n;
        Ok(s)
    };
    let mut at = 0;
    let count = u32::from_le_bytes(take(&mut at, 4)?.try_into().map_err(|_| bad())?) as usize;
    let mut files = HashMap::new();
    for _ in 0..count.min(64) {
        let n = u16::from_le_bytes(take(&mut at, 2)?.try_into().map_err(|_| bad())?) as usize;
        let name = String::from_utf8(take(&mut at, n)?.to_vec()).map_err(|_| bad())?;
        let len = u32::from_le_bytes(take(&mut at, 4)?.try_into().map_err(|_| bad())?) as usize;
        let bytes: &'static [u8] = Box::leak(take(&mut at, len)?.to_vec().into_boxed_slice());
        files.insert(name, bytes);
    }
    if at != rest.len() || FILES.iter().any(|f| !files.contains_key(*f)) {
        return Err(bad());
    }
    let _ = INSTALLED.set(files);
    Ok(())
}

#[cfg(all(test, feature = "embedded"))]
mod tests {
    use super::*;

    #[test]
    fn packed_data_reads_back_and_bad_bytes_are_refused() {
        let packed = pack();
        assert!(packed.len() > 1_000_000);
        assert!(install(&packed).is_ok());
        assert!(install(b"nonsense").is_err());
        assert!(install(&packed[..packed.len() - 1]).is_err());
        assert!(ready());
    }
}
