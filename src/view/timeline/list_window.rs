//! The DOM side of the windowed timeline: where the viewport is, how tall the rendered chunks
//! are, and keeping the reader's place while chunks come and go. The arithmetic lives in
//! [`crate::query::windowing`].

use std::ops::Range;

use leptos::html::Ol;
use leptos::prelude::*;
use leptos::tachys::renderer::dom::queue_microtask;
use web_sys::{Element, ScrollBehavior, ScrollToOptions};

use crate::query::windowing::{ChunkHeights, FIRST_VIEWPORT};
use crate::view::dom::element_by_id;

/// The timeline list's DOM id.
pub const LIST_ID: &str = "timeline-list";

/// The windowed list's state, which its scroll, resize and print listeners share.
#[derive(Clone, Copy)]
pub struct ListWindow {
    list: NodeRef<Ol>,
    heights: RwSignal<ChunkHeights>,
    /// Which chunks are rendered.
    rendered: RwSignal<Range<usize>>,
    frame_pending: StoredValue<bool>,
    /// While printing, the whole list stays rendered whatever the viewport says.
    pub printing: StoredValue<bool>,
}

impl ListWindow {
    pub fn new(
        list: NodeRef<Ol>,
        heights: RwSignal<ChunkHeights>,
        rendered: RwSignal<Range<usize>>,
    ) -> Self {
        ListWindow {
            list,
            heights,
            rendered,
            frame_pending: StoredValue::new(false),
            printing: StoredValue::new(false),
        }
    }

    /// At most once a frame, however fast scroll events come: measures the rendered chunks
    /// in the next frame, then renders the ones the viewport overlaps, and measures again
    /// after that until nothing moves. Re-rendering patches cards in place, which would
    /// defeat the browser's scroll anchoring, so the first card on screen is put back where
    /// it was by hand once the DOM has followed.
    pub fn settle(self) {
        if self.frame_pending.get_value()
            || self.printing.get_value()
            || !self.heights.with_untracked(ChunkHeights::is_windowed)
        {
            return;
        }
        self.frame_pending.set_value(true);
        request_animation_frame(move || {
            self.frame_pending.set_value(false);
            let Some(list) = self.list.get_untracked() else {
                return;
            };
            let anchor = first_card_on_screen(&list);
            let (resized, first_rendered) = measure(&list, self.heights);
            let next = visible_chunks(None, self.heights, first_rendered);
            let moved = next != self.rendered.get_untracked();
            if moved {
                self.rendered.set(next);
                self.settle();
            }
            if let Some(anchor) = anchor.filter(|_| resized || moved) {
                // Queued after the re-render that the signals above just scheduled.
                queue_microtask(move || keep_in_place(anchor));
            }
        });
    }
}

/// A CSS length in whole pixels. Integer formatting on purpose: formatting an `f64` would
/// link Rust's float printing, about 12 KB of gzipped WASM.
pub fn px(height: f64) -> String {
    let mut css = (height.round() as i64).to_string();
    css.push_str("px");
    css
}

/// The chunks that overlap the viewport, with half a viewport to spare on each side.
///
/// `list_top` is the list's top on screen, if it is mounted. Positions are taken from
/// `first_rendered` (a rendered chunk and its top on screen) when
/// there is one: the spacer above it was sized from older estimates, so the list's own top
/// would misplace the viewport by however much those estimates were off.
pub fn visible_chunks(
    list_top: Option<f64>,
    heights: RwSignal<ChunkHeights>,
    first_rendered: Option<(usize, f64)>,
) -> Range<usize> {
    let viewport_height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(FIRST_VIEWPORT);
    heights.with_untracked(|h| {
        let (origin_in_list, origin_on_screen) = match first_rendered {
            Some((k, top)) => (h.height_of(0..k), top),
            None => (0.0, list_top.unwrap_or(0.0)),
        };
        let viewport_top = origin_in_list - origin_on_screen;
        h.window(
            viewport_top..viewport_top + viewport_height,
            viewport_height / 2.0,
        )
    })
}

/// Records the height of every rendered chunk: from the top of its first section to the top of
/// the next chunk (or of the bottom spacer), so margins between sections count too.
/// Returns whether any height changed, and the first rendered chunk with its top on screen.
pub fn measure(list: &Element, heights: RwSignal<ChunkHeights>) -> (bool, Option<(usize, f64)>) {
    let mut starts: Vec<(usize, f64)> = Vec::new();
    let mut child = list.first_element_child();
    while let Some(element) = child {
        let top = element.get_bounding_client_rect().top();
        match element
            .get_attribute("data-chunk")
            .and_then(|k| k.parse().ok())
        {
            Some(k) if starts.last().is_none_or(|(last, _)| *last != k) => starts.push((k, top)),
            Some(_) => {}
            // The bottom spacer closes the last chunk.
            None if !starts.is_empty() => starts.push((usize::MAX, top)),
            None => {}
        }
        child = element.next_element_sibling();
    }
    let mut resized = false;
    heights.maybe_update(|h| {
        for pair in starts.windows(2) {
            resized |= h.record(pair[0].0, pair[1].1 - pair[0].1);
        }
        resized
    });
    (resized, starts.first().copied())
}

/// A card on screen (its DOM id) and its distance from the top of the viewport.
pub struct Anchor {
    pub id: String,
    pub top: f64,
}

/// The first card whose bottom is below the top of the viewport.
pub fn first_card_on_screen(list: &Element) -> Option<Anchor> {
    let mut section = list.first_element_child();
    while let Some(year) = section {
        // A year section: its heading, then its list of cards.
        let mut card = year
            .last_element_child()
            .and_then(|cards| cards.first_element_child());
        while let Some(element) = card {
            let top = element.get_bounding_client_rect().top();
            if element.get_bounding_client_rect().bottom() > 0.0 {
                return Some(Anchor {
                    id: element.id(),
                    top,
                });
            }
            card = element.next_element_sibling();
        }
        section = year.next_element_sibling();
    }
    None
}

/// Scrolls so the anchor's card is again where it was.
pub fn keep_in_place(anchor: Anchor) {
    let Some(card) = element_by_id(&anchor.id) else {
        return;
    };
    let drift = card.get_bounding_client_rect().top() - anchor.top;
    if drift.abs() >= 1.0 {
        // At once, whatever the stylesheet's scroll-behavior says.
        let options = ScrollToOptions::new();
        options.set_top(drift);
        options.set_behavior(ScrollBehavior::Instant);
        window().scroll_by_with_scroll_to_options(&options);
    }
}
