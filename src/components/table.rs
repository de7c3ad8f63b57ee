//! The figures tables (the plan tables, the tier breakdown) as elements that stay while the
//! reader types: a keystroke changes the text of the cells whose figure changed, and their
//! badges, nothing else. (Written as one markup string, every keystroke replaced the whole
//! table, about fifty elements: a re-parse, a lost text selection, a screen reader's cursor
//! moved.) The text around a table is escaped markup (`crate::markup`).
//!
//! The elements are built by [`element`] rather than `html!`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::element::{element, flag};

/// What a cell is, besides its content.
#[derive(Clone, Copy, Default)]
pub struct Cell {
    /// A row heading (`<th scope="row">`) rather than a data cell.
    pub row_heading: bool,
    /// Spans the first two columns.
    pub wide: bool,
    /// `data-label`: the column's name, which CSS shows beside the figure when rows become cards.
    pub label: Option<&'static str>,
    pub class: Option<&'static str>,
    /// `data-na`: nothing applies here (cards leave the cell out).
    pub not_applicable: bool,
}

impl Cell {
    /// A data cell in the column `label`.
    pub fn data(label: &'static str) -> Cell {
        Cell {
            label: Some(label),
            ..Cell::default()
        }
    }

    /// The row's heading, in the column `label`.
    pub fn heading(label: &'static str) -> Cell {
        Cell {
            row_heading: true,
            ..Cell::data(label)
        }
    }
}

/// A cell: its kind and its content (a text node, which a keystroke updates in place, and any
/// badge after it).
pub fn cell(cell: Cell, content: Vec<Html>) -> Html {
    element(
        if cell.row_heading { "th" } else { "td" },
        &["scope", "colspan", "data-label", "class", "data-na"],
        vec![
            cell.row_heading.then_some("row".into()),
            cell.wide.then_some("2".into()),
            cell.label.map(AttrValue::from),
            cell.class.map(AttrValue::from),
            flag(cell.not_applicable),
        ],
        content,
    )
}

/// Text, as a node of its own.
pub fn text(text: &str) -> Html {
    Html::from(text)
}

/// `<span class="…">text</span>`: a badge, a name, a note for screen readers.
pub fn span(class: &'static str, text: &str) -> Html {
    element(
        "span",
        &["class"],
        vec![Some(class.into())],
        vec![self::text(text)],
    )
}

/// What a row is: the attributes CSS and the tests select it by.
#[derive(Default)]
pub struct Row<'a> {
    /// `data-plan`: the plan's id.
    pub plan: Option<&'a str>,
    /// `data-tier`: the tier's number, from 1.
    pub tier: Option<u64>,
    /// `data-recommended`: the plan the advice picks.
    pub recommended: bool,
    /// `data-infeasible`: the plan cannot send the count.
    pub infeasible: bool,
}

pub fn row(row: Row<'_>, cells: Vec<Html>) -> Html {
    element(
        "tr",
        &[
            "data-plan",
            "data-tier",
            "data-recommended",
            "data-infeasible",
        ],
        vec![
            row.plan.map(|plan| AttrValue::from(Rc::<str>::from(plan))),
            row.tier.map(|tier| crate::numerals::digits(tier).into()),
            flag(row.recommended),
            flag(row.infeasible),
        ],
        cells,
    )
}

/// The table, in its scrolling box: caption, column headings, body rows and any total row.
pub fn table(
    id: Option<&'static str>,
    class: &'static str,
    caption: &str,
    headings: &[&'static str],
    body: Vec<Html>,
    foot: Option<Html>,
) -> Html {
    let headings = headings
        .iter()
        .map(|heading| {
            element(
                "th",
                &["scope"],
                vec![Some("col".into())],
                vec![text(heading)],
            )
        })
        .collect();
    let mut parts = vec![
        element("caption", &[], vec![], vec![text(caption)]),
        element(
            "thead",
            &[],
            vec![],
            vec![element("tr", &[], vec![], headings)],
        ),
        element("tbody", &[], vec![], body),
    ];
    if let Some(foot) = foot {
        parts.push(element("tfoot", &[], vec![], vec![foot]));
    }
    let table = element(
        "table",
        &["class", "id"],
        vec![Some(class.into()), id.map(AttrValue::from)],
        parts,
    );
    element(
        "div",
        &["class"],
        vec![Some("table-wrap".into())],
        vec![table],
    )
}

/// `<section id class aria-labelledby>` around a card's parts.
pub fn section(
    id: &'static str,
    class: &'static str,
    labelled_by: &'static str,
    children: Vec<Html>,
) -> Html {
    element(
        "section",
        &["id", "class", "aria-labelledby"],
        vec![
            Some(id.into()),
            Some(class.into()),
            Some(labelled_by.into()),
        ],
        children,
    )
}
