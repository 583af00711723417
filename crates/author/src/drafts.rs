//! Saved drafts as the page keeps them in the browser's storage: the keys,
//! the list of drafts (newest first), new draft ids, and the messages when
//! a record cannot be read. The records themselves are the core's
//! [`fact_explorer_core::saved_draft`]; the page does the reading and
//! writing (`glue.js`). Pure.

use fact_explorer_core::authoring::Editor;
use fact_explorer_core::load;
use fact_explorer_core::saved_draft::{Listed, SavedDraft};

/// The list of saved drafts.
pub const INDEX_KEY: &str = "fx-author:drafts";
/// The draft this browser was working on.
pub const CURRENT_KEY: &str = "fx-author:current";
/// Text pasted but not drafted yet.
pub const PASTE_KEY: &str = "fx-author:paste";

/// Where draft `id` is stored.
pub fn draft_key(id: &str) -> String {
    format!("fx-author:draft:{id}")
}

/// A new draft's id, from the time (milliseconds) it is made.
pub fn new_draft_id(now_ms: f64) -> String {
    format!("d{}", now_ms.max(0.0) as u64)
}

/// The list as stored; nothing when it is missing or unreadable.
pub fn read_list(raw: &str) -> Vec<Listed> {
    serde_json::from_str(raw).unwrap_or_default()
}

/// The list as stored.
pub fn write_list(list: &[Listed]) -> String {
    serde_json::to_string(list).unwrap_or_default()
}

/// `list` with `saved` first (once) and the others after it.
pub fn listed_first(mut list: Vec<Listed>, saved: Listed) -> Vec<Listed> {
    list.retain(|l| l.id != saved.id);
    list.insert(0, saved);
    list
}

/// `list` without draft `id`.
pub fn listed_without(mut list: Vec<Listed>, id: &str) -> Vec<Listed> {
    list.retain(|l| l.id != id);
    list
}

/// A stored record: `None` when nothing is stored (`raw` empty), else the
/// record or why it cannot be read (it is left in storage as it is).
pub fn read_saved(raw: &str) -> Result<Option<SavedDraft>, String> {
    if raw.is_empty() {
        return Ok(None);
    }
    SavedDraft::read(raw).map(Some).map_err(|e| {
        format!(
            "The saved draft could not be read ({e}). It stays in this browser’s storage as it is."
        )
    })
}

/// A saved draft as an editor with its review: the set's shape only, not
/// validated (a draft being corrected may have problems; they are listed,
/// not refused).
pub fn open_saved(saved: &SavedDraft) -> Result<Editor, String> {
    load::parse(&saved.set)
        .map(|set| Editor::with_review(set, saved.review.clone()))
        .map_err(|e| e.to_string())
}

/// A title from a file's name: the name without its extension.
pub fn title_of_file(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(id: &str) -> Listed {
        Listed {
            id: id.into(),
            title: format!("title {id}"),
            saved_at: 1.0,
        }
    }

    #[test]
    fn the_list_keeps_each_draft_once_newest_first() {
        let list = listed_first(vec![listed("a"), listed("b"), listed("c")], listed("b"));
        let ids: Vec<&str> = list.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["b", "a", "c"]);
        let list = listed_without(list, "a");
        assert_eq!(read_list(&write_list(&list)), list);
        assert!(read_list("not json").is_empty());
        assert!(read_list("").is_empty());
    }

    #[test]
    fn a_record_is_missing_readable_or_said_to_be_unreadable() {
        assert_eq!(read_saved(""), Ok(None));
        let err = read_saved("{\"version\": 1").unwrap_err();
        assert!(err.contains("stays in this browser"), "{err}");
        let set = load::load_bundled().unwrap();
        let record = SavedDraft {
            version: fact_explorer_core::saved_draft::SAVED_VERSION,
            schema: set.schema.clone(),
            id: new_draft_id(1_700_000_000_123.0),
            title: set.article.title.clone(),
            saved_at: 1.0,
            tab: "t".into(),
            revision: 3,
            set: set.to_json(),
            review: Default::default(),
        };
        assert_eq!(record.id, "d1700000000123");
        let back = read_saved(&record.to_json()).unwrap().unwrap();
        assert_eq!(back, record);
        assert_eq!(open_saved(&back).unwrap().set().entities, set.entities);
        let broken = SavedDraft {
            set: "{}".into(),
            ..record
        };
        assert!(open_saved(&broken).is_err());
    }

    #[test]
    fn a_file_name_gives_a_title() {
        assert_eq!(title_of_file("Soccer report.txt"), "Soccer report");
        assert_eq!(title_of_file("a.b.md"), "a.b");
        assert_eq!(title_of_file("README"), "README");
        assert_eq!(title_of_file(".hidden"), ".hidden");
    }
}
