//! An explorer's state in the page URL: one query parameter per explorer
//! (`fx`, or `fx-<element id>`), so links reproduce what the sender saw and
//! Back and Forward step through it. Other parameters and the host's
//! fragment are untouched. The encoding is the core's
//! ([`crate::url_state`]); this is only the mapping onto `location` and
//! `history` (the host API in `crate::host` decides when to write).

use leptos::prelude::*;

use crate::explore::ExplorerState;
use crate::model::FactSet;
use crate::url_state;

/// The query parameter that holds one explorer's state.
#[derive(Clone, Debug)]
pub struct UrlParam {
    key: String,
}

impl UrlParam {
    /// The parameter called `key`.
    pub fn new(key: String) -> UrlParam {
        UrlParam { key }
    }

    /// The state the current URL holds for this explorer, if any.
    pub fn read(&self, set: &FactSet) -> Option<ExplorerState> {
        let search = window().location().search().ok()?;
        let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
        params.get(&self.key).map(|t| url_state::decode(&t, set))
    }

    /// Writes `state`, pushing a history entry or replacing the current one.
    pub fn write(&self, state: &ExplorerState, push: bool) {
        let value = url_state::encode(state);
        let loc = window().location();
        let Ok(search) = loc.search() else { return };
        let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
            return;
        };
        if value.is_empty() {
            params.delete(&self.key);
        } else {
            params.set(&self.key, &value);
        }
        let query: String = params.to_string().into();
        let url = format!(
            "{}{}{}",
            loc.pathname().unwrap_or_default(),
            if query.is_empty() {
                String::new()
            } else {
                format!("?{query}")
            },
            loc.hash().unwrap_or_default()
        );
        let Ok(history) = window().history() else {
            return;
        };
        let state = wasm_bindgen::JsValue::NULL;
        let _ = if push {
            history.push_state_with_url(&state, "", Some(&url))
        } else {
            history.replace_state_with_url(&state, "", Some(&url))
        };
    }
}
