//! Entry point. In the browser: install the panic hook (the page's
//! `<fact-explorer>` elements mount the app).
//! On the host: a small command-line checker for fact-set files.

/// Mounts one explorer; called by each `<fact-explorer>` element.
/// (Defined here, in the binary, so the linker keeps the export.)
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_explorer(
    container: web_sys::HtmlElement,
    json: Option<String>,
    fetch_error: Option<String>,
    url_key: String,
) {
    fact_explorer::app::mount_explorer(container, json, fetch_error, url_key);
}

#[cfg(target_arch = "wasm32")]
fn main() {
    // Mounting is driven by the <fact-explorer> element, which calls
    // `mount_explorer` for each instance (src/embed/fact-explorer-embed.js).
    console_error_panic_hook::set_once();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    fact_explorer::cli::run(std::env::args().skip(1).collect())
}
