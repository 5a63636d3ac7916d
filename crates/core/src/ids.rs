//! The ids of the events generated from parties.csv. The build sorts the timeline by them and
//! the app names events with them, so they are written once, here.

/// `sign-ee`: the signature event of the state with ISO code `code` (any case).
pub fn signature_event_id(code: &str) -> String {
    format!("sign-{}", code.to_ascii_lowercase())
}

/// `join-ee`: the event of the state's deposit of its instrument (ratification, accession…).
pub fn joining_event_id(code: &str) -> String {
    format!("join-{}", code.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lower_case_slugs_of_the_code() {
        assert_eq!(signature_event_id("EE"), "sign-ee");
        assert_eq!(joining_event_id("Lv"), "join-lv");
    }
}
