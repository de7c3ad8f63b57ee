//! A small HTML writer for the parts of the page that only display figures (tables, notes, the
//! chart): they are written as one string and inserted as markup.
//!
//! Why: every element written with Yew's `html!` compiles to its own construction code, and the
//! page's display-only markup cost tens of kilobytes of the bundle that way. Here the fixed parts
//! are string literals of this program ([`Markup::raw`] takes only a [`Literal`], which only the
//! [`lit!`](crate::lit) macro builds, from a literal in the source) and every value is escaped
//! ([`Markup::text`]) or is a number we write, so data can never become markup, by construction:
//! schedule text, i18n strings and URL values are `&str`s, and a `&str` has no way in but
//! escaping. Everything interactive stays in `html!`.

use crate::numerals::{push_digits, Coord};

/// Markup written in this program's source. Only [`lit!`](crate::lit) makes one (from a string
/// literal); clippy rejects any other call of its constructor (`clippy.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Literal(&'static str);

impl Literal {
    /// For [`lit!`](crate::lit) only.
    #[doc(hidden)]
    pub const fn from_source_literal(markup: &'static str) -> Literal {
        Literal(markup)
    }
}

/// A markup [`Literal`] from a string literal in the source: `lit!("</p>")`.
///
/// ```
/// let mut m = line_oa_calc::markup::Markup::new();
/// m.raw(line_oa_calc::lit!("<p>")).text("<b>").raw(line_oa_calc::lit!("</p>"));
/// assert_eq!(m.finish(), "<p>&lt;b&gt;</p>");
/// ```
#[macro_export]
macro_rules! lit {
    ($markup:literal) => {{
        // `concat!` accepts literals only: a variable cannot pass through here.
        #[allow(clippy::disallowed_methods)]
        const LITERAL: $crate::markup::Literal =
            $crate::markup::Literal::from_source_literal(concat!($markup));
        LITERAL
    }};
}

/// Markup under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup(String::with_capacity(1024))
    }

    /// Escaped text: safe in markup and in attribute values.
    ///
    /// ```
    /// let mut m = line_oa_calc::markup::Markup::new();
    /// m.text(r#"<b a="1" c='2'>&"#);
    /// assert_eq!(m.finish(), "&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;&amp;");
    /// ```
    pub fn text(&mut self, text: &str) -> &mut Markup {
        self.escaped(text);
        self
    }

    /// Literal markup from this program's source.
    pub fn raw(&mut self, markup: Literal) -> &mut Markup {
        self.0.push_str(markup.0);
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

    /// SVG path data through these points: "M x y L x y …".
    pub fn path(&mut self, points: impl Iterator<Item = (Coord, Coord)>) -> &mut Markup {
        for (n, (x, y)) in points.enumerate() {
            self.0.push(if n == 0 { 'M' } else { 'L' });
            x.push_to(&mut self.0);
            self.0.push(' ');
            y.push_to(&mut self.0);
        }
        self
    }

    pub fn as_str(&self) -> &str {
        &self.0
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
                '\'' => self.0.push_str("&#39;"),
                _ => self.0.push(ch),
            }
        }
    }
}
