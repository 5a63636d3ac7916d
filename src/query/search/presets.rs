//! Ready-made views for the questions readers ask most.

use super::filter::Filter;
use crate::model::{Kind, PartialDate};

/// A named view: applied on top of a cleared filter, so selection and order survive.
pub struct Preset {
    pub label: &'static str,
    apply: fn(&mut Filter),
}

pub const PRESETS: [Preset; 3] = [
    Preset {
        label: "The 2025–26 withdrawals",
        // From Finland's first public step (30 November 2024) on: every decision, notice,
        // withdrawal and reaction, including treaty-wide ones that name no state.
        apply: |f| {
            f.kinds = vec![
                Kind::Announcement,
                Kind::Legislation,
                Kind::Notification,
                Kind::Withdrawal,
                Kind::Reaction,
            ];
            f.from = PartialDate::parse("2024-11").ok();
        },
    },
    Preset {
        label: "Treaty history",
        apply: |f| f.kinds = vec![Kind::Treaty],
    },
    Preset {
        label: "Who joined when",
        apply: |f| f.kinds = vec![Kind::Signature, Kind::Joining],
    },
];

impl Preset {
    /// `current` with only this preset's filters.
    pub fn applied_to(&self, current: &Filter) -> Filter {
        let mut filter = current.cleared();
        (self.apply)(&mut filter);
        filter
    }

    pub fn is_active(&self, current: &Filter) -> bool {
        *current == self.applied_to(current)
    }

    /// Choosing an active preset again turns it off.
    pub fn toggled(&self, current: &Filter) -> Filter {
        if self.is_active(current) {
            current.cleared()
        } else {
            self.applied_to(current)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::{parse, Catalog};

    #[test]
    fn presets_replace_filters_but_keep_selection_and_toggle_off() {
        let current = parse("?q=latvia&country=LV&event=join-lv&order=oldest").filter;
        let treaty = &PRESETS[1];
        let applied = treaty.toggled(&current);
        assert_eq!(applied.kinds, [Kind::Treaty]);
        assert!(applied.text.is_empty() && applied.countries.is_empty());
        assert_eq!(applied.event, Some("join-lv"));
        assert!(treaty.is_active(&applied));
        assert_eq!(treaty.toggled(&applied), current.cleared());
    }

    #[test]
    fn the_withdrawals_preset_shows_every_withdrawal_and_no_joining() {
        let catalog = Catalog::bundled();
        let shown = catalog.search(&PRESETS[0].applied_to(&Default::default()));
        assert_eq!(
            shown.iter().filter(|e| e.kind == Kind::Withdrawal).count(),
            5
        );
        assert!(shown
            .iter()
            .all(|e| !matches!(e.kind, Kind::Joining | Kind::Signature)));
    }
}
