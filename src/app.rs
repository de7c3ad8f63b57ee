//! The page: holds the calculator state and wires each component's callback to an action.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::calculator::{Action, Calculator, EstimatorField, DEFAULT_REGION};
use crate::components::{
    chart_drawing, cost_chart, inputs, more, old_plans, plan_table, schedule_notes, share_link,
    summary, tier_breakdown, ChartDrawing, ChartDrawingProps, ChoiceSelect, CostChartProps,
    Dispatch, Estimator, InputsProps, MoreProps, OldPlansProps, PlanTableProps, PlannerCard,
    ScheduleNotesProps, ShareLinkProps, SummaryProps, TierBreakdownProps,
};
use crate::error_messages;
use crate::fields::Control;
use crate::i18n::{Lang, Texts};
use crate::lit;
use crate::markup::Markup;
use crate::pricing::{self, CalendarDate};
use crate::share::{self, UrlState};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The reader's calendar day (the build date when prerendered): it picks the prices in force.
    pub today: CalendarDate,
    /// The view to start in: the page's URL (a shared link, or the embed options).
    #[prop_or_default]
    pub url: UrlState,
    /// The base of the shared link, read once at start-up: the article's address when
    /// assets/boot.js has announced it, else the page's own without query or fragment. Empty
    /// when prerendered (no link is shown before any input).
    #[prop_or_default]
    pub page_address: AttrValue,
    /// Called once the first render is complete: the page swaps it in for the prerendered view.
    #[prop_or_default]
    pub on_ready: Callback<()>,
    /// A linked view's prerendered fragment (src/bin/prerender.rs): the page down to the
    /// estimator, a quarter less to fetch before the first paint. The chart, the tier breakdown
    /// and the notes come with the live widget, under what is already there, so nothing moves.
    #[prop_or_default]
    pub fragment: bool,
}

impl AppProps {
    /// A fresh page on `today`, in the default view.
    pub fn on(today: CalendarDate) -> AppProps {
        AppProps {
            today,
            url: UrlState::default(),
            page_address: AttrValue::default(),
            on_ready: Callback::noop(),
            fragment: false,
        }
    }
}

/// Yew's reducer wrapper around the pure [`Calculator`]; `None` only if no schedule for
/// [`DEFAULT_REGION`] shipped, which the test suite rules out.
pub struct State(Option<Calculator>);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match &self.0 {
            Some(calculator) => {
                let mut calculator = calculator.clone();
                calculator.apply(action);
                Rc::new(State(Some(calculator)))
            }
            None => self,
        }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_calculator(&props.url, props.today);
    let lang = state
        .0
        .as_ref()
        .map_or(props.url.lang.unwrap_or_default(), |calc| calc.lang());
    let embed = props.url.embed;
    // The address bar follows the view (no history entries), so a reload or a copied
    // address restores it; the root element follows the language and the embed options.
    // (Browser calls stay inside effects and event paths: the build step renders this view
    // natively, where there is no browser.)
    let chart_axis = state
        .0
        .as_ref()
        .filter(|_| !props.fragment)
        .and_then(|calc| {
            let count = calc.outcome().map(|outcome| outcome.monthly_messages);
            ChartDrawingProps::for_count(calc.schedule(), count, calc.tax_view(), lang)
        });
    // The chart's drawing likewise: a keystroke that keeps its axis moves only the marker.
    let chart_drawing = use_memo(chart_axis, |axis| axis.as_ref().and_then(chart_drawing));
    let view_pairs = state.0.as_ref().map(share::view_pairs).unwrap_or_default();
    let page_query = share::query(&[view_pairs.clone(), share::embed_pairs(embed)].concat());
    use_effect_with((lang, embed, page_query), |(lang, embed, query)| {
        browser::reflect_page(*lang, *embed, query)
    });
    // Once, after the first complete render: bridge IME commits to `input` events under the
    // widget, and tell the page the live widget is ready (it then replaces the prerendered one).
    let root = use_node_ref();
    use_live_page(root.clone(), props.on_ready.clone());
    let Some(calc) = &state.0 else {
        return html! { <p class="boot-status" role="alert">{ lang.texts().crash_message }</p> };
    };
    let t = lang.texts();
    let schedule = calc.schedule();
    let dispatch = state.dispatcher();
    let comparison = calc.comparison_shown();

    html! {
        <div class="widget" lang={lang.html_lang()} ref={root}>
            { masthead(lang, &dispatch) }

            { inputs(&InputsProps { calc, dispatch: dispatch.clone(), answer: summary(&SummaryProps {
                schedule,
                outcome: calc.outcome(),
                scope: calc.scope(),
                source: calc.source(),
                tax_view: calc.tax_view(),
                lang,
            }) }) }


            // A count in the planner is worth sending on too (to whoever approves the upgrade).
            if calc.outcome().is_some() || calc.planner().has_count() {
                { share_link(&ShareLinkProps { url: share::address(&browser::link_base(&props.page_address), &view_pairs).into(), lang }) }
            }

            if let Some(comparison) = comparison.as_deref() {
                <section class="card" aria-labelledby="plan-table-title">
                    { plan_table(&PlanTableProps {
                        heading: t.table_title,
                        id: "plan-table",
                        caption: schedule.name.text(lang.tag()),
                        schedule,
                        comparison,
                        tax_view: calc.tax_view(),
                        lang,
                    }) }
                </section>
            }

            { old_plans(&OldPlansProps {
                previous: calc.previous_schedule().filter(|_| calc.compare_old()),
                schedule,
                outcome: calc.outcome(),
                change: calc.price_change(),
                tax_view: calc.tax_view(),
                lang,
            }) }

            // The core ends here. In an embed the rest waits behind one disclosure (the README
            // lists what is behind it); a card added to the widget goes in here, in reading order.
            { more(&MoreProps {
                open: !embed.compact || embed.more,
                lang,
                children: beyond_the_core(calc, &dispatch, !props.fragment, chart_drawing.as_ref().as_ref()),
            }) }

            // Shown by the panic hook, or by assets/boot.js if the wasm traps: a dead widget must
            // say so, in the reader's language, with a way out that needs no wasm (a plain link).
            { crash_note(t) }
        </div>
    }
}

