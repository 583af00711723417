//! The averaged perceptron (Collins 2002) that every learned pass uses: the
//! part-of-speech tagger, the parser's transitions and labels, the name
//! tagger. A pass turns its context into feature hashes (see [`Hasher`]);
//! the model is a table from feature to one weight per class.
//!
//! Training keeps dense rows and the running sums for averaging;
//! [`Trainer::finish`] averages them, drops the features too rare or too
//! weak to matter, and quantises the rest into a [`Model`], which keeps per
//! feature only its non-zero weights (most features matter to a few
//! classes), so scoring walks a few entries per feature.
//!
//! On disk ([`Model::write`]): `FXPCP2`, the class count (u16, at most
//! 256), the scale (f32), the feature count (u32), then per feature in key
//! order the key's distance from the previous key (LEB128), its number of
//! weights (u8) and each weight as class (u8) and value (i8, times the
//! scale), little-endian. The reader checks every length and refuses what does not
//! fit, so bad bytes are an error, never a silently empty model.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// A feature: a 64-bit hash while training, its low 32 bits in a model.
pub type Feature = u64;

/// Keys are hashes already: the map's hasher passes them through.
#[derive(Default, Clone, Copy)]
pub struct Pass(u64);

impl std::hash::Hasher for Pass {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) | u64::from(*b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Pass>>;

/// Builds feature hashes from parts without formatting strings: a
/// template number and up to three values, each value itself a hash
/// ([`hash_str`]) or a small number.
pub struct Hasher;

impl Hasher {
    /// The feature of template `t` with values `a`, `b` and `c`.
    #[inline]
    pub fn f(t: u32, a: u64, b: u64, c: u64) -> Feature {
        let mut h = 0xcbf2_9ce4_8422_2325u64 ^ u64::from(t).wrapping_mul(0x1000_0000_01b3);
        for v in [a, b, c] {
            h = (h ^ v).wrapping_mul(0x1000_0000_01b3);
            h ^= h >> 29;
        }
        h
    }
}

/// A string's hash (FNV-1a, 64 bits), for feature values: the same on
/// every run, platform and compiler, as the weights on disk require.
pub fn hash_str(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in s.as_bytes() {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The learned weights of one classifier.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Model {
    classes: usize,
    /// Feature key -> range in `entries`.
    index: Index,
    /// (class, weight) pairs, grouped by feature.
    weights: Weights,
}

/// A model's weights: as training averaged them, or as read from bytes,
/// kept as they are stored (a byte each, times the scale), which is four
/// times less memory to wait for than a float and its class: scoring is
/// bound by memory, not by the multiplication. The sum of a feature's
/// weights is the same to the bit as when the read weights were floats
/// (the same products, added in the same order).
#[derive(Clone, Debug, PartialEq)]
enum Weights {
    Trained(Vec<(u16, f32)>),
    Read { scale: f32, entries: Vec<(u8, i8)> },
}

impl Default for Weights {
    fn default() -> Weights {
        Weights::Trained(Vec::new())
    }
}

/// Why bytes are not a model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadModel(pub String);

impl std::fmt::Display for BadModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Model {
    /// The number of classes.
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// The number of features with weights.
    pub fn features(&self) -> usize {
        self.index.len()
    }

    /// Adds the weights of `feats` into `scores` (one per class).
    #[inline]
    pub fn score_into(&self, feats: &[Feature], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        // Two rounds: every feature's row is found first, then the rows
        // are read, so the processor waits for many rows at once instead
        // of for each in turn (the model is larger than its caches).
        let mut rows = [(0usize, 0usize); 64];
        for chunk in feats.chunks(64) {
            let found = self.index.get_all(chunk, &mut rows);
            match &self.weights {
                Weights::Trained(entries) => add_rows(&rows[..found], entries, scores, |w| w),
                Weights::Read { scale, entries } => {
                    add_rows(&rows[..found], entries, scores, |w| f32::from(w) * scale)
                }
            }
        }
    }

    /// The best class among those `allowed` says may be chosen (class 0 when
    /// none is allowed).
    pub fn best(&self, feats: &[Feature], allowed: impl Fn(usize) -> bool) -> usize {
        let mut scores = vec![0.0; self.classes];
        self.score_into(feats, &mut scores);
        best_of(&scores, allowed)
    }

    /// Writes the model (the format in the module documentation).
    /// Weights read from bytes are written back as they were read.
    pub fn write(&self, out: &mut Vec<u8>) {
        let scale = match &self.weights {
            Weights::Trained(entries) => {
                let max = entries.iter().fold(0.0f32, |m, (_, w)| m.max(w.abs()));
                if max > 0.0 {
                    max / 127.0
                } else {
                    1.0
                }
            }
            Weights::Read { scale, .. } => *scale,
        };
        out.extend_from_slice(b"FXPCP2");
        out.extend_from_slice(&(self.classes as u16).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        let mut keys: Vec<(u32, usize, usize)> = self.index.iter().collect();
        fact_explorer_core::sort::sort_by_key(&mut keys, |k| k.0);
        // Features whose weights all round to zero are left out.
        let rows: Vec<(u32, Vec<(u8, i8)>)> = keys
            .into_iter()
            .filter_map(|(k, at, n)| {
                let row: Vec<(u8, i8)> = match &self.weights {
                    Weights::Trained(entries) => entries[at..at + n]
                        .iter()
                        .map(|&(c, w)| (c as u8, (w / scale).round().clamp(-127.0, 127.0) as i8))
                        .filter(|&(_, q)| q != 0)
                        .collect(),
                    Weights::Read { entries, .. } => entries[at..at + n]
                        .iter()
                        .copied()
                        .filter(|&(_, q)| q != 0)
                        .collect(),
                };
                (!row.is_empty()).then_some((k, row))
            })
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut last = 0u32;
        for (k, row) in rows {
            varint(k - last, out);
            last = k;
            out.push(row.len() as u8);
            for (c, q) in row {
                out.push(c);
                out.push(q as u8);
            }
        }
    }

    /// Reads a model written by [`Model::write`] from the start of `bytes`;
    /// returns it and the bytes after it.
    pub fn read(bytes: &[u8]) -> Result<(Model, &[u8]), BadModel> {
        let mut r = Reader(bytes);
        if r.take(6)? != b"FXPCP2" {
            return Err(BadModel("not a perceptron model (FXPCP2)".into()));
        }
        let classes = r.u16()? as usize;
        let scale = f32::from_le_bytes(r.take(4)?.try_into().unwrap_or([0; 4]));
        if classes == 0 || classes > 256 || !scale.is_finite() {
            return Err(BadModel("a perceptron model with no classes".into()));
        }
        let count = r.u32()? as usize;
        // Each feature takes at least 4 bytes: refuse counts the bytes cannot hold.
        if count > r.0.len() / 4 {
            return Err(BadModel("a perceptron model cut short".into()));
        }
        let mut index = Index::with_capacity(count);
        let mut entries = Vec::new();
        let mut key = 0u32;
        for _ in 0..count {
            key = key.wrapping_add(r.varint()?);
            let n = r.take(1)?[0];
            let at = entries.len() as u32;
            for _ in 0..n {
                let cw = r.take(2)?;
                let (c, w) = (cw[0], cw[1] as i8);
                if c as usize >= classes {
                    return Err(BadModel(format!(
                        "a weight for class {c} of a {classes}-class model"
                    )));
                }
                entries.push((c, w));
            }
            if n > 0 && !index.insert(key, at as usize, usize::from(n))? {
                return Err(BadModel(
                    "a perceptron model with a repeated feature".into(),
                ));
            }
        }
        Ok((
            Model {
                classes,
                index,
                weights: Weights::Read { scale, entries },
            },
            r.0,
        ))
    }
}

/// Adds each row's weights (`value` of each stored weight) into `scores`,
/// in order.
#[inline]
fn add_rows<C: Copy + Into<usize>, W: Copy>(
    rows: &[(usize, usize)],
    entries: &[(C, W)],
    scores: &mut [f32],
    value: impl Fn(W) -> f32,
) {
    for &(at, n) in rows {
        for &(c, w) in &entries[at..at + n] {
            if let Some(s) = scores.get_mut(c.into()) {
                *s += value(w);
            }
        }
    }
}

/// A model's index, from a feature's key to its row of weights: open
/// addressing with linear probing, at most half full, one slot a key and
/// its row's place (offset times 256 plus length less one), so a lookup
/// touches one slot and most often one cache line. A hash map of the
/// standard library touched two (its control bytes, then the bucket), and
/// looking up weights was most of the tagger's and the parser's time.
#[derive(Clone, Debug, Default, PartialEq)]
struct Index {
    slots: Vec<(u32, u32)>,
    shift: u32,
    len: usize,
}

/// An unused slot's row (no row has 256 weights at offset 2^24 - 1).
const EMPTY: u32 = u32::MAX;

impl Index {
    fn with_capacity(n: usize) -> Index {
        let size = n.saturating_mul(2).next_power_of_two().max(8);
        Index {
            slots: vec![(0, EMPTY); size],
            shift: 64 - size.trailing_zeros(),
            len: 0,
        }
    }

    #[inline]
    fn home(&self, key: u32) -> usize {
        // Fibonacci hashing: the key's bits spread over the slot number.
        (u64::from(key).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The rows of those of `feats` (at most 64) that have one, in their
    /// order, into `rows`; returns how many. Every feature's first slot is
    /// read before any is looked at, with no branch between the reads.
    #[inline]
    fn get_all(&self, feats: &[Feature], rows: &mut [(usize, usize); 64]) -> usize {
        if self.len == 0 {
            return 0;
        }
        let mut first = [(0u32, 0u32, 0usize); 64];
        for (slot, f) in first.iter_mut().zip(feats) {
            let i = self.home(*f as u32);
            let (k, v) = self.slots[i];
            *slot = (k, v, i);
        }
        let mask = self.slots.len() - 1;
        let mut found = 0;
        for (&(mut k, mut v, mut i), f) in first.iter().zip(feats) {
            let key = *f as u32;
            while v != EMPTY && k != key {
                i = (i + 1) & mask;
                (k, v) = self.slots[i];
            }
            if v != EMPTY {
                rows[found] = ((v >> 8) as usize, (v & 0xff) as usize + 1);
                found += 1;
            }
        }
        found
    }

    /// Adds `key`'s row unless the key is there already (then false).
    /// Rows past the offsets the slot holds are an error.
    fn insert(&mut self, key: u32, at: usize, n: usize) -> Result<bool, BadModel> {
        if n == 0 || n > 256 || at >= (1 << 24) - 1 {
            return Err(BadModel(
                "a perceptron model too large for its index".into(),
            ));
        }
        if (self.len + 1) * 2 > self.slots.len() {
            return Err(BadModel(
                "a perceptron model with more features than it said".into(),
            ));
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        while self.slots[i].1 != EMPTY {
            if self.slots[i].0 == key {
                return Ok(false);
            }
            i = (i + 1) & mask;
        }
        self.slots[i] = (key, ((at as u32) << 8) | (n as u32 - 1));
        self.len += 1;
        Ok(true)
    }

    fn len(&self) -> usize {
        self.len
    }

    /// Every key with its row (offset, length), in slot order.
    fn iter(&self) -> impl Iterator<Item = (u32, usize, usize)> + '_ {
        self.slots
            .iter()
            .filter(|s| s.1 != EMPTY)
            .map(|&(k, v)| (k, (v >> 8) as usize, (v & 0xff) as usize + 1))
    }
}

/// LEB128: seven bits a byte, low first.
fn varint(mut n: u32, out: &mut Vec<u8>) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// The index of the highest score among the allowed classes.
pub fn best_of(scores: &[f32], allowed: impl Fn(usize) -> bool) -> usize {
    let mut best: Option<usize> = None;
    for (c, s) in scores.iter().enumerate() {
        if allowed(c) && best.is_none_or(|b| *s > scores[b]) {
            best = Some(c);
        }
    }
    best.unwrap_or(0)
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], BadModel> {
        if self.0.len() < n {
            return Err(BadModel("a perceptron model cut short".into()));
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Ok(a)
    }
    fn u16(&mut self) -> Result<u16, BadModel> {
        Ok(u16::from_le_bytes(
            self.take(2)?.try_into().unwrap_or([0; 2]),
        ))
    }
    fn u32(&mut self) -> Result<u32, BadModel> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().unwrap_or([0; 4]),
        ))
    }
    fn varint(&mut self) -> Result<u32, BadModel> {
        let mut n = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            n |= u32::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(BadModel("a perceptron model with a bad number".into()))
    }
}

/// Training state: dense rows with lazily updated sums for averaging.
pub struct Trainer {
    classes: usize,
    rows: FastMap<u64, Row>,
    step: u64,
}

struct Row {
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u64>,
    /// How many updates touched this feature.
    seen: u32,
}

impl Trainer {
    pub fn new(classes: usize) -> Trainer {
        Trainer {
            classes,
            rows: FastMap::default(),
            step: 0,
        }
    }

    /// The current (not averaged) scores of `feats`.
    pub fn scores(&self, feats: &[Feature], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for (s, w) in scores.iter_mut().zip(&row.w) {
                    *s += w;
                }
            }
        }
    }

    /// The best allowed class under the current weights.
    pub fn best(&self, feats: &[Feature], allowed: impl Fn(usize) -> bool) -> usize {
        let mut scores = vec![0.0; self.classes];
        self.scores(feats, &mut scores);
        best_of(&scores, allowed)
    }

    /// Counts one decision (call once per example, updated or not).
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Moves the weights of `feats` towards `truth` and away from `guess`.
    pub fn update(&mut self, feats: &[Feature], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let classes = self.classes;
        let step = self.step;
        for f in feats {
            let row = self.rows.entry(*f).or_insert_with(|| Row {
                w: vec![0.0; classes],
                total: vec![0.0; classes],
                stamp: vec![0; classes],
                seen: 0,
            });
            row.seen += 1;
            for (c, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                row.total[c] += f64::from(row.w[c]) * (step - row.stamp[c]) as f64;
                row.stamp[c] = step;
                row.w[c] += delta;
            }
        }
    }

    /// The averaged model. Features updated fewer than `min_seen` times are
    /// dropped, and so are weights below `min_weight` in absolute value
    /// (after averaging).
    pub fn finish(&self, min_seen: u32, min_weight: f32) -> Model {
        let step = self.step.max(1);
        let mut keys: Vec<u64> = self
            .rows
            .iter()
            .filter(|(_, r)| r.seen >= min_seen)
            .map(|(k, _)| *k)
            .collect();
        fact_explorer_core::sort::sort_by_key(&mut keys, |k| *k);
        let mut index = Index::with_capacity(keys.len());
        let mut entries = Vec::new();
        for k in keys {
            let row = &self.rows[&k];
            let at = entries.len() as u32;
            for c in 0..self.classes {
                let sum = row.total[c] + f64::from(row.w[c]) * (step - row.stamp[c]) as f64;
                let avg = (sum / step as f64) as f32;
                if avg.abs() >= min_weight && avg != 0.0 {
                    entries.push((c as u16, avg));
                }
            }
            let n = entries.len() as u32 - at;
            if n == 0 {
                continue;
            }
            // Two features whose low 32 bits collide: the first keeps the key.
            // (A model too big for the index's offsets cannot be trained
            // from the treebanks here; it would lose its last features.)
            let _ = index.insert(k as u32, at as usize, n as usize);
        }
        Model {
            classes: self.classes,
            index,
            weights: Weights::Trained(entries),
        }
    }
}

/// A deterministic shuffle (xorshift), for visiting training examples in a
/// different but reproducible order each epoch.
pub fn shuffle<T>(items: &mut [T], seed: &mut u64) {
    for i in (1..items.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        items.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Learns "the class is the first feature's parity" and reads back the
    /// same decisions after writing and reading the model.
    #[test]
    fn learns_writes_and_reads_back() {
        let mut t = Trainer::new(3);
        let examples: Vec<(Vec<Feature>, usize)> = (0..60u64)
            .map(|i| {
                (
                    vec![Hasher::f(1, i % 3, 0, 0), Hasher::f(2, 0, 0, 0)],
                    (i % 3) as usize,
                )
            })
            .collect();
        for _ in 0..5 {
            for (f, y) in &examples {
                t.tick();
                let g = t.best(f, |_| true);
                t.update(f, *y, g);
            }
        }
        let m = t.finish(1, 0.0);
        for (f, y) in &examples {
            assert_eq!(m.best(f, |_| true), *y);
        }
        let mut bytes = Vec::new();
        m.write(&mut bytes);
        bytes.extend_from_slice(b"rest");
        let (back, rest) = Model::read(&bytes).expect("reads back");
        assert_eq!(rest, b"rest");
        for (f, y) in &examples {
            assert_eq!(back.best(f, |_| true), *y);
        }
        // Only allowed classes are chosen.
        assert_eq!(back.best(&examples[0].0, |c| c == 2), 2);
    }

    /// A read model scores as adding up its stored weights feature by
    /// feature would, to the bit: over more features than one round of
    /// look-ups takes (64), with features repeated and features it lacks,
    /// and with keys that share a slot.
    #[test]
    fn read_weights_score_as_stored() {
        let mut t = Trainer::new(5);
        let feature = |i: u64| Hasher::f(7, i, 0, 0);
        for step in 0..4000u64 {
            t.tick();
            let feats: Vec<Feature> = (0..6).map(|k| feature((step * 7 + k * 13) % 900)).collect();
            let truth = (step % 5) as usize;
            let guess = t.best(&feats, |_| true);
            t.update(&feats, truth, guess);
        }
        let mut bytes = Vec::new();
        t.finish(1, 0.0).write(&mut bytes);
        let (model, _) = Model::read(&bytes).expect("reads back");
        assert!(model.features() > 500, "{}", model.features());
        // The weights as stored, read apart from the model.
        let scale = f32::from_le_bytes(bytes[8..12].try_into().unwrap());
        let mut stored = std::collections::HashMap::new();
        let (mut at, mut key) = (16, 0u32);
        while at < bytes.len() {
            let (mut delta, mut shift) = (0u32, 0);
            loop {
                let b = bytes[at];
                at += 1;
                delta |= u32::from(b & 0x7f) << shift;
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
            }
            key += delta;
            let n = bytes[at] as usize;
            let row: Vec<(usize, i8)> = (0..n)
                .map(|k| (bytes[at + 1 + 2 * k] as usize, bytes[at + 2 + 2 * k] as i8))
                .collect();
            at += 1 + 2 * n;
            stored.insert(key, row);
        }
        assert_eq!(stored.len(), model.features());
        let feats: Vec<Feature> = (0..150u64)
            .map(|i| feature((i * 37) % 1200))
            .chain([feature(5); 3])
            .collect();
        let mut want = [0.0f32; 5];
        for f in &feats {
            for &(c, w) in stored.get(&(*f as u32)).into_iter().flatten() {
                want[c] += f32::from(w) * scale;
            }
        }
        let mut got = [0.0f32; 5];
        model.score_into(&feats, &mut got);
        assert_eq!(got.map(f32::to_bits), want.map(f32::to_bits));
        // Keys that share a home slot are all found, whatever their order.
        let mut index = Index::with_capacity(40);
        let home = index.home(1);
        let same: Vec<u32> = (2..u32::MAX)
            .filter(|&k| index.home(k) == home)
            .take(3)
            .collect();
        for (n, &k) in [1].iter().chain(&same).enumerate() {
            assert_eq!(index.insert(k, n * 10, n + 1), Ok(true));
        }
        assert_eq!(index.insert(same[1], 99, 1), Ok(false));
        let probe: Vec<Feature> = [same[2], 12345, 1, same[0]].map(u64::from).to_vec();
        let mut rows = [(0, 0); 64];
        let found = index.get_all(&probe, &mut rows);
        assert_eq!(&rows[..found], &[(30, 4), (0, 1), (10, 2)]);
    }

    #[test]
    fn bad_bytes_are_an_error() {
        assert!(Model::read(b"").is_err());
        assert!(Model::read(b"FXPCP2").is_err());
        let mut bytes = Vec::new();
        Trainer::new(2).finish(1, 0.0).write(&mut bytes);
        // No classes in a header is refused.
        bytes[6] = 0;
        bytes[7] = 0;
        assert!(Model::read(&bytes).is_err());
        // A count larger than the bytes can hold is refused before allocating.
        let mut huge = b"FXPCP2\x02\x00\x00\x00\x80\x3f".to_vec();
        huge.extend_from_slice(&u32::MAX.to_le_bytes());
        assert!(Model::read(&huge).is_err());
    }
}
