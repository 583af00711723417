//! The author crate's pure modules use no browser API and none of the
//! view's modules, so `cargo test` runs them on the host as they run in
//! the page.

use std::path::Path;

/// The pure modules, as `lib.rs` lists them.
const PURE: [&str; 6] = [
    "cursor",
    "drafts",
    "forms",
    "pieces",
    "review_item",
    "target",
];

/// What a pure module may not name.
const VIEW_ONLY: [&str; 8] = [
    "leptos",
    "web_sys",
    "wasm_bindgen",
    "js_sys",
    "crate::glue",
    "crate::context",
    "crate::components",
    "crate::keys",
];

#[test]
fn the_pure_modules_name_no_browser_api_and_no_view_module() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    for module in PURE {
        assert!(
            lib.contains(&format!("pub mod {module};")),
            "lib.rs lists {module}"
        );
        let text = std::fs::read_to_string(src.join(format!("{module}.rs"))).unwrap();
        for name in VIEW_ONLY {
            assert!(!text.contains(name), "{module}.rs names {name}");
        }
    }
}
