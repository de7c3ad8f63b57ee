//! LINE's own estimate of a month's messages: friends reached × broadcasts a month. Typing
//! both fills the messages field; the note says what LINE counts and what it does not.

use yew::prelude::*;

use crate::calculator::Estimate;
use crate::components::{Dispatch, NumberInput};
use crate::fields::NumberField;
use crate::i18n::Lang;
use crate::lit;
use crate::markup::Markup;
use crate::pricing::format_count;

/// What the estimator shows: a keystroke in the linked fields changes none of it, so Yew skips the card.
#[derive(Properties, PartialEq)]
pub struct EstimatorProps {
    /// The two fields' text, as typed.
    pub friends: AttrValue,
    pub broadcasts: AttrValue,
    /// Each field's inline error, already translated.
    pub friends_error: Option<AttrValue>,
    pub broadcasts_error: Option<AttrValue>,
    /// What the estimator put into the messages field, while it still holds it.
    pub estimate: Option<Estimate>,
    /// Friends × broadcasts is more than the calculator takes (translated): said on the result's
    /// line, since neither field is wrong on its own.
    pub product_error: Option<AttrValue>,
    /// The messages field holds another figure since (see `Calculator::estimate_superseded`).
    pub superseded: bool,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component(Estimator)]
pub fn estimator(props: &EstimatorProps) -> Html {
    let t = props.lang.texts();
    let result = match (&props.product_error, props.estimate) {
        (Some(error), _) => error.as_str().to_owned(),
        (None, Some(estimate)) => {
            let mut result = t.estimator_result.fill(&[
                &format_count(estimate.friends),
                &format_count(estimate.broadcasts),
                &format_count(estimate.messages),
            ]);
            if estimate.switched_scope {
                result.push_str(t.estimator_switched_scope);
            }
            result
        }
        (None, None) if props.superseded => t.estimator_superseded.to_owned(),
        (None, None) => String::new(),
    };
    html! {
        <section id="estimator" class="card estimator" aria-labelledby="estimator-title">
            <h2 id="estimator-title">{ t.estimator_title }</h2>
            <div class="inputs__fields">
                <NumberInput
                    field={NumberField::Friends}
                    label={t.friends_label}
                    value={props.friends.clone()}
                    placeholder={t.friends_placeholder}
                    suffix={AttrValue::from(t.friends_unit)}
                    error={props.friends_error.clone()}
                    dispatch={props.dispatch.clone()}
                />
                <span class="estimator__times" aria-hidden="true">{ "×" }</span>
                <NumberInput
                    field={NumberField::Broadcasts}
                    label={t.broadcasts_label}
                    value={props.broadcasts.clone()}
                    placeholder={t.broadcasts_placeholder}
                    suffix={AttrValue::from(t.broadcasts_unit)}
                    error={props.broadcasts_error.clone()}
                    dispatch={props.dispatch.clone()}
                />
            </div>
            <p id="estimate-result" class="estimator__result" data-invalid={props.product_error.is_some().then_some("true")} aria-live="polite">{ result }</p>
            { rules(t.estimator_rules) }
        </section>
    }
}

/// What LINE counts, as a list (plain markup: it never changes while the page is open).
fn rules(rules: [&str; 4]) -> Html {
    let mut m = Markup::new();
    m.raw(lit!(r#"<ul class="estimator__rules">"#));
    for rule in rules {
        m.raw(lit!("<li>")).text(rule).raw(lit!("</li>"));
    }
    m.raw(lit!("</ul>"));
    Html::from_html_unchecked(m.finish().into())
}
