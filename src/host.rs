//! The JavaScript boundary, in one place: what the `<fact-explorer>` element
//! (`src/embed/fact-explorer-embed.js`) calls to mount an explorer and to
//! serve the host page's API (`factSet`, `data`, `state`, and the `fx-ready`,
//! `fx-change`, `fx-select` and `fx-error` events). Values cross as plain JS
//! objects through serde-wasm-bindgen, never as JSON strings.
//!
//! Each mount owns its reactive tree and its fact set; [`ExplorerHandle::unmount`]
//! (called from the element's `disconnectedCallback`) frees both.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use fact_explorer::explore::ExplorerState;
use fact_explorer::item::ItemRef;
use fact_explorer::load::{self, LoadError, ProblemKind};
use fact_explorer::model::FactSet;
use fact_explorer_view::app::{App, Explorer, Mounted};
use fact_explorer_view::components::url_sync::UrlParam;
use fact_explorer_view::later;

/// Loads the fact set the element found, as it describes it: `kind` is
/// `"bundled"` (the article bundled with the app), `"json"` (fact-set JSON
/// text in `payload`: an inline `<script>` or a fetched `src`), `"data"` (a
/// fact set given as a plain object, `el.data = {...}`) or `"unavailable"`
/// (the element could not get it; why in `payload`).
fn load_source(kind: &str, payload: JsValue) -> Result<FactSet, LoadError> {
    let unavailable =
        |detail: String| Err(LoadError::one("$", ProblemKind::Unavailable { detail }));
    match kind {
        "bundled" => load::load_bundled(),
        "json" => load::load(&payload.as_string().unwrap_or_default(), None),
        "data" => match serde_wasm_bindgen::from_value::<serde_json::Value>(payload) {
            Ok(value) => load::load_value(value),
            Err(e) => unavailable(format!("the data is not made of plain JSON values ({e})")),
        },
        _ => unavailable(payload.as_string().unwrap_or_default()),
    }
}

/// Converts to a plain JS object: maps become objects, absent values `null`.
fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// One problem as the `fx-error` event and the host see it.
#[derive(Serialize)]
struct ProblemDetail {
    path: String,
    message: String,
}

/// The counts `fx-ready` carries.
#[derive(Serialize)]
struct ReadyDetail {
    entities: usize,
    facts: usize,
    quotes: usize,
    events: usize,
    sentences: usize,
}

/// What the reader opened, as `fx-select` carries it: the item's kind and
/// id, and the item itself as the fact set has it (a sentence as its index
/// and text).
fn select_detail(set: &FactSet, item: ItemRef) -> JsValue {
    #[derive(Serialize)]
    struct Sentence<'a> {
        index: usize,
        text: &'a str,
    }
    #[derive(Serialize)]
    struct Detail<'a, T: Serialize> {
        kind: &'static str,
        id: String,
        item: &'a T,
    }
    let Some(key) = set.key_of(item) else {
        return JsValue::NULL;
    };
    let (kind, id) = (item.kind().slug(), key.id);
    let offsets = Utf16::of(&set.article.text);
    fn detail<T: Serialize>(offsets: &Utf16, kind: &'static str, id: String, item: &T) -> JsValue {
        offsets.to_js(&Detail { kind, id, item })
    }
    match item {
        ItemRef::Entity(i) => detail(&offsets, kind, id, &set.entities[i]),
        ItemRef::Fact(i) => detail(&offsets, kind, id, &set.facts[i]),
        ItemRef::Quote(i) => detail(&offsets, kind, id, &set.quotes[i]),
        ItemRef::Event(i) => detail(&offsets, kind, id, &set.events[i]),
        ItemRef::Sentence(i) => {
            let r = set.article.sentences[i].clone();
            let text = &set.article.text[r];
            detail(&offsets, kind, id, &Sentence { index: i, text })
        }
    }
}

/// The fact set for host JavaScript: the fact-set JSON as plain objects,
/// with every span also carrying `utf16_start` and `utf16_end`, so
/// `article.text.slice(span.utf16_start, span.utf16_end)` is the span's text.
fn host_fact_set(set: &FactSet) -> JsValue {
    Utf16::of(&set.article.text).to_js(set)
}

/// The UTF-16 offset of every byte offset of an article text that falls on
/// a character boundary: what host JavaScript needs to slice the text.
struct Utf16(Vec<usize>);

