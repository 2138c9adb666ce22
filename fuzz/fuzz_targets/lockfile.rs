//! Lockfile readers: the first byte picks the file name (and so the format), the rest is the
//! file's contents.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 17] = [
    "Cargo.lock",
    "package-lock.json",
    "yarn.lock",
    "pnpm-lock.yaml",
    "requirements.txt",
    "poetry.lock",
    "Pipfile.lock",
    "uv.lock",
    "go.mod",
    "pom.xml",
    "gradle.lockfile",
    "Gemfile.lock",
    "composer.lock",
    "packages.lock.json",
    "fuzz-root/var/lib/dpkg/status",
    "fuzz-root/lib/apk/db/installed",
    "npm-shrinkwrap.json",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, contents)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let _ = mamori_vuln::lockfile::parse_lockfile(Path::new(name), contents);
});
