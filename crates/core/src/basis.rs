//! Which date makes a state count as a State Party. The build computes the steps of the count
//! for each basis, and the chart lets the reader switch between them.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Basis {
    /// From the Convention's entry into force for the state (Article 17).
    #[default]
    Bound,
    /// From the deposit of its instrument.
    Joined,
}

impl Basis {
    pub const ALL: [Basis; 2] = [Basis::Bound, Basis::Joined];
}
