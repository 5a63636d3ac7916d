//! The kinds of event. Their slugs are part of the public URL contract (`?kind=`).
//!
//! Shared by the app and the build-time dataset crate.

/// What sort of step an event is. Declaration order is the order shown in the Kind filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Treaty,
    Signature,
    Joining,
    Announcement,
    Legislation,
    Notification,
    Withdrawal,
    Conflict,
    Report,
    Reaction,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Treaty,
        Kind::Signature,
        Kind::Joining,
        Kind::Announcement,
        Kind::Legislation,
        Kind::Notification,
        Kind::Withdrawal,
        Kind::Conflict,
        Kind::Report,
        Kind::Reaction,
    ];

    /// The URL and dataset value.
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Treaty => "treaty",
            Kind::Signature => "signature",
            Kind::Joining => "joining",
            Kind::Announcement => "announcement",
            Kind::Legislation => "legislation",
            Kind::Notification => "notification",
            Kind::Withdrawal => "withdrawal",
            Kind::Conflict => "conflict",
            Kind::Report => "report",
            Kind::Reaction => "reaction",
        }
    }

    /// The reader's label.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Treaty => "Treaty milestone",
            Kind::Signature => "Signature",
            Kind::Joining => "Joining",
            Kind::Announcement => "Announcement",
            Kind::Legislation => "Vote or decision",
            Kind::Notification => "Notice to the UN",
            Kind::Withdrawal => "Withdrawal takes effect",
            Kind::Conflict => "War and mine use",
            Kind::Report => "Report",
            Kind::Reaction => "Reaction",
        }
    }

    /// Accepts a slug in any case.
    pub fn from_slug(text: &str) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|kind| kind.slug().eq_ignore_ascii_case(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_in_any_case() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_slug(kind.slug()), Some(kind));
            assert_eq!(Kind::from_slug(&kind.slug().to_uppercase()), Some(kind));
        }
        assert_eq!(Kind::from_slug("treaties"), None);
        assert_eq!(Kind::from_slug(""), None);
    }

    #[test]
    fn all_lists_the_kinds_in_declaration_order() {
        // Generated tables store a kind as `kind as u8` and the app reads it as `Kind::ALL[i]`.
        for (i, kind) in Kind::ALL.into_iter().enumerate() {
            assert_eq!(kind as usize, i);
        }
    }
}
