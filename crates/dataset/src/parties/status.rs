//! parties_status.csv: entry into force and withdrawal dates, each checked against the articles that fix them.

use super::*;

/// Why `entry_into_force` is not the date Article 17 gives an instrument deposited on
/// `deposit`. The research computed the column from this rule (parties_notes.md), and the 17
/// dates a source states agree with it; the check keeps a later edit from drifting.
pub(super) fn entry_into_force_error(
    deposit: PartialDate,
    entry_into_force: PartialDate,
) -> Option<String> {
    let fortieth = treaty::FORTIETH_DEPOSIT;
    if deposit.last_day_key() <= fortieth.first_day_key() {
        // Article 17(1): the Convention entered into force "on the first day of the sixth month
        // after the month in which the 40th instrument ... has been deposited", for every
        // state that had deposited by then.
        let expected = treaty::ENTRY_INTO_FORCE;
        (entry_into_force != expected).then(|| {
            format!(
                "{} is not {}: the deposit on {} came by the 40th, on {}, so it took effect with the Convention (Article 17(1))",
                entry_into_force.iso(),
                expected.iso(),
                deposit.iso(),
                fortieth.iso()
            )
        })
    } else if deposit.first_day_key() > fortieth.last_day_key() {
        // Article 17(2): for a later instrument, "the first day of the sixth month after the
        // date on which that State has deposited" it. A year-only deposit cannot be checked.
        let expected = deposit.first_of_month_after(6)?;
        (entry_into_force != expected).then(|| {
            format!(
                "{} is not {}, the first day of the sixth month after the deposit on {} (Article 17(2))",
                entry_into_force.iso(),
                expected.iso(),
                deposit.iso()
            )
        })
    } else {
        // A partial date around 16 September 1998: either paragraph may apply.
        None
    }
}

pub(super) struct StatusRow {
    pub(super) line: usize,
    /// None only when the cell was invalid (and reported).
    pub(super) entry_into_force: Option<PartialDate>,
    pub(super) withdrawal_notified: Option<PartialDate>,
    pub(super) withdrawal_effect: Option<PartialDate>,
    pub(super) depositary_notification: Option<String>,
}

/// Why `effect` is not six months after `notified`. Article 20(3): a withdrawal "shall only
/// take effect six months after the receipt of the instrument of withdrawal by the
/// Depositary"; the UN table dates every one the same day of the month six months on
/// (27 June 2025 → 27 December 2025). Its second sentence delays a state engaged in armed
/// conflict until the conflict ends; no withdrawal in the data is delayed, so one that is
/// would need this rule relaxed for its row. A notice known only to the month is not checked.
pub(super) fn six_months_error(notified: PartialDate, effect: PartialDate) -> Option<String> {
    let (earliest, latest) = notified.months_later(6)?;
    let on_time = effect.precision() == Precision::Day
        && earliest.key() <= effect.key()
        && effect.key() <= latest.key();
    if on_time {
        return None;
    }
    let expected = if earliest == latest {
        earliest.iso()
    } else {
        format!("{} or {}", earliest.iso(), latest.iso())
    };
    Some(format!(
        "{} is not {expected}, six months after the notification on {} (Article 20(3))",
        effect.iso(),
        notified.iso()
    ))
}

pub(super) fn parse_status(
    file: (&str, &str),
    un_status: Option<PartialDate>,
    errors: &mut Vec<DataError>,
) -> HashMap<String, StatusRow> {
    let locator = Locator::new(file.0, file.1);
    let mut rows = HashMap::new();
    for (line_no, cells) in table::rows::<StatusCells>(file, &STATUS_HEADER, errors) {
        let eif = date_cell(
            &locator,
            line_no,
            "entry_into_force",
            &cells.entry_into_force,
            errors,
        );
        let notified = optional_date_cell(
            &locator,
            line_no,
            "withdrawal_notification",
            &cells.withdrawal_notification,
            errors,
        )
        .flatten();
        let mut effect = optional_date_cell(
            &locator,
            line_no,
            "withdrawal_effect",
            &cells.withdrawal_effect,
            errors,
        )
        .flatten();
        if let Some(message) = notified
            .zip(un_status)
            .and_then(|(notified, un)| after_status_date(notified, un))
        {
            errors.push(locator.error_at_line(line_no, "withdrawal_notification", message));
        }
        if let (true, Some(when)) = (cells.withdrawal_notification.is_empty(), effect) {
            errors.push(locator.error_at_line(
                line_no,
                "withdrawal_notification",
                format!(
                    "missing for the withdrawal effective {}: a withdrawal takes effect six months after its notification (Article 20(3))",
                    when.iso()
                ),
            ));
        }
        if let (Some(notified), Some(when)) = (notified, effect) {
            if when.first_day_key() <= notified.last_day_key() {
                errors.push(locator.error_at_line(
                    line_no,
                    "withdrawal_effect",
                    format!(
                        "{} is not after the notification {}",
                        when.iso(),
                        notified.iso()
                    ),
                ));
                effect = None;
            } else if let Some(message) = six_months_error(notified, when) {
                errors.push(locator.error_at_line(line_no, "withdrawal_effect", message));
            }
        }
        if rows.contains_key(&cells.iso2) {
            errors.push(locator.error_at_line(
                line_no,
                "iso2",
                format!("duplicate state \"{}\"", cells.iso2),
            ));
            continue;
        }
        // A row with a bad cell is still recorded, so one typo yields one message, not a
        // cascade of "no row for this state" errors.
        rows.insert(
            cells.iso2,
            StatusRow {
                line: line_no,
                entry_into_force: eif,
                withdrawal_notified: notified,
                withdrawal_effect: effect,
                depositary_notification: (!cells.depositary_notification.is_empty())
                    .then_some(cells.depositary_notification),
            },
        );
    }
    rows
}
