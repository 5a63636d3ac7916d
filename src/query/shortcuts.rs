//! Keyboard shortcuts: which key does what, decided apart from the DOM so it can be tested.
//!
//! - `/` focuses the search box;
//! - Esc clears the search, then (pressed again) closes the link notice;
//! - ↓/↑ (on an event) or j/k (anywhere outside a text field) move between events;
//! - Enter on an event selects it and takes focus to its sources.
//!
//! Keys typed into a text field stay text, and a key with Ctrl, Alt or Meta belongs to the
//! browser or the system, never to us.

/// What a key press asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    FocusSearch,
    ClearSearch,
    CloseNotice,
    NextEvent,
    PreviousEvent,
    OpenSources,
}

/// The item after (`forward`) or before the current one in a list in display order, such as
/// the result list's events; `None` at either end, or when no item is current.
pub fn neighbour<T: Copy>(
    items: &[T],
    is_current: impl Fn(&T) -> bool,
    forward: bool,
) -> Option<T> {
    let position = items.iter().position(is_current)?;
    let next = if forward {
        position.checked_add(1)?
    } else {
        position.checked_sub(1)?
    };
    items.get(next).copied()
}

/// Where the key was pressed and what is on screen, as far as shortcuts care.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyContext {
    /// Focus is in a field that takes typing (the search box, a date field).
    pub in_text_field: bool,
    /// Focus is on an event card itself (not a link inside it).
    pub on_event: bool,
    /// Ctrl, Alt or Meta is held.
    pub modified: bool,
    pub search_has_text: bool,
    pub notice_open: bool,
}

/// The shortcut for `key` (a `KeyboardEvent.key` value) in `context`, if any.
pub fn shortcut(key: &str, context: KeyContext) -> Option<Shortcut> {
    if context.modified {
        return None;
    }
    match key {
        "Escape" if context.search_has_text => Some(Shortcut::ClearSearch),
        "Escape" if context.notice_open => Some(Shortcut::CloseNotice),
        _ if context.in_text_field => None,
        "/" => Some(Shortcut::FocusSearch),
        "j" => Some(Shortcut::NextEvent),
        "k" => Some(Shortcut::PreviousEvent),
        // Arrows scroll the page unless an event has focus: then they move between events.
        "ArrowDown" if context.on_event => Some(Shortcut::NextEvent),
        "ArrowUp" if context.on_event => Some(Shortcut::PreviousEvent),
        "Enter" if context.on_event => Some(Shortcut::OpenSources),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_follow_the_result_list_across_years_and_stop_at_its_ends() {
        // The list is flat: a year boundary between two ids changes nothing.
        let ids = ["2026-b", "2026-a", "2025-z", "1997-a"];
        assert_eq!(neighbour(&ids, |id| *id == "2026-a", true), Some("2025-z"));
        assert_eq!(neighbour(&ids, |id| *id == "2025-z", false), Some("2026-a"));
        assert_eq!(neighbour(&ids, |id| *id == "1997-a", true), None);
        assert_eq!(neighbour(&ids, |id| *id == "2026-b", false), None);
        assert_eq!(neighbour(&ids, |id| *id == "gone", true), None);
    }

    fn anywhere() -> KeyContext {
        KeyContext::default()
    }

    #[test]
    fn slash_focuses_search_but_types_a_slash_in_a_field() {
        assert_eq!(shortcut("/", anywhere()), Some(Shortcut::FocusSearch));
        let typing = KeyContext {
            in_text_field: true,
            ..anywhere()
        };
        assert_eq!(shortcut("/", typing), None);
        assert_eq!(shortcut("j", typing), None);
    }

    #[test]
    fn escape_clears_the_search_first_then_closes_the_notice() {
        let both = KeyContext {
            in_text_field: true,
            search_has_text: true,
            notice_open: true,
            ..anywhere()
        };
        assert_eq!(shortcut("Escape", both), Some(Shortcut::ClearSearch));
        let cleared = KeyContext {
            search_has_text: false,
            ..both
        };
        assert_eq!(shortcut("Escape", cleared), Some(Shortcut::CloseNotice));
        assert_eq!(shortcut("Escape", anywhere()), None);
    }

    #[test]
    fn arrows_move_between_events_only_from_an_event() {
        assert_eq!(
            shortcut("ArrowDown", anywhere()),
            None,
            "arrows scroll the page"
        );
        let on_event = KeyContext {
            on_event: true,
            ..anywhere()
        };
        assert_eq!(shortcut("ArrowDown", on_event), Some(Shortcut::NextEvent));
        assert_eq!(shortcut("ArrowUp", on_event), Some(Shortcut::PreviousEvent));
        assert_eq!(shortcut("j", anywhere()), Some(Shortcut::NextEvent));
        assert_eq!(shortcut("k", anywhere()), Some(Shortcut::PreviousEvent));
        assert_eq!(shortcut("Enter", on_event), Some(Shortcut::OpenSources));
        assert_eq!(
            shortcut("Enter", anywhere()),
            None,
            "Enter keeps its meaning elsewhere"
        );
    }

    #[test]
    fn modified_keys_belong_to_the_browser() {
        let modified = KeyContext {
            modified: true,
            on_event: true,
            search_has_text: true,
            ..anywhere()
        };
        for key in ["/", "j", "k", "ArrowDown", "Enter", "Escape"] {
            assert_eq!(shortcut(key, modified), None, "{key}");
        }
    }
}
