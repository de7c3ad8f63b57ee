// lol_alloc's free-list allocator instead of Rust's default dlmalloc: about 2 KB gzip less in
// the bundle, which the 100 KB budget needs; measured no slower per keystroke here. Coalescing,
// first-fit; fine for a single-threaded page with a small, short-lived heap.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: a wasm32-unknown-unknown page runs on one thread only.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    line_oa_calc::start();
}
