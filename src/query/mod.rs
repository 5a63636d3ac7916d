//! Pure queries over the dataset, by what they are: the catalog and its results, search, the
//! URL contract, windowing, the charts, the article's notes and the exports. Everything here runs natively and is tested with `cargo test`.

pub mod article;
pub mod catalog;
pub mod charts;
pub mod export;
pub mod search;
pub mod shortcuts;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod url;
pub mod windowing;

pub use catalog::{group_by_year, Catalog, FacetCounts, QueryResult, YearGroup};
pub use search::filter::{Filter, Order};
pub use url::{parse, parse_in, to_query, Parsed, Problem};
