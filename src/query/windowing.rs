//! Which part of a long result list belongs in the DOM.
//!
//! Up to [`FULL_RENDER_LIMIT`] results every card is rendered, as one chunk. Beyond that the
//! list is cut into chunks of [`CHUNK`] events; only the chunks near the viewport are
//! rendered, and two spacers stand in for the rest. A chunk's height is estimated until it has
//! been laid out once, then measured. Printing renders a list of up to [`PRINT_LIMIT`] events
//! whole (view/timeline.rs listens for `beforeprint`).
//!
//! The limit is low on purpose: rendering a few hundred cards at once takes 60–110 ms on the
//! benchmark machine, far past a frame, so a filter that lands between 100 and 500 results
//! would stutter. The cost is that the browser's find-in-page sees only the rendered cards;
//! the search box finds everything.
//!
//! Browsers cap an element's height (Chromium at about 33 million pixels), so the list's
//! reach depends on how tall cards are once laid out, not on [`FIRST_ESTIMATE`]: the README's
//! figures, about 100,000 events at phone width and 140,000 at desktop width, mean about 330
//! and 235 px a card.

use std::ops::Range;

use super::YearGroup;
use crate::model::Event;

/// Events per chunk: small enough that a keystroke re-renders few cards, large enough that a
/// scroll rarely crosses a chunk boundary within a frame (benches/README.md has the figures).
pub const CHUNK: usize = 12;

/// Lists up to this long are rendered whole: two chunks. Longer ones are windowed, because a
/// keystroke that narrowed 10,000 events to 54 rendered all 54 cards at once and took 22–35 ms.
pub const FULL_RENDER_LIMIT: usize = 2 * CHUNK;

/// Lists up to this long are rendered whole for printing.
pub const PRINT_LIMIT: usize = 1_000;

/// A first guess at a card's height in CSS pixels, replaced by measurements as soon as any
/// chunk has been laid out.
pub const FIRST_ESTIMATE: f64 = 160.0;

/// The viewport height assumed before the page is measured (or where there is none, as when
/// the app renders natively): a laptop's window, in CSS pixels.
pub const FIRST_VIEWPORT: f64 = 800.0;

/// The heights of a list's chunks: measured where known, estimated elsewhere.
#[derive(Clone, Debug, PartialEq)]
pub struct ChunkHeights {
    len: usize,
    /// Events per chunk: [`CHUNK`], or the whole list when it is rendered whole.
    chunk: usize,
    measured: Vec<Option<f64>>,
    measured_height: f64,
    measured_events: usize,
    per_event: f64,
}

impl ChunkHeights {
    /// A list of `len` events whose cards are guessed to be `per_event` pixels tall.
    pub fn new(len: usize, per_event: f64) -> Self {
        let chunk = if len > FULL_RENDER_LIMIT {
            CHUNK
        } else {
            len.max(1)
        };
        ChunkHeights::with_chunk(len, chunk, per_event)
    }

    fn with_chunk(len: usize, chunk: usize, per_event: f64) -> Self {
        ChunkHeights {
            len,
            chunk,
            measured: vec![None; len.div_ceil(chunk)],
            measured_height: 0.0,
            measured_events: 0,
            per_event,
        }
    }

