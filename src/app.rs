//! The Leptos root: loads the fact set, provides the app state, and mounts.

use leptos::prelude::*;

use crate::article::Target;
use crate::components::explorer::Explorer;
use crate::components::load_error::LoadErrorPanel;
use crate::filter::{visible, Selection, Visible};
use crate::load;
use crate::model::FactSet;
use crate::search::{DocKind, Index};

/// Mounts the explorer into the page body.
pub fn mount() {
    leptos::mount::mount_to_body(App);
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

/// The fact set the page names: the JSON inside a
/// `<script type="application/json" data-fact-set>` element when there is one
/// (it must carry its own article text), otherwise the bundled article.
fn load_page_fact_set() -> Result<FactSet, load::LoadError> {
    let inline = document()
        .query_selector("script[type='application/json'][data-fact-set]")
        .ok()
        .flatten()
        .and_then(|el| el.text_content());
    match inline {
        Some(json) => load::load(&json, None),
        None => load::load_bundled(),
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
pub fn App() -> impl IntoView {
    // Set after the first render, so tests can wait for a drawn page.
    let rendered = RwSignal::new(false);
    Effect::new(move |_| rendered.set(true));
    match load_page_fact_set() {
        Ok(set) => {
            let set: &'static FactSet = Box::leak(Box::new(set));
            let selection = RwSignal::new(Selection::default());
            let query = RwSignal::new(String::new());
            let index = StoredValue::new(None);
            let visible = Memo::new(move |_| {
                let q = query.get();
                let hits: Option<Vec<(DocKind, usize)>> = (!q.trim().is_empty()).then(|| {
                    index_of(set, index)
                        .search(&q, 1000)
                        .hits
                        .iter()
                        .map(|h| (h.kind, h.target))
                        .collect()
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
                visible,
                focus: RwSignal::new(None),
                open_sentence: RwSignal::new(None),
            };
            provide_context(state);
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
