use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

/// Not a cryptographic hash: shard selection only (no MD5/SHA-1 needed).
pub fn shard_of(key: &str, shards: u64) -> u64 {
    let mut hasher = DefaultHasher::new();
    key.hash(&mut hasher);
    hasher.finish() % shards
}

pub struct CommitIndex {
    by_sha1: HashMap<String, usize>,
}

impl CommitIndex {
    pub fn position(&self, sha1: &str) -> Option<usize> {
        self.by_sha1.get(sha1).copied()
    }
}
