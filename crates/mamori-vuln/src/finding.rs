//! What a scan reports: a package of an inventory affected by an advisory.

use serde::Serialize;

use crate::package::Package;
use crate::vex::VexStatement;

pub use crate::osv::cvss::Rating;

/// A rating word as advisories write it: CVSS/GHSA words, Red Hat's `important`, Ubuntu's
/// `negligible`, Debian's `unimportant`.
pub fn rating_word(s: &str) -> Option<Rating> {
    let lower = s.trim().to_ascii_lowercase();
    match lower.as_str() {
        "important" => Some(Rating::High),
        "negligible" | "unimportant" => Some(Rating::Low),
        "info" | "informational" => Some(Rating::None),
        _ => lower.parse().ok(),
    }
}

/// The lower-case name of a rating, `unknown` for none.
pub fn rating_name(r: Option<Rating>) -> &'static str {
    match r {
        Some(Rating::None) => "none",
        Some(Rating::Low) => "low",
        Some(Rating::Medium) => "medium",
        Some(Rating::High) => "high",
        Some(Rating::Critical) => "critical",
        None => "unknown",
    }
}

/// The severity of a finding: the rating, and the score and vector it came from when there was one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Severity {
    /// `None` when the advisory gives no usable severity; it orders below every rating.
    pub rating: Option<Rating>,
    /// Base score, one decimal as CVSS writes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The vector as the advisory gives it (`CVSS:3.1/AV:N/…`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector: Option<String>,
    /// `CVSS_V3`, `CVSS_V4`, `CVSS_V2`, or `database_specific` for a vendor word.
    pub method: String,
}

impl Severity {
    pub fn unknown() -> Severity {
        Severity {
            rating: None,
            score: None,
            vector: None,
            method: "none".into(),
        }
    }
}

/// One package affected by one advisory.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// The advisory's own id (`GHSA-…`, `GO-…`, `RUSTSEC-…`, `PYSEC-…`).
    pub id: String,
    /// Every other name the same vulnerability goes by, CVE first.
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub severity: Severity,
    /// Versions that fix it, in the package's ecosystem, lowest first.
    pub fixed: Vec<String>,
    pub package: Package,
    /// The product the inventory describes, when it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The advisory's `modified` time.
    pub modified: String,
}

impl Finding {
    /// The id a person recognises: the CVE when there is one, else the advisory's own.
    pub fn display_id(&self) -> &str {
        self.aliases
            .iter()
            .find(|a| a.starts_with("CVE-"))
            .map(String::as_str)
            .unwrap_or(&self.id)
    }

    /// Whether `id` names this vulnerability (its own id or an alias), case-insensitively.
    pub fn is_named(&self, id: &str) -> bool {
        self.id.eq_ignore_ascii_case(id) || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(id))
    }
}

/// A finding a VEX statement set aside, with the statement that did it.
#[derive(Debug, Clone, Serialize)]
pub struct Suppressed {
    pub finding: Finding,
    pub vex: VexStatement,
}
