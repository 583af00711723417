//! Keyboard helpers the page's key listeners share.

use wasm_bindgen::JsCast;

/// Whether a key press is typing (in a field), where letters are letters:
/// the page's undo, `?`, the review's keys and the mention keys leave it
/// alone.
pub fn typing(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|t| {
            matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || t.is_content_editable()
        })
}
