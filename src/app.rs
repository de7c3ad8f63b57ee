//! The page: holds the calculator state and wires each component's callback to an action.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::calculator::{
    Action, Calculator, Certainty, EstimatorField, Field, InputError, PriceChange, Scope,
    DEFAULT_REGION,
};
use crate::components::{
    choice_select, cost_chart, estimator, number_field, plan_table, schedule_notes,
    schedule_status, share_link, summary, tier_breakdown, toggle, ChoiceSelectProps,
    CostChartProps, EstimatorProps, NumberFieldProps, PlanTableProps, ScheduleNotesProps,
    ScheduleStatusProps, ShareLinkProps, SummaryProps, TierBreakdownProps, ToggleProps,
};
use crate::display;
use crate::i18n::{Lang, Texts};
use crate::lit;
use crate::markup::Markup;
use crate::pricing::{self, CalendarDate, NumberError, PricingError, Schedule};
use crate::share::{self, UrlState};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The reader's calendar day (the build date when prerendered): it picks the prices in force.
    pub today: CalendarDate,
    /// The view to start in: the page's URL (a shared link, or the embed options).
    #[prop_or_default]
    pub url: UrlState,
    /// Called once the first render is complete: the page swaps it in for the prerendered view.
    #[prop_or_default]
    pub on_ready: Callback<()>,
}

impl AppProps {
    /// A fresh page on `today`, in the default view.
    pub fn on(today: CalendarDate) -> AppProps {
        AppProps {
            today,
            url: UrlState::default(),
            on_ready: Callback::noop(),
        }
    }

    /// A fresh page on `today` in `lang`.
    pub fn in_language(lang: Lang, today: CalendarDate) -> AppProps {
        AppProps {
            url: UrlState {
                lang: Some(lang),
                ..UrlState::default()
            },
            ..AppProps::on(today)
        }
    }
}

