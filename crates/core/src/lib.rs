//! The plain types that the app and its build-time `ottawa-dataset` crate share: dates as
//! precise as their sources, the kinds of event, how states join, the States Parties, the
//! map's roles, the ids of the generated events and the rows of the packed tables. `std` and
//! `chrono` only, so that both sides of the build agree on them by construction, not by copy.

pub mod action;
pub mod basis;
pub mod date;
pub mod ids;
pub mod kind;
pub mod map;
pub mod packed;
pub mod party;

pub use action::Action;
pub use basis::Basis;
pub use date::{DateError, DayKey, PartialDate, Precision};
pub use kind::Kind;
pub use map::{MapRole, MapShape};
pub use party::Party;
