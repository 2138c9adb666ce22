/// Computes the cache key the PHP frontend expects: md5 of the normalised URL.
pub fn cache_key(url: &str) -> String {
    let normalised = url.trim_end_matches('/').to_ascii_lowercase();
    format!("{:x}", md5::compute(normalised.as_bytes()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn strips_trailing_slash() {
        assert_eq!(super::cache_key("https://a/"), super::cache_key("https://A"));
    }
}
