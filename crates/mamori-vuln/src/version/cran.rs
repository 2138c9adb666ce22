//! R's `package_version`: numbers separated by `.` or `-` (which weigh the same), compared as
//! lists, so `0.1.0` is less than `0.1.0.0`.

use std::cmp::Ordering;

use super::Scheme;
use super::num::Num;
use crate::error::Result;

#[derive(Debug, Clone)]
pub(crate) struct CranVersion {
    parts: Vec<Num>,
}

impl CranVersion {
    pub(crate) fn parse(scheme: Scheme, s: &str) -> Result<Self> {
        scheme.check_len(s)?;
        let parts = s
            .trim()
            .split(['.', '-'])
            .map(Num::parse)
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| scheme.invalid(s, "not numbers separated by '.' or '-'"))?;
        Ok(CranVersion { parts })
    }
}

impl Ord for CranVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.parts.cmp(&other.parts)
    }
}

eq_from_ord!(CranVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    #[test]
    fn dash_equals_dot() {
        let cmp = |a, b| Scheme::Cran.compare(a, b).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(cmp("1.0-1", "1.0.1"), Equal);
        assert_eq!(cmp("0.9", "0.75"), Less);
        assert_eq!(cmp("1.0", "1.0.0"), Less);
        for bad in ["1.0a", "", "1..2", "a"] {
            assert!(Scheme::Cran.parse(bad).is_err(), "{bad:?}");
        }
    }
}
