//! Hackage (Haskell PVP) versions: dot-separated numbers compared as lists, so `1.0` is less
//! than `1.0.0`, as Cabal's `Version` orders them.

use std::cmp::Ordering;

use super::Scheme;
use super::num::Num;
use crate::error::Result;

#[derive(Debug, Clone)]
pub(crate) struct HackageVersion {
    parts: Vec<Num>,
}

impl HackageVersion {
    pub(crate) fn parse(scheme: Scheme, s: &str) -> Result<Self> {
        scheme.check_len(s)?;
        let parts = s
            .split('.')
            .map(Num::parse)
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| scheme.invalid(s, "not dot-separated numbers"))?;
        Ok(HackageVersion { parts })
    }
}

impl Ord for HackageVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.parts.cmp(&other.parts)
    }
}

eq_from_ord!(HackageVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    #[test]
    fn list_order() {
        let cmp = |a, b| {
            Scheme::Hackage
                .compare(a, b)
                .unwrap_or_else(|e| panic!("{e}"))
        };
        assert_eq!(cmp("1.0", "1.0.0"), Less);
        assert_eq!(cmp("1.10", "1.9.9"), Greater);
        for bad in ["1..0", "1.0a", "", ".1", "1."] {
            assert!(Scheme::Hackage.parse(bad).is_err(), "{bad:?}");
        }
    }
}
