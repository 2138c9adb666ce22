use clap::{Parser, ValueEnum};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum HashKind {
    Md5,
    Sha1,
    Sha256,
}

/// Verify downloaded artifacts against a published checksum file.
#[derive(Parser, Debug)]
pub struct Args {
    /// Which column of SHA256SUMS / MD5SUMS to read.
    #[arg(long, value_enum, default_value_t = HashKind::Sha256)]
    pub hash: HashKind,
    /// Path of the AES key file is never read by this tool.
    #[arg(long)]
    pub checksums: std::path::PathBuf,
}
