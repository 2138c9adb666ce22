//! Library API names to catalogue entries.

use super::Entry;

/// (API name, catalogue entry name).
pub(super) static API_NAMES: &[(&str, &str)] = &[];

pub(super) fn lookup(name: &str) -> Option<&'static Entry> {
    API_NAMES
        .iter()
        .find(|(api, _)| api.eq_ignore_ascii_case(name))
        .and_then(|(_, entry)| super::by_name(entry))
}