    /// A fresh list of `len` events that keeps what this one learnt about card heights.
    pub fn for_new_list(&self, len: usize) -> Self {
        ChunkHeights::new(len, self.per_event)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether this list is long enough to render only a window of it.
    pub fn is_windowed(&self) -> bool {
        self.len > FULL_RENDER_LIMIT
    }

    pub fn chunk_count(&self) -> usize {
        self.measured.len()
    }

    /// The positions, in the result list, of chunk `k`'s events.
    pub fn events_of(&self, k: usize) -> Range<usize> {
        (k * self.chunk).min(self.len)..((k + 1) * self.chunk).min(self.len)
    }

    /// The chunk that holds the event at `position`.
    pub fn chunk_of(&self, position: usize) -> usize {
        position / self.chunk
    }

    pub fn height(&self, k: usize) -> f64 {
        match self.measured.get(k) {
            Some(Some(height)) => *height,
            Some(None) => self.events_of(k).len() as f64 * self.per_event,
            None => 0.0,
        }
    }

    /// Records chunk `k`'s laid-out height. Returns whether anything a reader could see moved
    /// (a change under one pixel is noise from sub-pixel layout).
    pub fn record(&mut self, k: usize, height: f64) -> bool {
        if !height.is_finite() || height < 0.0 || k >= self.measured.len() {
            return false;
        }
        let events = self.events_of(k).len();
        let previous = self.measured[k].replace(height);
        match previous {
            Some(old) => self.measured_height += height - old,
            None => {
                self.measured_height += height;
                self.measured_events += events;
            }
        }
        let old_estimate = self.per_event;
        if self.measured_events > 0 {
            self.per_event = self.measured_height / self.measured_events as f64;
        }
        let unmeasured_moved = (self.per_event - old_estimate).abs() * self.chunk as f64 >= 1.0;
        let this_moved = (height - previous.unwrap_or(events as f64 * old_estimate)).abs() >= 1.0;
        this_moved || unmeasured_moved
    }

    /// The height of the chunks in `chunks`.
    pub fn height_of(&self, chunks: Range<usize>) -> f64 {
        chunks.map(|k| self.height(k)).sum()
    }

    /// The whole list's height.
    pub fn total(&self) -> f64 {
        self.height_of(0..self.chunk_count())
    }

    /// The chunks that overlap the band `top..bottom`, measured in pixels from the top of the
    /// list. Never empty while the list has events, so something is always rendered.
    pub fn overlapping(&self, top: f64, bottom: f64) -> Range<usize> {
        let count = self.chunk_count();
        if count == 0 {
            return 0..0;
        }
        let mut start = None;
        let mut offset = 0.0;
        for k in 0..count {
            let end = offset + self.height(k);
            if start.is_none() && end > top {
                start = Some(k);
            }
            if let Some(start) = start {
                if end >= bottom {
                    return start..k + 1;
                }
            }
            offset = end;
        }
        // The band lies below the list (it just got shorter): show its end.
        start.unwrap_or(count - 1)..count
    }

    /// The chunks to render: all of them for a short list, else those near the viewport.
    /// `viewport` is the visible band in list pixels; `overscan` is added on both sides.
    pub fn window(&self, viewport: Range<f64>, overscan: f64) -> Range<usize> {
        if !self.is_windowed() {
            return 0..self.chunk_count();
        }
        self.overlapping(viewport.start - overscan, viewport.end + overscan)
    }

    /// What to render before anything is measured: the top of the list, for a viewport of
    /// [`FIRST_VIEWPORT`] with half of one to spare.
    pub fn first_window(&self) -> Range<usize> {
        self.window(0.0..FIRST_VIEWPORT, FIRST_VIEWPORT / 2.0)
    }

    /// Every chunk, when the list is short enough to print whole ([`PRINT_LIMIT`]).
    pub fn printable(&self) -> Option<Range<usize>> {
        (self.len <= PRINT_LIMIT).then(|| 0..self.chunk_count())
    }

    /// A window of `radius` chunks either side of the one holding `position`.
    pub fn window_around(&self, position: usize, radius: usize) -> Range<usize> {
        if !self.is_windowed() {
            return 0..self.chunk_count();
        }
        let k = self
            .chunk_of(position)
            .min(self.chunk_count().saturating_sub(1));
        k.saturating_sub(radius)..(k + radius + 1).min(self.chunk_count())
    }
}

/// A run of one year's events inside one chunk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub chunk: usize,
    pub group: YearGroup,
    /// The year began in an earlier chunk, so its heading was already shown.
    pub continued: bool,
    /// Events of this year in the whole list, not just in this section (0 when continued:
    /// the first section of the year says it).
    pub year_total: usize,
}

impl Section {
    /// Unique in the page: a year split over chunks has one section per chunk.
    pub fn heading_id(&self) -> String {
        if self.continued {
            format!("year-{}-{}", self.group.year, self.chunk)
        } else {
            format!("year-{}", self.group.year)
        }
    }

    /// What the heading says beside the year.
    pub fn count_label(&self) -> String {
        match (self.continued, self.year_total) {
            (true, _) => String::from("continued"),
            (false, 1) => String::from("1 event"),
            (false, n) => format!("{n} events"),
        }
    }
}

/// The year sections of the chunks in `chunks`, ready to render.
pub fn sections(
    events: &[&'static Event],
    heights: &ChunkHeights,
    chunks: Range<usize>,
) -> Vec<Section> {
    let mut out = Vec::new();
    for k in chunks {
        // Clamped: the heights may still describe the previous, longer list.
        let range = heights.events_of(k);
        let range = range.start.min(events.len())..range.end.min(events.len());
        if range.is_empty() {
            break;
        }
        let mut position = range.start;
        for group in super::group_by_year(&events[range.clone()]) {
            let continued =
                position > 0 && events[position - 1].start.year == events[position].start.year;
            // The list is in date order, so a year's events are one run from its first.
            let year_total = if continued {
                0
            } else {
                events[position..]
                    .iter()
                    .take_while(|e| e.start.year == group.year)
                    .count()
            };
            position += group.events.len();
            out.push(Section {
                chunk: k,
                group,
                continued,
                year_total,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
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
}
