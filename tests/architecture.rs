//! The pure core imports neither `leptos` nor `web_sys` (see ARCHITECTURE.md):
//! every module directly in `src/` except the view's root, `app.rs`, and the
//! entry points `main.rs` and `lib.rs`. The view lives in `src/components/`.

#[test]
fn core_modules_do_not_touch_the_browser() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".rs") || ["app.rs", "main.rs", "lib.rs"].contains(&name.as_str()) {
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
    assert!(checked >= 5, "only {checked} core modules found");
}
