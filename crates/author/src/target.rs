//! The workspace's tabs, and where an item's row is: the selector of an
//! entity's, fact's, quote's or event's row by its id (never by position:
//! the list may be filtered), and the tab a problem's path opens. Pure.

use fact_explorer_core::authoring::{problem_item, ItemList};
use fact_explorer_core::model::FactSet;

/// A tab of the workspace's side pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tab {
    Entities,
    Facts,
    Quotes,
    Events,
    Export,
    /// The preview (a tab on narrow screens only).
    Preview,
}

impl Tab {
    /// Every tab, in the order shown.
    pub const ALL: [Tab; 6] = [
        Tab::Entities,
        Tab::Facts,
        Tab::Quotes,
        Tab::Events,
        Tab::Export,
        Tab::Preview,
    ];

    /// Its name on screen.
    pub fn label(self) -> &'static str {
        match self {
            Tab::Entities => "Entities",
            Tab::Facts => "Facts",
            Tab::Quotes => "Quotes",
            Tab::Events => "Events",
            Tab::Export => "Export",
            Tab::Preview => "Preview",
        }
    }

    /// Its class suffix (`tab-entities`).
    pub fn slug(self) -> &'static str {
        match self {
            Tab::Entities => "entities",
            Tab::Facts => "facts",
            Tab::Quotes => "quotes",
            Tab::Events => "events",
            Tab::Export => "export",
            Tab::Preview => "preview",
        }
    }

    /// The list it shows (whose count it carries), if any.
    pub fn list(self) -> Option<ItemList> {
        match self {
            Tab::Entities => Some(ItemList::Entities),
            Tab::Facts => Some(ItemList::Facts),
            Tab::Quotes => Some(ItemList::Quotes),
            Tab::Events => Some(ItemList::Events),
            Tab::Export | Tab::Preview => None,
        }
    }

    /// The tab that shows `list`.
    pub fn of(list: ItemList) -> Tab {
        match list {
            ItemList::Entities => Tab::Entities,
            ItemList::Facts => Tab::Facts,
            ItemList::Quotes => Tab::Quotes,
            ItemList::Events => Tab::Events,
        }
    }
}

/// How many items `list` of `set` has.
pub fn count(set: &FactSet, list: ItemList) -> usize {
    match list {
        ItemList::Entities => set.entities.len(),
        ItemList::Facts => set.facts.len(),
        ItemList::Quotes => set.quotes.len(),
        ItemList::Events => set.events.len(),
    }
}

/// `s` as a CSS string (in double quotes), for an attribute selector.
pub fn css_string(s: &str) -> String {
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

/// The selector of the row of item `id` in `list`.
pub fn row_selector(list: ItemList, id: &str) -> String {
    let (testid, attribute) = match list {
        ItemList::Entities => ("author-entity", "data-entity"),
        ItemList::Facts => ("author-fact", "data-fact"),
        ItemList::Quotes => ("author-quote", "data-quote"),
        ItemList::Events => ("author-event", "data-event"),
    };
    format!("[data-testid=\"{testid}\"][{attribute}={}]", css_string(id))
}

/// Where a problem's path points: the tab, and the selector of the item's
/// row by its id. `None` for a path outside the lists.
pub fn problem_target(set: &FactSet, path: &str) -> Option<(Tab, String)> {
    let (list, id) = problem_item(set, path)?;
    Some((Tab::of(list), row_selector(list, id)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fact_explorer_core::load::load_bundled;

    #[test]
    fn a_problem_points_at_its_row_by_id_whatever_the_order() {
        let set = load_bundled().unwrap();
        let id = &set.entities[3].id;
        assert_eq!(
            problem_target(&set, "$.entities[3].mentions[0]"),
            Some((
                Tab::Entities,
                format!("[data-testid=\"author-entity\"][data-entity=\"{id}\"]")
            ))
        );
        let fact = &set.facts[2].id;
        assert_eq!(
            problem_target(&set, "$.facts[2].evidence[0].text"),
            Some((
                Tab::Facts,
                format!("[data-testid=\"author-fact\"][data-fact=\"{fact}\"]")
            ))
        );
        assert_eq!(problem_target(&set, "$.article.title"), None);
        assert_eq!(problem_target(&set, "$.entities[9999]"), None);
    }

    #[test]
    fn ids_are_quoted_for_css() {
        assert_eq!(css_string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\a d\"");
        for tab in Tab::ALL {
            if let Some(list) = tab.list() {
                assert_eq!(Tab::of(list), tab);
            }
        }
    }
}