/// Yew's reducer wrapper around the pure [`Calculator`]; `None` only if no schedule for
/// [`DEFAULT_REGION`] shipped, which the test suite rules out.
struct State(Option<Calculator>);

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
    let state = {
        let (url, today) = (props.url.clone(), props.today);
        use_reducer(move || {
            let mut calculator =
                Calculator::new(DEFAULT_REGION, url.lang.unwrap_or_default(), today);
            if let Some(calc) = calculator.as_mut() {
                url.actions()
                    .into_iter()
                    .for_each(|action| calc.apply(action));
            }
            State(calculator)
        })
    };
    let lang = state
        .0
        .as_ref()
        .map_or(props.url.lang.unwrap_or_default(), |calc| calc.lang);
    let embed = props.url.embed;
    // The address bar follows the view (no history entries), so a reload or a copied
    // address restores it; the root element follows the language and the embed options.
    // (Browser calls stay inside effects and event paths: the build step renders this view
    // natively, where there is no browser.)
    let view_pairs = state.0.as_ref().map(share::view_pairs).unwrap_or_default();
    let page_query = share::query(&[view_pairs.clone(), share::embed_pairs(embed)].concat());
    use_effect_with((lang, embed, page_query), |(lang, embed, query)| {
        browser::reflect_page(*lang, *embed, query)
    });
    // Once, after the first complete render: bridge IME commits to `input` events under the
    // widget, and tell the page the live widget is ready (it then replaces the prerendered one).
    let root = use_node_ref();
    {
        let (root, on_ready) = (root.clone(), props.on_ready.clone());
        use_effect_with((), move |_| {
            let bridge = root
                .cast::<web_sys::Element>()
                .map(|root| browser::bridge_composition_end(&root));
            on_ready.emit(());
            move || drop(bridge)
        });
    }
    let Some(calc) = &state.0 else {
        return html! { <p class="boot-status" role="alert">{ lang.texts().crash_message }</p> };
    };
    let t = lang.texts();
    let schedule = calc.schedule;

    let dispatch = |make: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(make(text)))
    };
    let on_scope = {
        let state = state.clone();
        Callback::from(move |tag: String| {
            if let Some(scope) = Scope::from_tag(&tag) {
                state.dispatch(Action::SetScope(scope));
            }
        })
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |tag: String| {
            if let Some(lang) = Lang::from_tag(&tag) {
                state.dispatch(Action::SetLang(lang));
            }
        })
    };
    let on_region = dispatch(Action::SetRegion);
    let on_schedule = dispatch(Action::SetSchedule);
    let on_tax = {
        let state = state.clone();
        Callback::from(move |on: bool| state.dispatch(Action::SetTaxIncluded(on)))
    };
    let on_compare_old = {
        let state = state.clone();
        Callback::from(move |on: bool| state.dispatch(Action::SetCompareOld(on)))
    };

    let dialog_plan_name = schedule
        .addon_dialog()
        .map_or("", |(plan, _)| plan.name.text(lang.tag()));
    let (messages_label, budget_label, scope_help) = match calc.scope {
        Scope::Monthly => (
            t.messages_label_monthly,
            t.budget_label_monthly,
            t.scope_monthly_help,
        ),
        Scope::Addon => (
            t.messages_label_addon,
            t.budget_label_addon,
            t.scope_addon_help,
        ),
    };
    let tax_word = if calc.tax_included {
        t.tax_included
    } else {
        t.tax_excluded
    };
    let derived_note = |field: Field| -> Option<AttrValue> {
        (calc.source != field && calc.outcome.is_some()).then(|| {
            let marker = match (field, calc.outcome.as_ref().map(|o| o.certainty)) {
                (Field::Budget, Some(Certainty::UpperEstimate)) => Some(t.upper_bound_marker),
                (Field::Messages, Some(Certainty::LowerEstimate)) => Some(t.lower_bound_marker),
                _ => None,
            };
            match marker {
                Some(marker) => t.with_marker.fill(&[t.derived_hint, marker]).into(),
                None => t.derived_hint.into(),
            }
        })
    };
    let message = |error: Option<&InputError>| {
        error.map(|error| AttrValue::from(error_message(t, &schedule, error)))
    };
    let error_text = |field: Field| message(calc.error_of(field));
    let estimator_error_text = |field: EstimatorField| message(calc.estimator_error_of(field));

    // Before any input: the plans' own figures at zero messages, nothing recommended.
    let empty_comparison = match &calc.outcome {
        Some(_) => None,
        None => pricing::compare_plans(&schedule, 0)
            .ok()
            .map(|mut comparison| {
                comparison.recommended = None;
                comparison
            }),
    };
    let comparison = calc
        .outcome
        .as_ref()
        .map(|outcome| &outcome.comparison)
        .or(empty_comparison.as_ref());
    let focus = calc.outcome.as_ref().and_then(|outcome| {
        let bill = outcome.comparison.bills.get(outcome.focus_plan)?;
        let plan = schedule.plan(&bill.plan_id)?;
        let quote = bill.addon.clone().unwrap_or_else(pricing::AddonQuote::none);
        Some((plan.name.text(lang.tag()).to_owned(), quote))
    });

    html! {
        <div class="widget" lang={lang.html_lang()} ref={root}>
            <header class="masthead">
                { masthead_text(t) }
                { choice_select(&ChoiceSelectProps {
                    id: "lang".into(),
                    label: t.language_label.into(),
                    options: Lang::ALL.iter().map(|l| (AttrValue::from(l.tag()), AttrValue::from(l.texts().language_name))).collect(),
                    selected: lang.tag().into(),
                    help: None,
                    on_change: on_lang,
                }) }
            </header>

            <section class="card inputs" aria-label={t.scope_label}>
                { choice_select(&ChoiceSelectProps {
                    id: "region".into(),
                    label: t.region_label.into(),
                    options: pricing::schedules_in_force(calc.today)
                        .into_iter()
                        .map(|s| (AttrValue::from(&*s.region), AttrValue::from(s.region_name.text(lang.tag()).to_owned())))
                        .collect(),
                    selected: calc.region().into(),
                    help: None,
                    on_change: on_region,
                }) }
                { choice_select(&ChoiceSelectProps {
                    id: "schedule".into(),
                    label: t.schedule_label.into(),
                    options: pricing::region_schedules(calc.region())
                        .map(|s| (AttrValue::from(&*s.id), AttrValue::from(schedule_option(t, calc, s))))
                        .collect(),
                    selected: AttrValue::from(&*schedule.id),
                    help: None,
                    on_change: on_schedule.clone(),
                }) }
                { schedule_status(&ScheduleStatusProps {
                    shown: schedule,
                    in_force: calc.in_force,
                    upcoming: calc.upcoming,
                    lang,
                    on_pick: on_schedule,
                }) }
                { choice_select(&ChoiceSelectProps {
                    id: "scope".into(),
                    label: t.scope_label.into(),
                    options: vec![
                        (AttrValue::from(Scope::Monthly.tag()), AttrValue::from(t.scope_monthly)),
                        (AttrValue::from(Scope::Addon.tag()), AttrValue::from(t.scope_addon.fill(&[dialog_plan_name]))),
                    ],
                    selected: calc.scope.tag().into(),
                    help: Some(scope_help.into()),
                    on_change: on_scope,
                }) }
                <div class="inputs__fields">
                    { number_field(NumberFieldProps {
                        id: AttrValue::from(Field::Messages.id()),
                        label: AttrValue::from(messages_label),
                        value: AttrValue::from(calc.messages_text.clone()),
                        inputmode: AttrValue::from("numeric"),
                        placeholder: AttrValue::from(t.messages_placeholder),
                        prefix: None,
                        suffix: Some(AttrValue::from(t.messages_unit)),
                        error: error_text(Field::Messages),
                        note: derived_note(Field::Messages),
                        on_input: dispatch(Action::TypeMessages),
                    }) }
                    { number_field(NumberFieldProps {
                        id: AttrValue::from(Field::Budget.id()),
                        label: AttrValue::from(t.with_marker.fill(&[budget_label, tax_word])),
                        value: AttrValue::from(calc.budget_text.clone()),
                        inputmode: AttrValue::from("decimal"),
                        placeholder: AttrValue::from(t.budget_placeholder),
                        prefix: Some(AttrValue::from(schedule.currency.symbol.clone())),
                        suffix: None,
                        error: error_text(Field::Budget),
                        note: derived_note(Field::Budget),
                        on_input: dispatch(Action::TypeBudget),
                    }) }
                </div>
                <div class="inputs__toggles">
                    { toggle(&ToggleProps { id: "tax".into(), label: t.tax_label.fill(&[&display::percent(schedule.tax.rate), schedule.tax.name.text(lang.tag())]).into(), checked: calc.tax_included, on_toggle: on_tax }) }
                    if let Some(previous) = calc.previous_schedule {
                        { toggle(&ToggleProps { id: "compare-old".into(), label: t.compare_old_label.fill(&[&display::period(t, &previous)]).into(), checked: calc.compare_old, on_toggle: on_compare_old }) }
                    }
                </div>
            </section>

            { estimator(&EstimatorProps {
                friends: calc.friends_text.clone().into(),
                broadcasts: calc.broadcasts_text.clone().into(),
                friends_error: estimator_error_text(EstimatorField::Friends),
                broadcasts_error: estimator_error_text(EstimatorField::Broadcasts),
                estimate: calc.estimate,
                lang,
                on_friends: dispatch(Action::TypeFriends),
                on_broadcasts: dispatch(Action::TypeBroadcasts),
            }) }

            { summary(&SummaryProps {
                schedule,
                outcome: calc.outcome.as_ref(),
                scope: calc.scope,
                source: calc.source,
                tax_view: calc.tax_view(),
                lang,
            }) }
            if calc.outcome.is_some() {
                { share_link(&ShareLinkProps { url: browser::address_with(&share::query(&view_pairs)).into(), lang }) }
            }

            if let Some(comparison) = comparison {
                <section class="card" aria-labelledby="plan-table-title">
                    { plan_table(&PlanTableProps {
                        heading: t.table_title,
                        id: "plan-table".into(),
                        caption: schedule.name.text(lang.tag()).to_owned().into(),
                        schedule,
                        comparison,
                        tax_view: calc.tax_view(),
                        lang,
                    }) }
                </section>
            }

            { cost_chart(&CostChartProps {
                schedule,
                marker: calc.outcome.as_ref().map(|outcome| outcome.monthly_messages),
                lang,
            }) }

            if let (true, Some(previous), Some(outcome)) = (calc.compare_old, calc.previous_schedule, calc.outcome.as_ref()) {
                if let Some(previous_comparison) = &outcome.previous_comparison {
                    <section id="old-plans" class="card card--old" aria-labelledby="old-plan-table-title">
                        { price_change_line(t, calc, lang) }
                        { plan_table(&PlanTableProps {
                            heading: &t.old_title.fill(&[&display::period(t, &previous)]),
                            id: "old-plan-table".into(),
                            caption: previous.name.text(lang.tag()).to_owned().into(),
                            schedule: previous,
                            comparison: previous_comparison,
                            tax_view: calc.tax_view(),
                            lang,
                        }) }
                        { schedule_notes(&ScheduleNotesProps { schedule: previous, lang }) }
                    </section>
                }
            }

            if let Some((plan_name, quote)) = focus {
                { tier_breakdown(&TierBreakdownProps { schedule, plan_name: plan_name.into(), quote, tax_view: calc.tax_view(), lang }) }
            }

            { schedule_notes(&ScheduleNotesProps { schedule, lang }) }

            // Shown by the panic hook, or by assets/boot.js if the wasm traps: a dead widget must
            // say so, in the reader's language, with a way out that needs no wasm (a plain link).
            { crash_note(t) }
        </div>
    }
}

