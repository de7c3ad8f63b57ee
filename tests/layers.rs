//! The words are a leaf (issue 22, point 2): nothing under `src/i18n/` names the state
//! (`calculator`, `planner`) or the display layer (`display`), so the strings can change without
//! the state machine and the other way round. Code that picks words for a state (an input error,
//! say) lives on the other side, in `src/error_messages.rs` or a view.

use std::fs;
use std::path::Path;

/// The crate's modules the words must not name.
const ABOVE_THE_WORDS: &[&str] = &[
    "calculator",
    "planner",
    "display",
    "error_messages",
    "app",
    "components",
];

/// Every module of the crate this source names through one of `roots` (`crate::`, and the
/// `super::` chains that reach the crate's root from the file), as the first module after it
/// (`crate::{calculator::InputError, display}` gives both).
fn crate_modules_named(source: &str, roots: &[&str]) -> Vec<String> {
    let mut named = Vec::new();
    for root in roots {
        for (at, _) in source.match_indices(root) {
            let rest = &source[at + root.len()..];
            let group = match rest.strip_prefix('{') {
                Some(inside) => inside.split('}').next().unwrap_or(""),
                None => rest,
            };
            for item in group.split(',') {
                let module: String = item
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                named.push(module);
            }
        }
    }
    named
}

#[test]
fn the_reader_of_paths_finds_grouped_and_single_imports() {
    let named = crate_modules_named(
        "use crate::{calculator::InputError, display};\nx(crate::planner::P)",
        &["crate::"],
    );
    assert_eq!(named, ["calculator", "display", "planner"]);
    let named = crate_modules_named("use super::super::display;", &["super::super::"]);
    assert_eq!(named, ["display"]);
}

#[test]
fn nothing_under_i18n_names_the_state_or_the_display_layer() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
    let mut files = 0;
    for entry in fs::read_dir(&dir).expect("src/i18n is readable") {
        let path = entry.expect("a directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("rs") {
            continue;
        }
        files += 1;
        let source = fs::read_to_string(&path).expect("a source file is UTF-8");
        // `super::` is the crate's root from `mod.rs`, `super::super::` from the files beside it.
        let roots: &[&str] = if path.ends_with("mod.rs") {
            &["crate::", "super::"]
        } else {
            &["crate::", "super::super::"]
        };
        for module in crate_modules_named(&source, roots) {
            assert!(
                !ABOVE_THE_WORDS.contains(&module.as_str()),
                "{} names crate::{module}: the words must not depend on it",
                path.display()
            );
        }
    }
    assert!(files >= 5, "src/i18n/ holds the words: found {files} files");
}
