//! Tests of `histogram`.

use super::*;
use crate::query::charts::plot::Plot;
use crate::query::Catalog;

fn year(y: u16) -> Option<PartialDate> {
    Some(PartialDate {
        year: y,
        month: 0,
        day: 0,
    })
}

fn bundled_years(link: &str) -> YearCounts {
    Catalog::bundled()
        .query(&crate::query::parse(link).filter)
        .years
}

#[test]
fn the_bundled_years_run_from_1996_to_2026_and_count_every_event() {
    let catalog = Catalog::bundled();
    let years = bundled_years("");
    assert_eq!(years.year(0), 1996);
    assert_eq!(years.year(years.len() - 1), 2026);
    assert_eq!(years.grand_total() as usize, catalog.len());
}

/// The bars ignore the date range (they show what other years hold) but follow every other
/// filter, and each count is the plain definition: matching events starting that year.
#[test]
fn year_counts_follow_every_filter_but_the_dates() {
    let catalog = Catalog::bundled();
    for link in [
        "?country=EE",
        "?kind=withdrawal,notification",
        "?q=treaty&para=3",
    ] {
        let with_dates = [link, "&from=2025-03&to=2025-06"].concat();
        let years = bundled_years(&with_dates);
        assert_eq!(years, bundled_years(link), "{link}: dates change nothing");
        let all = catalog.search(&crate::query::parse(link).filter);
        for index in 0..years.len() {
            for kind in Kind::ALL {
                let expected = all
                    .iter()
                    .filter(|e| e.start.year == years.year(index) && e.kind == kind)
                    .count();
                assert_eq!(
                    years.counts[index][kind as usize] as usize,
                    expected,
                    "{link} {} {kind:?}",
                    years.year(index)
                );
            }
        }
    }
}

#[test]
fn the_selected_years_come_from_the_date_range() {
    let years = YearCounts::spanning(1996, 2026);
    let mut filter = Filter::default();
    assert_eq!(selected_years(&filter, &years), None);
    filter.from = year(2025);
    assert_eq!(selected_years(&filter, &years), Some((29, 30)));
    filter.from = Some(PartialDate::parse("2024-06-02").unwrap());
    filter.to = year(2025);
    assert_eq!(selected_years(&filter, &years), Some((28, 29)));
    // Out of the span: clamped to its edges.
    filter.from = year(1900);
    filter.to = year(3000);
    assert_eq!(selected_years(&filter, &years), Some((0, 30)));
}

#[test]
fn picking_years_sets_whole_years_and_picking_one_again_clears() {
    let years = YearCounts::spanning(1996, 2026);
    let picked = with_years(&Filter::default(), &years, 30, 29);
    assert_eq!((picked.from, picked.to), (year(2025), year(2026)));
    assert_eq!(crate::query::to_query(&picked), "?from=2025&to=2026");
    // Setting the same range again keeps it (Shift+End at the end must not undo it).
    assert_eq!(with_years(&picked, &years, 29, 30), picked);
    // A click on one year of a range narrows to it; a second click clears it.
    let one = toggle_year(&picked, &years, 29);
    assert_eq!((one.from, one.to), (year(2025), year(2025)));
    let cleared = toggle_year(&one, &years, 29);
    assert_eq!((cleared.from, cleared.to), (None, None));
}

#[test]
fn shift_selection_extends_from_the_far_end() {
    assert_eq!(anchor_for(None, 7), 7);
    assert_eq!(anchor_for(Some((2, 5)), 5), 2);
    assert_eq!(anchor_for(Some((2, 5)), 2), 5);
    assert_eq!(anchor_for(Some((2, 5)), 9), 2);
}

