//! What a reader's explorer state is: the views, and the state a link, the
//! host page's `el.state` and the view all share (search text, chips, view,
//! open entity, highlighted item). Encoded for URLs in [`crate::url_state`].

use serde::{Deserialize, Serialize};

use crate::filter::Mode;
use crate::item::{ItemKey, ItemKind};
use crate::model::{FactSet, Id};

/// The main views the tabs switch between.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    /// Fact cards.
    #[default]
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

    /// The view's name in URLs, element ids, test hooks and the host API.
    pub fn slug(self) -> &'static str {
        match self {
            View::Facts => "facts",
            View::Graph => "graph",
            View::Timeline => "timeline",
            View::Quotes => "quotes",
            View::Article => "article",
        }
    }

    /// The view with this slug.
    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == slug)
    }
}

/// The reader's state: what a link reproduces and what `el.state` reads and
/// writes. Keys left out of a host's object take their defaults.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExplorerState {
    /// The search text.
    pub query: String,
    /// The chip selection (entity ids).
    pub entities: Vec<Id>,
    /// How selected chips combine.
    pub mode: Mode,
    /// The current view.
    pub view: View,
    /// The entity whose panel is open.
    pub focus: Option<Id>,
    /// The fact, quote, event or sentence whose evidence is highlighted.
    pub fact: Option<ItemKey>,
}

impl ExplorerState {
    /// Why this state does not fit `set`, if it does not: the first unknown
    /// entity or item, in words.
    pub fn problem(&self, set: &FactSet) -> Option<String> {
        if let Some(id) = self
            .entities
            .iter()
            .chain(&self.focus)
            .find(|id| set.entity(id).is_none())
        {
            return Some(format!("no entity has the id {id:?}"));
        }
        let key = self.fact.as_ref()?;
        if key.kind == ItemKind::Entity {
            return Some("`fact` names a fact, quote, event or sentence, not an entity".into());
        }
        if set.resolve(key).is_none() {
            return Some(format!("no {} has the id {:?}", key.kind.slug(), key.id));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_bundled;

    #[test]
    fn views_round_trip_through_their_slugs_and_json() {
        for v in View::ALL {
            assert_eq!(View::from_slug(v.slug()), Some(v));
            assert_eq!(
                serde_json::to_string(&v).unwrap(),
                format!("\"{}\"", v.slug())
            );
        }
        assert_eq!(View::from_slug("nope"), None);
    }

    #[test]
    fn host_states_are_checked_against_the_set() {
        let set = load_bundled().unwrap();
        let ok: ExplorerState = serde_json::from_str(
            r#"{"query":"Fink","entities":["lee"],"view":"graph","fact":{"kind":"quote","id":"q-ha-common-ground"}}"#,
        )
        .unwrap();
        assert_eq!(ok.problem(&set), None);
        assert_eq!(ok.mode, Mode::All);
        let ghost = ExplorerState {
            entities: vec!["ghost".into()],
            ..ExplorerState::default()
        };
        assert!(ghost.problem(&set).unwrap().contains("ghost"));
        assert!(serde_json::from_str::<ExplorerState>(r#"{"view":"nope"}"#).is_err());
        assert!(serde_json::from_str::<ExplorerState>(r#"{"colour":"red"}"#).is_err());
    }
}
