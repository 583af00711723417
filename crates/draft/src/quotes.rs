//! Quotes and their speakers. Quotations are the tokens between matching
//! quotation marks (four words or more, or two that end as speech does
//! and are said: "I am glad," he added); a paragraph that opens a quote and
//! does not close it runs on into the next one that opens with a mark (the
//! news convention), and parts of one quote split by an attribution ("…,"
//! he said, "…") join. The speaker is read from the parse: the subject of
//! a speech verb outside the marks ("Ha said", "said Seoul's Office of the
//! President", "Fink, whose firm…, told"), whoever a pronoun subject stands
//! for (marked inferred), or the object of "according to". A quote with no
//! attribution of its own right after an attributed one in the same
//! paragraph is the same speaker's (inferred, with the reason). Precision
//! first: a quote whose speaker the sentence does not name stays
//! unattributed.

use std::ops::Range;

use crate::coref::Coref;
use crate::doc::Doc;
use crate::lexicon;

/// A quotation: its parts (the tokens inside the marks) and the sentences
/// it stands in.
#[derive(Clone, Debug, PartialEq)]
pub struct Quotation {
    pub parts: Vec<Range<usize>>,
    /// The sentence(s) around it, as a token range.
    pub around: Range<usize>,
}

/// A quote with its speaker, by entity index.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub quotation: Quotation,
    pub speaker: Option<usize>,
    /// The speech verb, when the speaker came from one.
    pub verb: Option<usize>,
    /// Who relayed it ("according to Cha").
    pub reported_by: Option<usize>,
    /// Why the speaker was inferred.
    pub inferred: Option<String>,
    pub confidence: f32,
}

fn closing(open: &str) -> Option<&'static str> {
    match open {
        "“" => Some("”"),
        "\"" => Some("\""),
        "«" => Some("»"),
        _ => None,
    }
}

/// Whether the token at `i` is glued to the one before it (no space).
fn glued_left(doc: &Doc, i: usize) -> bool {
    i > 0 && doc.tokens[i - 1].end == doc.tokens[i].start
}

fn glued_right(doc: &Doc, i: usize) -> bool {
    i + 1 < doc.len() && doc.tokens[i].end == doc.tokens[i + 1].start
}