#[test]
fn keys_move_the_cursor_select_extend_and_clear() {
    use HistogramKey::*;
    let key = |k, shift, cursor, anchor| histogram_key(k, shift, cursor, anchor, 31);
    assert_eq!(key("ArrowLeft", false, 0, 0), Some(Move(0)));
    assert_eq!(key("ArrowRight", false, 30, 30), Some(Move(30)));
    assert_eq!(key("ArrowRight", false, 3, 3), Some(Move(4)));
    assert_eq!(key("PageDown", false, 3, 3), Some(Move(0)));
    assert_eq!(key("End", false, 3, 3), Some(Move(30)));
    assert_eq!(key("Enter", false, 7, 2), Some(Toggle(7)));
    assert_eq!(key(" ", false, 7, 2), Some(Toggle(7)));
    assert_eq!(key("ArrowRight", true, 7, 2), Some(Select(2, 8)));
    assert_eq!(key("Home", true, 7, 7), Some(Select(7, 0)));
    assert_eq!(key("Escape", false, 7, 7), Some(Clear));
    assert_eq!(key("a", false, 7, 7), None);
    assert_eq!(histogram_key("Enter", false, 0, 0, 0), None);
}

#[test]
fn a_year_is_described_by_its_kinds_most_first() {
    let mut years = YearCounts::spanning(2024, 2025);
    for kind in [Kind::Withdrawal, Kind::Reaction, Kind::Reaction] {
        years.add(2025, kind as u8);
    }
    years.add(1990, Kind::Treaty as u8); // outside the span: ignored
    assert_eq!(
        describe_year(&years, 1),
        "2025: 3 events: Reaction 2, Withdrawal takes effect 1"
    );
    assert_eq!(describe_year(&years, 0), "2024: 0 events");
    assert_eq!(
        histogram_summary(&years),
        "3 events from 2024 to 2025; the most, 3, in 2025."
    );
    assert_eq!(
        histogram_summary(&YearCounts::spanning(2024, 2025)),
        "No events match the other filters in any year."
    );
}

#[test]
fn columns_tile_the_width_and_positions_map_back_to_years() {
    let bars = Bars {
        plot: Plot {
            width: 760,
            height: 80,
            left: 4,
            right: 4,
            top: 4,
            bottom: 16,
        },
        years: 31,
    };
    assert_eq!(bars.x(0), 4);
    assert_eq!(bars.x(31), 756);
    for index in 0..31 {
        let middle = bars.x(index) + bars.column(index) / 2;
        assert_eq!(bars.index_at(middle), index);
    }
    assert_eq!(bars.index_at(-50), 0);
    assert_eq!(bars.index_at(5_000), 30);
}

#[test]
fn stacked_segments_meet_and_the_busiest_year_is_full_height() {
    let bars = Bars {
        plot: Plot {
            width: 100,
            height: 60,
            left: 0,
            right: 0,
            top: 10,
            bottom: 10,
        },
        years: 2,
    };
    let mut years = YearCounts::spanning(2000, 2001);
    for _ in 0..3 {
        years.add(2000, Kind::Treaty as u8);
    }
    years.add(2001, Kind::Treaty as u8);
    years.add(2001, Kind::Withdrawal as u8);
    let paths = bars.paths(&years);
    // 2000: three treaty events fill the plot (50 to 10); 2001: two events, 10 each of
    // the 40 units scaled by 3, stacked: treaty 50→37, withdrawal 37→24.
    assert_eq!(
        paths[Kind::Treaty as usize],
        "M1 50h48V10h-48zM51 50h48V37h-48z"
    );
    assert_eq!(paths[Kind::Withdrawal as usize], "M51 37h48V24h-48z");
    assert!(paths[Kind::Report as usize].is_empty());
}

#[test]
fn every_fifth_year_is_labelled_under_the_middle_of_its_column() {
    let bars = Bars {
        plot: Plot {
            width: 760,
            height: 72,
            left: 0,
            right: 0,
            top: 2,
            bottom: 0,
        },
        years: 30,
    };
    let labels = bars.axis_labels(1997, 5);
    let years: Vec<u16> = labels.iter().map(|(year, _)| *year).collect();
    assert_eq!(years, [2000, 2005, 2010, 2015, 2020, 2025]);
    // 2000 is column 3 of 30, from x 76 to 101 (whole units): its middle, 88, is 11.5% of 760.
    assert_eq!(labels[0].1, "11.5%");
    // 2025: from 709 to 734, middle 721.
    assert_eq!(labels[5].1, "94.8%");
    assert_eq!(Bars { years: 0, ..bars }.axis_labels(1997, 5), []);
}
