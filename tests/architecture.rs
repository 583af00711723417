//! The pure core (`crates/core`) and the archive (`crates/archive`) import
//! neither `leptos` nor `web_sys` (see ARCHITECTURE.md): their manifests name
//! no browser crate, so Cargo refuses any such import, and their sources do
//! not mention one either.

use std::path::Path;

const BROWSER_CRATES: [&str; 5] = ["leptos", "web-sys", "web_sys", "wasm-bindgen", "js-sys"];

/// The pure crates: the core, and the archive's build and query.
const PURE: [(&str, usize); 2] = [("core", 10), ("archive", 5)];

#[test]
fn the_pure_crates_depend_on_no_browser_crate() {
    for (krate, _) in PURE {
        let manifest =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("crates/{krate}/Cargo.toml"));
        let text = std::fs::read_to_string(&manifest).unwrap();
        for line in text.lines().map(str::trim) {
            if line.starts_with('#') {
                continue;
            }
            let name = line.split(['=', ' ']).next().unwrap_or("");
            assert!(
                !BROWSER_CRATES.contains(&name),
                "crates/{krate}/Cargo.toml depends on {name}"
            );
        }
    }
}

#[test]
fn pure_modules_do_not_touch_the_browser() {
    for (krate, at_least) in PURE {
        pure_modules_of(krate, at_least);
    }
}

fn pure_modules_of(krate: &str, at_least: usize) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("crates/{krate}/src"));
    let mut checked = 0;
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for banned in ["leptos", "web_sys", "wasm_bindgen", "js_sys"] {
            let uses = text.lines().filter(|l| {
                let l = l.trim_start();
                !l.starts_with("//") && l.contains(banned)
            });
            assert_eq!(uses.count(), 0, "{name} mentions {banned}");
        }
        checked += 1;
    }
    assert!(checked >= at_least, "only {checked} {krate} modules found");
}

/// The view picks no rendering mode and no allocator, so build-time
/// rendering (`ssr`) and Rust apps can use it as it is.
#[test]
fn the_view_crate_picks_no_rendering_mode_and_no_allocator() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/view");
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let leptos = manifest
        .lines()
        .find(|l| l.starts_with("leptos ="))
        .expect("the view depends on leptos");
    assert!(
        !leptos.contains("csr") && !leptos.contains("ssr"),
        "{leptos}"
    );
    let mut stack = vec![root.join("src")];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(!text.contains("global_allocator"), "{}", path.display());
                files += 1;
            }
        }
    }
    assert!(files >= 10, "only {files} view files");
}

/// A Rust app that depends on `fact-explorer` without its default `app`
/// feature gets no Leptos rendering mode and no allocator: every dependency
/// that would force one is optional, behind `app`, and the library sets no
/// global allocator (the binaries do).
#[test]
fn the_library_forces_no_rendering_mode_and_no_allocator_without_app() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let deps: Vec<&str> = manifest
        .lines()
        .filter(|l| l.starts_with("leptos =") || l.starts_with("talc ="))
        .collect();
    assert_eq!(
        deps.len(),
        3,
        "leptos twice (host, wasm) and talc: {deps:?}"
    );
    for dep in deps {
        assert!(dep.contains("optional = true"), "{dep}");
    }
    assert!(manifest.contains("default = [\"app\"]"));
    let app = &manifest[manifest.find("\napp = [").expect("the app feature")..];
    let app = &app[..app.find(']').unwrap()];
    for dep in ["dep:leptos", "dep:talc"] {
        assert!(app.contains(dep), "app enables {dep}");
    }
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).unwrap();
    assert!(!lib.contains("#[global_allocator]"));
    assert!(lib.contains("pub use fact_explorer_view::component::Explorer;"));
    // The example app depends on the library that way.
    let example = std::fs::read_to_string(root.join("examples/leptos-app/Cargo.toml")).unwrap();
    assert!(example.contains("fact-explorer = { path = \"../..\", default-features = false }"));
}

/// The drafting engine is pure (no browser crate) and stays out of the
/// explorer's wasm: the explorer's code never calls it (so the linker keeps
/// none of it); only the command line and the other binaries (the browser
/// benchmark, the authoring page) do. The size report guards the bytes.
#[test]
fn the_drafting_engine_is_pure_and_not_in_the_explorer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let draft = std::fs::read_to_string(root.join("crates/draft/Cargo.toml")).unwrap();
    for name in ["leptos", "web-sys", "wasm-bindgen", "js-sys"] {
        assert!(!draft.contains(name), "crates/draft names {name}");
    }
    let view = std::fs::read_to_string(root.join("crates/view/Cargo.toml")).unwrap();
    assert!(!view.contains("fact-explorer-draft"));
    let mut callers = Vec::new();
    for dir in ["src", "src/bin"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs")
                && std::fs::read_to_string(&path)
                    .unwrap()
                    .contains("fact_explorer_draft")
            {
                callers.push(path.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    fact_explorer_core::sort::sort_by_key(&mut callers, |c| c.clone());
    for c in &callers {
        assert!(
            c == "src/cli.rs" || c.starts_with("src/bin/") || c.starts_with("src/author"),
            "{c} calls the drafting engine: the explorer's wasm would link it"
        );
    }
    assert!(callers.iter().any(|c| c == "src/cli.rs"));
}
