//! What undo costs: the heap an editor holds after 200 edits of a
//! 20,000-word draft, beside the article's own size. Undo keeps what each
//! edit changed (the items, the review states), never a copy of the
//! article, so the growth follows the edits, not the text.
//!
//! Run with `cargo test -p fact-explorer-core --test undo_memory -- --nocapture`
//! to see the figures. A counting allocator measures the bytes live; no
//! timing is involved.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use fact_explorer_core::authoring::Editor;
use fact_explorer_core::item::ItemKind;
use fact_explorer_core::model::EntityKind;
use fact_explorer_core::synth;

/// The system allocator, counting the bytes live.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::SeqCst);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::SeqCst);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size as isize - layout.size() as isize, Ordering::SeqCst);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn undo_memory_grows_with_the_edits_not_with_the_article() {
    // The only test in this binary: nothing else allocates meanwhile.
    let start = LIVE.load(Ordering::SeqCst);
    let mut facts = 1000;
    let set = loop {
        let set = synth::generate(facts, 7);
        if set.article.text.split_whitespace().count() >= 20_000 {
            break set;
        }
        facts += 250;
    };
    let words = set.article.text.split_whitespace().count();
    let text_bytes = set.article.text.len();
    let ids: Vec<String> = set.entities.iter().map(|e| e.id.clone()).collect();
    let fact_ids: Vec<String> = set.facts.iter().map(|f| f.id.clone()).collect();
    let mut ed = Editor::new(set);
    let opened = LIVE.load(Ordering::SeqCst);
    for n in 0..200 {
        let id = &ids[n % ids.len()];
        match n % 5 {
            0 => ed.rename(id, &format!("Renamed {n}")).unwrap(),
            1 => ed.set_description(id, &format!("described {n}")).unwrap(),
            2 => ed
                .set_kind(
                    id,
                    if n % 2 == 0 {
                        EntityKind::Person
                    } else {
                        EntityKind::Organisation
                    },
                )
                .unwrap(),
            3 => ed
                .accept(ItemKind::Fact, &fact_ids[n % fact_ids.len()])
                .unwrap(),
            _ => ed
                .set_aliases(id, &format!("alias {n}, other {n}"))
                .unwrap(),
        }
    }
    let after = LIVE.load(Ordering::SeqCst);
    let growth = after - opened;
    println!(
        "undo memory: a {words}-word draft ({text_bytes} B of text; the editor holds {} B); \
         200 edits grew the heap by {growth} B ({} B per edit)",
        opened - start,
        growth / 200
    );
    assert!(ed.can_undo());
    // A copy of the set per edit would be its text and more each time;
    // what an edit changed is an entity or a review state.
    assert!(
        (growth as usize) / 200 < text_bytes / 10,
        "each edit grew the heap by {} B, a tenth of the article's {text_bytes} B of text or more",
        growth / 200
    );
    // And every edit comes back.
    for _ in 0..200 {
        assert!(ed.undo());
    }
    assert!(!ed.can_undo());
}
