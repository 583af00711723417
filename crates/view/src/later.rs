//! Hydration in slices: [`Later`] marks a part of the view whose hydration
//! may wait, so hydrating a prerendered explorer is many short tasks instead
//! of one long one (issue 27: one task of about 145 ms under a 4× slower
//! CPU, during which the page answered nothing).
//!
//! While hydrating, each `Later` part checks the time spent in the current
//! slice: within [`SLICE_MS`] it hydrates at once, as any view would; past
//! it, it leaves its prerendered markup as it is and queues itself. The page
//! then runs the queue a slice at a time ([`run_slice`]), giving the
//! browser the main thread in between (the embed module yields with
//! `scheduler.yield()`). Parts are queued in document order, so what is at
//! the top of the page hydrates first. [`pending`] says whether parts are
//! still waiting: the explorer is not "ready" before they are all done.
//!
//! Client rendering (no markup to hydrate) builds a `Later` part at once.
//!
//! A `Later` part must be the only child of its element: waiting, it keeps
//! that element's prerendered children, and it hydrates them from there.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Position, PositionState};

/// Longest a slice of hydration runs before the rest waits for the next
/// one, in milliseconds. Under Lighthouse's 4× CPU slowdown a slice counts
/// four times as long, and a part started within the time may run past it:
/// 6 ms keeps slices below the 50 ms of a long task, with room for that.
pub const SLICE_MS: f64 = 6.0;

/// A part of the view whose hydration may wait (see the module docs).
pub struct Later {
    view: Box<dyn FnOnce() -> AnyView + Send>,
}

/// Hydrates or builds `view` now or later (see the module docs).
pub fn later<V: IntoView + 'static>(view: impl FnOnce() -> V + Send + 'static) -> Later {
    Later {
        view: Box::new(move || view().into_any()),
    }
}

/// A part waiting for its turn.
struct Job {
    /// The element whose children the part hydrates.
    parent: Element,
    /// The owner the part's components run under.
    owner: Owner,
    view: Box<dyn FnOnce() -> AnyView + Send>,
    /// Where the hydrated state goes; gone when the part was dropped before
    /// its turn (its view was replaced or unmounted).
    slot: Weak<RefCell<Option<AnyViewState>>>,
}

thread_local! {
    static QUEUE: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
    /// When the current slice began (`Date.now()`), while hydrating.
    static SLICE_START: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
    /// Whether parts are waiting (reactive, so "ready" can wait for it).
    static PENDING: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Milliseconds now (only called in the browser: hydration runs there).
fn now() -> f64 {
    js_sys::Date::now()
}

/// Starts a slice of hydration now (call before hydrating a prerendered view).
pub fn begin_slice() {
    SLICE_START.with(|s| s.set(now()));
}

fn slice_left() -> bool {
    now() - SLICE_START.with(Cell::get) < SLICE_MS
}

/// Whether parts are waiting to be hydrated. Reactive.
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// Hydrates waiting parts for one slice. Returns whether parts are still
/// waiting. Parts queued by the parts it hydrates wait their turn too.
pub fn run_slice() -> bool {
    begin_slice();
    loop {
        let Some(job) = QUEUE.with(|q| q.borrow_mut().pop_front()) else {
            break;
        };
        let Some(slot) = job.slot.upgrade() else {
            continue;
        };
        let Job {
            parent,
            owner,
            view,
            ..
        } = job;
        let state = owner.with(|| {
            view().hydrate::<true>(
                &Cursor::new(parent),
                &PositionState::new(Position::FirstChild),
            )
        });
        *slot.borrow_mut() = Some(state);
        if !slice_left() {
            break;
        }
    }
    let more = QUEUE.with(|q| !q.borrow().is_empty());
    if !more {
        PENDING.with(|p| p.set(false));
    }
    more
}

/// A `Later` part's state: built or hydrated, or waiting in the queue.
pub enum LaterState {
    Now(AnyViewState),
    Waiting {
        parent: Element,
        slot: Rc<RefCell<Option<AnyViewState>>>,
    },
}

impl LaterState {
    fn with<T>(&self, f: impl FnOnce(&AnyViewState) -> T) -> Option<T> {
        match self {
            LaterState::Now(s) => Some(f(s)),
            LaterState::Waiting { slot, .. } => slot.borrow().as_ref().map(f),
        }
    }

    fn with_mut<T>(&mut self, f: impl FnOnce(&mut AnyViewState) -> T) -> Option<T> {
        match self {
            LaterState::Now(s) => Some(f(s)),
            LaterState::Waiting { slot, .. } => slot.borrow_mut().as_mut().map(f),
        }
    }
}

impl Mountable for LaterState {
    fn unmount(&mut self) {
        self.with_mut(|s| s.unmount());
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        self.with_mut(|s| s.mount(parent, marker));
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.with(|s| s.insert_before_this(child)).unwrap_or(false)
    }

    fn elements(&self) -> Vec<Element> {
        self.with(|s| s.elements()).unwrap_or_default()
    }
}

impl Render for Later {
    type State = LaterState;

    fn build(self) -> LaterState {
        LaterState::Now((self.view)().build())
    }

    fn rebuild(self, state: &mut LaterState) {
        match state {
            LaterState::Now(s) => (self.view)().rebuild(s),
            LaterState::Waiting { parent, slot } => {
                let mut slot = slot.borrow_mut();
                match slot.as_mut() {
                    Some(s) => (self.view)().rebuild(s),
                    None => {
                        // Replaced before its turn: the new view instead of
                        // the prerendered markup.
                        parent.set_text_content(None);
                        let mut s = (self.view)().build();
                        s.mount(parent, None);
                        *slot = Some(s);
                    }
                }
            }
        }
    }
}

impl AddAnyAttr for Later {
    type Output<SomeNewAttr: Attribute> = Later;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Later {
        self
    }
}

impl RenderHtml for Later {
    type AsyncOutput = Later;
    type Owned = Later;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Later {
        self
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        (self.view)().to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        (self.view)().to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        );
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> LaterState {
        if !FROM_SERVER || slice_left() {
            return LaterState::Now((self.view)().hydrate::<FROM_SERVER>(cursor, position));
        }
        // The cursor is on the parent element (this part is its first and
        // only child). It moves to where hydrating the part would leave it:
        // on the part's last node, which is the one before the marker
        // comment that ends the element's children (under
        // `erase_components`, set for every build of the view, an element's
        // children are a list that ends with one), so the parent's
        // hydration goes on from there.
        let parent: Element = leptos::wasm_bindgen::JsCast::unchecked_into(cursor.current());
        let end = parent.last_child();
        let last = match end {
            Some(end) if end.node_type() == web_sys::Node::COMMENT_NODE => end.previous_sibling(),
            end => end,
        };
        if let Some(last) = last {
            cursor.set(last);
            position.set(Position::NextChild);
        }
        let slot = Rc::new(RefCell::new(None));
        QUEUE.with(|q| {
            q.borrow_mut().push_back(Job {
                parent: parent.clone(),
                owner: Owner::current().unwrap_or_default().child(),
                view: self.view,
                slot: Rc::downgrade(&slot),
            })
        });
        PENDING.with(|p| {
            if !p.get_untracked() {
                p.set(true)
            }
        });
        LaterState::Waiting { parent, slot }
    }

    fn into_owned(self) -> Later {
        self
    }
}
