//! How a state joined the treaty, as the UN depositary records it.
//!
//! Shared by the app and the build-time dataset crate.

/// Declaration order is the packed index in generated tables (`Action as u8`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Ratification,
    Accession,
    Acceptance,
    Approval,
    Succession,
}

impl Action {
    pub const ALL: [Action; 5] = [
        Action::Ratification,
        Action::Accession,
        Action::Acceptance,
        Action::Approval,
        Action::Succession,
    ];

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
