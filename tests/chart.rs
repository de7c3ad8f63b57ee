//! The cost chart's geometry, natively: its crossovers are the exact pricing crossovers of
//! every shipped schedule, and every drawn point lies where its bill and count say.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::chart::{self, Coord, CostChart};
use line_oa_calc::pricing::{
    cheapest_ranges, monthly_bill, schedule_by_id, shipped_schedules, Schedule,
};

fn schedule(id: &str) -> &'static Schedule {
    schedule_by_id(id).unwrap_or_else(|| panic!("{id} ships"))
}

#[test]
fn the_view_box_attribute_is_the_view_size() {
    assert_eq!(
        chart::VIEW_BOX,
        format!("0 0 {} {}", chart::VIEW_WIDTH, chart::VIEW_HEIGHT)
    );
}

#[test]
fn crossovers_are_the_first_counts_where_the_cheapest_plan_changes() {
    let cases: [(&str, &[u64]); 6] = [
        // 輕用量 carries 200; 中用量 3,000; then only 高用量 is left.
        ("tw-2026-11", &[201, 3_001]),
        ("tw-2023-09", &[201, 3_001]),
        // 中用量 at 800 + 0.2 per add-on message ties 高用量's 4,000 at 20,000 (a tie goes to the plan
        // with more included messages).
        ("tw-2019-04", &[501, 20_000]),
        ("jp-2023-06", &[201, 5_001]),
        ("jp-2026-10", &[201, 5_001]),
        // Basic at 1,280 + 0.1 per add-on message ties Pro's 1,780 at 20,000 (a tie goes to Pro).
        ("th-2024-08", &[301, 20_000]),
    ];
    for (id, expected) in cases {
        let chart = CostChart::new(&schedule(id).plans, None).unwrap();
        assert_eq!(chart.crossovers().collect::<Vec<_>>(), expected, "{id}");
    }
}

#[test]
fn every_shipped_schedule_charts_its_exact_crossovers_and_bills() {
    for schedule in shipped_schedules() {
        for reader in [
            None,
            Some(0),
            Some(12_000),
            Some(250_000),
            Some(10_u64.pow(9)),
        ] {
            let chart = CostChart::new(&schedule.plans, reader).unwrap();
            assert!(
                chart.x_max >= reader.unwrap_or(0),
                "{}: the count is on the axis",
                schedule.id
            );
            let ranges = cheapest_ranges(&schedule.plans, chart.x_max).unwrap();
            assert_eq!(chart.ranges, ranges);
            for crossover in chart.crossovers() {
                assert!(
                    crossover <= chart.x_max,
                    "{}: every crossover is on the chart",
                    schedule.id
                );
            }
            for (plan, curve) in schedule.plans.iter().zip(&chart.curves) {
                for point in &curve.points {
                    let bill = monthly_bill(plan, point.messages).unwrap();
                    assert_eq!(bill.total, point.bill, "{} {}", schedule.id, plan.id);
                    assert!(
                        point.bill <= chart.y_max,
                        "the curve fits under the top tick"
                    );
                }
            }
        }
    }
}

#[test]
fn positions_follow_the_axes() {
    let chart = CostChart::new(&schedule("tw-2023-09").plans, Some(12_000)).unwrap();
    assert_eq!(chart.x_max, 20_000);
    assert_eq!(chart.x(0), Coord::units(chart::PLOT_LEFT));
    assert_eq!(chart.x(chart.x_max), Coord::units(chart::PLOT_RIGHT));
    assert_eq!(
        chart.x(10_000).0,
        (chart::PLOT_LEFT + chart::PLOT_RIGHT) * 5
    );
    assert!(chart.x(201) < chart.x(3_001));
    assert_eq!(
        chart.y(rust_decimal::Decimal::ZERO),
        Coord::units(chart::PLOT_BOTTOM)
    );
    assert_eq!(chart.y(chart.y_max), Coord::units(chart::PLOT_TOP));
    // 高用量's curve: flat at NT$1,200 to 6,000, then NT$0.2 a message.
    let mut markup = line_oa_calc::markup::Markup::new();
    markup.path(chart.path_points(2));
    let high = markup.finish();
    assert!(high.starts_with(&format!("M{} ", chart.x(0))), "{high}");
    assert_eq!(high.matches('L').count(), 2);
    assert_eq!(chart.path_points(9).count(), 0, "no such plan, no path");
    assert_eq!(Coord(1234).to_string(), "123.4");
    assert_eq!(Coord(-5).to_string(), "-0.5");
}

#[test]
fn plans_that_run_out_of_messages_end_their_lines() {
    let chart = CostChart::new(&schedule("tw-2023-09").plans, None).unwrap();
    let ends: Vec<(bool, u64)> = chart
        .curves
        .iter()
        .map(|c| (c.ends_infeasible, c.points.last().unwrap().messages))
        .collect();
    assert_eq!(ends, [(true, 200), (true, 3_000), (false, chart.x_max)]);
}
