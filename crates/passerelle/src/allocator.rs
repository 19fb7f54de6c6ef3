//! The process's memory allocator: small blocks from mimalloc, large ones
//! from the system's.
//!
//! mimalloc gives each thread a heap of its own. glibc's allocator shares a
//! few heaps (arenas, capped at one per core by `fix_allocator` to keep the
//! memory down) between all threads, and the two workers of a 2-core machine
//! then wait on each other's heap lock: a results page makes a few hundred
//! small allocations, and under load a third of the server's time went to
//! that lock (`__lll_lock_wait_private` in `perf`). With mimalloc for small
//! blocks the page serves about half as many requests again.
//!
//! Blocks of [`LARGE`] bytes and more (the directory's arrays while it is
//! built, the read buffers of a load) stay with glibc, whose mappings are
//! grown in place (`mremap`) and returned whole when freed: with mimalloc for
//! those too, a doubling buffer briefly exists twice and freed ones are kept a
//! while, and the server peaked at 160 MB instead of 99 MB with 100,000 places.
//!
//! Which allocator owns a block follows from its size alone, which the
//! `GlobalAlloc` contract passes back on every `dealloc` and `realloc`.

use std::alloc::{GlobalAlloc, Layout, System};

use mimalloc::MiMalloc;

/// From this size on, a block comes from the system's allocator (glibc's
/// mmap threshold is fixed at the same size by `fix_allocator`).
pub const LARGE: usize = 64 * 1024;

pub struct Split;

fn large(size: usize) -> bool {
    size >= LARGE
}

// SAFETY: each block is allocated, reallocated and freed by the same
// allocator, chosen by its size (the layout's size on `alloc` and `dealloc`,
// the old size on `realloc`); a block that changes side on `realloc` is
// copied into a new block of the other allocator and the old one freed by its
// own. Both allocators uphold `GlobalAlloc`'s contract themselves.
unsafe impl GlobalAlloc for Split {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's layout is passed on unchanged.
        unsafe {
            if large(layout.size()) {
                System.alloc(layout)
            } else {
                MiMalloc.alloc(layout)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if large(layout.size()) {
                System.alloc_zeroed(layout)
            } else {
                MiMalloc.alloc_zeroed(layout)
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `layout` is the one the block was allocated (or last
        // reallocated) with, so its size names the allocator that owns it.
        unsafe {
            if large(layout.size()) {
                System.dealloc(ptr, layout);
            } else {
                MiMalloc.dealloc(ptr, layout);
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the block's owner follows from `layout.size()` (see
        // `dealloc`); when the new size belongs to the other allocator, the
        // new block is made with the same alignment, the smaller of the two
        // sizes copied (the blocks are distinct) and the old block freed.
        unsafe {
            match (large(layout.size()), large(new_size)) {
                (true, true) => System.realloc(ptr, layout, new_size),
                (false, false) => MiMalloc.realloc(ptr, layout, new_size),
                _ => {
                    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                    let new = self.alloc(new_layout);
                    if !new.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    new
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks that grow and shrink across the threshold keep their bytes and
    /// are freed by the allocator that made them (a mix-up would abort).
    #[test]
    fn blocks_keep_their_bytes_across_the_threshold() {
        let a = Split;
        for align in [1, 8, 16, 64] {
            let small = Layout::from_size_align(1000, align).unwrap();
            // SAFETY: layouts have non-zero sizes; each block is used within
            // its size and freed once with its current layout.
            unsafe {
                let p = a.alloc(small);
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0);
                for i in 0..1000 {
                    *p.add(i) = (i % 251) as u8;
                }
                let p = a.realloc(p, small, LARGE * 2);
                assert_eq!(p as usize % align, 0);
                assert!((0..1000).all(|i| *p.add(i) == (i % 251) as u8));
                let big = Layout::from_size_align(LARGE * 2, align).unwrap();
                let p = a.realloc(p, big, 500);
                assert!((0..500).all(|i| *p.add(i) == (i % 251) as u8));
                a.dealloc(p, Layout::from_size_align(500, align).unwrap());
                let z = a.alloc_zeroed(big);
                assert!((0..LARGE * 2).all(|i| *z.add(i) == 0));
                a.dealloc(z, big);
            }
        }
    }
}
