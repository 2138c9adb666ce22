//! Status of an algorithm over time, under NIST SP 800-131A Rev. 2, NIST IR 8547 (initial public
//! draft, 2024) and the programme's target of 128-bit strength by 2030.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::algorithm::Algorithm;

/// Year after which 112-bit strength is disallowed (SP 800-131A) and quantum-vulnerable
/// algorithms at 112 bits are deprecated (IR 8547); also the programme's 128-bit target year.
pub const TARGET_YEAR: u16 = 2030;
/// Year after which every quantum-vulnerable algorithm is disallowed (IR 8547).
pub const QUANTUM_DISALLOWED_AFTER: u16 = 2035;
/// Strength below which an algorithm is disallowed today (SP 800-131A).
pub const MIN_BITS_TODAY: u16 = 112;
/// Strength the programme requires by [`TARGET_YEAR`].
pub const TARGET_BITS: u16 = 128;

/// One status per asset, worst first: the derived `Ord` ranks `Broken` highest so that
/// `max()` over the parts of an asset gives the asset's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Post-quantum, hybrid, or symmetric with a NIST quantum category of at least 1.
    QuantumSafe,
    /// Strong enough classically but breakable by Shor's algorithm.
    QuantumVulnerable,
    /// Short of the 128-bit strength the programme requires by 2030.
    BelowTarget,
    /// Unsafe today: below 112 bits, or a known-broken construction.
    Broken,
}

impl Status {
    /// Status of `alg` in calendar year `year`.
    pub fn of(alg: &Algorithm, year: u16) -> Status {
        if alg.broken_reason.is_some() || alg.classical_bits < MIN_BITS_TODAY {
            return Status::Broken;
        }
        let t = Transition::of(alg);
        if t.disallowed_after.is_some_and(|y| year > y) {
            return Status::Broken;
        }
        if alg.classical_bits < TARGET_BITS {
            return Status::BelowTarget;
        }
        if alg.quantum_vulnerable() || alg.quantum_category == 0 {
            return Status::QuantumVulnerable;
        }
        Status::QuantumSafe
    }

    /// Rank for comparisons: higher is worse.
    pub fn severity(self) -> u8 {
        match self {
            Status::QuantumSafe => 0,
            Status::QuantumVulnerable => 1,
            Status::BelowTarget => 2,
            Status::Broken => 3,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::QuantumSafe => "quantum-safe",
            Status::QuantumVulnerable => "quantum-vulnerable",
            Status::BelowTarget => "below-target",
            Status::Broken => "broken",
        }
    }

    /// Every status, best first.
    pub const ALL: [Status; 4] = [
        Status::QuantumSafe,
        Status::QuantumVulnerable,
        Status::BelowTarget,
        Status::Broken,
    ];
}

impl PartialOrd for Status {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Status {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.severity().cmp(&other.severity())
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| {
                format!("unknown status '{s}' (expected broken, below-target, quantum-vulnerable or quantum-safe)")
            })
    }
}

/// The years after which guidance deprecates or disallows an algorithm ("after 2030" means from
/// 1 January 2031). `None` means no date is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Transition {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated_after: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disallowed_after: Option<u16>,
}

impl Transition {
    pub fn of(alg: &Algorithm) -> Transition {
        if alg.broken_reason.is_some() || alg.classical_bits < MIN_BITS_TODAY {
            // Already disallowed: SP 800-131A's transition for < 112 bits ended in 2013.
            return Transition {
                deprecated_after: None,
                disallowed_after: Some(2013),
            };
        }
        let quantum = alg.quantum_vulnerable();
        let weak = alg.classical_bits < TARGET_BITS;
        match (quantum, weak) {
            // IR 8547 is the specific rule for quantum-vulnerable schemes and takes precedence over
            // SP 800-131A's general 112-bit cut-off: deprecated after 2030, disallowed after 2035.
            (true, true) => Transition {
                deprecated_after: Some(TARGET_YEAR),
                disallowed_after: Some(QUANTUM_DISALLOWED_AFTER),
            },
            (true, false) => Transition {
                deprecated_after: None,
                disallowed_after: Some(QUANTUM_DISALLOWED_AFTER),
            },
            (false, true) => Transition {
                deprecated_after: None,
                disallowed_after: Some(TARGET_YEAR),
            },
            (false, false) => Transition::default(),
        }
    }
}
