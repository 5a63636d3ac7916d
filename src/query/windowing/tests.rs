//! Tests of `windowing`.

use super::*;
use crate::model::events;

#[test]
fn the_first_window_is_the_top_of_the_list() {
    let long = ChunkHeights::new(10_000, FIRST_ESTIMATE);
    // 1,200 px of estimated cards cover 800 px and half of 800 below it.
    let window = long.first_window();
    assert_eq!(window.start, 0);
    assert!(long.height_of(window.clone()) >= FIRST_VIEWPORT * 1.5);
    assert!(window.end < long.chunk_count());
    let short = ChunkHeights::new(10, FIRST_ESTIMATE);
    assert_eq!(short.first_window(), 0..short.chunk_count());
}

#[test]
fn short_lists_render_whole_as_one_chunk() {
    let heights = ChunkHeights::new(FULL_RENDER_LIMIT, FIRST_ESTIMATE);
    assert!(!heights.is_windowed());
    assert_eq!(heights.chunk_count(), 1);
    assert_eq!(heights.window(5000.0..5800.0, 400.0), 0..1);
    assert_eq!(heights.window_around(480, 1), 0..1);
    assert_eq!(
        ChunkHeights::new(0, FIRST_ESTIMATE).window(0.0..1.0, 0.0),
        0..0
    );
    assert!(ChunkHeights::new(FULL_RENDER_LIMIT + 1, FIRST_ESTIMATE).is_windowed());
}

#[test]
fn lists_up_to_the_print_limit_print_whole() {
    let heights = ChunkHeights::new(PRINT_LIMIT, FIRST_ESTIMATE);
    assert_eq!(heights.printable(), Some(0..heights.chunk_count()));
    assert_eq!(
        ChunkHeights::new(PRINT_LIMIT + 1, FIRST_ESTIMATE).printable(),
        None
    );
}

#[test]
fn long_lists_render_the_chunks_near_the_viewport() {
    // Chunks of 25 at 100 px a card: a chunk is 2,500 px tall.
    let heights = ChunkHeights::with_chunk(100_000, 25, 100.0);
    assert_eq!(heights.chunk_count(), 4_000);
    assert_eq!(heights.window(0.0..800.0, 400.0), 0..1);
    assert_eq!(heights.window(2_400.0..3_200.0, 0.0), 0..2);
    assert_eq!(heights.window(1_000_000.0..1_000_800.0, 400.0), 399..401);
    // Past the end (the list got shorter under the reader's scroll): the last chunk.
    assert_eq!(heights.window(1e9..1e9 + 800.0, 0.0), 3_999..4_000);
    assert_eq!(heights.total(), 10_000_000.0);
}

#[test]
fn the_last_chunk_may_be_short() {
    let heights = ChunkHeights::with_chunk(1_010, 25, 100.0);
    assert!(heights.is_windowed());
    assert_eq!(heights.chunk_count(), 41);
    assert_eq!(heights.events_of(40), 1_000..1_010);
    assert_eq!(heights.height(40), 1_000.0);
    assert_eq!(heights.height(41), 0.0);
}

#[test]
fn measurements_replace_estimates_and_teach_the_rest() {
    let mut heights = ChunkHeights::with_chunk(1_000, 25, 100.0);
    assert!(heights.record(0, 5_000.0));
    assert_eq!(heights.height(0), 5_000.0);
    // Unmeasured chunks now assume 200 px a card, the mean so far.
    assert_eq!(heights.height(1), 5_000.0);
    assert_eq!(heights.for_new_list(10).height(0), 10.0 * 200.0);
    assert!(!heights.record(0, 5_000.4), "sub-pixel changes are noise");
    assert!(!heights.record(0, f64::NAN));
    assert!(!heights.record(99, 10.0), "no such chunk");
}

#[test]
fn the_window_around_an_event_holds_it() {
    let heights = ChunkHeights::with_chunk(100_000, 25, 100.0);
    let window = heights.window_around(54_321, 1);
    assert!(window.contains(&heights.chunk_of(54_321)));
    assert_eq!(window.len(), 3);
    assert_eq!(heights.window_around(0, 1), 0..2);
    assert_eq!(heights.window_around(99_999, 1), 3_998..4_000);
}

#[test]
fn sections_split_years_at_chunk_boundaries_and_keep_year_totals() {
    let list: Vec<&'static Event> = events().iter().collect();
    let mut totals: Vec<(u16, usize)> = Vec::new();
    for event in &list {
        match totals
            .iter_mut()
            .find(|(year, _)| *year == event.start.year)
        {
            Some((_, n)) => *n += 1,
            None => totals.push((event.start.year, 1)),
        }
    }
    // Cut the bundled list into chunks as the app does.
    let heights = ChunkHeights::with_chunk(list.len(), CHUNK, 100.0);
    let all = sections(&list, &heights, 0..heights.chunk_count());
    assert_eq!(
        all.iter().map(|s| s.group.events.len()).sum::<usize>(),
        list.len()
    );
    for section in &all {
        let (_, total) = totals
            .iter()
            .find(|(y, _)| *y == section.group.year)
            .unwrap();
        if !section.continued {
            assert_eq!(section.year_total, *total);
        }
        let first = section.group.events[0];
        let position = list.iter().position(|e| e.id == first.id).unwrap();
        // Continued exactly when the year's first event sits in an earlier section.
        assert_eq!(
            section.continued,
            position > 0 && list[position - 1].start.year == section.group.year
        );
        assert_eq!(heights.chunk_of(position), section.chunk);
    }
    // A year that starts mid-chunk is not a continuation.
    assert!(all.iter().any(|s| !s.continued && s.chunk > 0));
    let continued = all.iter().find(|s| s.continued).unwrap();
    assert_eq!(continued.count_label(), "continued");
    let ids: std::collections::HashSet<String> = all.iter().map(Section::heading_id).collect();
    assert_eq!(ids.len(), all.len(), "heading ids are unique");
    let whole = ChunkHeights::with_chunk(list.len(), list.len(), 100.0);
    let unsplit = sections(&list, &whole, 0..1);
    assert!(unsplit.iter().all(|s| !s.continued));
    assert_eq!(unsplit.len(), totals.len());
    assert!(unsplit.iter().all(|s| s.count_label()
        == format!(
            "{} event{}",
            s.year_total,
            if s.year_total == 1 { "" } else { "s" }
        )));
}
