//! The page's one JavaScript boundary: the browser services in `glue.js`
//! (the worker, the selection as UTF-16 offsets, files in and out, the
//! clipboard, storage with its failures as messages, bringing a row into
//! view, the preview's pause). Each is small and keeps no editor state.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/glue.js")]
extern "C" {
    pub fn start_worker();
    pub fn draft_in_worker(text: &str, title: &str, byline: &str, date: &str, done: JsValue);
    pub fn selection_offsets(container: &web_sys::HtmlElement) -> JsValue;
    pub fn select_offsets(container: &web_sys::HtmlElement, start: usize, end: usize);
    pub fn read_file(input: &web_sys::HtmlElement, done: JsValue);
    pub fn download(name: &str, text: &str);
    pub fn copy_text(text: &str, done: JsValue);
    /// Stores `value`; an empty string, or why it could not be stored.
    pub fn store(key: &str, value: &str) -> String;
    pub fn fetch_stored(key: &str) -> String;
    pub fn unstore(key: &str);
    pub fn tab_id() -> String;
    pub fn reveal(selector: &str);
    pub fn bring_into_view(selector: &str);
    pub fn after_pause(then: &JsValue);
    pub fn cancel_pause(then: &JsValue);
}
