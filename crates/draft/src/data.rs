//! The drafting engine's data: the learned weights (`model/`) and the word
//! lists (`data/lists/`), as named files.
//!
//! With the `embedded` feature (the default: the command line, the tests)
//! they are compiled in ([`Data::embedded`]). Without it (the authoring
//! page's wasm) they are fetched after the page is interactive as one
//! packed file, written by [`Data::pack`] (the `fact-explorer draft-data`
//! command) and read by [`Data::unpack`].
//!
//! Packed format: `FXDATA2`, a little-endian u32 count, then per file a u16
//! name length, the name, a u32 length and the bytes.

use std::collections::BTreeMap;

/// Every file the drafter needs, by name.
pub const FILES: [&str; 15] = [
    "pos-1.bin",
    "pos-fixed.txt",
    "pos-2.bin",
    "lemmas.txt",
    "parse-moves.bin",
    "parse-labels.bin",
    "names-1.bin",
    "names-2.bin",
    "relations.txt",
    "countries.txt",
    "cities.txt",
    "regions.txt",
    "given_names.txt",
    "surnames.txt",
    "common_words.txt",
];

/// The data files, by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Data {
    pub files: BTreeMap<String, Vec<u8>>,
}

/// Why data cannot be drafted with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// Not the packed drafting data.
    NotPacked,
    /// A file the drafter needs is missing or empty.
    Missing(String),
    /// A file is not what it should be.
    Bad { file: String, reason: String },
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DataError::NotPacked => f.write_str("not the drafting data (FXDATA2)"),
            DataError::Missing(name) => write!(f, "the drafting data has no {name}"),
            DataError::Bad { file, reason } => write!(f, "the drafting data's {file}: {reason}"),
        }
    }
}

impl std::error::Error for DataError {}

impl Data {
    /// The data compiled into this build.
    #[cfg(feature = "embedded")]
    pub fn embedded() -> Data {
        let mut files = BTreeMap::new();
        let mut add = |name: &str, bytes: &[u8]| {
            files.insert(name.to_string(), bytes.to_vec());
        };
        add("pos-1.bin", include_bytes!("../model/pos-1.bin"));
        add("pos-2.bin", include_bytes!("../model/pos-2.bin"));
        add("pos-fixed.txt", include_bytes!("../model/pos-fixed.txt"));
        add("lemmas.txt", include_bytes!("../model/lemmas.txt"));
        add(
            "parse-moves.bin",
            include_bytes!("../model/parse-moves.bin"),
        );
        add(
            "parse-labels.bin",
            include_bytes!("../model/parse-labels.bin"),
        );
        add("names-1.bin", include_bytes!("../model/names-1.bin"));
        add("names-2.bin", include_bytes!("../model/names-2.bin"));
        add("relations.txt", include_bytes!("../model/relations.txt"));
        add(
            "countries.txt",
            include_bytes!("../data/lists/countries.txt"),
        );
        add("cities.txt", include_bytes!("../data/lists/cities.txt"));
        add("regions.txt", include_bytes!("../data/lists/regions.txt"));
        add(
            "given_names.txt",
            include_bytes!("../data/lists/given_names.txt"),
        );
        add("surnames.txt", include_bytes!("../data/lists/surnames.txt"));
        add(
            "common_words.txt",
            include_bytes!("../data/lists/common_words.txt"),
        );
        Data { files }
    }

    /// A file's bytes, or [`DataError::Missing`].
    pub fn file(&self, name: &str) -> Result<&[u8], DataError> {
        self.files
            .get(name)
            .map(Vec::as_slice)
            .filter(|b| !b.is_empty())
            .ok_or_else(|| DataError::Missing(name.to_string()))
    }

    /// A text file (invalid UTF-8 is [`DataError::Bad`]).
    pub fn text(&self, name: &str) -> Result<&str, DataError> {
        std::str::from_utf8(self.file(name)?).map_err(|_| DataError::Bad {
            file: name.to_string(),
            reason: "not UTF-8 text".into(),
        })
    }

    /// All the files as one, for [`Data::unpack`].
    pub fn pack(&self) -> Vec<u8> {
        let mut out = b"FXDATA2".to_vec();
        out.extend_from_slice(&(self.files.len() as u32).to_le_bytes());
        for (name, bytes) in &self.files {
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
            out.extend_from_slice(bytes);
        }
        out
    }

    /// Reads what [`Data::pack`] wrote; every file in [`FILES`] must be
    /// there.
    pub fn unpack(packed: &[u8]) -> Result<Data, DataError> {
        let rest = packed
            .strip_prefix(b"FXDATA2")
            .ok_or(DataError::NotPacked)?;
        let mut at = 0;
        let mut take = |n: usize| -> Result<&[u8], DataError> {
            let s = rest.get(at..at + n).ok_or(DataError::NotPacked)?;
            at += n;
            Ok(s)
        };
        let u32_of = |b: &[u8]| u32::from_le_bytes(b.try_into().unwrap_or([0; 4])) as usize;
        let count = u32_of(take(4)?);
        let mut files = BTreeMap::new();
        for _ in 0..count.min(64) {
            let n = u16::from_le_bytes(take(2)?.try_into().unwrap_or([0; 2])) as usize;
            let name = String::from_utf8(take(n)?.to_vec()).map_err(|_| DataError::NotPacked)?;
            let len = u32_of(take(4)?);
            files.insert(name, take(len)?.to_vec());
        }
        if at != rest.len() {
            return Err(DataError::NotPacked);
        }
        let data = Data { files };
        for f in FILES {
            data.file(f)?;
        }
        Ok(data)
    }
}

#[cfg(all(test, feature = "embedded"))]
mod tests {
    use super::*;

    #[test]
    fn packed_data_reads_back_and_bad_bytes_are_refused() {
        let data = Data::embedded();
        let packed = data.pack();
        assert_eq!(Data::unpack(&packed), Ok(data.clone()));
        assert_eq!(Data::unpack(b"nonsense"), Err(DataError::NotPacked));
        assert_eq!(
            Data::unpack(&packed[..packed.len() - 1]),
            Err(DataError::NotPacked)
        );
        let mut missing = data;
        missing.files.remove("parse-moves.bin");
        assert_eq!(
            Data::unpack(&missing.pack()),
            Err(DataError::Missing("parse-moves.bin".into()))
        );
    }
}
