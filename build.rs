//! Sets `FX_RENDER_BUILD`: a hash of everything that shapes the explorer's
//! markup and style (the view and core sources, the stylesheet, the locked
//! dependency versions). The host's build-time render stamps its HTML with
//! it and the browser build hydrates only HTML stamped with its own, so a
//! page prerendered by another version is rendered afresh instead of being
//! hydrated into a mismatch.

use std::path::{Path, PathBuf};

const INPUTS: [&str; 4] = [
    "crates/view/src",
    "crates/core/src",
    "style/main.css",
    "Cargo.lock",
];

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        // A build script is never in the wasm: the workspace's one-sort rule
        // (clippy.toml) is about the wasm.
        #[allow(clippy::disallowed_methods)]
        entries.sort();
        for entry in entries {
            files(&entry, out);
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut all = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        files(Path::new(input), &mut all);
    }
    // FNV-1a over each file's path and bytes.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in &all {
        let name = file.to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(file).unwrap_or_default();
        for b in name
            .as_bytes()
            .iter()
            .chain([0u8].iter())
            .chain(bytes.iter())
        {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=FX_RENDER_BUILD={hash:016x}");
}
