//! One sort for the whole crate.
//!
//! Every `sort_by` call with its own element type and comparator is a
//! separate copy of the standard library's sort in the wasm (2–8 KB each);
//! the eleven call sites were 43 KB of the browser build before they came
//! here. Sorting a permutation of indices through a `dyn` comparator keeps a
//! single copy, at the price of one indirect call per comparison.
//!
//! Both functions are stable, like `slice::sort_by`.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal elements in their original order.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = permutation(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&i| old[i as usize].take()));
}

/// Sorts `v` by `key`, keeping elements with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts and removes duplicates.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
    v.dedup();
}

/// The one place the standard library's sort is called (clippy.toml
/// forbids it everywhere else).
#[inline(never)]
#[allow(clippy::disallowed_methods)]
fn permutation(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut idx: Vec<u32> = (0..n as u32).collect();
    idx.sort_by(|&a, &b| cmp(a as usize, b as usize));
    idx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |e| e.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w = vec![5, 1, 4, 1, 5, 9, 2, 6];
        sort_dedup(&mut w);
        assert_eq!(w, [1, 2, 4, 5, 6, 9]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
    }
}
