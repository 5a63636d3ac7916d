//! Pure queries over the dataset: filtering, facet counts, search folding and the URL
//! contract. Everything here runs natively and is tested with `cargo test`.

pub mod article;
pub mod catalog;
pub mod embed;
pub mod export;
pub mod filter;
pub mod fold;
pub mod histogram;
pub mod map_status;
pub mod parties_chart;
pub mod presets;
pub mod shortcuts;
pub mod signature;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod url;
pub mod windowing;

pub use catalog::{group_by_year, Catalog, FacetCounts, QueryResult, YearGroup};
pub use filter::{Filter, Order};
pub use url::{parse, parse_in, to_query, Parsed, Problem};