/// A schedule picker option: its name, marked when it is today's or a coming one.
fn schedule_option(t: &Texts, calc: &Calculator, schedule: &Schedule) -> String {
    let name = display::period(t, schedule);
    let marker = if std::ptr::eq(schedule, calc.in_force.0) {
        Some(t.schedule_in_force_marker)
    } else if calc
        .upcoming
        .is_some_and(|next| std::ptr::eq(schedule, next.0))
    {
        Some(t.schedule_upcoming_marker)
    } else {
        None
    };
    match marker {
        Some(marker) => t.with_marker.fill(&[&name, marker]),
        None => name,
    }
}

/// What the reader's month costs now against the previous prices, in one sentence.
fn price_change_line(t: &Texts, calc: &Calculator, lang: Lang) -> Html {
    let (Some(change), Some(outcome), Some(previous)) = (
        calc.price_change(),
        calc.outcome.as_ref(),
        calc.previous_schedule,
    ) else {
        return Html::default();
    };
    let PriceChange {
        previous_plan,
        previous_total,
        current_plan,
        current_total,
        difference,
        previous_confirmed,
        current_confirmed,
    } = change;
    fn plan_name<'s>(
        schedule: &'s Schedule,
        comparison: &pricing::PlanComparison,
        index: usize,
        lang: Lang,
    ) -> &'s str {
        comparison
            .bills
            .get(index)
            .and_then(|bill| schedule.plan(&bill.plan_id))
            .map_or("", |plan| plan.name.text(lang.tag()))
    }
    let (Some(before), schedule) = (outcome.previous_comparison.as_ref(), &calc.schedule) else {
        return Html::default();
    };
    let marked = |text: String, confirmed: bool| match confirmed {
        true => text,
        false => t.with_marker.fill(&[&text, t.upper_bound_marker]),
    };
    let holes = [
        pricing::format_count(outcome.monthly_messages),
        plan_name(schedule, &outcome.comparison, current_plan, lang).to_owned(),
        marked(display::money(schedule, current_total), current_confirmed),
        plan_name(&previous, before, previous_plan, lang).to_owned(),
        marked(
            display::money(&previous, previous_total),
            previous_confirmed,
        ),
        display::money(schedule, difference.abs()),
    ];
    let holes: Vec<&str> = holes.iter().map(String::as_str).collect();
    let template = match difference.cmp(&rust_decimal::Decimal::ZERO) {
        std::cmp::Ordering::Greater => t.change_more,
        std::cmp::Ordering::Less => t.change_less,
        std::cmp::Ordering::Equal => t.change_same,
    };
    let mut m = Markup::new();
    m.raw(lit!(r#"<p id="price-change" class="price-change">"#))
        .text(&template.fill(&holes))
        .raw(lit!("</p>"));
    Html::from_html_unchecked(m.finish().into())
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

/// The inline message for a field that cannot be read, in the page's language.
fn error_message(t: &Texts, schedule: &Schedule, error: &InputError) -> String {
    let amount_max = || display::money(schedule, pricing::MAX_AMOUNT);
    match error {
        InputError::Number(error) => match error {
            NumberError::Empty => String::new(),
            NumberError::InvalidCharacter { ch, .. } => {
                t.err_invalid_character.fill(&[&ch.to_string()])
            }
            NumberError::MisplacedSeparator => t.err_misplaced_separator.to_owned(),
            NumberError::MultipleDecimalPoints => t.err_multiple_decimal_points.to_owned(),
            NumberError::FractionNotAllowed => t.err_fraction_not_allowed.to_owned(),
            NumberError::TooManyDecimals { max } => {
                t.err_too_many_decimals.fill(&[&max.to_string()])
            }
            NumberError::Negative => t.err_negative.to_owned(),
            NumberError::TooLarge { max } => t.err_too_large.fill(&[&max.to_string()]),
        },
        InputError::Pricing(error) => match error {
            PricingError::TooManyMessages { max } => {
                t.err_too_large.fill(&[&pricing::format_count(*max)])
            }
            PricingError::AmountTooLarge { .. } | PricingError::Overflow => {
                t.err_too_large.fill(&[&amount_max()])
            }
            PricingError::BeyondLastTier { max_addon } => {
                t.err_too_large.fill(&[&pricing::format_count(*max_addon)])
            }
            PricingError::NegativeAmount => t.err_negative.to_owned(),
            PricingError::InvalidTiers(_) => t.crash_message.to_owned(),
        },
        InputError::NoPlan => t.err_no_plan.to_owned(),
        InputError::BudgetTooSmall => t.err_budget_too_small.to_owned(),
    }
}
