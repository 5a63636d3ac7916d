//! Tests of `date`.

use super::*;

#[test]
fn parses_each_precision() {
    assert_eq!(
        PartialDate::parse("2025").unwrap().precision(),
        Precision::Year
    );
    assert_eq!(
        PartialDate::parse("2025-06").unwrap().precision(),
        Precision::Month
    );
    assert_eq!(
        PartialDate::parse("2025-06-27").unwrap().precision(),
        Precision::Day
    );
}

#[test]
fn rejects_malformed_and_impossible_dates() {
    for bad in [
        "",
        "25",
        "2025-6",
        "2025-06-7",
        "2025/06/07",
        "2025-06-27-1",
        "２０２５",
    ] {
        assert_eq!(PartialDate::parse(bad), Err(DateError::Format), "{bad}");
    }
    for bad in ["2025-02-29", "2025-13", "2025-00", "2025-04-31", "0000"] {
        assert_eq!(PartialDate::parse(bad), Err(DateError::Impossible), "{bad}");
    }
    assert!(PartialDate::parse("2024-02-29").is_ok(), "leap day");
}

#[test]
fn formats_in_own_precision() {
    let day = PartialDate::parse("2025-06-27").unwrap();
    assert_eq!(day.human(), "27 June 2025");
    assert_eq!(day.iso(), "2025-06-27");
    assert_eq!(PartialDate::parse("2025-06").unwrap().human(), "June 2025");
    assert_eq!(PartialDate::parse("1999").unwrap().human(), "1999");
    assert_eq!(PartialDate::parse("1999-03").unwrap().iso(), "1999-03");
}

#[test]
fn packed_keys_round_trip_in_every_precision() {
    for text in ["2025", "2025-06", "2025-06-27", "0999-01-01"] {
        let date = PartialDate::parse(text).unwrap();
        assert_eq!(PartialDate::from_key(date.key()), date, "{text}");
    }
}

#[test]
fn counts_months_as_the_treaty_does() {
    let date = |text| PartialDate::parse(text).unwrap();
    // Article 17(2): the first day of the sixth month after the deposit.
    assert_eq!(
        date("2005-07-01").first_of_month_after(6),
        Some(date("2006-01-01"))
    );
    assert_eq!(
        date("2004-05-12").first_of_month_after(6),
        Some(date("2004-11-01"))
    );
    assert_eq!(
        date("1998-12").first_of_month_after(6),
        Some(date("1999-06-01"))
    );
    assert_eq!(date("1998").first_of_month_after(6), None);
    // Article 20(3): six months after the notice, the same day of the month.
    let six = |text| PartialDate::parse(text).unwrap().months_later(6);
    assert_eq!(
        six("2025-06-27"),
        Some((date("2025-12-27"), date("2025-12-27")))
    );
    assert_eq!(
        six("2025-08-20"),
        Some((date("2026-02-20"), date("2026-02-20")))
    );
    assert_eq!(
        six("2025-08-31"),
        Some((date("2026-02-28"), date("2026-03-01")))
    );
    assert_eq!(
        six("2023-08-31"),
        Some((date("2024-02-29"), date("2024-03-01")))
    );
    assert_eq!(
        six("2025-12-31"),
        Some((date("2026-06-30"), date("2026-07-01")))
    );
    assert_eq!(six("2025-06"), None);
}

#[test]
fn keys_bound_the_span_of_a_partial_date() {
    let june = PartialDate::parse("2025-06").unwrap();
    let june_27 = PartialDate::parse("2025-06-27").unwrap();
    assert!(june.first_day_key() <= june_27.first_day_key());
    assert!(june.last_day_key() >= june_27.last_day_key());
    let year = PartialDate::parse("2025").unwrap();
    assert!(year.first_day_key() < june.first_day_key());
    assert!(year.last_day_key() > june.last_day_key());
}