impl Utf16 {
    fn of(text: &str) -> Utf16 {
        let mut utf16 = vec![0usize; text.len() + 1];
        let mut units = 0;
        for (i, c) in text.char_indices() {
            utf16[i] = units;
            units += c.len_utf16();
        }
        utf16[text.len()] = units;
        Utf16(utf16)
    }

    /// `value` as plain JS objects, every span in it with its UTF-16 offsets.
    fn to_js<T: Serialize + ?Sized>(&self, value: &T) -> JsValue {
        let Ok(mut json) = serde_json::to_value(value) else {
            return JsValue::NULL;
        };
        self.add(&mut json);
        to_js(&json)
    }

    /// Adds the offsets to every span object (numeric `start` and `end`, a
    /// string `text`) inside `value`.
    fn add(&self, value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                let offset = |k: &str| {
                    let at = map.get(k)?.as_u64()?;
                    self.0.get(usize::try_from(at).ok()?).copied()
                };
                if let (Some(a), Some(b), true) = (
                    offset("start"),
                    offset("end"),
                    map.get("text").is_some_and(|t| t.is_string()),
                ) {
                    map.insert("utf16_start".into(), a.into());
                    map.insert("utf16_end".into(), b.into());
                }
                for v in map.values_mut() {
                    self.add(v);
                }
            }
            serde_json::Value::Array(items) => {
                for v in items {
                    self.add(v);
                }
            }
            _ => {}
        }
    }
}

/// What one mount shares between the reactive tree and the handle.
struct Shared {
    /// `(type, detail)`: dispatches an event on the element.
    emit: js_sys::Function,
    /// The URL parameter that holds this explorer's state, if URL sync is on.
    url: Option<UrlParam>,
    /// The explorer, once it exists (cleared on unmount).
    explorer: RefCell<Option<Explorer>>,
    /// The last state the reader, the URL or the host produced, so that
    /// only the reader's own changes are reported as `fx-change`.
    last: RefCell<Option<StoredValue<ExplorerState>>>,
    /// Set while hydrating prerendered markup, until its last slice: the
    /// URL's state and the host's then wait (the markup shows the first
    /// view, and parts not hydrated yet must find the state they show).
    hydrating: std::cell::Cell<bool>,
    /// The state to show once hydrated (the URL's, then the host's).
    deferred: RefCell<Option<ExplorerState>>,
}

impl Shared {
    /// Ends a hydration: the explorer answers the reader again, and the
    /// state the URL or the host asked for meanwhile is shown.
    fn hydrated(&self) {
        if !self.hydrating.replace(false) {
            return;
        }
        let deferred = self.deferred.borrow_mut().take();
        if let (Some(state), Some(explorer)) = (deferred, *self.explorer.borrow()) {
            if let Some(last) = *self.last.borrow() {
                last.set_value(state.clone());
            }
            explorer.apply(state);
        }
    }

    fn emit(&self, kind: &str, detail: JsValue) {
        let _ = self
            .emit
            .call2(&JsValue::NULL, &JsValue::from_str(kind), &detail);
    }
}

/// The mount as the root sees it.
#[derive(Clone)]
struct Mount(Rc<Shared>);

impl std::ops::Deref for Mount {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl Mounted for Mount {
    fn created(&self, explorer: Explorer) {
        *self.explorer.borrow_mut() = Some(explorer);
        if let Some(url) = &self.url {
            if let Some(state) = url.read(&explorer.data.set()) {
                if self.hydrating.get() {
                    *self.deferred.borrow_mut() = Some(state);
                } else {
                    explorer.apply(state);
                }
            }
        }
        let last = StoredValue::new(explorer.state_untracked());
        *self.last.borrow_mut() = Some(last);
        // Report the reader's changes, and keep the URL in step with them.
        let shared = self.clone();
        Effect::new(move |_| {
            let now = explorer.state();
            let before = last.get_value();
            if now == before {
                return;
            }
            last.set_value(now.clone());
            if let Some(url) = &shared.url {
                // Typing replaces one history entry instead of pushing many.
                let only_query = ExplorerState {
                    query: before.query.clone(),
                    ..now.clone()
                } == before;
                url.write(&now, !only_query);
            }
            shared.emit("fx-change", to_js(&now));
            let set = explorer.data.set();
            let opened = [
                (now.focus != before.focus)
                    .then(|| now.focus.as_deref().and_then(|id| set.entity_position(id)))
                    .flatten()
                    .map(ItemRef::Entity),
                (now.fact != before.fact)
                    .then(|| now.fact.as_ref().and_then(|k| set.resolve(k)))
                    .flatten(),
            ];
            for item in opened.into_iter().flatten() {
                shared.emit("fx-select", select_detail(&set, item));
            }
        });
        // Back and Forward restore what the URL holds.
        if let Some(url) = &self.url {
            let url = url.clone();
            let shared = self.clone();
            let handle = window_event_listener(leptos::ev::popstate, move |_| {
                let state = url.read(&explorer.data.set()).unwrap_or_default();
                last.set_value(state.clone());
                explorer.apply(state.clone());
                shared.emit("fx-change", to_js(&state));
            });
            on_cleanup(move || handle.remove());
        }
    }

