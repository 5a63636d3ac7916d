//! What the catalog holds besides its events: the article and its notes, the parties and
//! their count over time, the map, the dataset's dates and changelog. Views read all of it
//! here, so the data they show comes through one door; a benchmark catalog swaps the events
//! and keeps the rest.

use super::Catalog;
use crate::model::{
    self, Basis, Change, Country, EditorNote, MapShape, PartialDate, Party, PartyStep,
};
use crate::query::charts::map_status::{Standing, UKRAINE, UKRAINE_SUSPENSION_EVENT};

impl Catalog {
    /// The article's headline, verbatim.
    pub fn headline(&self) -> &'static str {
        model::headline()
    }

    /// The article's paragraphs, verbatim, `p1` first.
    pub fn paragraphs(&self) -> &'static [&'static str] {
        model::paragraphs()
    }

    /// The editor's notes on paragraph `number`, in reading order.
    pub fn notes_on(&self, number: u8) -> impl Iterator<Item = EditorNote> {
        model::notes_on(number)
    }

    /// How many of this catalog's events explain paragraph `number`: the list `?para=N`
    /// shows, whichever events the page holds.
    pub fn events_explaining(&self, number: u8) -> usize {
        self.events
            .iter()
            .filter(|e| e.paragraphs.contains(&number))
            .count()
    }

    /// A country by its code, in any case.
    pub fn country(&self, code: &str) -> Option<&'static Country> {
        model::country(code)
    }

    /// The display name for a code known to the dataset.
    pub fn country_name(&self, code: &str) -> &'static str {
        model::country_name(code)
    }

    /// The States Parties, as the UN's table lists them.
    pub fn parties(&self) -> &'static [Party] {
        model::parties()
    }

    /// The number of States Parties over time on the given basis.
    pub fn party_steps(&self, basis: Basis) -> &'static [PartyStep] {
        model::party_steps(basis)
    }

    /// A state's standing under the Convention, for the map: its row of the parties tables,
    /// and for Ukraine its suspension notice.
    pub fn standing(&self, code: &str) -> Standing {
        let party = self.parties().iter().find(|p| p.code == code);
        let suspension = (code == UKRAINE)
            .then(|| self.event(UKRAINE_SUSPENSION_EVENT))
            .flatten();
        Standing::new(party, suspension)
    }

    /// The map's states, in drawing order, and its size.
    pub fn map_shapes(&self) -> &'static [MapShape] {
        model::map_shapes()
    }

    pub fn map_size(&self) -> (u16, u16) {
        model::map_size()
    }

    /// The dataset's "data as of" date: the app's today.
    pub fn as_of(&self) -> PartialDate {
        model::as_of()
    }

    /// The date of the UN status page that the parties tables copy.
    pub fn un_status_as_at(&self) -> PartialDate {
        model::un_status_as_at()
    }

    /// The dataset's changelog, newest first.
    pub fn changes(&self) -> impl ExactSizeIterator<Item = Change> {
        model::changes()
    }
}
