//! How a state joined the treaty, as the UN depositary records it.
//!
//! Also compiled into `build.rs` through `#[path]`: std only.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Ratification,
    Accession,
    Acceptance,
    Approval,
    Succession,
}

impl Action {
    /// Reads the `action` column of parties.csv.
    pub fn parse(text: &str) -> Option<Action> {
        Some(match text {
            "ratification" => Action::Ratification,
            "accession" => Action::Accession,
            "acceptance" => Action::Acceptance,
            "approval" => Action::Approval,
            "succession" => Action::Succession,
            _ => return None,
        })
    }

    /// The Rust path of this variant, for generated code.
    pub fn variant_name(self) -> &'static str {
        match self {
            Action::Ratification => "Ratification",
            Action::Accession => "Accession",
            Action::Acceptance => "Acceptance",
            Action::Approval => "Approval",
            Action::Succession => "Succession",
        }
    }

    /// The title's verb phrase: "Canada ratifies the treaty".
    pub fn title_verb(self) -> &'static str {
        match self {
            Action::Ratification => "ratifies the treaty",
            Action::Accession => "accedes to the treaty",
            Action::Acceptance => "accepts the treaty",
            Action::Approval => "approves the treaty",
            Action::Succession => "succeeds to the treaty",
        }
    }

    /// What was deposited: "its instrument of ratification".
    pub fn instrument(self) -> &'static str {
        match self {
            Action::Ratification => "its instrument of ratification",
            Action::Accession => "its instrument of accession",
            Action::Acceptance => "its instrument of acceptance",
            Action::Approval => "its instrument of approval",
            Action::Succession => "its notification of succession",
        }
    }
}
