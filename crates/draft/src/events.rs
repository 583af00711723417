//! Itinerary events: what someone does on a given day ("On Tuesday, he
//! plans to deliver a speech at the UN General Assembly"). A clause whose
//! predicate has a day (a weekday or a date among its dependents, "the
//! following day" after a dated event) and a named subject is an event:
//! its title is the predicate's words, who the subject and the people and
//! organisations it names, where the place it names, its status from the
//! tree as for facts.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use fact_explorer_core::model::{Day, EntityKind, Status};

use crate::coref::Coref;
use crate::doc::Doc;
use crate::entities::Draft;
use crate::facts::status_of;
use crate::lexicon::WEEKDAYS;

/// An event before it becomes the fact set's.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub day: Day,
    /// The time entity that gives the day, if one does.
    pub time: Option<usize>,
    pub title: String,
    pub who: Vec<usize>,
    pub place: Option<usize>,
    pub status: Status,
    pub evidence: Range<usize>,
    pub confidence: f32,
}

fn weekday(word: &str) -> Option<Day> {
    let k = WEEKDAYS.iter().position(|d| *d == word)?;
    Day::ALL.get(k).copied()
}

/// The events of `doc`; `time_at` gives the time entity at a token.
pub fn events(
    doc: &Doc,
    entities: &[Draft],
    coref: &Coref,
    time_at: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Event> {
    // Token -> the first entity with a mention over it, and mention start ->
    // its entity.
    let mut inside: HashMap<usize, usize> = HashMap::default();
    let mut starts: HashMap<usize, usize> = HashMap::default();
    for (e, d) in entities.iter().enumerate() {
        for m in &d.mentions {
            starts.entry(m.start).or_insert(e);
            for t in m.clone() {
                inside.entry(t).or_insert(e);
            }
        }
    }
    let entity_at =
        |t: usize| -> Option<usize> { inside.get(&t).copied().or_else(|| coref.resolved(t)) };
    let mut out: Vec<Event> = Vec::new();
    let mut last_day: Option<Day> = None;
    for s in &doc.sentences {
        for v in s.clone() {
            if !doc.tags[v].is_verb() || doc.deps[v].is("aux") || doc.deps[v].is("cop") {
                continue;
            }
            // The day: a weekday among the verb's dependents (or theirs),
            // or "the following day".
            let mut day = None;
            let mut time = None;
            let mut day_phrase = 0..0;
            for &c in &doc.children[v] {
                if !(doc.deps[c].is("obl") || doc.deps[c].is("nmod") || doc.deps[c].is("advmod")) {
                    continue;
                }
                for t in doc.subtree(c) {
                    if let Some(d) = weekday(doc.word(t)) {
                        day = Some(d);
                        time = time_at(t);
                        // The weekday's own phrase: its preposition, and
                        // the part of the day it names ("on Friday night").
                        let h = doc.heads[t].filter(|&h| {
                            matches!(
                                doc.lower[h].as_str(),
                                "night" | "morning" | "afternoon" | "evening"
                            )
                        });
                        let phrase = doc.subtree(h.unwrap_or(t));
                        day_phrase = if phrase.len() <= 5 { phrase } else { t..t + 1 };
                    }
                }
                let words: Vec<&str> = doc.subtree(c).map(|t| doc.lower[t].as_str()).collect();
                if day.is_none()
                    && words
                        .windows(2)
                        .any(|w| w == ["following", "day"] || w == ["next", "day"])
                {
                    day = last_day.and_then(|d| {
                        let k = Day::ALL.iter().position(|x| *x == d)?;
                        Day::ALL.get(k + 1).copied().filter(|n| *n != Day::During)
                    });
                }
            }
            let Some(day) = day else { continue };
            // What someone said on a day is a statement, not a thing they
            // do that day ("Waigel said on Tuesday that…").
            let lemma = doc.lemmas[v].as_str();
            if crate::lexicon::SPEECH_VERBS.contains(&lemma)
                || crate::lexicon::REPORTING_VERBS.contains(&lemma)
            {
                continue;
            }
            // A clause inside another one's dependent ("before returning
            // home on Friday") still counts; the subject may come from its
            // head clause.
            let mut subject = doc.child(v, "nsubj").and_then(entity_at);
            let mut h = v;
            for _ in 0..3 {
                if subject.is_some() {
                    break;
                }
                let Some(up) = doc.heads[h] else { break };
                subject = doc.child(up, "nsubj").and_then(entity_at);
                h = up;
            }
            let Some(subject) = subject else { continue };
            if !matches!(
                entities[subject].kind,
                EntityKind::Person | EntityKind::Organisation | EntityKind::GovernmentBody
            ) {
                continue;
            }
            let sub = doc.subtree(v);
            let mut who = vec![subject];
            let mut place = None;
            for t in sub.clone() {
                if let Some(&e) = starts.get(&t) {
                    match entities[e].kind {
                        EntityKind::Person
                        | EntityKind::Organisation
                        | EntityKind::GovernmentBody
                            if !who.contains(&e) =>
                        {
                            who.push(e);
                        }
                        EntityKind::City
                        | EntityKind::Country
                        | EntityKind::Region
                        | EntityKind::Venue => {
                            place = place.or(Some(e));
                        }
                        _ => {}
                    }
                }
            }
            // The title: the verb and what follows it, without the phrase
            // that gives the day ("on Friday night").
            let mut words: Vec<usize> = Vec::new();
            for t in v..sub.end {
                if weekday(doc.word(t)).is_some()
                    || day_phrase.contains(&t)
                    || (day_phrase.start == t + 1 && matches!(doc.word(t), "on" | "On"))
                {
                    continue;
                }
                if doc.deps[t].is("punct") && t + 1 == sub.end {
                    continue;
                }
                words.push(t);
            }
            if words
                .last()
                .is_some_and(|&t| matches!(doc.word(t), "on" | "On"))
            {
                words.pop();
            }
            let mut title = doc.join_words(words.iter().copied());
            if let Some(first) = title.chars().next() {
                title = first.to_uppercase().chain(title.chars().skip(1)).collect();
            }
            if title.split_whitespace().count() < 2 {
                continue;
            }
            last_day = Some(day);
            out.push(Event {
                day,
                time,
                title,
                who,
                place,
                status: status_of(doc, v),
                evidence: doc.sentences[doc.sentence_of[v]].clone(),
                confidence: 0.55,
            });
        }
    }
    out
}
