//! From a place's id to its index in the directory.

use rustc_hash::FxHashMap;

/// Place ids → indexes. Ids are a database's sequence, nearly without gaps:
/// then a list by id (4 bytes per id) instead of a hash map (16 bytes per
/// place, 1.8 MB for 100,000 places).
#[derive(Debug)]
pub enum IdIndex {
    /// `slots[id - first]`: the index, or [`IdIndex::NO`].
    Dense { first: i64, slots: Vec<u32> },
    /// Ids too spread out for a list (more than twice as many as places).
    Sparse(FxHashMap<i64, u32>),
}

impl IdIndex {
    const NO: u32 = u32::MAX;

    /// The index of `ids` (id, index), ids distinct.
    pub fn new(ids: FxHashMap<i64, u32>) -> IdIndex {
        let (Some(&first), Some(&last)) = (ids.keys().min(), ids.keys().max()) else {
            return IdIndex::Sparse(ids);
        };
        let span = u64::try_from(i128::from(last) - i128::from(first) + 1).unwrap_or(u64::MAX);
        if span > 2 * ids.len() as u64 + 1024 {
            return IdIndex::Sparse(ids);
        }
        let mut slots = vec![Self::NO; span as usize];
        for (id, i) in ids {
            slots[(id - first) as usize] = i;
        }
        IdIndex::Dense { first, slots }
    }

    pub fn get(&self, id: i64) -> Option<u32> {
        match self {
            IdIndex::Dense { first, slots } => {
                let at = usize::try_from(id.checked_sub(*first)?).ok()?;
                slots.get(at).copied().filter(|&i| i != Self::NO)
            }
            IdIndex::Sparse(map) => map.get(&id).copied(),
        }
    }

    pub fn contains(&self, id: i64) -> bool {
        self.get(id).is_some()
    }

    pub fn heap_bytes(&self) -> usize {
        match self {
            IdIndex::Dense { slots, .. } => slots.capacity() * 4,
            IdIndex::Sparse(map) => map.capacity() * 16,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(ids: &[i64]) -> IdIndex {
        IdIndex::new(
            ids.iter()
                .enumerate()
                .map(|(i, &id)| (id, i as u32))
                .collect(),
        )
    }

    #[test]
    fn ids_with_few_gaps_are_found_in_a_list_and_others_in_a_map() {
        let dense = index(&[5, 7, 6, 10, 1000]);
        assert!(matches!(dense, IdIndex::Dense { .. }));
        for (i, id) in [5, 7, 6, 10, 1000].into_iter().enumerate() {
            assert_eq!(dense.get(id), Some(i as u32));
        }
        for id in [i64::MIN, -1, 0, 4, 8, 999, 1001, i64::MAX] {
            assert_eq!(dense.get(id), None, "{id}");
        }
        let sparse = index(&[1, 1_000_000, i64::MAX, i64::MIN]);
        assert!(matches!(sparse, IdIndex::Sparse(_)));
        assert_eq!(sparse.get(i64::MAX), Some(2));
        assert_eq!(sparse.get(i64::MIN), Some(3));
        assert!(!sparse.contains(2));
        assert!(!index(&[]).contains(0));
    }
}
