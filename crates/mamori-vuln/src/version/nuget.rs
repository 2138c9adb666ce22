//! NuGet versions: up to four numbers (missing ones are zero, so `1.0` equals `1.0.0.0`), a
//! pre-release compared case-insensitively, and build metadata that is ignored.

use std::cmp::Ordering;

use super::Scheme;
use super::num::Num;
use super::semver::{Ident, cmp_pre, fixed, idents, pre_and_build, split};
use crate::error::Result;

#[derive(Debug, Clone)]
pub(crate) struct NuGetVersion {
    nums: [Num; 4],
    pre: Vec<Ident>,
}

impl NuGetVersion {
    pub(crate) fn parse(scheme: Scheme, s: &str) -> Result<Self> {
        let like = split(scheme, s, 4)?;
        let (pre, _build) = pre_and_build(&like.rest);
        Ok(NuGetVersion {
            pre: idents(&pre.to_ascii_lowercase()),
            nums: fixed(like.nums),
        })
    }
}

impl Ord for NuGetVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.nums
            .cmp(&other.nums)
            .then_with(|| cmp_pre(&self.pre, &other.pre))
    }
}

eq_from_ord!(NuGetVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    #[test]
    fn four_parts_and_case() {
        let cmp = |a, b| {
            Scheme::NuGet
                .compare(a, b)
                .unwrap_or_else(|e| panic!("{e}"))
        };
        assert_eq!(cmp("1.0", "1.0.0.0"), Equal);
        assert_eq!(cmp("1.0.0.1", "1.0.0"), Greater);
        assert_eq!(cmp("1.0.0-RC.1", "1.0.0-rc.1+meta"), Equal);
        assert_eq!(cmp("1.0.0-rc.2", "1.0.0-rc.10"), Less);
    }
}
