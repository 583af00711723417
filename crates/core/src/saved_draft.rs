//! The authoring page's saved draft: the record kept in the browser's
//! storage for each draft, and the list of them. Pure (the page reads and
//! writes the storage).

use serde::{Deserialize, Serialize};

use crate::review::Review;

/// Version of the saved-draft record; a record keeps the fact set's own
/// schema marker too, so drafts saved today still open when the schema
/// grows. Fields added since version 1 are optional (a record without
/// `review` opens with every item drafted), so the version stays 1.
pub const SAVED_VERSION: u32 = 1;

/// One saved draft.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SavedDraft {
    pub version: u32,
    pub schema: String,
    pub id: String,
    pub title: String,
    pub saved_at: f64,
    /// The tab that saved it (another tab saving the same draft is told).
    pub tab: String,
    pub revision: u64,
    /// The fact set as JSON (it holds the article's text).
    pub set: String,
    /// What the review decided ([`crate::review`]); absent from records
    /// saved before the review loop, and when nothing is decided yet.
    #[serde(default, skip_serializing_if = "Review::is_empty")]
    pub review: Review,
}

/// A saved draft as the list of drafts shows it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Listed {
    pub id: String,
    pub title: String,
    pub saved_at: f64,
}

impl SavedDraft {
    /// A record read from storage, or why it cannot be read.
    pub fn read(json: &str) -> Result<SavedDraft, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// The record as stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authoring::Editor;
    use crate::item::ItemKind;
    use crate::review::ReviewState;

    fn record(review: Review) -> SavedDraft {
        let set = crate::load::load_bundled().unwrap();
        SavedDraft {
            version: SAVED_VERSION,
            schema: set.written_schema().to_string(),
            id: "d1".into(),
            title: set.article.title.clone(),
            saved_at: 1.0,
            tab: "t".into(),
            revision: 3,
            set: set.to_json(),
            review,
        }
    }

    #[test]
    fn a_record_saved_before_the_review_loop_opens_with_every_item_drafted() {
        // As the page wrote it before: no `review` key.
        let old = r#"{"version":1,"schema":"fact-explorer/1","id":"old","title":"T","saved_at":5,"tab":"x","revision":4,"set":"{}"}"#;
        let r = SavedDraft::read(old).unwrap();
        assert!(r.review.is_empty());
        assert_eq!(r.version, 1);
        let set = crate::load::load_bundled().unwrap();
        let c = Editor::with_review(set.clone(), r.review)
            .review()
            .counts(&set, None);
        assert_eq!(c.drafted, c.total);
    }

    #[test]
    fn decisions_are_saved_with_the_draft_and_come_back() {
        let set = crate::load::load_bundled().unwrap();
        let mut e = Editor::new(set);
        e.accept(ItemKind::Entity, "lee").unwrap();
        e.reject(ItemKind::Entity, "fink").unwrap();
        let saved = record(e.review().clone()).to_json();
        assert!(saved.contains(r#""review":{"entity":{"fink":"rejected","lee":"accepted"}}"#));
        let back = SavedDraft::read(&saved).unwrap();
        let again = Editor::with_review(crate::load::parse(&back.set).unwrap(), back.review);
        assert_eq!(again.review(), e.review());
        assert_eq!(
            again.review().state(ItemKind::Entity, "fink"),
            ReviewState::Rejected
        );
        // Nothing decided: no key written (older pages read it as before).
        assert!(!record(Review::default()).to_json().contains("review"));
        assert!(SavedDraft::read("{\"version\": 1").is_err());
    }
}
