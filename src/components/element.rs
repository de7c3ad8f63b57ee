//! Elements built by one shared function rather than `html!`, for the figures tables, whose
//! elements must stay while the reader types (`crate::components::table`).
//!
//! Why: `html!` writes out each element's construction where it stands; the tables through
//! `html!` cost about 1 KB gzip more of bundle. The element is the one `html!` builds
//! (attributes in the same form, so Yew compares them just as fast).

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, Listeners, VList, VTag};

use crate::markup::Markup;

/// Markup, inserted as it is (its elements stay while its text does not change).
pub fn markup(markup: &Markup) -> Html {
    Html::from_html_unchecked(AttrValue::from(Rc::<str>::from(markup.as_str())))
}

/// `"true"` while `on`: a boolean data attribute, absent when off.
pub fn flag(on: bool) -> Option<AttrValue> {
    on.then_some("true".into())
}

/// An element with these attributes (`None` leaves one out) and children, in the form `html!`
/// builds (so Yew compares it just as fast).
pub fn element(
    tag: &'static str,
    names: &'static [&'static str],
    values: Vec<Option<AttrValue>>,
    children: Vec<Html>,
) -> Html {
    let attributes = Attributes::Dynamic {
        keys: names,
        values: values
            .into_iter()
            .map(|value| value.map(AttributeOrProperty::Attribute))
            .collect(),
    };
    // The constructor `html!` calls (`VTag::new` would lower-case the tag into a new string on
    // every call, for the `<input>` and `<textarea>` it never builds here).
    VTag::__new_other(
        tag.into(),
        NodeRef::default(),
        None,
        attributes,
        Listeners::None,
        VList::with_children(children, None).into(),
    )
    .into()
}
