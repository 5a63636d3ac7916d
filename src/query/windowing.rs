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
mod tests;
