//! The small typed contexts the page's components take, each given to the
//! components that use it: the draft being edited ([`Draft`]), the selected
//! words ([`Selection`]), the entities picked for a fact ([`Picks`]), the
//! saved-draft session ([`Session`]), the open tab, the entity filter, the
//! rows whose forms are open ([`Editing`]) and the review panel's state.

use std::ops::Range;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use fact_explorer_core::authoring::{EditError, Editor, ItemList};
use fact_explorer_core::item::{ItemKey, ItemKind};
use fact_explorer_core::model::EntityKind;
use fact_explorer_core::review::ids_of;
use fact_explorer_core::saved_draft::{Listed, SavedDraft, SAVED_VERSION};

use crate::cursor::utf16_of;
use crate::drafts;
use crate::glue::{bring_into_view, select_offsets};
use crate::storage::{self, Stored};
use crate::target::{row_selector, Tab};

/// An entity as the forms' selects offer it.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
}

/// The draft being edited, and the line that says why an edit was refused.
#[derive(Clone, Copy)]
pub struct Draft {
    pub ed: RwSignal<Option<Editor>>,
    pub message: RwSignal<String>,
    /// The article's text: it changes only with a new draft, so what is
    /// computed from it (the word list) is not redone on every edit.
    pub article: Memo<String>,
    /// Every entity, for the forms' selects.
    pub choices: Memo<Vec<Choice>>,
}

impl Default for Draft {
    fn default() -> Draft {
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
                            .map(|en| Choice {
                                id: en.id.clone(),
                                name: en.name.clone(),
                                kind: en.kind,
                            })
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        });
        Draft {
            ed,
            message: RwSignal::new(String::new()),
            article,
            choices,
        }
    }
}

impl Draft {
    /// Applies an edit: what it returns, or `None` when it was refused (its
    /// error, in words, goes to the message line).
    pub fn attempt<T>(self, f: impl FnOnce(&mut Editor) -> Result<T, EditError>) -> Option<T> {
        let mut result = None;
        self.ed.update(|e| result = e.as_mut().map(f));
        match result {
            Some(Ok(x)) => {
                self.message.set(String::new());
                Some(x)
            }
            Some(Err(e)) => {
                self.message.set(e.to_string());
                None
            }
            None => {
                self.message.set("nothing to edit yet".into());
                None
            }
        }
    }

    /// Applies an edit whose outcome the caller does not need.
    pub fn act(self, f: impl FnOnce(&mut Editor) -> Result<(), EditError>) {
        let _ = self.attempt(f);
    }

    /// Applies an edit that makes an item of `list`, then brings its row
    /// into view without moving the focus (lists append, and a new fact
    /// used to land out of sight). Whether it was made.
    pub fn act_new(
        self,
        list: ItemList,
        f: impl FnOnce(&mut Editor) -> Result<String, EditError>,
    ) -> bool {
        match self.attempt(f) {
            Some(id) => {
                bring_into_view(&row_selector(list, &id));
                true
            }
            None => false,
        }
    }

    /// The article's text (not tracked).
    pub fn text(self) -> String {
        self.article.get_untracked()
    }

    /// The editor's revision: it moves with every change.
    pub fn revision(self) -> Memo<Option<u64>> {
        Memo::new(move |_| self.ed.with(|e| e.as_ref().map(|e| e.revision)))
    }

    /// Undoes (or, `redo`, redoes) the last edit.
    pub fn undo(self, redo: bool) {
        self.ed.update(|e| {
            if let Some(e) = e {
                if redo {
                    e.redo();
                } else {
                    e.undo();
                }
            }
        });
    }
}

/// The selected words, as a byte range of the article.
#[derive(Clone, Copy)]
pub struct Selection(pub RwSignal<Option<Range<usize>>>);

impl Selection {
    /// Selects the words at `span` (bytes) in the article and brings them
    /// into view: the provenance of a fact, quote or event, checked in
    /// context.
    pub fn show(self, text: &str, span: Range<usize>) {
        let Some(el) = document()
            .query_selector("[data-testid=author-article]")
            .ok()
            .flatten()
        else {
            return;
        };
        if span.is_empty() || span.end > text.len() {
            return;
        }
        select_offsets(
            el.unchecked_ref(),
            utf16_of(text, span.start),
            utf16_of(text, span.end),
        );
        self.0.set(Some(span));
    }
}

/// Where the next click on an entity goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Subject,
    Object,
}

/// The entities picked as a fact's subject and object (by double-click
/// in the article, or in a list), and which the next pick sets.
#[derive(Clone, Copy)]
pub struct Picks {
    pub subject: RwSignal<String>,
    pub object: RwSignal<String>,
    pub picking: RwSignal<Pick>,
}

impl Default for Picks {
    fn default() -> Picks {
        Picks {
            subject: RwSignal::new(String::new()),
            object: RwSignal::new(String::new()),
            picking: RwSignal::new(Pick::Subject),
        }
    }
}

impl Picks {
    /// Sets the next of subject and object to `id`.
    pub fn pick(self, id: String) {
        match self.picking.get_untracked() {
            Pick::Subject => self.as_subject(id),
            Pick::Object => self.as_object(id),
        }
    }