/// The quotations of `doc`.
pub fn quotations(doc: &Doc) -> Vec<Quotation> {
    let n = doc.len();
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    let mut i = 0;
    while i < n {
        let w = doc.word(i);
        match open {
            None => {
                if let Some(close) = closing(w) {
                    // A straight quote opens after a space and before a word.
                    let ok = w != "\"" || (!glued_left(doc, i) && glued_right(doc, i));
                    if ok {
                        open = Some((i + 1, close));
                    }
                }
            }
            Some((start, close)) => {
                let closes = w == close && (close != "\"" || glued_left(doc, i));
                if closes {
                    if i > start {
                        spans.push(start..i);
                    }
                    open = None;
                } else if doc.tokens[i].paragraph_start || doc.tokens[i].line_start {
                    // The paragraph ended inside the quote: it goes on if this
                    // one opens with a mark, or closes it within two paragraphs.
                    if i > start {
                        spans.push(start..i);
                    }
                    if closing(w).is_some() {
                        open = Some((i + 1, close));
                    } else if closes_soon(doc, i, close) {
                        open = Some((i, close));
                    } else {
                        open = None;
                        spans.pop();
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    let n_tokens = n;
    // Keep parts of four words or more, or of two or more that end as
    // speech does, inside the marks ("I am glad," he added), without edge
    // punctuation; shorter ones are a word quoted, not a quote.
    let words = |r: &Range<usize>| {
        r.clone()
            .filter(|&t| doc.word(t).chars().any(char::is_alphanumeric))
            .count()
    };
    let trimmed: Vec<Range<usize>> = spans
        .into_iter()
        .filter_map(|r| {
            // (A phrase quoted at the end of a sentence takes its period
            // inside the marks too, but opens in lower case.)
            let spoken = r.end > r.start
                && match doc.word(r.end - 1) {
                    "," | "!" | "?" => true,
                    "." => doc.word(r.start).starts_with(char::is_uppercase),
                    _ => false,
                };
            let (mut a, mut b) = (r.start, r.end);
            while a < b
                && !doc.word(a).chars().any(char::is_alphanumeric)
                && closing(doc.word(a)).is_none()
                && doc.word(a) != "("
            {
                a += 1;
            }
            while b > a && matches!(doc.word(b - 1), "," | ";" | ":") {
                b -= 1;
            }
            let n = words(&(a..b));
            // ... and said just after the closing mark (", he added"): a
            // scare quote with its comma inside ("a "major setback,"
            // adding that…") is not.
            let speech =
                |t: usize| t < n_tokens && lexicon::SPEECH_VERBS.contains(&doc.lemmas[t].as_str());
            let speaker =
                |t: usize| t < n_tokens && (doc.tags[t].is_pronoun() || doc.tags[t].is_proper());
            // ("," he added; ," said Havel; not ," adding that…)
            let (t1, t2) = (r.end + 1, r.end + 2);
            let attributed = (speaker(t1) && speech(t2)) || (speech(t1) && speaker(t2));
            (n >= 4 || (n >= 2 && spoken && attributed)).then_some(a..b)
        })
        .collect();
    let mut out: Vec<Quotation> = Vec::new();
    for part in trimmed {
        let first = doc.sentence_of[part.start];
        let last = doc.sentence_of[part.end - 1];
        let around = doc.sentences[first].start..doc.sentences[last].end;
        if let Some(prev) = out.last_mut() {
            let prev_end = prev.parts.last().map_or(0, |p| p.end);
            let gap = words(&(prev_end..part.start));
            let same_paragraph =
                !(prev_end..=part.start.min(n - 1)).any(|t| doc.tokens[t].paragraph_start);
            if (prev.around.end >= part.start && gap <= 6) || (gap == 0 && same_paragraph) {
                prev.parts.push(part);
                prev.around.end = prev.around.end.max(around.end);
                continue;
            }
        }
        out.push(Quotation {
            parts: vec![part],
            around,
        });
    }
    out
}

/// Whether the quote that runs into the paragraph at `from` closes there or
/// in the next paragraph (a closing mark right after a word).
fn closes_soon(doc: &Doc, from: usize, close: &str) -> bool {
    let mut paragraphs = 0;
    for i in from..doc.len() {
        if i > from && doc.tokens[i].line_start {
            paragraphs += 1;
            if paragraphs > 1 {
                return false;
            }
        }
        let w = doc.word(i);
        if closing(w).is_some() || w == "”" {
            return w == close && glued_left(doc, i);
        }
    }
    false
}

/// Speakers for the quotations: by entity index (entities given as their
/// mentions' token ranges).
pub fn speakers(
    doc: &Doc,
    quotations: Vec<Quotation>,
    entity_at: &dyn Fn(usize) -> Option<usize>,
    coref: &Coref,
    (speaks, is_person): (&dyn Fn(usize) -> bool, &dyn Fn(usize) -> bool),
) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    for q in quotations {
        let inside = |t: usize| q.parts.iter().any(|p| p.contains(&t));
        // Speech verbs outside the marks (by lemma), nearest the quote first.
        let mut verbs: Vec<usize> = q
            .around
            .clone()
            .filter(|&t| {
                // ("The Huffington Post" has no verb "post" in it.)
                !inside(t)
                    && !doc.tags[t].is_proper()
                    && (lexicon::SPEECH_VERBS.contains(&doc.lemmas[t].as_str())
                        || doc.lower[t] == "according")
            })
            .collect();
        let first_part = q.parts[0].start;
        fact_explorer_core::sort::sort_by_key(&mut verbs, |&v| v.abs_diff(first_part));
        let mut speaker = None;
        let mut verb = None;
        let mut inferred = None;
        let mut confidence = 0.0f32;
        let mut reported_by = None;
        // The entity a subject token stands for: its own mention, or what a
        // pronoun refers to.
        let who = |t: usize| -> Option<(usize, bool)> {
            if let Some(e) = entity_at(t) {
                return Some((e, false));
            }
            // ("Opposition leader Jaime Nebot, of the Social Christian
            // Party, said": the role the parse made the subject, and the
            // name in apposition to it.)
            let named = doc.children[t]
                .iter()
                .filter(|&&c| c > t && doc.deps[c].is("appos"))
                .find_map(|&c| entity_at(c));
            if let Some(e) = named.filter(|_| lexicon::is_role(&doc.lemmas[t])) {
                return Some((e, false));
            }
            // ("Xabier de Irala, the chairman of Iberia, who said…": "who"
            // is the name its clause is of, or the name its role is
            // apposed to.)
            if doc.lower[t] == "who" {
                let h = doc.heads[t]
                    .filter(|&v| doc.deps[v].is("acl:relcl"))
                    .and_then(|v| doc.heads[v]);
                // (Who speaks is a person: up from a body the clause hangs
                // from, "the chairman of Iberia, who", to the role and the
                // name it is apposed to.)
                let mut x = h;
                for _ in 0..3 {
                    let Some(at) = x else { break };
                    if let Some(e) = entity_at(at).filter(|&e| speaks(e) && is_person(e)) {
                        return Some((e, false));
                    }
                    if lexicon::is_role(&doc.lemmas[at]) && doc.deps[at].is("appos") {
                        if let Some(e) = doc.heads[at].and_then(entity_at).filter(|&e| is_person(e))
                        {
                            return Some((e, false));
                        }
                    }
                    x = doc.heads[at];
                }
            }
            coref.resolved(t).map(|e| (e, true))
        };
        // The entity a mention that owns another names speaks through it:
        // "said Seoul's Office of the President".
        let owned = |t: usize, e: usize| -> usize {
            let mut x = t;
            while x < doc.len() && entity_at(x) == Some(e) {
                x += 1;
            }
            if x + 1 < doc.len() && matches!(doc.word(x), "'s" | "’s") {
                if let Some(o) = entity_at(x + 1).filter(|o| speaks(*o)) {
                    return o;
                }
            }
            e
        };
        // Each speech verb's speaker, nearest verb first.
        let speaker_of = |v: usize| -> Option<(usize, f32, Option<String>)> {
            if doc.lower[v] == "according" {
                // "according to X": X is the head of "according", or its
                // object when the parse makes "according" a verb.
                let mut cands: Vec<usize> = doc.heads[v].into_iter().collect();
                cands.extend(doc.children[v].iter().copied().filter(|&c| {
                    doc.deps[c].is("obj") || doc.deps[c].is("obl") || doc.deps[c].is("nmod")
                }));
                // "according to lawmaker Cha Ji-ho": the name in apposition.
                let more: Vec<usize> = cands
                    .iter()
                    .flat_map(|&c| {
                        doc.children[c]
                            .iter()
                            .copied()
                            .filter(|&k| doc.deps[k].is("appos") || doc.deps[k].is("flat"))
                    })
                    .collect();
                cands.extend(more);
                return cands
                    .into_iter()
                    .filter(|&t| !inside(t))
                    .find_map(|t| who(t).filter(|(e, _)| speaks(*e)))
                    .map(|(e, via)| (e, if via { 0.6 } else { 0.85 }, None));
            }
            // The verb's subject, or the subject of the clause it hangs from
            // ("Fink, whose firm manages…, told").
            // (Outside the quote: a parse that took the quote's subject
            // for the verb's too hangs the speaker beside it: '"…, but the
            // season is long," the Italian said'.)
            let mut subject = doc
                .children_with(v, "nsubj")
                .filter(|&c| !inside(c))
                .last()
                .or_else(|| doc.child(v, "nsubj"));
            let mut h = v;
            for _ in 0..2 {
                if subject.is_some() {
                    break;
                }
                let Some(up) = doc.heads[h].filter(|_| {
                    doc.deps[h].is("advcl") || doc.deps[h].is("conj") || doc.deps[h].is("xcomp")
                }) else {
                    break;
                };
                subject = doc.child(up, "nsubj");
                h = up;
            }
            if let Some(s) = subject.filter(|&s| !inside(s)) {
                // "BA chief executive Robert Ayling said": in a subject
                // phrase with no verb or comma in it, the last name not after a
                // preposition is the speaker ("John Smith of Boeing said"
                // is Smith).
                let last = (s + 1..v)
                    .all(|t| {
                        (!doc.tags[t].is_verb() || doc.tags[t].penn() == "VBN")
                            && !doc.tags[t].is_punct()
                    })
                    .then(|| {
                        (s + 1..v).rev().find(|&t| {
                            entity_at(t).is_some_and(|e| speaks(e) && Some(e) != entity_at(s))
                                && (t == 0 || entity_at(t - 1) != entity_at(t))
                                && !matches!(
                                    doc.lower[t - 1].as_str(),
                                    "of" | "at" | "from" | "for" | "with" | "in" | "to"
                                )
                        })
                    })
                    .flatten();
                if let Some(t) = last {
                    if let Some(e) = entity_at(t) {
                        return Some((owned(t, e), 0.85, None));
                    }
                }
                if let Some((e, via)) = who(s).filter(|(e, _)| speaks(*e)) {
                    let why = via
                        .then(|| format!("“{}” taken as the person it stands for.", doc.word(s)));
                    return Some((owned(s, e), if via { 0.65 } else { 0.9 }, why));
                }
            }
            // Without a subject in the parse: a speaker's mention right after
            // the verb ("said Seoul's Office of the President") or right
            // before it ("Ha said"). After "told" comes who heard it.
            let after: &[usize] = if doc.lemmas[v] == "tell" {
                &[]
            } else {
                &[1, 2]
            };
            for &k in after {
                let t = v + k;
                if t < doc.len() && !inside(t) && q.around.contains(&t) {
                    if let Some(e) = entity_at(t).filter(|e| speaks(*e)) {
                        return Some((owned(t, e), 0.7, None));
                    }
                }
            }
            // "said Venezuela's Energy and Mines Minister Erwin Arrieta":
            // after the verb, past an owner and the words of a title, the
            // person's name.
            if doc.lemmas[v] != "tell" {
                let mut t = v + 1;
                while t < doc.len() && t <= v + 10 && q.around.contains(&t) && !inside(t) {
                    if let Some(e) = entity_at(t) {
                        if speaks(e)
                            && t > v + 1
                            && doc.word(t - 1) != "'s"
                            && doc.word(t - 1) != "’s"
                        {
                            // (Not the owned name's owner: "Venezuela" of
                            // "Venezuela's"; a speaker right after the verb
                            // was taken above.)
                            return Some((e, 0.75, None));
                        }
                    } else if !(matches!(doc.word(t), "'s" | "’s" | "and" | "&")
                        || doc.word(t).starts_with(char::is_uppercase))
                    {
                        break;
                    }
                    t += 1;
                }
            }
            // '…," the aide, David Bar-Illan, told Reuters': between the
            // quote and its verb a phrase with no verb in it, naming the
            // speaker in apposition; the last name not after a
            // preposition ("an aide to Netanyahu, David Bar-Illan, said").
            let quote_end = q.parts.last().map_or(0, |p| p.end);
            if v > quote_end
                && v - quote_end <= 12
                && (quote_end..v).all(|t| !doc.tags[t].is_verb() || doc.tags[t].penn() == "VBN")
            {
                let named = (quote_end..v).rev().find(|&t| {
                    !inside(t)
                        && entity_at(t).is_some_and(speaks)
                        && t > 0
                        && entity_at(t - 1) != entity_at(t)
                        && !matches!(
                            doc.lower[t - 1].as_str(),
                            "of" | "at" | "from" | "for" | "with" | "in" | "to"
                        )
                });
                if let Some(e) = named.and_then(entity_at) {
                    return Some((e, 0.7, None));
                }
            }
            let t = v.checked_sub(1)?;
            (!inside(t) && q.around.contains(&t))
                .then(|| entity_at(t).filter(|e| speaks(*e)))
                .flatten()
                .map(|e| (e, 0.7, None))
        };
        let found: Vec<(usize, usize, f32, Option<String>)> = verbs
            .iter()
            .filter_map(|&v| speaker_of(v).map(|(e, c, why)| (v, e, c, why)))
            .collect();
        let is_according = |v: usize| doc.lower[v] == "according";
        // Who said it: a speech verb's speaker before an "according to"
        // one; whoever it is "according to" then relayed it.
        if let Some((v, e, c, why)) = found.iter().find(|f| !is_according(f.0)).or(found.first()) {
            speaker = Some(*e);
            verb = Some(*v);
            confidence = *c;
            inferred = why.clone();
            reported_by = found
                .iter()
                .find(|f| is_according(f.0) && f.1 != *e)
                .map(|f| f.1)
                .filter(|_| !is_according(*v));
        }
        // A phrase quoted inside reported speech ("Fink pledged to make it
        // the “AI capital in Asia”, according to Ha"): the subject of the
        // reporting verb said it; whoever it is "according to" relayed it.
        if speaker.is_some() && verb.is_some_and(is_according) && q.parts.len() == 1 {
            let reporting = q.around.clone().find(|&t| {
                !inside(t)
                    && t < first_part
                    && lexicon::REPORTING_VERBS.contains(&doc.lemmas[t].as_str())
            });
            if let Some(r) = reporting {
                if let Some((e, _)) = doc.child(r, "nsubj").and_then(who) {
                    if speaks(e) && Some(e) != speaker {
                        reported_by = speaker;
                        speaker = Some(e);
                        confidence = 0.75;
                    }
                }
            }
        }
        // A quote with no attribution of its own after an attributed one in
        // the same paragraph is the same speaker's.
        if speaker.is_none() && verbs.is_empty() {
            if let Some(prev) = out.last() {
                let prev_end = prev.quotation.parts.last().map_or(0, |p| p.end);
                let new_paragraph = (prev_end..=first_part.min(doc.len() - 1))
                    .any(|t| doc.tokens[t].paragraph_start || doc.tokens[t].line_start);
                let according = prev.verb.is_some_and(|v| doc.lower[v] == "according");
                if prev.speaker.is_some() && !new_paragraph && !according {
                    // After "…, according to X, who attended", X goes on.
                    speaker = prev.reported_by.or(prev.speaker);
                    inferred =
                        Some("Same speaker as the quote before it in this paragraph.".to_string());
                    confidence = 0.6;
                }
            }
        }
        if speaker.is_none() {
            confidence = if verbs.is_empty() { 0.7 } else { 0.4 };
        }
        out.push(Quote {
            quotation: q,
            speaker,
            verb,
            reported_by,
            inferred,
            confidence,
        });
    }
    out
}
