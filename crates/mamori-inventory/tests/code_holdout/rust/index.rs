use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// In-memory inverted index. SipHash via DefaultHasher; no crypto guarantees needed.
pub struct Index {
    postings: HashMap<u64, Vec<u32>>,
}

impl Index {
    pub fn token_id(token: &str) -> u64 {
        let mut h = DefaultHasher::new();
        token.hash(&mut h);
        h.finish()
    }

    pub fn add(&mut self, token: &str, doc: u32) {
        self.postings.entry(Self::token_id(token)).or_default().push(doc);
    }
}