    pub fn as_subject(self, id: String) {
        self.subject.set(id);
        self.picking.set(Pick::Object);
    }

    pub fn as_object(self, id: String) {
        self.object.set(id);
        self.picking.set(Pick::Subject);
    }
}

/// Where the page is: nothing pasted, drafting, or editing a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Empty,
    Drafting,
    Ready,
}

impl Phase {
    /// As the root's `data-state` spells it.
    pub fn slug(self) -> &'static str {
        match self {
            Phase::Empty => "empty",
            Phase::Drafting => "drafting",
            Phase::Ready => "ready",
        }
    }
}

/// The saved line's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Save {
    Saved,
    Saving,
    Failed,
}

impl Save {
    /// As `data-state` spells it.
    pub fn slug(self) -> &'static str {
        match self {
            Save::Saved => "saved",
            Save::Saving => "saving",
            Save::Failed => "failed",
        }
    }
}

/// The draft as saved in this browser: which one, whether saving works,
/// and whether another tab has changed it.
#[derive(Clone, Copy)]
pub struct Session {
    pub phase: RwSignal<Phase>,
    pub draft_id: RwSignal<String>,
    pub save: RwSignal<Save>,
    pub save_note: RwSignal<String>,
    pub conflict: RwSignal<bool>,
    /// This tab's id (a record saved by another tab is told apart).
    pub tab: StoredValue<String>,
    /// The length of the text being drafted, for the progress line.
    pub drafting_words: RwSignal<usize>,
    /// Text pasted but not drafted yet, as stored.
    pub paste: Stored,
    /// The id of the draft this browser works on, as stored.
    pub current: Stored,
    draft: Draft,
    sel: Selection,
}

impl Session {
    pub fn new(draft: Draft, sel: Selection, tab: String) -> Session {
        Session {
            phase: RwSignal::new(Phase::Empty),
            draft_id: RwSignal::new(String::new()),
            save: RwSignal::new(Save::Saved),
            save_note: RwSignal::new(String::new()),
            conflict: RwSignal::new(false),
            tab: StoredValue::new(tab),
            drafting_words: RwSignal::new(0),
            paste: Stored::new(drafts::PASTE_KEY),
            current: Stored::new(drafts::CURRENT_KEY),
            draft,
            sel,
        }
    }

    /// Edits `ed` as draft `id` (a new id when none) and saves it.
    pub fn start_editing(self, ed: Editor, id: Option<String>) {
        let id = id.unwrap_or_else(|| drafts::new_draft_id(js_sys::Date::now()));
        self.draft_id.set(id.clone());
        self.current.set(id);
        self.sel.0.set(None);
        self.conflict.set(false);
        self.draft.ed.set(Some(ed));
        self.phase.set(Phase::Ready);
        self.save_now();
    }

    /// Leaves the draft (saved as it stands) for the start: paste or open
    /// another article.
    pub fn new_draft(self) {
        self.save_now();
        self.draft.ed.set(None);
        self.draft_id.set(String::new());
        self.sel.0.set(None);
        self.conflict.set(false);
        self.draft.message.set(String::new());
        self.save_note.set(String::new());
        self.current.forget();
        self.phase.set(Phase::Empty);
    }

    /// The record of draft `id` in storage (see [`drafts::read_saved`]).
    pub fn read(id: &str) -> Result<Option<SavedDraft>, String> {
        drafts::read_saved(&storage::get(&drafts::draft_key(id)))
    }

    /// The saved drafts, newest first.
    pub fn list() -> Vec<Listed> {
        drafts::read_list(&storage::get(drafts::INDEX_KEY))
    }

    /// Forgets draft `id`; the list as it is then.
    pub fn forget(id: &str) -> Vec<Listed> {
        storage::remove(&drafts::draft_key(id));
        let list = drafts::listed_without(Session::list(), id);
        let _ = storage::put(drafts::INDEX_KEY, &drafts::write_list(&list));
        list
    }

    /// Saves the draft as it stands (and lists it).
    pub fn save_now(self) {
        let id = self.draft_id.get_untracked();
        if id.is_empty() || self.conflict.get_untracked() {
            return;
        }
        let Some(record) = self.draft.ed.with_untracked(|e| {
            e.as_ref().map(|e| {
                let set = e.set();
                SavedDraft {
                    version: SAVED_VERSION,
                    schema: set.written_schema().to_string(),
                    id: id.clone(),
                    title: set.article.title.clone(),
                    saved_at: js_sys::Date::now(),
                    tab: self.tab.get_value(),
                    revision: e.revision,
                    set: set.to_json(),
                    review: e.review().clone(),
                }
            })
        }) else {
            return;
        };
        self.save.set(Save::Saving);
        let kept = storage::put(&drafts::draft_key(&id), &record.to_json());
        if let Err(why) = kept {
            self.save.set(Save::Failed);
            self.save_note.set(why);
        } else {
            let list = drafts::listed_first(
                Session::list(),
                Listed {
                    id,
                    title: record.title,
                    saved_at: record.saved_at,
                },
            );
            let _ = storage::put(drafts::INDEX_KEY, &drafts::write_list(&list));
            self.save.set(Save::Saved);
            self.save_note
                .set("All changes saved in this browser.".into());
        }
    }
}

