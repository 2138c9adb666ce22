//! Dart's pub_semver: SemVer, except that build metadata counts. A version with build metadata
//! sorts after the same version without, and build identifiers compare like pre-release ones.

use std::cmp::Ordering;

use super::Scheme;
use super::num::Num;
use super::semver::{Ident, cmp_pre, fixed, idents, pre_and_build, split};
use crate::error::Result;

#[derive(Debug, Clone)]
pub(crate) struct PubVersion {
    nums: [Num; 3],
    pre: Vec<Ident>,
    build: Vec<Ident>,
}

impl PubVersion {
    pub(crate) fn parse(scheme: Scheme, s: &str) -> Result<Self> {
        let like = split(scheme, s, 3)?;
        let (pre, build) = pre_and_build(&like.rest);
        Ok(PubVersion {
            pre: idents(pre),
            build: build.map(idents).unwrap_or_default(),
            nums: fixed(like.nums),
        })
    }
}

impl Ord for PubVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.nums
            .cmp(&other.nums)
            .then_with(|| cmp_pre(&self.pre, &other.pre))
            .then_with(|| self.build.cmp(&other.build))
    }
}

eq_from_ord!(PubVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    #[test]
    fn build_metadata_counts() {
        let cmp = |a, b| Scheme::Pub.compare(a, b).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(cmp("1.0.0", "1.0.0+1"), Less);
        assert_eq!(cmp("1.0.0+2", "1.0.0+10"), Less);
        assert_eq!(cmp("1.0.0-dev+2", "1.0.0"), Less);
    }
}
