//! What the page's forms accept: which entities may take part in an event,
//! host it, date a fact or speak, a date as typed, and the closed sets a
//! select picks from ([`Choosable`]). Pure.

use fact_explorer_core::model::{Date, Day, EntityKind, Status};

/// A closed set of values a form's select picks one of: each has a slug
/// (the option's value) and the words the option shows.
pub trait Choosable: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order the select lists them.
    fn all() -> &'static [Self];
    fn slug(self) -> &'static str;
    fn words(self) -> String;
    /// The value whose slug is `slug`.
    fn from_slug(slug: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.slug() == slug)
    }
}

/// `Choosable` for a core enum with `ALL` and `slug`, shown as `words`.
macro_rules! choosable {
    ($t:ty, |$v:ident| $words:expr) => {
        impl Choosable for $t {
            fn all() -> &'static [$t] {
                &<$t>::ALL
            }
            fn slug(self) -> &'static str {
                <$t>::slug(self)
            }
            fn words(self) -> String {
                let $v = self;
                $words
            }
        }
    };
}

choosable!(Day, |d| d.label().to_string());
choosable!(Status, |s| s.slug().replace('_', " "));
choosable!(EntityKind, |k| k.label().to_string());

/// Who can take part in an event.
pub fn is_party(k: EntityKind) -> bool {
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
pub fn is_place(k: EntityKind) -> bool {
    k.is_place()
        || matches!(
            k,
            EntityKind::Event | EntityKind::GovernmentBody | EntityKind::Organisation
        )
}

/// What can date a fact.
pub fn is_time(k: EntityKind) -> bool {
    k == EntityKind::Time
}

/// Who can say something.
pub fn is_speaker(k: EntityKind) -> bool {
    matches!(
        k,
        EntityKind::Person | EntityKind::Organisation | EntityKind::GovernmentBody
    )
}

/// A date as typed (yyyy-mm-dd): none when the field is empty, and a
/// sentence saying so when it is not a date (never dropped silently).
pub fn read_date(text: &str) -> Result<Option<Date>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<Date>()
        .map(Some)
        .map_err(|_| format!("“{text}” is not a date (yyyy-mm-dd)."))
}

/// A date as the date field shows it (empty for none).
pub fn date_text(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_or_refused_in_words() {
        assert_eq!(read_date("  "), Ok(None));
        let d = read_date("2025-09-23").unwrap().unwrap();
        assert_eq!(date_text(Some(d)), "2025-09-23");
        assert_eq!(date_text(None), "");
        let err = read_date("23/09/2025").unwrap_err();
        assert!(err.contains("is not a date"), "{err}");
        assert!(read_date("2025-02-30").is_err());
    }

    #[test]
    fn venues_host_events_and_people_take_part() {
        assert!(is_place(EntityKind::Venue) && is_place(EntityKind::City));
        assert!(!is_place(EntityKind::Person));
        assert!(is_party(EntityKind::Person) && !is_party(EntityKind::Time));
        assert!(is_time(EntityKind::Time) && !is_time(EntityKind::City));
        assert!(is_speaker(EntityKind::GovernmentBody) && !is_speaker(EntityKind::Country));
    }

    #[test]
    fn every_choice_is_found_again_by_its_slug() {
        fn round_trip<T: Choosable + std::fmt::Debug>() {
            for &v in T::all() {
                assert_eq!(T::from_slug(v.slug()), Some(v));
                assert!(!v.words().is_empty() && !v.words().contains('_'), "{v:?}");
            }
            assert_eq!(T::from_slug("no-such-slug"), None);
        }
        round_trip::<Day>();
        round_trip::<Status>();
        round_trip::<EntityKind>();
    }
}
