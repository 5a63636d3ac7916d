//! The geometry both charts share: a drawing area inside its margins, in SVG user units, with
//! linear scales from a span of values to positions and back. Integers throughout: formatting
//! an `f64` would link Rust's float printing, about 12 KB of gzipped WASM.

/// A chart's drawing area: the SVG's size and the margins around what it plots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plot {
    pub width: i32,
    pub height: i32,
    pub left: i32,
    pub right: i32,
    pub top: i32,
    pub bottom: i32,
}

impl Plot {
    /// The width between the margins, at least 1 so that scales never divide by zero.
    pub fn inner_width(&self) -> i32 {
        (self.width - self.left - self.right).max(1)
    }

    /// The bottom of the plotted area: where a value of 0 sits.
    pub fn base(&self) -> i32 {
        self.height - self.bottom
    }

    /// The horizontal position of `offset` on an axis from 0 to `span`, clamped to it.
    pub fn x(&self, offset: i64, span: i64) -> i32 {
        let span = span.max(1);
        self.left + (offset.clamp(0, span) * i64::from(self.inner_width()) / span) as i32
    }

    /// The offset, from 0 to `span`, under horizontal position `x` (the inverse of
    /// [`Plot::x`], rounded down); positions in the margins give the nearest end.
    pub fn offset_at(&self, x: i32, span: i64) -> i64 {
        let inside = (x - self.left).clamp(0, self.inner_width());
        i64::from(inside) * span / i64::from(self.inner_width())
    }

    /// The vertical position of `value` on an axis from 0 (at the base) to `max` (at the top).
    pub fn y(&self, value: i64, max: i64) -> i32 {
        let height = i64::from(self.base() - self.top);
        self.base() - (value * height / max.max(1)) as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLOT: Plot = Plot {
        width: 120,
        height: 60,
        left: 10,
        right: 10,
        top: 10,
        bottom: 20,
    };

    #[test]
    fn the_axis_spans_the_inner_width_and_clamps() {
        assert_eq!(PLOT.x(0, 10), 10);
        assert_eq!(PLOT.x(5, 10), 60);
        assert_eq!(PLOT.x(10, 10), 110);
        assert_eq!(PLOT.x(-3, 10), 10);
        assert_eq!(PLOT.x(99, 10), 110);
    }

    #[test]
    fn offset_at_inverts_x() {
        for offset in 0..=10 {
            assert_eq!(PLOT.offset_at(PLOT.x(offset, 10), 10), offset);
        }
        assert_eq!(PLOT.offset_at(0, 10), 0, "the left margin gives the start");
        assert_eq!(
            PLOT.offset_at(119, 10),
            10,
            "the right margin gives the end"
        );
    }

    #[test]
    fn values_rise_from_the_base_to_the_top() {
        assert_eq!(PLOT.y(0, 4), 40);
        assert_eq!(PLOT.y(2, 4), 25);
        assert_eq!(PLOT.y(4, 4), 10);
        assert_eq!(PLOT.y(0, 0), 40, "an empty chart divides by nothing");
    }

    #[test]
    fn a_plot_with_no_room_still_scales() {
        let squeezed = Plot {
            left: 60,
            right: 60,
            ..PLOT
        };
        assert_eq!(squeezed.inner_width(), 1);
        assert_eq!(squeezed.offset_at(500, 10), 10);
    }
}
