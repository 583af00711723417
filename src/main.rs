//! Entry point. In the browser: install the panic hook and mount the app.
//! On the host: a small command-line checker for fact-set files.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    fact_explorer::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    fact_explorer::cli::run(std::env::args().skip(1).collect())
}
