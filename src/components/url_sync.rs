//! Keeps an explorer's state in the page URL (one query parameter per
//! explorer) so links reproduce what the sender saw, and Back and Forward
//! step through it. Other parameters and the host's fragment are untouched.

use leptos::ev;
use leptos::prelude::*;

use crate::app::{State, View};
use crate::article::Target;
use crate::filter::Selection;
use crate::url_state::UrlState;

const VIEWS: [&str; 5] = ["facts", "graph", "timeline", "quotes", "article"];

/// The state as the URL would carry it.
fn capture(state: &State) -> UrlState {
    let set = state.set;
    let sel = state.selection.get();
    UrlState {
        query: state.query.get(),
        entities: sel.entities,
        mode: sel.mode,
        view: Some(state.view.get())
            .filter(|v| *v != View::Facts)
            .map(|v| v.slug().to_string()),
        focus: state
            .focus
            .get()
            .and_then(|i| set.entities.get(i))
            .map(|e| e.id.clone()),
        target: state.selected.get().map(|t| t.key(set)),
    }
}

/// Applies a decoded URL state to the explorer.
fn apply(state: &State, u: UrlState) {
    let set = state.set;
    state.query.set(u.query);
    state.selection.set(Selection {
        entities: u.entities,
        mode: u.mode,
    });
    let view = u
        .view
        .and_then(|v| View::ALL.into_iter().find(|x| x.slug() == v))
        .unwrap_or(View::Facts);
    state.view.set(view);
    state
        .focus
        .set(u.focus.and_then(|id| set.entity_position(&id)));
    let target = u.target.and_then(|t| {
        if let Some(n) = t.strip_prefix('s').and_then(|n| n.parse().ok()) {
            return Some(Target::Sentence(n));
        }
        set.facts
            .iter()
            .position(|f| f.id == t)
            .map(Target::Fact)
            .or_else(|| set.quotes.iter().position(|q| q.id == t).map(Target::Quote))
            .or_else(|| set.events.iter().position(|e| e.id == t).map(Target::Event))
    });
    state.selected.set(target);
}

/// This explorer's encoded state in the current URL, if any.
fn read(key: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(key)
}

/// Writes `value` under `key`, pushing a history entry or replacing the
/// current one.
fn write(key: &str, value: &str, push: bool) {
    let loc = window().location();
    let Ok(search) = loc.search() else { return };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    if value.is_empty() {
        params.delete(key);
    } else {
        params.set(key, value);
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
    let state = leptos::wasm_bindgen::JsValue::NULL;
    let _ = if push {
        history.push_state_with_url(&state, "", Some(&url))
    } else {
        history.replace_state_with_url(&state, "", Some(&url))
    };
}

/// Restores the state from the URL now, keeps the URL in step with the
/// state, and follows Back and Forward.
pub fn sync_with_url(state: State, key: String) {
    let set = state.set;
    if let Some(text) = read(&key) {
        apply(&state, UrlState::decode(&text, set, &VIEWS));
    }
    let key2 = key.clone();
    // The last state written or read, so changes made by Back/Forward are not
    // written again, and typing replaces one entry instead of pushing many.
    let last = StoredValue::new(capture_untracked(&state));
    Effect::new(move |_| {
        let now = capture(&state);
        let before = last.get_value();
        if now == before {
            return;
        }
        let only_query = UrlState {
            query: before.query.clone(),
            ..now.clone()
        } == before;
        write(&key2, &now.encode(), !only_query);
        last.set_value(now);
    });
    let handle = window_event_listener(ev::popstate, move |_| {
        let u = read(&key)
            .map(|t| UrlState::decode(&t, set, &VIEWS))
            .unwrap_or_default();
        last.set_value(u.clone());
        apply(&state, u);
    });
    on_cleanup(move || handle.remove());
}

fn capture_untracked(state: &State) -> UrlState {
    leptos::prelude::untrack(|| capture(state))
}
