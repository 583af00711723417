//! The authoring page's view (Leptos, client-side) and its wasm exports.

use std::ops::Range;

use leptos::ev;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use fact_explorer_core::authoring::{self, Editor, ItemList};
use fact_explorer_core::item::ItemKind;
use fact_explorer_core::load;
use fact_explorer_core::model::{Date, Day, EntityKind, FactSet, Object, Status};
use fact_explorer_core::review::ReviewState;
use fact_explorer_core::saved_draft::{Listed, SavedDraft, SAVED_VERSION};
use fact_explorer_core::text;

#[path = "review.rs"]
mod review;

#[wasm_bindgen(module = "/src/bin/fx-author/glue.js")]
extern "C" {
    fn start_worker();
    fn draft_in_worker(text: &str, title: &str, byline: &str, date: &str, done: JsValue);
    fn selection_offsets(container: &web_sys::HtmlElement) -> JsValue;
    fn select_offsets(container: &web_sys::HtmlElement, start: usize, end: usize);
    fn read_file(input: &web_sys::HtmlElement, done: JsValue);
    fn download(name: &str, text: &str);
    fn copy_text(text: &str, done: JsValue);
    fn store(key: &str, value: &str) -> String;
    fn fetch_stored(key: &str) -> String;
    fn unstore(key: &str);
    fn tab_id() -> String;
    fn reveal(selector: &str);
    fn bring_into_view(selector: &str);
    fn after_pause(then: &JsValue);
    fn cancel_pause(then: &JsValue);
}

/// The bundled article's title (its fact-set file has no text).
fn bundled_title() -> String {
    load::load_bundled()
        .map(|s| s.article.title)
        .unwrap_or_default()
}

// ---- saved drafts ----------------------------------------------------------

const INDEX_KEY: &str = "fx-author:drafts";
const CURRENT_KEY: &str = "fx-author:current";
const PASTE_KEY: &str = "fx-author:paste";

fn draft_key(id: &str) -> String {
    format!("fx-author:draft:{id}")
}

fn saved_list() -> Vec<Listed> {
    serde_json::from_str(&fetch_stored(INDEX_KEY)).unwrap_or_default()
}

/// A saved draft; `None` when nothing is saved under `id`, an error when
/// the record cannot be read (it is left in storage as it is).
fn read_saved(id: &str) -> Result<Option<SavedDraft>, String> {
    let raw = fetch_stored(&draft_key(id));
    if raw.is_empty() {
        return Ok(None);
    }
    SavedDraft::read(&raw).map(Some).map_err(|e| {
        format!(
            "The saved draft could not be read ({e}). It stays in this browser’s storage as it is."
        )
    })
}

/// When a draft was saved, in the reader's own locale.
fn saved_when(at: f64) -> String {
    if at <= 0.0 {
        return String::new();
    }
    let d = js_sys::Date::new(&JsValue::from_f64(at));
    format!(
        "saved {}",
        String::from(d.to_locale_string("default", &JsValue::UNDEFINED))
    )
}

/// A saved draft as an editor with its review: the set's shape only, not
/// validated (a draft being corrected may have problems; they are listed,
/// not refused).
fn open_saved(saved: &SavedDraft) -> Result<Editor, String> {
    load::parse(&saved.set)
        .map(|set| Editor::with_review(set, saved.review.clone()))
        .map_err(|e| e.to_string())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Empty,
    Drafting,
    Ready,
}

