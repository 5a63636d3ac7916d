//! How a state figures on the Baltic region map (`src/data/map.tsv`, checked by the dataset
//! crate), and the shape the app draws.

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
