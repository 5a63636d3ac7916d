//! The Baltic region map, compiled in from `src/data/map.tsv` (see `src/dataset/map.rs`).
//! Also compiled into build.rs, which shares [`MapRole`] with the app.

/// How a state figures in the story, which decides how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapRole {
    /// One of the five that withdrew, or Ukraine.
    Focus,
    /// Russia and Belarus.
    Neighbour,
    /// The rest of the region, for orientation only.
    Context,
}

#[derive(Debug, PartialEq, Eq)]
pub struct MapShape {
    pub code: &'static str,
    pub role: MapRole,
    /// Where its label goes, in the map's units.
    pub label: (u16, u16),
    /// SVG path data.
    pub path: &'static str,
}