impl Phase {
    fn slug(self) -> &'static str {
        match self {
            Phase::Empty => "empty",
            Phase::Drafting => "drafting",
            Phase::Ready => "ready",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Save {
    Saved,
    Saving,
    Failed,
}

/// Everything the page's pieces share (signals are `Copy`).
#[derive(Clone, Copy)]
struct Ctx {
    ed: RwSignal<Option<Editor>>,
    phase: RwSignal<Phase>,
    message: RwSignal<String>,
    /// The selected words, as a byte range of the article.
    sel: RwSignal<Option<Range<usize>>>,
    draft_id: RwSignal<String>,
    save: RwSignal<Save>,
    save_note: RwSignal<String>,
    conflict: RwSignal<bool>,
    tab: StoredValue<String>,
    /// The entity picked as a fact's subject / object, by click or list.
    subject: RwSignal<String>,
    object: RwSignal<String>,
    /// Where the next click on an entity goes.
    picking: RwSignal<Pick>,
    /// The length of the text being drafted, for the progress line.
    drafting_words: RwSignal<usize>,
    /// The article's text: it changes only with a new draft, so what is
    /// computed from it (the word list) is not redone on every edit.
    article: Memo<String>,
    /// Every entity as (id, name, kind), for the forms' selects.
    choices: Memo<Vec<(String, String, EntityKind)>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pick {
    Subject,
    Object,
}

impl Ctx {
    /// Applies an edit; an error goes to the message line.
    fn act(self, f: impl FnOnce(&mut Editor) -> Result<(), String>) {
        let mut result = Err("nothing to edit yet".to_string());
        self.ed.update(|e| {
            if let Some(e) = e {
                result = f(e);
            }
        });
        match result {
            Ok(()) => self.message.set(String::new()),
            Err(m) => self.message.set(m),
        }
    }

    /// Applies an edit that makes an item, then brings the item's row
    /// (`selector` with the new id) into view without moving the focus:
    /// lists append, and a new fact used to land out of sight.
    fn act_new(
        self,
        selector: impl Fn(&str) -> String,
        f: impl FnOnce(&mut Editor) -> Result<String, String>,
    ) {
        let mut made = None;
        self.act(|e| {
            made = Some(f(e)?);
            Ok(())
        });
        if let Some(id) = made {
            bring_into_view(&selector(&id));
        }
    }

    fn text(self) -> String {
        self.article.get_untracked()
    }

    fn start_editing(self, ed: Editor, id: Option<String>) {
        let id = id.unwrap_or_else(|| format!("d{}", js_sys::Date::now() as u64));
        self.draft_id.set(id.clone());
        let _ = store(CURRENT_KEY, &id);
        self.sel.set(None);
        self.conflict.set(false);
        self.ed.set(Some(ed));
        self.phase.set(Phase::Ready);
        self.save_now();
    }

    /// Leaves the draft (saved as it stands) for the start: paste or open
    /// another article.
    fn new_draft(self) {
        self.save_now();
        self.ed.set(None);
        self.draft_id.set(String::new());
        self.sel.set(None);
        self.conflict.set(false);
        self.message.set(String::new());
        self.save_note.set(String::new());
        unstore(CURRENT_KEY);
        self.phase.set(Phase::Empty);
    }

    /// Saves the draft as it stands (and lists it).
    fn save_now(self) {
        let id = self.draft_id.get_untracked();
        if id.is_empty() || self.conflict.get_untracked() {
            return;
        }
        let Some((title, json, schema, revision, review)) = self.ed.with_untracked(|e| {
            e.as_ref().map(|e| {
                let set = e.set();
                let schema = set.written_schema().to_string();
                let review = e.review().clone();
                (
                    set.article.title.clone(),
                    set.to_json(),
                    schema,
                    e.revision,
                    review,
                )
            })
        }) else {
            return;
        };
        self.save.set(Save::Saving);
        let record = SavedDraft {
            version: SAVED_VERSION,
            schema,
            id: id.clone(),
            title: title.clone(),
            saved_at: js_sys::Date::now(),
            tab: self.tab.get_value(),
            revision,
            set: json,
            review,
        };
        let failed = store(&draft_key(&id), &record.to_json());
        if failed.is_empty() {
            let mut list = saved_list();
            list.retain(|l| l.id != id);
            list.insert(
                0,
                Listed {
                    id,
                    title,
                    saved_at: record.saved_at,
                },
            );
            let _ = store(INDEX_KEY, &serde_json::to_string(&list).unwrap_or_default());
            self.save.set(Save::Saved);
            self.save_note
                .set("All changes saved in this browser.".into());
        } else {
            self.save.set(Save::Failed);
            self.save_note.set(failed);
        }
    }
}

/// Mounts the page on `root` (the `#author` element).
#[wasm_bindgen]
pub fn start_author(root: web_sys::HtmlElement) {
    // Clear the fallback message: no markup is written, only nodes removed.
    root.replace_children_with_node_0();
    let handle =
        leptos::mount::mount_to(root.clone(), move || view! { <Author root=root.clone()/> });
    handle.forget();
}

#[component]
fn Author(root: web_sys::HtmlElement) -> impl IntoView {
    let ed = RwSignal::new(None::<Editor>);
    let article = Memo::new(move |_| {
        ed.with(|e| e.as_ref().map(|e| e.set().article.text.clone()))
            .unwrap_or_default()
    });
    let choices = Memo::new(move |_| {
        ed.with(|e| {
            e.as_ref()
                .map(|e| {
                    e.set()
                        .entities
                        .iter()
                        .map(|en| (en.id.clone(), en.name.clone(), en.kind))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let cx = Ctx {
        ed,
        phase: RwSignal::new(Phase::Empty),
        message: RwSignal::new(String::new()),
        sel: RwSignal::new(None),
        draft_id: RwSignal::new(String::new()),
        save: RwSignal::new(Save::Saved),
        save_note: RwSignal::new(String::new()),
        conflict: RwSignal::new(false),
        tab: StoredValue::new(tab_id()),
        subject: RwSignal::new(String::new()),
        object: RwSignal::new(String::new()),
        picking: RwSignal::new(Pick::Subject),
        drafting_words: RwSignal::new(0),
        article,
        choices,
    };
    provide_context(cx);

    // The root's state for tests and styles.
    Effect::new(move |_| {
        let _ = root.set_attribute("data-state", cx.phase.get().slug());
    });

    // Bring back the draft this browser was working on.
    let current = fetch_stored(CURRENT_KEY);
    if !current.is_empty() {
        match read_saved(&current) {
            Ok(Some(saved)) => match open_saved(&saved) {
                Ok(ed) => {
                    cx.draft_id.set(saved.id.clone());
                    cx.ed.set(Some(ed));
                    cx.phase.set(Phase::Ready);
                    cx.save_note.set("Your saved draft is back.".into());
                }
                Err(e) => cx.message.set(format!(
                    "The saved draft could not be opened: {e}. It stays in this browser’s storage as it is."
                )),
            },
            // Deleted since: start afresh.
            Ok(None) => unstore(CURRENT_KEY),
            Err(e) => cx.message.set(e),
        }
    }

    // Save on every change.
    let revision = Memo::new(move |_| cx.ed.with(|e| e.as_ref().map(|e| e.revision)));
    Effect::new(move |prev: Option<Option<u64>>| {
        let now = revision.get();
        if prev.is_some() && now.is_some() {
            cx.save_now();
        }
        now
    });

    // Another tab saving the same draft: say so, and stop overwriting it.
    // This listener and the keys' below are removed with the page's root.
    let _ = use_event_listener(window(), ev::storage, move |e: web_sys::StorageEvent| {
        let id = cx.draft_id.get_untracked();
        if id.is_empty() || e.key().as_deref() != Some(draft_key(&id).as_str()) {
            return;
        }
        let value = e.new_value().unwrap_or_default();
        if let Ok(saved) = SavedDraft::read(&value) {
            if saved.tab != cx.tab.get_value() {
                cx.conflict.set(true);
            }
        }
    });

    // Undo and redo from anywhere on the page; "?" shows the shortcuts.
    let help = RwSignal::new(false);
    let _ = use_event_listener(window(), ev::keydown, move |e: web_sys::KeyboardEvent| {
        let typing = review::typing(&e);
        let key = e.key().to_lowercase();
        if (e.ctrl_key() || e.meta_key()) && key == "z" && !typing {
            e.prevent_default();
            cx.ed.update(|ed| {
                if let Some(ed) = ed {
                    if e.shift_key() {
                        ed.redo();
                    } else {
                        ed.undo();
                    }
                }
            });
        } else if (e.ctrl_key() || e.meta_key()) && key == "y" && !typing {
            e.prevent_default();
            cx.ed.update(|ed| {
                if let Some(ed) = ed {
                    ed.redo();
                }
            });
        } else if e.key() == "?" && !typing {
            help.update(|h| *h = !*h);
        } else if e.key() == "Escape" {
            help.set(false);
        }
    });

    let drafting_words = cx.drafting_words;
    // The worker starts (and fetches the weights) once the page is up.
    start_worker();

    view! {
        <header class="top">
            <h1>"Make a fact set for your article"</h1>
            <p class="lede">"Paste an article, get a draft, correct it, preview it, export it. Everything stays in this browser."</p>
            <nav class="top-actions" aria-label="Draft">
                <a href="index.html">"Back to the explorer"</a>
                // Another article without reloading: this draft stays saved
                // (and listed) as it is.
                <Show when=move || cx.phase.get() == Phase::Ready>
                    <button type="button" data-testid="author-new" on:click=move |_| cx.new_draft()>"New draft"</button>
                </Show>
                <button type="button" data-testid="author-undo"
                    disabled=move || !cx.ed.with(|e| e.as_ref().is_some_and(Editor::can_undo))
                    on:click=move |_| cx.ed.update(|e| { if let Some(e) = e { e.undo(); } })>"Undo"</button>
                <button type="button" data-testid="author-redo"
                    disabled=move || !cx.ed.with(|e| e.as_ref().is_some_and(Editor::can_redo))
                    on:click=move |_| cx.ed.update(|e| { if let Some(e) = e { e.redo(); } })>"Redo"</button>
                <button type="button" aria-expanded=move || help.get().to_string()
                    on:click=move |_| help.update(|h| *h = !*h)>"Shortcuts (?)"</button>
                <span class="saved" data-testid="author-saved" role="status"
                    data-state=move || match cx.save.get() { Save::Saved => "saved", Save::Saving => "saving", Save::Failed => "failed" }>
                    {move || cx.save_note.get()}
                </span>
            </nav>
        </header>
        <Show when=move || help.get()>
            <section class="help" aria-label="Keyboard shortcuts">
                <h2>"Keyboard shortcuts"</h2>
                <dl>
                    <dt>"Ctrl/⌘ + Z"</dt><dd>"Undo"</dd>
                    <dt>"Ctrl/⌘ + Shift + Z, Ctrl + Y"</dt><dd>"Redo"</dd>
                    <dt>"→ / ←"</dt><dd>"In the article: move the word cursor"</dd>
                    <dt>"Shift + → / ←"</dt><dd>"In the article: extend the selection by a word"</dd>
                    <dt>"Esc"</dt><dd>"In the article: clear the selection (the next → starts at the first word)"</dd>
                    <dt>"A / X / E / S"</dt><dd>"While reviewing: accept, reject, edit or skip the item shown"</dd>
                    <dt>"Esc"</dt><dd>"In a row the review's Edit opened: back to the review"</dd>
                    <dt>"?"</dt><dd>"Show or hide this list"</dd>
                </dl>
            </section>
        </Show>
        <Show when=move || cx.conflict.get()>
            <p class="conflict" role="alert" data-testid="author-conflict">
                "This draft was changed in another tab. Saving here is paused so neither overwrites the other. "
                <button type="button" on:click=move |_| {
                    if let Ok(Some(saved)) = read_saved(&cx.draft_id.get_untracked()) {
                        if let Ok(ed) = open_saved(&saved) {
                            cx.ed.set(Some(ed));
                        }
                    }
                    cx.conflict.set(false);
                }>"Load the other tab’s version"</button>
                " "
                <button type="button" on:click=move |_| { cx.conflict.set(false); cx.save_now(); }>"Keep this one (overwrite)"</button>
            </p>
        </Show>
        <p class="message" role="alert">{move || cx.message.get()}</p>
        {move || match cx.phase.get() {
            Phase::Empty => view! { <Start/> }.into_any(),
            Phase::Drafting => view! {
                <p class="drafting" role="status">
                    <span class="spinner" aria-hidden="true"></span>
                    {move || format!("Drafting {} words… The engine runs in the background; the page stays usable.", drafting_words.get())}
                </p>
            }.into_any(),
            Phase::Ready => view! { <Workspace/> }.into_any(),
        }}
    }
}

/// Paste, open a file, or reopen a saved draft.
#[component]
fn Start() -> impl IntoView {
    let cx = expect_context::<Ctx>();
    let text = RwSignal::new(fetch_stored(PASTE_KEY));
    let title = RwSignal::new(String::new());
    let byline = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let drafts = RwSignal::new(saved_list());
    // The saved draft whose deletion waits for a second click.
    let forget = RwSignal::new(None::<String>);
    let file_ref = NodeRef::<leptos::html::Input>::new();

    let go = move || {
        let t = text.get_untracked();
        if t.trim().is_empty() {
            cx.message.set("Paste or open an article first.".into());
            return;
        }
        cx.drafting_words.set(t.split_whitespace().count());
        cx.phase.set(Phase::Drafting);
        let done = Closure::once_into_js(move |json: String, error: String| {
            if !error.is_empty() {
                cx.phase.set(Phase::Empty);
                cx.message.set(format!("The draft failed: {error}"));
                return;
            }
            match load::parse(&json) {
                Ok(set) => {
                    unstore(PASTE_KEY);
                    cx.start_editing(Editor::new(set), None);
                }
                Err(e) => {
                    cx.phase.set(Phase::Empty);
                    cx.message.set(format!("The draft could not be read: {e}"));
                }
            }
        });
        draft_in_worker(
            &t,
            &title.get_untracked(),
            &byline.get_untracked(),
            &date.get_untracked(),
            done,
        );
    };

    let open_file = move |_| {
        let Some(input) = file_ref.get() else { return };
        let done = Closure::once_into_js(move |name: String, body: String, error: String| {
            if !error.is_empty() {
                cx.message.set(error);
                return;
            }
            if name.ends_with(".json") {
                match load::parse(&body) {
                    Ok(mut set) => {
                        // A fact set without its text: the bundled article's
                        // file keeps its text apart (data/article.txt).
                        if set.article.text.is_empty() && set.article.title == bundled_title() {
                            set.article.text = load::BUNDLED_TEXT.to_string();
                        }
                        if set.article.text.is_empty() {
                            cx.message.set(format!("{name} holds no article text, so its spans point at nothing here. Open a fact set that includes its text."));
                        } else {
                            cx.start_editing(Editor::new(set), None);
                        }
                    }
                    Err(e) => cx.message.set(format!("{name} is not a fact set: {e}")),
                }
            } else {
                text.set(body);
                if title.get_untracked().is_empty() {
                    title.set(
                        name.trim_end_matches(|c: char| c != '.')
                            .trim_end_matches('.')
                            .to_string(),
                    );
                }
            }
        });
        read_file(&input, done);
    };

    view! {
        <section class="start" aria-labelledby="start-h">
            <h2 id="start-h">"1. Your article"</h2>
            <div class="meta">
                <label>"Title" <input type="text" prop:value=move || title.get() on:input=move |e| title.set(event_target_value(&e))/></label>
                <label>"Byline" <input type="text" prop:value=move || byline.get() on:input=move |e| byline.set(event_target_value(&e))/></label>
                <label>"Date" <input type="date" prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/></label>
            </div>
            <label class="paste">"Article text"
                <textarea data-testid="author-text" rows="14"
                    placeholder="Paste the article’s text here."
                    prop:value=move || text.get()
                    on:input=move |e| {
                        let v = event_target_value(&e);
                        let _ = store(PASTE_KEY, &v);
                        text.set(v);
                    }></textarea>
            </label>
            <p class="words">{move || format!("{} words", text.with(|t| t.split_whitespace().count()))}</p>
            <div class="start-actions">
                <button type="button" class="primary" data-testid="author-start" on:click=move |_| go()>"Draft the fact set"</button>
                <label class="file">"Or open a file (.txt, .md, .html, .facts.json) "
                    <input type="file" data-testid="author-open" accept=".txt,.md,.html,.htm,.json" node_ref=file_ref on:change=open_file/>
                </label>
            </div>
            <Show when=move || !drafts.with(Vec::is_empty)>
                <h2>"Saved drafts"</h2>
                <ul class="drafts">
                    {move || drafts.get().into_iter().map(move |d| {
                        let id = d.id.clone();
                        let id2 = d.id.clone();
                        let title = if d.title.is_empty() { "(untitled)".to_string() } else { d.title.clone() };
                        view! {
                            <li data-testid="author-draft" data-draft=d.id.clone()>
                                <span class="title">{title.clone()}</span>
                                <span class="when">{saved_when(d.saved_at)}</span>
                                <button type="button" aria-label=format!("Open {title}") data-testid="author-draft-open" on:click=move |_| {
                                    match read_saved(&id).map(|s| s.map(|s| open_saved(&s))) {
                                        Ok(Some(Ok(ed))) => cx.start_editing(ed, Some(id.clone())),
                                        Ok(Some(Err(e))) => cx.message.set(format!("That draft could not be opened: {e}. It stays saved as it is.")),
                                        Ok(None) => cx.message.set("That draft is no longer saved.".into()),
                                        Err(e) => cx.message.set(e),
                                    }
                                }>"Open"</button>
                                {
                                    let asking = forget.get().as_deref() == Some(id2.as_str());
                                    let id3 = id2.clone();
                                    if asking {
                                        view! {
                                            <span role="alert" class="confirm">"Delete this draft for good? "
                                                <button type="button" class="danger" on:click=move |_| {
                                                    unstore(&draft_key(&id2));
                                                    let mut list = saved_list();
                                                    list.retain(|l| l.id != id2);
                                                    let _ = store(INDEX_KEY, &serde_json::to_string(&list).unwrap_or_default());
                                                    forget.set(None);
                                                    drafts.set(list);
                                                }>"Delete it"</button>
                                                <button type="button" on:click=move |_| forget.set(None)>"Keep it"</button>
                                            </span>
                                        }.into_any()
                                    } else {
                                        view! {
                                            <button type="button" class="danger" aria-label=format!("Delete {title}")
                                                on:click=move |_| forget.set(Some(id3.clone()))>"Delete"</button>
                                        }.into_any()
                                    }
                                }
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

/// The article, the lists, the preview and export: three columns on wide
/// screens; on narrow ones the preview is a tab.
#[component]
fn Workspace() -> impl IntoView {
    let cx = expect_context::<Ctx>();
    let tab = RwSignal::new("entities");
    provide_context(Tab(tab));
    provide_context(EntityFilter(RwSignal::new(String::new())));
    provide_context(review::Editing::default());
    provide_context(review::Panel::default());
    // Each tab starts at its top (the body is one scroller for all of
    // them: the export's first lines were left above the fold).
    let body = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        tab.track();
        if let Some(b) = body.get_untracked() {
            b.set_scroll_top(0);
        }
    });
    view! {
        <div class="workspace" class:previewing=move || tab.get() == "preview">
            <section class="pane article-pane" aria-labelledby="art-h">
                <h2 id="art-h">"2. Correct the draft"</h2>
                <SelectionBar/>
                <ArticleText/>
            </section>
            <section class="pane side" aria-label="Entities, facts and quotes">
                <Problems/>
                <review::Review/>
                <div role="tablist" class="tabs" aria-label="Edit">
                    {[("entities", "Entities"), ("facts", "Facts"), ("quotes", "Quotes"), ("events", "Events"), ("export", "Export"), ("preview", "Preview")]
                        .into_iter()
                        .map(|(k, label)| {
                            let count = move || cx.ed.with(|e| e.as_ref().map_or(0, |e| {
                                let s = e.set();
                                match k { "entities" => s.entities.len(), "facts" => s.facts.len(), "quotes" => s.quotes.len(),
                                        "events" => s.events.len(), _ => 0 }
                            }));
                            view! {
                                <button type="button" role="tab" class=format!("tab-{k}") aria-selected=move || (tab.get() == k).to_string()
                                    on:click=move |_| tab.set(k)>
                                    {label}
                                    {matches!(k, "entities" | "facts" | "quotes" | "events").then(|| view! { <span class="count">{count}</span> })}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <div class="tab-body" node_ref=body>
                    {move || match tab.get() {
                        "facts" => view! { <Facts/> }.into_any(),
                        "quotes" => view! { <Quotes/> }.into_any(),
                        "events" => view! { <Events/> }.into_any(),
                        "export" => view! { <Export/> }.into_any(),
                        _ => view! { <Entities/> }.into_any(),
                    }}
                </div>
            </section>
            <section class="pane preview-pane" aria-labelledby="pre-h">
                <h2 id="pre-h">"3. Preview"</h2>
                <Preview tab/>
            </section>
        </div>
    }
}

/// What the selected words can become.
#[component]
fn SelectionBar() -> impl IntoView {
    let cx = expect_context::<Ctx>();
    let kind = RwSignal::new(EntityKind::Person);
    let target = RwSignal::new(String::new());
    // The names for type-ahead (a memo: an edit that keeps them keeps the list).
    let names = Memo::new(move |_| {
        cx.ed.with(|e| {
            let mut n: Vec<String> = e
                .as_ref()
                .map(|e| e.set().entities.iter().map(|en| en.name.clone()).collect())
                .unwrap_or_default();
            fact_explorer_core::sort::sort_by_key(&mut n, |x| x.clone());
            n.dedup();
            n
        })
    });
    let selected = move || {
        cx.sel
            .get()
            .map(|r| cx.article.with(|t| t.get(r).unwrap_or("").to_string()))
    };
    view! {
        <div class="selbar" aria-label="The selected words">
            <p class="sel-words">
                {move || match selected() {
                    Some(w) => format!("Selected: “{w}”"),
                    None => "Select words in the article (mouse, or click the text and use Shift + arrow keys).".to_string(),
                }}
            </p>
            <div class="sel-actions">
                <label>"Kind "
                    <select data-testid="author-new-kind" on:change=move |e| {
                        if let Some(k) = EntityKind::ALL.into_iter().find(|k| k.slug() == event_target_value(&e)) { kind.set(k); }
                    }>
                        {EntityKind::ALL.into_iter().map(|k| view! { <option value=k.slug() selected=move || kind.get() == k>{k.label()}</option> }).collect_view()}
                    </select>
                </label>
                <button type="button" data-testid="author-new-entity" disabled=move || cx.sel.get().is_none()
                    on:click=move |_| {
                        let Some(r) = cx.sel.get_untracked() else { return };
                        cx.act_new(|id| format!("[data-testid=author-entity][data-entity=\"{id}\"]"), |e| e.new_entity(kind.get_untracked(), r));
                    }>"New entity"</button>
                <label>"Mention of "
                    <input type="text" list="author-entity-names" data-testid="author-mention-of"
                        placeholder="entity name"
                        prop:value=move || target.get() on:input=move |e| target.set(event_target_value(&e))/>
                </label>
                <datalist id="author-entity-names">
                    <For each=move || names.get() key=|n| n.clone() let:n>
                        <option value=n/>
                    </For>
                </datalist>
                <button type="button" data-testid="author-add-mention" disabled=move || cx.sel.get().is_none()
                    on:click=move |_| {
                        let Some(r) = cx.sel.get_untracked() else { return };
                        let name = target.get_untracked();
                        let id = cx.ed.with_untracked(|e| e.as_ref().and_then(|e| {
                            e.set().entities.iter().find(|en| en.name == name || en.id == name || en.aliases.contains(&name)).map(|en| en.id.clone())
                        }));
                        match id {
                            Some(id) => cx.act(|e| e.add_mention(&id, r)),
                            None => cx.message.set(format!("No entity is named “{name}”: pick one from the list.")),
                        }
                    }>"Add mention"</button>
                <button type="button" data-testid="author-remove-mention" disabled=move || cx.sel.get().is_none()
                    on:click=move |_| {
                        let Some(r) = cx.sel.get_untracked() else { return };
                        let hit = cx.ed.with_untracked(|e| e.as_ref().and_then(|e| {
                            e.set().entities.iter().find_map(|en| en.mentions.iter().find(|m| m.start < r.end && r.start < m.end).map(|m| (en.id.clone(), m.start)))
                        }));
                        match hit {
                            Some((id, start)) => cx.act(|e| e.remove_mention(&id, start)),
                            None => cx.message.set("No mention is selected.".into()),
                        }
                    }>"Remove mention"</button>
            </div>
        </div>
    }
}

/// One piece of the article as shown: plain text or a mention.
#[derive(Clone, Debug, PartialEq)]
struct Piece {
    /// Where it starts in the text (bytes): with the rest, its key, so an
    /// edit re-renders only the pieces it changes.
    start: usize,
    text: String,
    mention: Option<(String, &'static str, String)>,
}

fn pieces(set: &FactSet) -> Vec<Piece> {
    let text = &set.article.text;
    let mut marks: Vec<(usize, usize, &str, &'static str, &str)> = set
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions.iter().map(move |m| {
                (
                    m.start,
                    m.end,
                    e.id.as_str(),
                    e.kind.slug(),
                    e.name.as_str(),
                )
            })
        })
        .filter(|(s, e, ..)| {
            s < e && *e <= text.len() && text.is_char_boundary(*s) && text.is_char_boundary(*e)
        })
        .collect();
    fact_explorer_core::sort::sort_by_key(&mut marks, |m| (m.0, std::cmp::Reverse(m.1)));
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e, id, kind, name) in marks {
        if s < at {
            continue; // nested or overlapping: the outer one shows
        }
        if s > at {
            out.push(Piece {
                start: at,
                text: text[at..s].to_string(),
                mention: None,
            });
        }
        out.push(Piece {
            start: s,
            text: text[s..e].to_string(),
            mention: Some((id.to_string(), kind, name.to_string())),
        });
        at = e;
    }
    if at < text.len() {
        out.push(Piece {
            start: at,
            text: text[at..].to_string(),
            mention: None,
        });
    }
    out
}

/// Word boundaries of the text, for the keyboard word cursor.
fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric()
            || matches!(c, '\'' | '’' | '-' | '.' | ',' | '$' | '%') && start.is_some();
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    // Trailing punctuation is not part of a word.
    out.into_iter()
        .map(|r| {
            let w = text[r.clone()].trim_end_matches(['.', ',', '\'', '’', '-']);
            r.start..r.start + w.len()
        })
        .filter(|r| !r.is_empty())
        .collect()
}

fn utf16_of(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |t| t.encode_utf16().count())
}

/// The article with every mention highlighted; selecting words (mouse or
/// keyboard) sets the selection the bar and the forms use.
#[component]
fn ArticleText() -> impl IntoView {
    let cx = expect_context::<Ctx>();
    let div = NodeRef::<leptos::html::Div>::new();
    let shown = Memo::new(move |_| {
        cx.ed
            .with(|e| e.as_ref().map(|e| pieces(e.set())).unwrap_or_default())
    });
    let word_list = Memo::new(move |_| cx.article.with(|t| words(t)));
    // The keyboard cursor: anchor and focus word indices.
    let cursor = RwSignal::new((0usize, 0usize));

    let read_selection = move || {
        let Some(el) = div.get_untracked() else {
            return;
        };
        let el: &web_sys::HtmlElement = &el;
        let offsets = selection_offsets(el);
        let Some(arr) = offsets.dyn_ref::<js_sys::Array>() else {
            return;
        };
        let (a, b) = (
            arr.get(0).as_f64().unwrap_or(0.0) as usize,
            arr.get(1).as_f64().unwrap_or(0.0) as usize,
        );
        if a == b {
            return;
        }
        let text = cx.text();
        if let Ok(r) = authoring::selection(&text, a..b) {
            cx.sel.set(Some(r));
        }
    };
    let on_key = move |e: web_sys::KeyboardEvent| {
        let key = e.key();
        if key == "Escape" {
            cx.sel.set(None);
            return;
        }
        if key != "ArrowRight" && key != "ArrowLeft" {
            // Other keys move the browser's caret (a screen reader's too).
            return;
        }
        e.prevent_default();
        let n = word_list.with_untracked(Vec::len);
        if n == 0 {
            return;
        }
        let (mut anchor, mut focus) = cursor.get_untracked();
        let current = word_list.with_untracked(|w| {
            let (lo, hi) = (anchor.min(focus), anchor.max(focus));
            w.get(lo).zip(w.get(hi)).map(|(a, b)| a.start..b.end)
        });
        let sel = cx.sel.get_untracked();
        if sel.is_none() {
            anchor = 0;
            focus = 0;
        } else if sel != current {
            // A selection made with the mouse: the cursor starts at its
            // first word.
            let start = sel.map_or(0, |r| r.start);
            let at = word_list
                .with_untracked(|w| w.partition_point(|r| r.end <= start))
                .min(n - 1);
            anchor = at;
            focus = at;
        } else if key == "ArrowRight" {
            focus = (focus + 1).min(n - 1);
        } else {
            focus = focus.saturating_sub(1);
        }
        if !e.shift_key() {
            anchor = focus;
        }
        cursor.set((anchor, focus));
        let (lo, hi) = (anchor.min(focus), anchor.max(focus));
        let r = word_list.with_untracked(|w| w[lo].start..w[hi].end);
        let text = cx.text();
        if let Some(el) = div.get_untracked() {
            select_offsets(&el, utf16_of(&text, r.start), utf16_of(&text, r.end));
        }
        cx.sel.set(Some(r));
    };
    let pick = move |id: String| match cx.picking.get_untracked() {
        Pick::Subject => {
            cx.subject.set(id);
            cx.picking.set(Pick::Object);
        }
        Pick::Object => {
            cx.object.set(id);
            cx.picking.set(Pick::Subject);
        }
    };
    view! {
        <div class="article-text" data-testid="author-article" tabindex="0" node_ref=div
            aria-label="The article. Select words with the mouse, or with Shift and the arrow keys."
            on:mouseup=move |_| read_selection()
            on:keyup=move |e: web_sys::KeyboardEvent| { if e.key() != "ArrowRight" && e.key() != "ArrowLeft" { read_selection() } }
            on:keydown=on_key>
            <For each=move || shown.get() key=|p| (p.start, p.text.len(), p.mention.clone()) let:p>
                {match p.mention {
                    None => view! { <span>{p.text}</span> }.into_any(),
                    Some((id, kind, name)) => {
                        let id2 = id.clone();
                        view! {
                            <mark data-testid="author-mention" data-entity=id.clone() class=format!("kind-{kind}") title=name
                                on:dblclick=move |_| pick(id2.clone())>{p.text}</mark>
                        }.into_any()
                    }
                }}
            </For>
        </div>
    }
}

/// One row of the entity list: id, name, kind, aliases, mentions,
/// description, review state.
type EntityRow = (
    String,
    String,
    EntityKind,
    String,
    usize,
    String,
    ReviewState,
);

#[component]
fn Entities() -> impl IntoView {
    let cx = expect_context::<Ctx>();
    let confirm = RwSignal::new(None::<String>);
    // The one entity whose details are open for editing (the review's Edit
    // opens it too).
    let open = expect_context::<review::Editing>().entity;
    let EntityFilter(filter) = expect_context::<EntityFilter>();
    let list = Memo::new(move |_| {
        cx.ed.with(|e| {
            e.as_ref()
                .map(|e| {
                    e.set()
                        .entities
                        .iter()
                        .map(|en| {
                            (
                                en.id.clone(),
                                en.name.clone(),
                                en.kind,
                                en.aliases.join(", "),
                                en.mentions.len(),
                                en.description.clone(),
                                e.review().state(ItemKind::Entity, &en.id),
                            )
                        })
                        .collect::<Vec<EntityRow>>()
                })
                .unwrap_or_default()
        })
    });
    // Filtered by name, alias or kind, accents and case folded.
    let shown = Memo::new(move |_| {
        let f = text::fold(filter.get().trim());
        list.with(|l| {
            l.iter()
                .filter(|x| {
                    f.is_empty()
                        || text::fold(&x.1).contains(&f)
                        || text::fold(&x.3).contains(&f)
                        || text::fold(x.2.label()).starts_with(&f)
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <p class="hint">"Fix kinds and delete what is not an entity; Edit renames, merges, adds aliases. Double-click two mentions in the article to start a fact (subject, then object)."</p>
        <div class="filter">
            <input type="search" aria-label="Filter entities by name, alias or kind" placeholder="filter entities…" data-testid="author-entity-filter"
                prop:value=move || filter.get() on:input=move |e| filter.set(event_target_value(&e))/>
            <span class="n" aria-live="polite">{move || {
                let (a, b) = (shown.with(Vec::len), list.with(Vec::len));
                if a == b { format!("{b} entities") } else { format!("{a} of {b} entities") }
            }}</span>
        </div>
        <ul class="entities">
            <For each=move || shown.get() key=|x| x.clone() let:x>
                {
                    let (id, name, kind, aliases, mentions, description, state) = x;
                    let (i1, i2, i3, i4, i5, i6, i7, i8) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
                    let panel = format!("author-edit-{id}");
                    let is_open = { let id = id.clone(); Signal::derive(move || open.get().as_deref() == Some(id.as_str())) };
                    let toggle = { let id = id.clone(); move |_| open.update(|o| *o = if o.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) }) };
                    view! {
                        <li data-testid="author-entity" data-entity=id.clone() data-kind=kind.slug() data-review=state.slug() class=format!("kind-{}", kind.slug()) tabindex="-1">
                            <div class="row head">
                                <span class="who">
                                    <strong class="name">{name.clone()}</strong>
                                    <span class="n">{format!("{mentions} mention{}", if mentions == 1 { "" } else { "s" })}</span>
                                    <review::Badge kind=ItemKind::Entity id=id.clone() state name=name.clone()/>
                                </span>
                                <select aria-label=format!("Kind of {name}") data-testid="author-entity-kind" on:change=move |e| {
                                    let v = event_target_value(&e);
                                    if let Some(k) = EntityKind::ALL.into_iter().find(|k| k.slug() == v) { cx.act(|ed| ed.set_kind(&i2, k)); }
                                }>
                                    {EntityKind::ALL.into_iter().map(|k| view! { <option value=k.slug() selected=k == kind>{k.label()}</option> }).collect_view()}
                                </select>
                                <button type="button" data-testid="author-entity-edit" aria-expanded=move || is_open.get().to_string() aria-controls=panel.clone()
                                    aria-label=format!("Edit {name}") on:click=toggle>"Edit"</button>
                                <button type="button" class="danger" data-testid="author-delete-entity" aria-label=format!("Delete {name}")
                                    on:click={ let id = id.clone(); move |_| confirm.set(Some(id.clone())) }>"Delete"</button>
                            </div>
                            {
                                let (name, aliases, description) = (name.clone(), aliases.clone(), description.clone());
                                let (i1, i3, i4, i5, i6, i7, i8) = (i1.clone(), i3.clone(), i4.clone(), i5.clone(), i6.clone(), i7.clone(), i8.clone());
                                let panel = panel.clone();
                                move || is_open.get().then(|| {
                                    let (i1, i3, i4, i5, i6, i7, i8) = (i1.clone(), i3.clone(), i4.clone(), i5.clone(), i6.clone(), i7.clone(), i8.clone());
                                    view! {
                                        <div class="details" id=panel.clone()>
                                            <label>"Name" <input type="text" value=name.clone() data-testid="author-entity-name"
                                                on:change=move |e| { let v = event_target_value(&e); cx.act(|ed| ed.rename(&i1, &v)); }/></label>
                                            <label>"Aliases" <input type="text" placeholder="comma-separated" value=aliases.clone()
                                                on:change=move |e| { let v = event_target_value(&e); cx.act(|ed| ed.set_aliases(&i3, &v)); }/></label>
                                            // One shared list of names (a select per row
                                            // would hold every entity in every row).
                                            <label>"Merge into" <input type="text" list="author-entity-names" placeholder="another entity’s name"
                                                data-testid="author-merge"
                                                on:change=move |e| {
                                                    let name = event_target_value(&e);
                                                    let keep = cx.ed.with_untracked(|ed| ed.as_ref().and_then(|ed| {
                                                        ed.set().entities.iter().find(|en| en.id != i4 && (en.name == name || en.id == name)).map(|en| en.id.clone())
                                                    }));
                                                    match keep {
                                                        Some(keep) => cx.act(|ed| ed.merge(&keep, &i5)),
                                                        None if name.trim().is_empty() => {}
                                                        None => cx.message.set(format!("No other entity is named “{name}”: pick one from the list.")),
                                                    }
                                                }/></label>
                                            <label>"Description" <input type="text" placeholder="as the article states it" value=description.clone()
                                                on:change=move |e| { let v = event_target_value(&e); cx.act(|ed| ed.set_description(&i8, &v)); }/></label>
                                            <div class="row buttons">
                                                "Use in a fact as "
                                                <button type="button" on:click=move |_| { cx.subject.set(i6.clone()); cx.picking.set(Pick::Object); }>"Subject"</button>
                                                <button type="button" on:click=move |_| { cx.object.set(i7.clone()); cx.picking.set(Pick::Subject); }>"Object"</button>
                                            </div>
                                        </div>
                                    }
                                })
                            }
                            {
                                let id = id.clone();
                                move || (confirm.get().as_deref() == Some(id.as_str())).then(|| {
                                    let d = cx.ed.with_untracked(|e| e.as_ref().map(|e| e.dependents(&id)).unwrap_or_default());
                                    let a = id.clone();
                                    view! {
                                        <p class="confirm" role="alert">
                                            {if d.is_empty() { "Nothing else refers to it. ".to_string() } else {
                                                format!("Deleting it also deletes {} fact(s), and leaves {} quote(s) unattributed and {} event(s) without it. ", d.facts.len(), d.quotes.len(), d.events.len())
                                            }}
                                            <button type="button" class="danger" on:click=move |_| { cx.act(|ed| ed.delete_entity(&a)); confirm.set(None); }>"Delete it"</button>
                                            <button type="button" on:click=move |_| confirm.set(None)>"Cancel"</button>
                                        </p>
                                    }
                                })
                            }
                        </li>
                    }
                }
            </For>
        </ul>
    }
}

/// Who can take part in an event.
fn is_party(k: EntityKind) -> bool {
    matches!(
        k,
        EntityKind::Person
            | EntityKind::Organisation
            | EntityKind::GovernmentBody
            | EntityKind::Country
    )
}

/// Where an event can take place: a place (a venue among them), or the
/// meeting or body that hosts it.
fn is_place(k: EntityKind) -> bool {
    k.is_place()
        || matches!(
            k,
            EntityKind::Event | EntityKind::GovernmentBody | EntityKind::Organisation
        )
}

fn is_time(k: EntityKind) -> bool {
    k == EntityKind::Time
}

/// A select over the statuses, bound to `value`.
#[component]
fn StatusSelect(
    value: RwSignal<Status>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <select data-testid=testid on:change=move |e| {
            let v = event_target_value(&e);
            if let Some(s) = Status::ALL.into_iter().find(|s| s.slug() == v) { value.set(s); }
        }>{Status::ALL.into_iter().map(|s| view! { <option value=s.slug() selected=move || value.get() == s>{s.slug().replace('_', " ")}</option> }).collect_view()}</select>
    }
}

/// A select over the days, bound to `value`.
#[component]
fn DaySelect(
    value: RwSignal<Day>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <select data-testid=testid on:change=move |e| {
            let v = event_target_value(&e);
            if let Some(d) = Day::ALL.into_iter().find(|d| d.slug() == v) { value.set(d); }
        }>{Day::ALL.into_iter().map(|d| view! { <option value=d.slug() selected=move || value.get() == d>{d.label()}</option> }).collect_view()}</select>
    }
}

/// "—" or one of the entities of the kinds `keep` accepts; `value` holds
/// the chosen id (empty for none).
#[component]
fn EntitySelect(value: RwSignal<String>, keep: fn(EntityKind) -> bool) -> impl IntoView {
    let cx = expect_context::<Ctx>();
    view! {
        <select on:change=move |e| value.set(event_target_value(&e))>
            <option value="">"—"</option>
            {move || cx.choices.get().into_iter().filter(|x| keep(x.2)).map(|(id, name, _)| {
                let sel = value.get_untracked() == id;
                view! { <option value=id selected=sel>{name}</option> }
            }).collect_view()}
        </select>
    }
}

/// One fact as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct FactRow {
    id: String,
    review: ReviewState,
    /// It names a rejected entity, so the export leaves it out.
    dropped: bool,
    what: String,
    relation: String,
    status: Status,
    when: String,
    evidence: String,
    span: Range<usize>,
}

/// Selects the words at `span` (bytes) in the article and brings them into
/// view: the provenance of a fact, quote or event, checked in context.
fn show_in_article(cx: Ctx, span: Range<usize>) {
    let Some(el) = document()
        .query_selector("[data-testid=author-article]")
        .ok()
        .flatten()
    else {
        return;
    };
    let text = cx.text();
    if span.is_empty() || span.end > text.len() {
        return;
    }
    select_offsets(
        el.unchecked_ref(),
        utf16_of(&text, span.start),
        utf16_of(&text, span.end),
    );
    cx.sel.set(Some(span));
}

#[component]
fn Facts() -> impl IntoView {
    let cx = expect_context::<Ctx>();
    // The fact open for correction (the review's Edit opens it too).
    let editing = expect_context::<review::Editing>().fact;
    let relation = RwSignal::new(String::new());
    let status = RwSignal::new(Status::Stated);
    let when = RwSignal::new(String::new());
    let entities = cx.choices;
    let name_of = move |id: String| {
        entities.with(|l| {
            l.iter()
                .find(|x| x.0 == id)
                .map(|x| x.1.clone())
                .unwrap_or_else(|| "(none)".into())
        })
    };
    let facts = Memo::new(move |_| {
        cx.ed.with(|e| {
            e.as_ref()
                .map(|e| {
                    let s = e.set();
                    s.facts
                        .iter()
                        .enumerate()
                        .map(|(i, f)| {
                            let subj = s
                                .entity(&f.subject)
                                .map_or(f.subject.clone(), |x| x.name.clone());
                            let obj = match &f.object {
                                Object::Entity(o) => {
                                    s.entity(o).map_or(o.clone(), |x| x.name.clone())
                                }
                                Object::Literal(l) => l.clone(),
                            };
                            let ev = f.evidence.first();
                            FactRow {
                                id: f.id.clone(),
                                review: e.review().state(ItemKind::Fact, &f.id),
                                dropped: e.review().dropped(s, ItemKind::Fact, i, &f.id),
                                what: format!("{subj} — {} — {obj}", f.relation),
                                relation: f.relation.clone(),
                                status: f.status,
                                when: f.qualifiers.when.clone().unwrap_or_default(),
                                evidence: ev.map(|e| e.text.clone()).unwrap_or_default(),
                                span: ev.map_or(0..0, |e| e.start..e.end),
                            }
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let options = move |current: RwSignal<String>| {
        move || {
            entities.get().into_iter().map(|(id, name, kind)| {
            let sel = current.get() == id;
            view! { <option value=id.clone() selected=sel>{format!("{name} ({})", kind.label())}</option> }
        }).collect_view()
        }
    };
    let add = move |_| {
        let Some(ev) = cx.sel.get_untracked() else {
            cx.message.set(
                "Select the words that state the fact (its evidence) in the article first.".into(),
            );
            return;
        };
        let (s, o) = (cx.subject.get_untracked(), cx.object.get_untracked());
        if s.is_empty() || o.is_empty() {
            cx.message.set("Pick the fact’s subject and object (double-click their mentions, or choose them here).".into());
            return;
        }
        let w = when.get_untracked();
        cx.act_new(
            |id| format!("[data-testid=author-fact][data-fact=\"{id}\"]"),
            |e| {
                e.add_fact(
                    &s,
                    &relation.get_untracked(),
                    Object::Entity(o),
                    status.get_untracked(),
                    (!w.is_empty()).then_some(w),
                    ev,
                )
            },
        );
        if cx.message.get_untracked().is_empty() {
            relation.set(String::new());
        }
    };
    view! {
        <form class="fact-form" on:submit=move |e| { e.prevent_default(); add(()); }>
            <p class="hint">"Pick a subject and an object (double-click mentions in the article, one after the other, or choose below), type the relation, select the evidence in the article, then add."</p>
            <label>"Subject " <select data-testid="author-fact-subject" on:change=move |e| cx.subject.set(event_target_value(&e))>
                <option value="">"—"</option>{options(cx.subject)}</select></label>
            <label>"Relation " <input type="text" data-testid="author-fact-relation" placeholder="met with" prop:value=move || relation.get() on:input=move |e| relation.set(event_target_value(&e))/></label>
            <label>"Object " <select data-testid="author-fact-object" on:change=move |e| cx.object.set(event_target_value(&e))>
                <option value="">"—"</option>{options(cx.object)}</select></label>
            <label>"Status " <StatusSelect value=status testid="author-fact-status"/></label>
            <label>"When " <EntitySelect value=when keep=is_time/></label>
            <p class="picked">{move || format!("{} → {}", name_of(cx.subject.get()), name_of(cx.object.get()))}</p>
            <button type="submit" class="primary" data-testid="author-add-fact">"Add fact with the selected evidence"</button>
        </form>
        <ul class="facts">
            <For each=move || facts.get() key=|f| f.clone() let:f>
                {
                    let FactRow { id, review: state, dropped, what, relation, status, when, evidence, span } = f;
                    let (i1, i2, i3, i4) = (id.clone(), id.clone(), id.clone(), id.clone());
                    let is_open = { let id = id.clone(); Signal::derive(move || editing.get().as_deref() == Some(id.as_str())) };
                    let panel = format!("author-fact-edit-{id}");
                    view! {
                        <li data-testid="author-fact" data-fact=id.clone() data-review=state.slug() tabindex="-1">
                            <span class="what">{what.clone()}<review::Badge kind=ItemKind::Fact id=id.clone() state dropped name=what.clone()/></span>
                            <span class=format!("status status-{}", status.slug())>{status.slug().replace('_', " ")}</span>
                            <q>{evidence}</q>
                            <div class="row buttons">
                                <button type="button" data-testid="author-fact-show" aria-label=format!("Show the evidence of {what} in the article")
                                    on:click={ let span = span.clone(); move |_| show_in_article(cx, span.clone()) }>"Show"</button>
                                <button type="button" data-testid="author-fact-edit" aria-expanded=move || is_open.get().to_string() aria-controls=panel.clone()
                                    aria-label=format!("Edit {what}")
                                    on:click=move |_| editing.update(|o| *o = if o.as_deref() == Some(i1.as_str()) { None } else { Some(i1.clone()) })>"Edit"</button>
                                <button type="button" class="danger" aria-label=format!("Delete {what}") on:click=move |_| cx.act(|e| e.delete_fact(&i2))>"Delete"</button>
                            </div>
                            {move || is_open.get().then(|| {
                                let (rel, st, wh) = (RwSignal::new(relation.clone()), RwSignal::new(status), RwSignal::new(when.clone()));
                                let (i3, i4) = (i3.clone(), i4.clone());
                                let save = move || {
                                    let w = wh.get_untracked();
                                    cx.act(|e| e.set_fact(&i3, &rel.get_untracked(), st.get_untracked(), (!w.is_empty()).then_some(w)));
                                    if cx.message.get_untracked().is_empty() { editing.set(None); }
                                };
                                view! {
                                    <form class="fact-edit" id=panel.clone() on:submit=move |e| { e.prevent_default(); save(); }>
                                        <label>"Relation " <input type="text" data-testid="author-fact-edit-relation" prop:value=move || rel.get() on:input=move |e| rel.set(event_target_value(&e))/></label>
                                        <label>"Status " <StatusSelect value=st/></label>
                                        <label>"When " <EntitySelect value=wh keep=is_time/></label>
                                        <div class="row buttons">
                                            <button type="submit" class="primary" data-testid="author-fact-save">"Save"</button>
                                            <button type="button" on:click=move |_| {
                                                match cx.sel.get_untracked() {
                                                    Some(r) => cx.act(|e| e.set_fact_evidence(&i4, r)),
                                                    None => cx.message.set("Select the new evidence in the article first.".into()),
                                                }
                                            }>"Use the selected words as evidence"</button>
                                            <button type="button" on:click=move |_| editing.set(None)>"Cancel"</button>
                                        </div>
                                    </form>
                                }
                            })}
                        </li>
                    }
                }
            </For>
        </ul>
    }
}

#[component]
fn Quotes() -> impl IntoView {
    let cx = expect_context::<Ctx>();
    let speaker = RwSignal::new(String::new());
    // The quote open for correction (the review's Edit opens it too).
    let editing = expect_context::<review::Editing>().quote;
    // Who can say something.
    let people = Memo::new(move |_| {
        cx.choices.with(|c| {
            c.iter()
                .filter(|x| {
                    matches!(
                        x.2,
                        EntityKind::Person | EntityKind::Organisation | EntityKind::GovernmentBody
                    )
                })
                .map(|x| (x.0.clone(), x.1.clone()))
                .collect::<Vec<_>>()
        })
    });
    let quotes = Memo::new(move |_| {
        cx.ed.with(|e| {
            e.as_ref()
                .map(|e| {
                    let s = e.set();
                    s.quotes
                        .iter()
                        .map(|q| {
                            (
                                q.id.clone(),
                                q.speaker.clone().unwrap_or_default(),
                                q.speaker
                                    .as_ref()
                                    .and_then(|w| s.entity(w))
                                    .map_or("(unattributed)".to_string(), |x| x.name.clone()),
                                q.words.text.clone(),
                                e.review().state(ItemKind::Quote, &q.id),
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <form class="quote-form" on:submit=move |e| {
            e.prevent_default();
            let Some(r) = cx.sel.get_untracked() else { cx.message.set("Select the quoted words in the article first.".into()); return; };
            let who = speaker.get_untracked();
            cx.act_new(|id| format!("[data-testid=author-quote][data-quote=\"{id}\"]"), |ed| ed.add_quote((!who.is_empty()).then_some(who), r));
        }>
            <label>"Speaker " <select data-testid="author-quote-speaker" on:change=move |e| speaker.set(event_target_value(&e))>
                <option value="">"Nobody named"</option>
                {move || people.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
            </select></label>
            <button type="submit" class="primary" data-testid="author-add-quote">"Add the selected words as a quote"</button>
        </form>
        <ul class="quotes">
            <For each=move || quotes.get() key=|q| q.clone() let:q>
                {
                    let (id, speaker_id, who, words, state) = q;
                    let speaker_attr = speaker_id.clone();
                    let (i1, i2, i3) = (id.clone(), id.clone(), id.clone());
                    let label = format!("{who}: {words}");
                    let is_open = { let id = id.clone(); Signal::derive(move || editing.get().as_deref() == Some(id.as_str())) };
                    let panel = format!("author-quote-edit-{id}");
                    view! {
                        <li data-testid="author-quote" data-quote=id.clone() data-entity=speaker_attr data-review=state.slug() tabindex="-1">
                            <span class="who">{who.clone()}<review::Badge kind=ItemKind::Quote id=id.clone() state name=label.clone()/></span>
                            <q>{words.clone()}</q>
                            <div class="row buttons">
                                <button type="button" data-testid="author-quote-edit" aria-expanded=move || is_open.get().to_string() aria-controls=panel.clone()
                                    aria-label=format!("Edit the quote {label}")
                                    on:click=move |_| editing.update(|o| *o = if o.as_deref() == Some(i1.as_str()) { None } else { Some(i1.clone()) })>"Edit"</button>
                                <button type="button" class="danger" aria-label=format!("Delete the quote {label}") on:click=move |_| cx.act(|e| e.delete_quote(&i2))>"Delete"</button>
                            </div>
                            {move || is_open.get().then(|| {
                                let who = RwSignal::new(speaker_id.clone());
                                let i3 = i3.clone();
                                view! {
                                    <form class="fact-edit" id=panel.clone() on:submit=move |e| {
                                        e.prevent_default();
                                        let w = who.get_untracked();
                                        cx.act(|ed| ed.set_speaker(&i3, (!w.is_empty()).then_some(w)));
                                        if cx.message.get_untracked().is_empty() { editing.set(None); }
                                    }>
                                        <label>"Speaker " <select data-testid="author-quote-edit-speaker" on:change=move |e| who.set(event_target_value(&e))>
                                            <option value="">"Nobody named"</option>
                                            {move || people.get().into_iter().map(|(id, name)| { let sel = who.get_untracked() == id; view! { <option value=id selected=sel>{name}</option> } }).collect_view()}
                                        </select></label>
                                        <div class="row buttons">
                                            <button type="submit" class="primary" data-testid="author-quote-save">"Save"</button>
                                            <button type="button" on:click=move |_| editing.set(None)>"Cancel"</button>
                                        </div>
                                    </form>
                                }
                            })}
                        </li>
                    }
                }
            </For>
        </ul>
    }
}

/// The itinerary: what happens, on which day, who, where.
/// One event as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct EventRow {
    id: String,
    review: ReviewState,
    title: String,
    day: Day,
    /// yyyy-mm-dd, or empty.
    date: String,
    who: Vec<String>,
    place: String,
    status: Status,
    evidence: String,
    span: Range<usize>,
}

fn date_text(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

#[component]
fn Events() -> impl IntoView {
    let cx = expect_context::<Ctx>();
    let title = RwSignal::new(String::new());
    let day = RwSignal::new(Day::During);
    let date = RwSignal::new(String::new());
    let who = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let status = RwSignal::new(Status::Planned);
    // The event open for correction (the review's Edit opens it too).
    let editing = expect_context::<review::Editing>().event;
    let events = Memo::new(move |_| {
        cx.ed.with(|e| {
            e.as_ref()
                .map(|e| {
                    e.set()
                        .events
                        .iter()
                        .map(|ev| {
                            let first = ev.evidence.first();
                            EventRow {
                                id: ev.id.clone(),
                                review: e.review().state(ItemKind::Event, &ev.id),
                                title: ev.title.clone(),
                                day: ev.day,
                                date: date_text(ev.date),
                                who: ev.who.clone(),
                                place: ev.place.clone().unwrap_or_default(),
                                status: ev.status,
                                evidence: first.map(|x| x.text.clone()).unwrap_or_default(),
                                span: first.map_or(0..0, |x| x.start..x.end),
                            }
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // A date typed that is no date: said, not dropped silently.
    let read_date = move |text: &str| -> Result<Option<Date>, String> {
        if text.trim().is_empty() {
            Ok(None)
        } else {
            text.trim()
                .parse::<Date>()
                .ok()
                .map(Some)
                .ok_or_else(|| format!("“{text}” is not a date (yyyy-mm-dd)."))
        }
    };
    let add = move || {
        let Some(ev) = cx.sel.get_untracked() else {
            cx.message.set(
                "Select the words that describe the event (its evidence) in the article first."
                    .into(),
            );
            return;
        };
        let d = match read_date(&date.get_untracked()) {
            Ok(d) => d,
            Err(m) => return cx.message.set(m),
        };
        let w = who.get_untracked();
        let p = place.get_untracked();
        let fields = authoring::EventFields {
            title: title.get_untracked(),
            day: day.get_untracked(),
            date: d,
            who: if w.is_empty() { vec![] } else { vec![w] },
            place: (!p.is_empty()).then_some(p),
            status: status.get_untracked(),
        };
        cx.act_new(
            |id| format!("[data-testid=author-event][data-event=\"{id}\"]"),
            |e| e.add_event(fields, ev),
        );
        if cx.message.get_untracked().is_empty() {
            title.set(String::new());
        }
    };
    view! {
        <form class="fact-form" on:submit=move |e| { e.prevent_default(); add(); }>
            <p class="hint">"An itinerary item: what happens, the day (or the date), who and where. Select its words in the article first."</p>
            <label>"What happens " <input type="text" data-testid="author-event-title" placeholder="Speech at the UN" prop:value=move || title.get() on:input=move |e| title.set(event_target_value(&e))/></label>
            <label>"Day " <DaySelect value=day testid="author-event-day"/></label>
            <label>"Date " <input type="date" data-testid="author-event-date" prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/></label>
            <label>"Who " <EntitySelect value=who keep=is_party/></label>
            <label>"Where " <EntitySelect value=place keep=is_place/></label>
            <label>"Status " <StatusSelect value=status/></label>
            <button type="submit" class="primary" data-testid="author-add-event">"Add event with the selected evidence"</button>
        </form>
        <ul class="facts">
            <For each=move || events.get() key=|x| x.clone() let:x>
                {
                    let EventRow { id, review: state, title: t, day: d, date: dt, who: w, place: p, status: st, evidence, span } = x;
                    let label = if dt.is_empty() { format!("{}: {t}", d.label()) } else { format!("{} {dt}: {t}", d.label()) };
                    let (i1, i2, i3) = (id.clone(), id.clone(), id.clone());
                    let is_open = { let id = id.clone(); Signal::derive(move || editing.get().as_deref() == Some(id.as_str())) };
                    let panel = format!("author-event-edit-{id}");
                    view! {
                        <li data-testid="author-event" data-event=id.clone() data-review=state.slug() tabindex="-1">
                            <span class="what">{label.clone()}<review::Badge kind=ItemKind::Event id=id.clone() state name=label.clone()/></span>
                            <span class=format!("status status-{}", st.slug())>{st.slug().replace('_', " ")}</span>
                            <q>{evidence}</q>
                            <div class="row buttons">
                                <button type="button" aria-label=format!("Show the evidence of {label} in the article")
                                    on:click={ let span = span.clone(); move |_| show_in_article(cx, span.clone()) }>"Show"</button>
                                <button type="button" data-testid="author-event-edit" aria-expanded=move || is_open.get().to_string() aria-controls=panel.clone()
                                    aria-label=format!("Edit {label}")
                                    on:click=move |_| editing.update(|o| *o = if o.as_deref() == Some(i1.as_str()) { None } else { Some(i1.clone()) })>"Edit"</button>
                                <button type="button" class="danger" aria-label=format!("Delete {label}") on:click=move |_| cx.act(|e| e.delete_event(&i2))>"Delete"</button>
                            </div>
                            {move || is_open.get().then(|| {
                                let (et, ed, edt, ew, ep, es) = (RwSignal::new(t.clone()), RwSignal::new(d), RwSignal::new(dt.clone()), RwSignal::new(w.clone()), RwSignal::new(p.clone()), RwSignal::new(st));
                                let i3 = i3.clone();
                                let save = move || {
                                    let dd = match read_date(&edt.get_untracked()) {
                                        Ok(x) => x,
                                        Err(m) => return cx.message.set(m),
                                    };
                                    let pl = ep.get_untracked();
                                    let fields = authoring::EventFields {
                                        title: et.get_untracked(),
                                        day: ed.get_untracked(),
                                        date: dd,
                                        who: ew.get_untracked(),
                                        place: (!pl.is_empty()).then_some(pl),
                                        status: es.get_untracked(),
                                    };
                                    cx.act(|e| e.set_event(&i3, fields));
                                    if cx.message.get_untracked().is_empty() { editing.set(None); }
                                };
                                view! {
                                    <form class="fact-edit" id=panel.clone() on:submit=move |e| { e.prevent_default(); save(); }>
                                        <label>"What happens " <input type="text" data-testid="author-event-edit-title" prop:value=move || et.get() on:input=move |e| et.set(event_target_value(&e))/></label>
                                        <label>"Day " <DaySelect value=ed/></label>
                                        <label>"Date " <input type="date" data-testid="author-event-edit-date" prop:value=move || edt.get() on:input=move |e| edt.set(event_target_value(&e))/></label>
                                        <label>"Who (one or more) " <select multiple size="4" data-testid="author-event-edit-who" on:change=move |e| {
                                            let el: web_sys::HtmlSelectElement = event_target(&e);
                                            let opts = el.selected_options();
                                            ew.set((0..opts.length()).filter_map(|i| opts.item(i)).filter_map(|o| o.get_attribute("value")).collect());
                                        }>
                                            {move || cx.choices.get().into_iter().filter(|x| is_party(x.2)).map(|(id, name, _)| { let sel = ew.with_untracked(|w| w.contains(&id)); view! { <option value=id selected=sel>{name}</option> } }).collect_view()}
                                        </select></label>
                                        <label>"Where " <EntitySelect value=ep keep=is_place/></label>
                                        <label>"Status " <StatusSelect value=es/></label>
                                        <div class="row buttons">
                                            <button type="submit" class="primary" data-testid="author-event-save">"Save"</button>
                                            <button type="button" on:click=move |_| editing.set(None)>"Cancel"</button>
                                        </div>
                                    </form>
                                }
                            })}
                        </li>
                    }
                }
            </For>
        </ul>
    }
}

/// The workspace's open tab.
#[derive(Clone, Copy)]
struct Tab(RwSignal<&'static str>);

/// The words the entity list is filtered by (the workspace's, so Problems →
/// Show can clear it when it hides the entity to show).
#[derive(Clone, Copy)]
struct EntityFilter(RwSignal<String>);

/// `s` as a CSS string (in double quotes), for an attribute selector.
fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\a "),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Where a problem's path points: the tab, and a selector for the item's
/// row by its id (never by position: the list may be filtered).
fn problem_target(set: &FactSet, path: &str) -> Option<(&'static str, String)> {
    let (list, id) = authoring::problem_item(set, path)?;
    let (tab, testid, attribute) = match list {
        ItemList::Entities => ("entities", "author-entity", "data-entity"),
        ItemList::Facts => ("facts", "author-fact", "data-fact"),
        ItemList::Quotes => ("quotes", "author-quote", "data-quote"),
        ItemList::Events => ("events", "author-event", "data-event"),
    };
    Some((
        tab,
        format!("[data-testid=\"{testid}\"][{attribute}={}]", css_string(id)),
    ))
}

#[component]
fn Problems() -> impl IntoView {
    let cx = expect_context::<Ctx>();
    let open_tab = use_context::<Tab>();
    let entity_filter = use_context::<EntityFilter>();
    let problems = Memo::new(move |_| {
        cx.ed.with(|e| {
            e.as_ref()
                .map(|e| {
                    e.problems()
                        .into_iter()
                        .map(|p| {
                            let target = problem_target(e.set(), &p.path);
                            (p.path.clone(), p.kind.to_string(), target)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <div data-testid="author-problems" data-count=move || problems.with(Vec::len).to_string()>
            {move || if problems.with(Vec::is_empty) {
                view! { <p class="ok">"✓ No problems: the fact set loads in the explorer as it is."</p> }.into_any()
            } else {
                view! {
                    <ul class="problems">
                        {problems.get().into_iter().map(|(path, what, target)| {
                            view! {
                                <li><code>{path.clone()}</code>" "{what}
                                    {target.map(|(tab, t)| view! { <button type="button" on:click=move |_| {
                                        // Open the item's tab (with every entity listed:
                                        // a filter may hide it), then bring the item into view.
                                        if let Some(Tab(open)) = open_tab { open.set(tab); }
                                        if let (Some(EntityFilter(f)), "entities") = (entity_filter, tab) { f.set(String::new()); }
                                        let t = t.clone();
                                        request_animation_frame(move || reveal(&t));
                                    }>"Show"</button> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}

#[component]
fn Preview(tab: RwSignal<&'static str>) -> impl IntoView {
    let cx = expect_context::<Ctx>();
    let host = NodeRef::<leptos::html::Div>::new();
    // The fact set the preview shows: none until it is first on screen, then
    // the draft as it was at the last pause. The explorer (this page's own
    // wasm, the explorer's components) follows it in place.
    let shown = RwSignal::new(None::<FactSet>);
    let revision = Memo::new(move |_| cx.ed.with(|e| e.as_ref().map(|e| e.revision)));
    let shown_revision = StoredValue::new(None::<u64>);
    let update = move || {
        let Some(host) = host.get_untracked() else {
            return;
        };
        let visible = host.offset_parent().is_some();
        let now = revision.get_untracked();
        if !visible || shown_revision.get_value() == now {
            return;
        }
        // What the export will hold: the rejected items left out.
        let Some(set) = cx.ed.with_untracked(|e| e.as_ref().map(|e| e.reviewed().0)) else {
            return;
        };
        shown.set(Some(set));
        shown_revision.set_value(now);
    };
    // One function for every pause, made once and freed with the preview:
    // a function made per revision would never be freed when a newer
    // revision cancels its timer.
    let tick = StoredValue::new_local(Closure::<dyn Fn()>::new(update));
    Effect::new(move |_| {
        revision.track();
        tick.with_value(|t| after_pause(t.as_ref()));
    });
    on_cleanup(move || {
        tick.try_with_value(|t| cancel_pause(t.as_ref()));
    });
    // Shown again (the tab on narrow screens, a wider window): catch up.
    Effect::new(move |_| {
        if tab.get() == "preview" {
            request_animation_frame(update);
        }
    });
    // Removed with the preview (each new draft makes a new one).
    let _ = use_event_listener(window(), ev::resize, move |_| update());
    let started = Memo::new(move |_| shown.with(Option::is_some));
    view! {
        <div class="preview" node_ref=host>
            {move || match started.get().then(|| shown.get_untracked()).flatten() {
                Some(first) => {
                    let facts = Signal::derive(move || shown.get().unwrap_or_else(|| first.clone()));
                    view! {
                        <div data-testid="author-preview">
                            <fact_explorer::Explorer facts/>
                        </div>
                    }
                    .into_any()
                }
                None => view! { <p class="hint">"The explorer will show the draft here."</p> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn Export() -> impl IntoView {
    let cx = expect_context::<Ctx>();
    let problems = Memo::new(move |_| cx.ed.with(|e| e.as_ref().map_or(0, |e| e.problems().len())));
    let name = move || {
        let title = cx.ed.with(|e| {
            e.as_ref()
                .map(|e| e.set().article.title.clone())
                .unwrap_or_default()
        });
        let slug = authoring::slug(&title);
        format!(
            "{}.facts.json",
            if slug == "entity" {
                "article".to_string()
            } else {
                slug
            }
        )
    };
    let snippets = Memo::new(move |_| {
        let file = name();
        cx.ed.with(|e| {
            e.as_ref()
                .map(|e| authoring::embed_snippets(&e.reviewed().0, &file))
                .unwrap_or_default()
        })
    });
    let copied = RwSignal::new(String::new());
    let copy = move |which: usize| {
        let text = snippets.with_untracked(|s| if which == 0 { s.0.clone() } else { s.1.clone() });
        let done = Closure::once_into_js(move |ok: bool| {
            copied.set(if ok {
                "Copied.".into()
            } else {
                "Copying was refused: select the text and copy it.".into()
            });
        });
        copy_text(&text, done);
    };
    view! {
        <div class="export">
            <p>{move || if problems.get() == 0 { "The fact set loads without problems.".to_string() } else { format!("{} problem(s) to fix first (see Problems).", problems.get()) }}</p>
            <review::ExportNote/>
            <button type="button" class="primary" data-testid="author-export" disabled=move || { problems.get() > 0 }
                aria-describedby="author-review-note"
                on:click=move |_| {
                    match cx.ed.with_untracked(|e| e.as_ref().map(|e| e.export())) {
                        Some(Ok(json)) => download(&name(), &json),
                        Some(Err(e)) => cx.message.set(e.to_string()),
                        None => {}
                    }
                }>{move || format!("Download {}", name())}</button>
            <h3>"Embed it"</h3>
            <p>"Put the file beside fact-explorer-embed.js, and this in the page:"</p>
            <textarea readonly rows="3" data-testid="author-snippet-src" prop:value=move || snippets.get().0></textarea>
            <button type="button" on:click=move |_| copy(0)>"Copy"</button>
            <p>"Or with the fact set inside the page:"</p>
            <textarea readonly rows="6" data-testid="author-snippet-inline" prop:value=move || snippets.get().1></textarea>
            <button type="button" on:click=move |_| copy(1)>"Copy"</button>
            <p role="status">{move || copied.get()}</p>
        </div>
    }
}
