//! Checks across files: the changelog's event ids and the aliases of merged events.

use std::collections::HashMap;

use crate::{changes, events, DataError, Locator};

/// Each id a change names must be a live event (not a merged one: name its survivor).
pub(crate) fn check_change_references(
    references: &[changes::EventReference],
    aliases: &[(String, String)],
    live: &HashMap<String, usize>,
    file: (&str, &str),
    errors: &mut Vec<DataError>,
) {
    let locator = Locator::new(file.0, file.1);
    for reference in references {
        let problem = if let Some((_, target)) = aliases.iter().find(|(id, _)| *id == reference.id)
        {
            format!(
                "\"{}\" was merged into \"{target}\"; name that id",
                reference.id
            )
        } else if live.contains_key(&reference.id) {
            continue;
        } else {
            format!("no event has the id \"{}\"", reference.id)
        };
        errors.push(locator.error_at_line(reference.line, "change.events", problem));
    }
}

/// Checks the `[[alias]]` entries: each names a merged id that no event uses any more, and the
/// live event that absorbed it (never another alias, so a link resolves in one step).
pub(crate) fn check_aliases(
    raw: Vec<events::RawAlias>,
    live: &HashMap<String, usize>,
    locator: &Locator,
    errors: &mut Vec<DataError>,
) -> Vec<(String, String)> {
    let mut aliases: Vec<(String, String)> = Vec::new();
    for alias in &raw {
        let (id, target) = (alias.id.get_ref(), alias.event.get_ref());
        let problem = if live.contains_key(id) {
            Some((
                "alias.id",
                format!("\"{id}\" is still an event's id; an alias keeps a merged id working"),
            ))
        } else if aliases.iter().any(|(seen, _)| seen == id) {
            Some(("alias.id", format!("\"{id}\" has two aliases")))
        } else if raw.iter().any(|other| other.id.get_ref() == target) {
            Some((
                "alias.event",
                format!("\"{target}\" is itself an alias; name the event it points to"),
            ))
        } else if !live.contains_key(target) {
            Some(("alias.event", format!("no event has the id \"{target}\"")))
        } else {
            None
        };
        match problem {
            Some((field, message)) => {
                let at = if field == "alias.id" {
                    &alias.id
                } else {
                    &alias.event
                };
                errors.push(locator.error(at, field, message));
            }
            None => aliases.push((id.clone(), target.clone())),
        }
    }
    aliases.sort();
    aliases
}