/// The calculator, brought to the URL's view once (the first render).
#[hook]
fn use_calculator(url: &UrlState, today: CalendarDate) -> UseReducerHandle<State> {
    let url = url.clone();
    use_reducer(move || {
        let mut calculator = Calculator::new(DEFAULT_REGION, url.lang.unwrap_or_default(), today);
        if let Some(calc) = calculator.as_mut() {
            url.actions()
                .into_iter()
                .for_each(|action| calc.apply(action));
        }
        State(calculator)
    })
}

/// Once, after the first complete render, the page around the widget: IME commits under `root`
/// reach the fields as `input` events, the shared link is drawn again when the article's address
/// arrives (assets/boot.js announces it after start-up, and the render only takes what was read:
/// browser::link_base), and `on_ready` tells the page to swap in the live widget.
#[hook]
fn use_live_page(root: NodeRef, on_ready: Callback<()>) {
    let host_address_arrived = use_force_update();
    use_effect_with((), move |_| {
        let bridge = root
            .cast::<web_sys::Element>()
            .map(|root| browser::bridge_composition_end(&root));
        let redraw = host_address_arrived.clone();
        let host = browser::on_host_address(move || redraw.force_update());
        // Arrived between start-up and the listener: draw it now.
        if browser::read_host_address() {
            host_address_arrived.force_update();
        }
        on_ready.emit(());
        move || drop((bridge, host))
    });
}

/// The title, the subtitle and the language picker.
fn masthead(lang: Lang, dispatch: &Dispatch) -> Html {
    let t = lang.texts();
    html! {
        <header class="masthead">
            { masthead_text(t) }
            <ChoiceSelect
                control={Control::Lang}
                label={t.language_label}
                options={Lang::ALL.iter().map(|l| (AttrValue::from(l.tag()), AttrValue::from(l.texts().language_name))).collect::<Vec<_>>()}
                selected={lang.tag()}
                dispatch={dispatch.clone()}
            />
        </header>
    }
}

/// The cards after the core, in reading order (behind the disclosure in an embed): the estimator,
/// the month planner, and, on the live widget (`live`: not in a prerendered fragment), the chart
/// (where its `drawing` could be made), the tier breakdown and the notes.
fn beyond_the_core(
    calc: &Calculator,
    dispatch: &Dispatch,
    live: bool,
    drawing: Option<&ChartDrawing>,
) -> Html {
    let lang = calc.lang();
    let t = lang.texts();
    let schedule = calc.schedule();
    let estimator_error = |field: EstimatorField| {
        calc.estimator_error_of(field)
            .map(|error| AttrValue::from(error_messages::input_error(t, &schedule, &error)))
    };
    let friends = calc.estimator_text(EstimatorField::Friends);
    html! { <>
        // A reader who knows the count needs neither scroll past it nor see it while typing (the
        // inputs card links to it).
        <Estimator
            friends={friends.to_owned()}
            broadcasts={calc.estimator_text(EstimatorField::Broadcasts).to_owned()}
            friends_error={estimator_error(EstimatorField::Friends)}
            broadcasts_error={estimator_error(EstimatorField::Broadcasts)}
            estimate={calc.estimate()}
            product_error={calc.estimate_too_large().map(|max| AttrValue::from(error_messages::estimate_too_large(t, max)))}
            superseded={calc.estimate_superseded()}
            {lang}
            dispatch={dispatch.clone()}
        />
        <PlannerCard
            planner={calc.planner().clone()}
            region={calc.region()}
            today={calc.today()}
            friends={pricing::parse_message_count(friends).ok()}
            tax_view={calc.tax_view()}
            {lang}
            dispatch={dispatch.clone()}
        />
        if live {
            if let Some(drawing) = drawing {
                { cost_chart(&CostChartProps {
                    drawing,
                    marker: calc.outcome().map(|outcome| outcome.monthly_messages),
                    lang,
                }) }
            }
            if let Some((plan, quote)) = calc.focus() {
                { tier_breakdown(&TierBreakdownProps { schedule, plan_name: plan.name.text(lang.tag()).to_owned().into(), quote: &quote, tax_view: calc.tax_view(), lang }) }
            }
            { schedule_notes(&ScheduleNotesProps { schedule, lang }) }
        }
    </> }
}

/// The title and subtitle (plain markup: static text).
fn masthead_text(t: &Texts) -> Html {
    let mut m = Markup::new();
    m.raw(lit!(r#"<div class="masthead__text"><h1>"#))
        .text(t.title)
        .raw(lit!(r#"</h1><p class="masthead__subtitle">"#))
        .text(t.subtitle)
        .raw(lit!("</p></div>"));
    Html::from_html_unchecked(m.finish().into())
}

/// The hidden crash note (plain markup: it must work when nothing else does).
fn crash_note(t: &Texts) -> Html {
    let mut m = Markup::new();
    m.raw(lit!(
        r#"<div id="crash" class="crash" role="alert" hidden><p>"#
    ))
    .text(t.crash_message)
    .raw(lit!(r#"</p><a class="button" href="">"#))
    .text(t.crash_reload)
    .raw(lit!("</a></div>"));
    Html::from_html_unchecked(m.finish().into())
}
