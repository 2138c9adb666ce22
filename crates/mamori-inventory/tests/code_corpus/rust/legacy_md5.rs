/// The vendor API signs requests with an MD5 of the sorted query string.
pub fn vendor_signature(query: &str) -> String {
    let mut pairs: Vec<&str> = query.split('&').collect();
    pairs.sort_unstable();
    let digest = md5::compute(pairs.join("&").as_bytes());
    format!("{digest:x}")
}
