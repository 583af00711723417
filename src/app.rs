//! The Leptos root: loads the fact set, provides the app state, and mounts.

use leptos::prelude::*;

use crate::article::Target;
use crate::components::explorer::Explorer;
use crate::components::load_error::LoadErrorPanel;
use crate::filter::{visible, Selection, Visible};
use crate::load;
use crate::model::FactSet;
use crate::search::{DocKind, Index, Results};

/// Most search hits kept: enough for every view and the results list.
const SEARCH_LIMIT: usize = 1000;

/// Where an explorer's fact set comes from.
#[derive(Clone, Debug)]
pub enum Source {
    /// The article bundled with the app.
    Bundled,
    /// Fact-set JSON given by the host page (inline or fetched).
    Json(String),
    /// The host asked for a fact set that could not be fetched.
    Unavailable(String),
}

/// Mounts one explorer into `container` (a `<div>` in a `<fact-explorer>`
/// element's shadow root; see `src/embed/fact-explorer-embed.js`).
///
/// `json` is the fact set's text, `fetch_error` why it could not be had, and
/// `url_key` the query parameter that holds this explorer's state. The binary
/// exports it to JavaScript (see `src/main.rs`).
pub fn mount_explorer(
    container: web_sys::HtmlElement,
    json: Option<String>,
    fetch_error: Option<String>,
    url_key: String,
) {
    let source = match (json, fetch_error) {
        (_, Some(e)) => Source::Unavailable(e),
        (Some(j), None) => Source::Json(j),
        (None, None) => Source::Bundled,
    };
    leptos::mount::mount_to(container, move || view! { <App source url_key/> }).forget();
}

/// The main views the tabs switch between.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Fact cards.
    Facts,
    /// The relationship graph.
    Graph,
    /// The itinerary.
    Timeline,
    /// Who said what.
    Quotes,
    /// The article with highlights.
    Article,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 5] = [
        View::Facts,
        View::Graph,
        View::Timeline,
        View::Quotes,
        View::Article,
    ];

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            View::Facts => "Facts",
            View::Graph => "Graph",
            View::Timeline => "Timeline",
            View::Quotes => "Quotes",
            View::Article => "Article",
        }
    }

    /// The view's id, used in element ids and test hooks.
    pub fn slug(self) -> &'static str {
        match self {
            View::Facts => "facts",
            View::Graph => "graph",
            View::Timeline => "timeline",
            View::Quotes => "quotes",
            View::Article => "article",
        }
    }
}

/// Everything the components share, provided once through context.
#[derive(Clone, Copy)]
pub struct State {
    /// The loaded fact set; it lives as long as the page.
    pub set: &'static FactSet,
    /// The chip selection.
    pub selection: RwSignal<Selection>,
    /// The current view.
    pub view: RwSignal<View>,
    /// What the article highlights the evidence of.
    pub selected: RwSignal<Option<Target>>,
    /// The search box's text.
    pub query: RwSignal<String>,
    /// The entity whose panel is open (index into `set.entities`).
    pub focus: RwSignal<Option<usize>>,
    /// The article sentence whose facts are listed (index into sentences).
    pub open_sentence: RwSignal<Option<usize>>,
    /// The search index, built once on first use.
    pub index: StoredValue<Option<&'static Index>>,
    /// The search results for `query` (`None` while it is empty), best first.
    pub results: Memo<Option<Results>>,
    /// What the chips and the search leave visible in every view.
    pub visible: Memo<Visible>,
}

impl State {
    /// Toggles an entity in the chip selection; a newly selected entity's
    /// panel opens, and a deselected one's closes.
    pub fn toggle_entity(&self, id: &str) {
        let index = self.set.entity_position(id);
        let mut added = false;
        self.selection.update(|s| {
            if let Some(pos) = s.entities.iter().position(|e| e == id) {
                s.entities.remove(pos);
            } else {
                s.entities.push(id.to_string());
                added = true;
            }
        });
        if added {
            self.focus.set(index);
        } else if self.focus.get_untracked() == index {
            self.focus.set(None);
        }
    }

    /// Clears the chip selection and closes the entity panel.
    pub fn clear_entities(&self) {
        self.selection.update(|s| s.entities.clear());
        self.focus.set(None);
    }

    /// Adds an entity to the chip selection if it is not there yet.
    pub fn select_entity(&self, id: &str) {
        if !self
            .selection
            .with_untracked(|s| s.entities.iter().any(|e| e == id))
        {
            self.toggle_entity(id);
        }
    }

    /// Shows the article with the evidence of `target` highlighted.
    pub fn show_in_article(&self, target: Target) {
        self.selected.set(Some(target));
        self.view.set(View::Article);
    }

    /// The search index (built the first time it is asked for).
    pub fn index(&self) -> &'static Index {
        index_of(self.set, self.index)
    }
}

/// Loads the fact set `source` names. Host JSON must carry its own text.
fn load_source(source: &Source) -> Result<FactSet, load::LoadError> {
    match source {
        Source::Bundled => load::load_bundled(),
        Source::Json(json) => load::load(json, None),
        Source::Unavailable(detail) => Err(load::LoadError::one(
            "$",
            load::ProblemKind::Unavailable {
                detail: detail.clone(),
            },
        )),
    }
}

fn index_of(set: &'static FactSet, stored: StoredValue<Option<&'static Index>>) -> &'static Index {
    if let Some(i) = stored.get_value() {
        return i;
    }
    let i: &'static Index = Box::leak(Box::new(Index::of(set)));
    stored.set_value(Some(i));
    i
}

/// The state from context.
pub fn use_state() -> State {
    expect_context::<State>()
}

/// The application root (`data-testid="app"`).
#[component]
pub fn App(
    /// Where the fact set comes from.
    source: Source,
    /// The URL query parameter that holds this explorer's state.
    url_key: String,
) -> impl IntoView {
    // Set after the first render, so tests can wait for a drawn page.
    let rendered = RwSignal::new(false);
    Effect::new(move |_| rendered.set(true));
    match load_source(&source) {
        Ok(set) => {
            let set: &'static FactSet = Box::leak(Box::new(set));
            let selection = RwSignal::new(Selection::default());
            let query = RwSignal::new(String::new());
            let index = StoredValue::new(None);
            // One search per keystroke, shared by the search box and every view.
            let results = Memo::new(move |_| {
                let q = query.get();
                (!q.trim().is_empty()).then(|| index_of(set, index).search(&q, SEARCH_LIMIT))
            });
            let visible = Memo::new(move |_| {
                let hits: Option<Vec<(DocKind, usize)>> = results.with(|r| {
                    r.as_ref()
                        .map(|r| r.hits.iter().map(|h| (h.kind, h.target)).collect())
                });
                selection.with(|sel| visible(set, sel, hits.as_deref()))
            });
            let state = State {
                set,
                selection,
                view: RwSignal::new(View::Facts),
                selected: RwSignal::new(None),
                query,
                index,
                results,
                visible,
                focus: RwSignal::new(None),
                open_sentence: RwSignal::new(None),
            };
            provide_context(state);
            crate::components::url_sync::sync_with_url(state, url_key);
            view! {
                <div class="fx" data-testid="app"
                    data-state=move || if rendered.get() { "ready" } else { "loading" }>
                    <Explorer/>
                </div>
            }
            .into_any()
        }
        Err(err) => view! {
            <div class="fx" data-testid="app" data-state="error">
                <LoadErrorPanel error=err/>
            </div>
        }
        .into_any(),
    }
}
