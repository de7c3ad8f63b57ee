//! A small HTML writer for the parts of the page that only display figures (tables, notes, the
//! chart): they are written as one string and inserted as markup.
//!
//! Why: every element written with Yew's `html!` compiles to its own construction code, and the
//! page's display-only markup cost tens of kilobytes of the 100 KB bundle that way. Here the
//! fixed parts are string literals of this program ([`Markup::raw`], `'static` only) and every
//! value is escaped ([`Markup::text`]) or is a number we format, so data can never become
//! markup. Everything interactive stays in `html!`.

use crate::chart::{push_digits, Coord};

/// Markup under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup(String::with_capacity(1024))
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        self.escaped(text);
        self
    }

    /// Literal markup from this program's source.
    pub fn raw(&mut self, markup: &'static str) -> &mut Markup {
        self.0.push_str(markup);
        self
    }

    /// A drawing position, "123.4".
    pub fn coord(&mut self, coord: Coord) -> &mut Markup {
        coord.push_to(&mut self.0);
        self
    }

    /// A whole number without separators (for attributes such as `data-messages`).
    pub fn int(&mut self, value: u64) -> &mut Markup {
        push_digits(&mut self.0, value);
        self
    }

    /// Markup built by this program from numbers only (the chart's path data).
    pub fn trusted(&mut self, markup: &str) -> &mut Markup {
        self.0.push_str(markup);
        self
    }

    pub fn finish(self) -> String {
        self.0
    }

    fn escaped(&mut self, text: &str) {
        for ch in text.chars() {
            match ch {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                _ => self.0.push(ch),
            }
        }
    }
}

/// Escapes `text` for use in markup and attribute values.
///
/// ```
/// assert_eq!(line_oa_calc::markup::escape(r#"<b a="1">&"#), "&lt;b a=&quot;1&quot;&gt;&amp;");
/// ```
pub fn escape(text: &str) -> String {
    let mut markup = Markup::new();
    markup.text(text);
    markup.finish()
}
