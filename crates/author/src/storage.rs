//! The page's browser storage, through leptos-use's storage
//! (`leptos-use-storage`): the two values that stand under one fixed key
//! (the pasted text, the draft this browser works on) are its reactive
//! `use_local_storage` values; the drafts' records and their list, under
//! keys made from draft ids, are read and written in its local store as
//! they are needed, so that a save knows at once whether it was kept.
//! Blocked storage (private browsing, a denied `localStorage`) reads as
//! empty, and a write that fails says why in the page's words
//! ([`refusal`], pure).

use std::sync::Arc;

use codee::string::FromToStringCodec;
use leptos::prelude::*;
use leptos_use_storage::{use_local_storage_with_options, StorageType, UseStorageOptions};
use wasm_bindgen::JsValue;

/// Why a write was refused, in the page's words, from the browser's error
/// name (`QuotaExceededError`) or legacy code (22 is the quota's).
pub fn refusal(name: &str, code: Option<f64>) -> &'static str {
    if name == "QuotaExceededError" || code == Some(22.0) {
        "The browser’s storage for this page is full, so this change is not saved. Export the fact set to keep it, or delete old drafts."
    } else {
        "The browser does not let this page save (private browsing or blocked storage), so changes are not saved. Export the fact set to keep it."
    }
}

/// The page's local store, or none when the browser blocks it.
fn local() -> Option<web_sys::Storage> {
    StorageType::Local.into_storage().ok().flatten()
}

/// The words for a failed write's error.
fn refused(e: &JsValue) -> String {
    let field = |k: &str| js_sys::Reflect::get(e, &JsValue::from_str(k)).ok();
    let name = field("name")
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let code = field("code").and_then(|v| v.as_f64());
    refusal(&name, code).to_string()
}

/// Stores `value` under `key`, or says why it could not.
pub fn put(key: &str, value: &str) -> Result<(), String> {
    let Some(store) = local() else {
        return Err(refusal("SecurityError", None).to_string());
    };
    store.set_item(key, value).map_err(|e| refused(&e))
}

/// The value under `key`; empty when there is none or storage is blocked.
pub fn get(key: &str) -> String {
    local()
        .and_then(|s| s.get_item(key).ok().flatten())
        .unwrap_or_default()
}

/// Deletes `key` (quietly when storage is blocked).
pub fn remove(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}

/// A text kept under one fixed key: leptos-use's `use_local_storage`, read
/// when it is made and written back after each change. Other tabs' writes
/// to the key are not followed (each tab keeps its own paste and draft).
#[derive(Clone, Copy)]
pub struct Stored {
    value: Signal<String>,
    write: WriteSignal<String>,
    forget: StoredValue<Arc<dyn Fn() + Send + Sync>>,
}

impl Stored {
    /// The value under `key`, kept for as long as the calling component.
    pub fn new(key: &'static str) -> Stored {
        let (value, write, forget) = use_local_storage_with_options::<String, FromToStringCodec>(
            key,
            UseStorageOptions::default().listen_to_storage_changes(false),
        );
        Stored {
            value,
            write,
            forget: StoredValue::new(Arc::new(forget)),
        }
    }

    /// The text as stored (tracked).
    pub fn get(self) -> String {
        self.value.get()
    }

    /// The text as stored, untracked.
    pub fn get_untracked(self) -> String {
        self.value.get_untracked()
    }

    /// `f` over the text (tracked).
    pub fn with<T>(self, f: impl FnOnce(&String) -> T) -> T {
        self.value.with(f)
    }

    /// Keeps `value`.
    pub fn set(self, value: String) {
        self.write.set(value);
    }

    /// Deletes the key.
    pub fn forget(self) {
        self.forget.with_value(|f| f());
    }
}

#[cfg(test)]
mod tests {
    use super::refusal;

    #[test]
    fn a_full_store_and_a_blocked_one_are_told_apart() {
        assert!(refusal("QuotaExceededError", None).contains("full"));
        // Old browsers give only the legacy code.
        assert!(refusal("", Some(22.0)).contains("full"));
        assert!(refusal("SecurityError", Some(18.0)).contains("private browsing"));
        assert!(refusal("", None).contains("not saved"));
    }
}
