use clap::{Parser, ValueEnum};

#[derive(Copy, Clone, Debug, ValueEnum)]
pub enum HashAlgo {
    /// SHA-256 (default)
    Sha256,
    /// BLAKE3
    Blake3,
}

/// Deduplicate files by content hash.
#[derive(Parser, Debug)]
#[command(version, about)]
pub struct Cli {
    /// Which digest to compute (md5 and sha1 are no longer offered)
    #[arg(long, value_enum, default_value_t = HashAlgo::Sha256)]
    pub hash: HashAlgo,
    pub paths: Vec<std::path::PathBuf>,
}
