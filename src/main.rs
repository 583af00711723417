//! Entry point. In the browser: install the panic hook; the page's
//! `<fact-explorer>` elements mount explorers through [`host`], the
//! JavaScript boundary. On the host: the command line ([`fact_explorer::cli`]).

/// The JavaScript boundary lives in the binary so the linker keeps its
/// exports.
#[cfg(target_arch = "wasm32")]
mod host;

#[cfg(target_arch = "wasm32")]
fn main() {
    // Mounting is driven by the <fact-explorer> element, which calls
    // `host::mount_explorer` for each instance (src/embed/fact-explorer-embed.js).
    console_error_panic_hook::set_once();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    fact_explorer::cli::run(std::env::args().skip(1).collect())
}