/// The draft's changes as the workspace's lists and rows follow them: one
/// memo per workspace on the editor, so a row's memo depends on it and goes
/// with it. (A memo that depends on the page-long editor signal directly
/// stays in that signal's list of subscribers after it is gone, with its
/// memory: every row of every draft would.)
#[derive(Clone, Copy)]
pub struct Edits(pub Memo<()>);

impl Edits {
    pub fn new(draft: Draft) -> Edits {
        Edits(Memo::new_with_compare(
            move |_| draft.ed.track(),
            |_, _| true,
        ))
    }

    /// `f` over the editor, run again after every change. (The memo is
    /// read, not only tracked: a memo is lazy, and one never read would
    /// never follow the editor.)
    pub fn with<T>(self, draft: Draft, f: impl FnOnce(&Editor) -> T) -> Option<T> {
        self.0.get();
        draft.ed.with_untracked(|e| e.as_ref().map(f))
    }

    /// The ids of the draft's items of `kind`, in the set's order: a
    /// list's row keys, read again after every change.
    pub fn ids(self, draft: Draft, kind: ItemKind) -> Memo<Vec<String>> {
        Memo::new(move |_| {
            self.with(draft, |e| {
                ids_of(e.set(), kind)
                    .into_iter()
                    .map(|id| id.to_string())
                    .collect()
            })
            .unwrap_or_default()
        })
    }
}

/// The workspace's open tab.
#[derive(Clone, Copy)]
pub struct OpenTab(pub RwSignal<Tab>);

/// The words the entity list is filtered by (the workspace's, so Problems →
/// Show can clear it when it hides the entity to show).
#[derive(Clone, Copy)]
pub struct EntityFilter(pub RwSignal<String>);

/// Which row of each list has its edit form open: the lists' own, shared so
/// the review's Edit can open one.
#[derive(Clone, Copy)]
pub struct Editing {
    pub entity: RwSignal<Option<String>>,
    pub fact: RwSignal<Option<String>>,
    pub quote: RwSignal<Option<String>>,
    pub event: RwSignal<Option<String>>,
}

impl Default for Editing {
    fn default() -> Editing {
        Editing {
            entity: RwSignal::new(None),
            fact: RwSignal::new(None),
            quote: RwSignal::new(None),
            event: RwSignal::new(None),
        }
    }
}

impl Editing {
    /// The open row of `list`.
    pub fn of(self, list: ItemList) -> RwSignal<Option<String>> {
        match list {
            ItemList::Entities => self.entity,
            ItemList::Facts => self.fact,
            ItemList::Quotes => self.quote,
            ItemList::Events => self.event,
        }
    }
}

/// What every row of a list stands on: its item's id, what it shows (read
/// from the editor by the row's own function, so the row is redrawn only
/// when its own item changes) and whether its edit form is open.
pub struct RowBase<T: Send + Sync + 'static> {
    pub key: StoredValue<String>,
    pub data: Memo<Option<T>>,
    pub is_open: Signal<bool>,
}

impl<T: Clone + PartialEq + Send + Sync + 'static> RowBase<T> {
    /// Row `id`: `row` reads what it shows (none once the item is gone);
    /// `open` is its list's open row (see [`Editing`]).
    pub fn new(
        id: String,
        open: RwSignal<Option<String>>,
        row: fn(&Editor, &str) -> Option<T>,
    ) -> RowBase<T> {
        let draft = expect_context::<Draft>();
        let edits = expect_context::<Edits>();
        let key = StoredValue::new(id);
        let data =
            Memo::new(move |_| key.with_value(|id| edits.with(draft, |e| row(e, id)).flatten()));
        RowBase {
            key,
            data,
            is_open: holds(open, key),
        }
    }
}

/// Whether `slot` holds the id kept in `key` (a row's open form, a delete
/// waiting for its second click).
pub fn holds(slot: RwSignal<Option<String>>, key: StoredValue<String>) -> Signal<bool> {
    Signal::derive(move || slot.with(|o| key.with_value(|id| o.as_deref() == Some(id.as_str()))))
}

/// Opens row `id` of `open`'s list, or closes it when it is open.
pub fn toggle(open: RwSignal<Option<String>>, id: &str) {
    open.update(|o| {
        *o = if o.as_deref() == Some(id) {
            None
        } else {
            Some(id.to_string())
        }
    });
}

/// The review panel's own state (the decisions are the editor's): whether
/// it is open, and the items skipped this time round.
#[derive(Clone, Copy)]
pub struct ReviewPanel {
    pub open: RwSignal<bool>,
    pub skipped: RwSignal<Vec<ItemKey>>,
}

impl Default for ReviewPanel {
    fn default() -> ReviewPanel {
        ReviewPanel {
            open: RwSignal::new(false),
            skipped: RwSignal::new(Vec::new()),
        }
    }
}
