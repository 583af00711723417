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
    index: FastMap<u32, (u32, u16)>,
    /// (class, weight) pairs, grouped by feature.
    entries: Vec<(u16, f32)>,
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
        for f in feats {
            if let Some(&(at, n)) = self.index.get(&(*f as u32)) {
                for &(c, w) in &self.entries[at as usize..at as usize + n as usize] {
                    if let Some(s) = scores.get_mut(c as usize) {
                        *s += w;
                    }
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
    pub fn write(&self, out: &mut Vec<u8>) {
        let max = self.entries.iter().fold(0.0f32, |m, (_, w)| m.max(w.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        out.extend_from_slice(b"FXPCP2");
        out.extend_from_slice(&(self.classes as u16).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        let mut keys: Vec<u32> = self.index.keys().copied().collect();
        fact_explorer_core::sort::sort_by_key(&mut keys, |k| *k);
        // Features whose weights all round to zero are left out.
        let rows: Vec<(u32, Vec<(u8, i8)>)> = keys
            .into_iter()
            .filter_map(|k| {
                let (at, n) = self.index[&k];
                let row: Vec<(u8, i8)> = self.entries[at as usize..at as usize + n as usize]
                    .iter()
                    .map(|&(c, w)| (c as u8, (w / scale).round().clamp(-127.0, 127.0) as i8))
                    .filter(|&(_, q)| q != 0)
                    .collect();
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
        let mut index = FastMap::default();
        index.reserve(count);
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
                entries.push((u16::from(c), f32::from(w) * scale));
            }
            index.insert(key, (at, u16::from(n)));
        }
        Ok((
            Model {
                classes,
                index,
                entries,
            },
            r.0,
        ))
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
        let mut index = FastMap::default();
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
            index.entry(k as u32).or_insert((at, n as u16));
        }
        Model {
            classes: self.classes,
            index,
            entries,
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