    fn ready(&self, explorer: Explorer) {
        let set = explorer.data.set();
        self.emit(
            "fx-ready",
            to_js(&ReadyDetail {
                entities: set.entities.len(),
                facts: set.facts.len(),
                quotes: set.quotes.len(),
                events: set.events.len(),
                sentences: set.article.sentences.len(),
            }),
        );
    }

    fn failed(&self, error: &LoadError) {
        let problems: Vec<ProblemDetail> = error
            .problems
            .iter()
            .map(|p| ProblemDetail {
                path: p.path.clone(),
                message: p.kind.to_string(),
            })
            .collect();
        #[derive(Serialize)]
        struct ErrorDetail {
            problems: Vec<ProblemDetail>,
            more: usize,
        }
        self.emit(
            "fx-error",
            to_js(&ErrorDetail {
                problems,
                more: error.more,
            }),
        );
    }
}

/// What keeps a mounted view alive (Leptos's unmount handle).
type Mounting = Box<dyn std::any::Any>;

/// One mounted explorer, held by its element.
#[wasm_bindgen]
pub struct ExplorerHandle {
    shared: Rc<Shared>,
    /// Dropping it unmounts the view and frees the reactive tree.
    mounted: RefCell<Option<Mounting>>,
    /// A hydration's first step, run by the first `hydrateMore` (so loading
    /// the fact set and starting to hydrate are separate tasks).
    start: RefCell<Option<Box<dyn FnOnce() -> Mounting>>>,
}

#[wasm_bindgen]
impl ExplorerHandle {
    /// The loaded fact set as plain objects (a copy), or `null` when none
    /// is loaded.
    #[wasm_bindgen(js_name = factSet)]
    pub fn fact_set(&self) -> JsValue {
        match *self.shared.explorer.borrow() {
            Some(explorer) if self.is_mounted() => host_fact_set(&explorer.data.set()),
            _ => JsValue::NULL,
        }
    }

    /// The reader's state: `{query, entities, mode, view, focus, fact}`,
    /// or `null` when no fact set is loaded.
    pub fn state(&self) -> JsValue {
        if let Some(state) = &*self.shared.deferred.borrow() {
            return to_js(state);
        }
        match *self.shared.explorer.borrow() {
            Some(explorer) if self.is_mounted() => to_js(&explorer.state_untracked()),
            _ => JsValue::NULL,
        }
    }

    /// Hydrates a prerendered view for one slice (about
    /// [`later::SLICE_MS`]): the first call starts it, the next ones
    /// hydrate the parts that wait. Returns whether there is more to do:
    /// the element calls it again after giving the browser the main thread.
    #[wasm_bindgen(js_name = hydrateMore)]
    pub fn hydrate_more(&self) -> bool {
        let start = self.start.borrow_mut().take();
        let more = match start {
            Some(start) => {
                later::begin_slice();
                *self.mounted.borrow_mut() = Some(start());
                untrack(later::pending)
            }
            None if self.is_mounted() => later::run_slice(),
            None => return false,
        };
        if !more {
            self.shared.hydrated();
        }
        more
    }

