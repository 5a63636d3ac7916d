//! The reader's today, from the browser's clock: the chart runs to it and the map never
//! shows a day after it.

/// Today as a date key (`yyyymmdd`, like the generated tables).
pub fn today() -> u32 {
    let now = js_sys::Date::new_0();
    now.get_full_year() * 10_000 + (now.get_month() + 1) * 100 + now.get_date()
}
