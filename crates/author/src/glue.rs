//! The page's one JavaScript boundary: the browser services in `glue.js`
//! that leptos-use does not offer (the worker, the selection as UTF-16
//! offsets, files in and out, bringing a row into view). Each is small and
//! keeps no editor state. Listeners, the preview's pause, storage and the
//! clipboard are leptos-use's (see [`crate::storage`]).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/glue.js")]
extern "C" {
    pub fn start_worker();
    pub fn draft_in_worker(text: &str, title: &str, byline: &str, date: &str, done: JsValue);
    pub fn selection_offsets(container: &web_sys::HtmlElement) -> JsValue;
    pub fn select_offsets(container: &web_sys::HtmlElement, start: usize, end: usize);
    pub fn read_file(input: &web_sys::HtmlElement, done: JsValue);
    pub fn download(name: &str, text: &str);
    pub fn tab_id() -> String;
    pub fn reveal(selector: &str);
    pub fn bring_into_view(selector: &str);
}