    /// Shows `state` (keys left out take their defaults). Throws a
    /// `TypeError` naming the problem when it is not a state of this fact
    /// set; reports no `fx-change`, so host handlers cannot loop.
    #[wasm_bindgen(js_name = setState)]
    pub fn set_state(&self, state: JsValue) -> Result<(), JsValue> {
        let type_error = |m: String| JsValue::from(js_sys::TypeError::new(&m));
        let explorer = match *self.shared.explorer.borrow() {
            Some(e) if self.is_mounted() => e,
            _ => return Err(type_error("the explorer has no fact set loaded".into())),
        };
        // Through a JSON value, so unknown keys are refused too (serde's
        // deny_unknown_fields needs a deserializer that lists the keys).
        let state: ExplorerState = serde_wasm_bindgen::from_value::<serde_json::Value>(state)
            .map_err(|e| e.to_string())
            .and_then(|v| serde_json::from_value(v).map_err(|e| e.to_string()))
            .map_err(|e| type_error(format!("not an explorer state: {e}")))?;
        if let Some(problem) = state.problem(&explorer.data.set()) {
            return Err(type_error(problem));
        }
        if let Some(url) = &self.shared.url {
            url.write(&state, false);
        }
        if self.shared.hydrating.get() {
            *self.shared.deferred.borrow_mut() = Some(state);
            return Ok(());
        }
        if let Some(last) = *self.shared.last.borrow() {
            last.set_value(state.clone());
        }
        explorer.apply(state);
        Ok(())
    }

    /// Unmounts the explorer and frees everything it held.
    pub fn unmount(&mut self) {
        *self.shared.explorer.borrow_mut() = None;
        *self.shared.last.borrow_mut() = None;
        *self.start.borrow_mut() = None;
        *self.mounted.borrow_mut() = None;
    }
}

impl ExplorerHandle {
    fn is_mounted(&self) -> bool {
        self.mounted.borrow().is_some()
    }
}

/// Mounts one explorer into `container` (a `<div>` in a `<fact-explorer>`
/// element's shadow root).
///
/// `kind` and `payload` say where the fact set comes from (see
/// `load_source`); `url_key` is the query parameter for this
/// explorer's state, or `undefined` to keep the URL alone; `emit(type,
/// detail)` dispatches the element's events.
///
/// `prerendered` is the stamp of the markup already in `container` (the
/// build-time render, see `fact_explorer::render`), if any. When it is the
/// stamp this build gives the loaded fact set, the explorer hydrates that
/// markup in place; otherwise the markup is replaced by a fresh render. A
/// hydration runs in slices: this call only loads the fact set, and the
/// element calls [`ExplorerHandle::hydrate_more`] until it returns `false`.
#[wasm_bindgen]
pub fn mount_explorer(
    container: web_sys::HtmlElement,
    kind: &str,
    payload: JsValue,
    url_key: Option<String>,
    emit: js_sys::Function,
    prerendered: Option<String>,
) -> ExplorerHandle {
    later::begin_slice();
    let loaded = load_source(kind, payload);
    let hydrate = match (&loaded, &prerendered) {
        (Ok(set), Some(stamp)) => *stamp == fact_explorer::render::stamp(set),
        _ => false,
    };
    let shared = Rc::new(Shared {
        emit,
        url: url_key.map(UrlParam::new),
        explorer: RefCell::new(None),
        last: RefCell::new(None),
        hydrating: std::cell::Cell::new(hydrate),
        deferred: RefCell::new(None),
    });
    let mounted: Rc<dyn Mounted> = Rc::new(Mount(shared.clone()));
    let app = move || view! { <App loaded mounted/> };
    if hydrate {
        let start = move || -> Mounting { Box::new(leptos::mount::hydrate_from(container, app)) };
        return ExplorerHandle {
            shared,
            mounted: RefCell::new(None),
            start: RefCell::new(Some(Box::new(start))),
        };
    }
    container.replace_children_with_node_0();
    let handle = leptos::mount::mount_to(container, app);
    ExplorerHandle {
        shared,
        mounted: RefCell::new(Some(Box::new(handle))),
        start: RefCell::new(None),
    }
}

/// This build's part of a prerendered view's stamp: markup stamped by
/// another build is rendered afresh, with this build's stylesheet.
#[wasm_bindgen]
pub fn render_build() -> String {
    fact_explorer::render::BUILD.to_string()
}

/// The size of the wasm memory in bytes (for the memory test: mounting and
/// unmounting must not make it grow without bound).
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65536) as f64
}
