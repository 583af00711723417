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

/// Keeps the `k` first elements of `v` in `cmp`'s order, sorted (stably,
/// like `sort_by`), and drops the rest: what `sort_by` then `truncate(k)`
/// give, without sorting what is dropped (a common word's 20,000 matches,
/// of which a page shows 20).
pub fn smallest_by<T>(v: &mut Vec<T>, k: usize, cmp: impl Fn(&T, &T) -> Ordering) {
    let (idx, order) = {
        // Ties broken by position: a total order, so the selection keeps
        // what the stable sort would have kept first.
        let full = |a: usize, b: usize| cmp(&v[a], &v[b]).then(a.cmp(&b));
        let mut idx: Vec<u32> = (0..v.len() as u32).collect();
        if idx.len() > k {
            select_first(&mut idx, k, &full);
        }
        let order = permutation(idx.len(), &|a, b| full(idx[a] as usize, idx[b] as usize));
        (idx, order)
    };
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        order
            .iter()
            .filter_map(|&o| old[idx[o as usize] as usize].take()),
    );
}

/// Leaves in `idx` the `k` smallest by `cmp`, in no particular order.
#[inline(never)]
fn select_first(idx: &mut Vec<u32>, k: usize, cmp: &dyn Fn(usize, usize) -> Ordering) {
    if k == 0 {
        idx.clear();
        return;
    }
    idx.select_nth_unstable_by(k - 1, |&a, &b| cmp(a as usize, b as usize));
    idx.truncate(k);
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

    #[test]
    fn smallest_by_is_sort_then_truncate() {
        // Pseudo-random pairs with many ties on the key: every k, against
        // the stable sort.
        let v: Vec<(u32, usize)> = (0..200).map(|i| ((i * 7919 % 31) as u32, i)).collect();
        for k in [0, 1, 5, 30, 199, 200, 500] {
            let mut sorted = v.clone();
            sort_by(&mut sorted, |a, b| a.0.cmp(&b.0));
            sorted.truncate(k);
            let mut top = v.clone();
            smallest_by(&mut top, k, |a, b| a.0.cmp(&b.0));
            assert_eq!(top, sorted, "k = {k}");
        }
    }
}
