//! Downloads of what is shown: JSON (loads back), CSV, the graph as SVG, and
//! a standalone page (one HTML file with the explorer and the shown fact set
//! inside, which opens from disk). Files are made in the browser; nothing is
//! sent anywhere.

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};

use crate::app::{use_data, use_filters, use_graph};
use crate::export::{to_csv, to_json, to_svg};

/// Saves `text` as a file called `name` through a temporary object URL.
fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys_array(text);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.set_hidden(true);
        if let Some(body) = document().body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn js_sys_array(text: &str) -> JsValue {
    let arr = web_sys::js_sys::Array::new();
    arr.push(&JsValue::from_str(text));
    arr.into()
}

/// The export buttons.
#[component]
pub fn ExportBar() -> impl IntoView {
    let data = use_data();
    let filters = use_filters();
    let graph = use_graph();
    // "facts-blackrock-lee", "facts-search-task-force" or "facts-all".
    let stem = move || {
        let mut parts: Vec<String> = filters.selection.with_untracked(|s| s.entities.clone());
        let q = filters.query.get_untracked();
        let q: String = q
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .take(30)
            .collect();
        let q = q.trim_matches('-').to_string();
        if !q.is_empty() {
            parts.push(format!("search-{q}"));
        }
        if parts.is_empty() {
            "all".to_string()
        } else {
            parts.join("-").replace('_', "-")
        }
    };
    view! {
        <div class="fx-export" role="group" aria-label="Download what is shown">
            <span class="fx-export__label">"Download shown:"</span>
            <button class="fx-export__btn" data-testid="export-json" on:click=move |_| {
                let v = filters.visible.get_untracked();
                download(&format!("facts-{}.json", stem()), "application/json", &to_json(&data.set(), &v));
            }>"JSON"</button>
            <button class="fx-export__btn" data-testid="export-csv" on:click=move |_| {
                let v = filters.visible.get_untracked();
                download(&format!("facts-{}.csv", stem()), "text/csv", &to_csv(&data.set(), &v));
            }>"CSV"</button>
            <button class="fx-export__btn" data-testid="export-svg" on:click=move |_| {
                // The graph as the reader arranged it: dragged nodes, lanes and all.
                let v = filters.visible.get_untracked();
                let set = data.set();
                let g = graph.get_or_build(&set);
                download(&format!("graph-{}.svg", stem()), "image/svg+xml", &to_svg(&set, &g, &v));
            }>"Graph SVG"</button>
            <button class="fx-export__btn" data-testid="export-standalone" on:click=move |ev| {
                // The element that holds this explorer makes the page: it
                // knows where the explorer's own files are.
                let v = filters.visible.get_untracked();
                let json = to_json(&data.set(), &v);
                let init = web_sys::CustomEventInit::new();
                init.set_bubbles(true);
                init.set_detail(&JsValue::from_str(&json));
                if let (Ok(event), Some(target)) = (
                    web_sys::CustomEvent::new_with_event_init_dict("fx-standalone", &init),
                    ev.target(),
                ) {
                    let _ = target.dispatch_event(&event);
                }
            }>"Standalone page"</button>
        </div>
    }
}
