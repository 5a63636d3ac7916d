//! The charts' decisions, apart from their drawing: the events-per-year histogram, the States
//! Parties count and the map's standings, on one plot geometry.

pub mod histogram;
pub mod map_status;
pub mod parties;
pub mod plot;
