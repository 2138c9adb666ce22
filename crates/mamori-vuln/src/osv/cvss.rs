//! CVSS base scores from vector strings: v2, v3.0, v3.1 (the specifications' formulas and
//! Roundup) and v4.0 (FIRST's MacroVector lookup and severity-distance interpolation).

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// The qualitative severity scale shared by CVSS v3 and v4 (and GHSA's words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    None,
    Low,
    Medium,
    High,
    Critical,
}

impl Rating {
    /// The v3/v4 band of a base score.
    pub fn from_score(score: f32) -> Rating {
        let tenths = (score * 10.0).round() as i32;
        match tenths {
            i32::MIN..=0 => Rating::None,
            1..=39 => Rating::Low,
            40..=69 => Rating::Medium,
            70..=89 => Rating::High,
            _ => Rating::Critical,
        }
    }
}

impl FromStr for Rating {
    type Err = String;

    /// Accepts the CVSS words in any case, and GHSA's `moderate` for Medium.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "none" => Ok(Rating::None),
            "low" => Ok(Rating::Low),
            "medium" | "moderate" => Ok(Rating::Medium),
            "high" => Ok(Rating::High),
            "critical" => Ok(Rating::Critical),
            _ => Err(format!(
                "unknown severity {s:?} (expected none, low, medium, high or critical)"
            )),
        }
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Rating::None => "none",
            Rating::Low => "low",
            Rating::Medium => "medium",
            Rating::High => "high",
            Rating::Critical => "critical",
        })
    }
}

/// CVSS versions mamori scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum CvssVersion {
    V2,
    V3_0,
    V3_1,
    V4_0,
}

impl fmt::Display for CvssVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CvssVersion::V2 => "2.0",
            CvssVersion::V3_0 => "3.0",
            CvssVersion::V3_1 => "3.1",
            CvssVersion::V4_0 => "4.0",
        })
    }
}

/// A scored vector.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Cvss {
    pub version: CvssVersion,
    /// Base score with one decimal (for v4 with threat or environmental metrics present, the
    /// score of the vector as given: CVSS-BT/BE/BTE).
    pub base_score: f32,
    pub rating: Rating,
}

/// A vector that is not a legal CVSS vector.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("CVSS vector {vector:?}: {reason}")]
pub struct CvssError {
    pub vector: String,
    pub reason: String,
}

/// Scores a CVSS vector: `CVSS:3.1/…`, `CVSS:3.0/…`, `CVSS:4.0/…`, or a v2 vector
/// (`AV:N/AC:L/Au:N/C:P/I:P/A:P`, optionally in parentheses or with a `CVSS:2.0/` prefix).
pub fn score(vector: &str) -> Result<Cvss, CvssError> {
    let v = vector.trim();
    let err = |reason: String| CvssError {
        vector: vector.to_string(),
        reason,
    };
    if v.len() > 512 {
        return Err(err("longer than any legal vector".into()));
    }
    if let Some(rest) = v.strip_prefix("CVSS:3.1/") {
        v3(rest, CvssVersion::V3_1).map_err(err)
    } else if let Some(rest) = v.strip_prefix("CVSS:3.0/") {
        v3(rest, CvssVersion::V3_0).map_err(err)
    } else if let Some(rest) = v.strip_prefix("CVSS:4.0/") {
        v4(rest).map_err(err)
    } else if let Some(rest) = v.strip_prefix("CVSS:2.0/") {
        v2(rest).map_err(err)
    } else if v.starts_with("CVSS:") {
        Err(err("unknown CVSS version prefix".into()))
    } else {
        let inner = v
            .strip_prefix('(')
            .and_then(|s| s.strip_suffix(')'))
            .unwrap_or(v);
        v2(inner).map_err(err)
    }
}

/// Splits `K:V/K:V` into pairs, checking each metric is known, given once, and legal.
fn metrics<'a>(
    body: &'a str,
    legal: &[(&str, &[&str])],
) -> Result<Vec<(&'a str, &'a str)>, String> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for (i, part) in body.split('/').enumerate() {
        let Some((k, v)) = part.split_once(':') else {
            return Err(format!("element {} {part:?} is not METRIC:VALUE", i + 1));
        };
        let Some((_, values)) = legal.iter().find(|(name, _)| *name == k) else {
            return Err(format!("unknown metric {k:?}"));
        };
        if !values.contains(&v) {
            return Err(format!(
                "metric {k} has illegal value {v:?} (allowed: {})",
                values.join(", ")
            ));
        }
        if out.iter().any(|(seen, _)| *seen == k) {
            return Err(format!("metric {k} given twice"));
        }
        out.push((k, v));
    }
    Ok(out)
}

fn require(m: &[(&str, &str)], names: &[&str]) -> Result<(), String> {
    let missing: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| !m.iter().any(|(k, _)| k == n))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "mandatory metric(s) missing: {}",
            missing.join(", ")
        ))
    }
}

fn get<'a>(m: &[(&str, &'a str)], name: &str) -> &'a str {
    m.iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| *v)
        .unwrap_or("X")
}

const V3_METRICS: &[(&str, &[&str])] = &[
    ("AV", &["N", "A", "L", "P"]),
    ("AC", &["L", "H"]),
    ("PR", &["N", "L", "H"]),
    ("UI", &["N", "R"]),
    ("S", &["U", "C"]),
    ("C", &["H", "L", "N"]),
    ("I", &["H", "L", "N"]),
    ("A", &["H", "L", "N"]),
    ("E", &["X", "H", "F", "P", "U"]),
    ("RL", &["X", "U", "W", "T", "O"]),
    ("RC", &["X", "C", "R", "U"]),
    ("CR", &["X", "H", "M", "L"]),
    ("IR", &["X", "H", "M", "L"]),
    ("AR", &["X", "H", "M", "L"]),
    ("MAV", &["X", "N", "A", "L", "P"]),
    ("MAC", &["X", "L", "H"]),
    ("MPR", &["X", "N", "L", "H"]),
    ("MUI", &["X", "N", "R"]),
    ("MS", &["X", "U", "C"]),
    ("MC", &["X", "H", "L", "N"]),
    ("MI", &["X", "H", "L", "N"]),
    ("MA", &["X", "H", "L", "N"]),
];

/// CVSS v3.1 Roundup (Appendix A): works in integers so 4.000000001 does not become 4.1.
fn roundup(x: f64) -> f64 {
    let i = (x * 100_000.0).round() as i64;
    if i % 10_000 == 0 {
        i as f64 / 100_000.0
    } else {
        ((i / 10_000) + 1) as f64 / 10.0
    }
}

fn v3(body: &str, version: CvssVersion) -> Result<Cvss, String> {
    let m = metrics(body, V3_METRICS)?;
    require(&m, &["AV", "AC", "PR", "UI", "S", "C", "I", "A"])?;
    let changed = get(&m, "S") == "C";
    let av = match get(&m, "AV") {
        "N" => 0.85,
        "A" => 0.62,
        "L" => 0.55,
        _ => 0.2,
    };
    let ac = if get(&m, "AC") == "L" { 0.77 } else { 0.44 };
    let pr = match (get(&m, "PR"), changed) {
        ("N", _) => 0.85,
        ("L", false) => 0.62,
        ("L", true) => 0.68,
        (_, false) => 0.27,
        (_, true) => 0.5,
    };
    let ui = if get(&m, "UI") == "N" { 0.85 } else { 0.62 };
    let cia = |k: &str| match get(&m, k) {
        "H" => 0.56,
        "L" => 0.22,
        _ => 0.0,
    };
    let iss = 1.0 - (1.0 - cia("C")) * (1.0 - cia("I")) * (1.0 - cia("A"));
    let impact = if changed {
        7.52 * (iss - 0.029) - 3.25 * (iss - 0.02f64).powi(15)
    } else {
        6.42 * iss
    };
    let exploitability = 8.22 * av * ac * pr * ui;
    let base = if impact <= 0.0 {
        0.0
    } else if changed {
        roundup((1.08 * (impact + exploitability)).min(10.0))
    } else {
        roundup((impact + exploitability).min(10.0))
    };
    let base_score = base as f32;
    Ok(Cvss {
        version,
        base_score,
        rating: Rating::from_score(base_score),
    })
}

const V2_METRICS: &[(&str, &[&str])] = &[
    ("AV", &["L", "A", "N"]),
    ("AC", &["H", "M", "L"]),
    ("Au", &["M", "S", "N"]),
    ("C", &["N", "P", "C"]),
    ("I", &["N", "P", "C"]),
    ("A", &["N", "P", "C"]),
    ("E", &["U", "POC", "F", "H", "ND"]),
    ("RL", &["OF", "TF", "W", "U", "ND"]),
    ("RC", &["UC", "UR", "C", "ND"]),
    ("CDP", &["N", "L", "LM", "MH", "H", "ND"]),
    ("TD", &["N", "L", "M", "H", "ND"]),
    ("CR", &["L", "M", "H", "ND"]),
    ("IR", &["L", "M", "H", "ND"]),
    ("AR", &["L", "M", "H", "ND"]),
];

fn v2(body: &str) -> Result<Cvss, String> {
    let m = metrics(body, V2_METRICS)?;
    require(&m, &["AV", "AC", "Au", "C", "I", "A"])?;
    let av = match get(&m, "AV") {
        "L" => 0.395,
        "A" => 0.646,
        _ => 1.0,
    };
    let ac = match get(&m, "AC") {
        "H" => 0.35,
        "M" => 0.61,
        _ => 0.71,
    };
    let au = match get(&m, "Au") {
        "M" => 0.45,
        "S" => 0.56,
        _ => 0.704,
    };
    let cia = |k: &str| match get(&m, k) {
        "P" => 0.275,
        "C" => 0.660,
        _ => 0.0,
    };
    let impact = 10.41 * (1.0 - (1.0 - cia("C")) * (1.0 - cia("I")) * (1.0 - cia("A")));
    let exploitability = 20.0 * av * ac * au;
    let f = if impact == 0.0 { 0.0 } else { 1.176 };
    let raw: f64 = ((0.6 * impact) + (0.4 * exploitability) - 1.5) * f;
    // v2 rounds to one decimal, half up; the epsilon absorbs binary noise at x.x5.
    let base = ((raw.max(0.0) * 10.0 + 1e-9).round() / 10.0) as f32;
    // NVD's v2 bands: no None or Critical.
    let rating = if base < 4.0 {
        Rating::Low
    } else if base < 7.0 {
        Rating::Medium
    } else {
        Rating::High
    };
    Ok(Cvss {
        version: CvssVersion::V2,
        base_score: base,
        rating,
    })
}

const V4_METRICS: &[(&str, &[&str])] = &[
    ("AV", &["N", "A", "L", "P"]),
    ("AC", &["L", "H"]),
    ("AT", &["N", "P"]),
    ("PR", &["N", "L", "H"]),
    ("UI", &["N", "P", "A"]),
    ("VC", &["H", "L", "N"]),
    ("VI", &["H", "L", "N"]),
    ("VA", &["H", "L", "N"]),
    ("SC", &["H", "L", "N"]),
    ("SI", &["H", "L", "N"]),
    ("SA", &["H", "L", "N"]),
    ("E", &["X", "A", "P", "U"]),
    ("CR", &["X", "H", "M", "L"]),
    ("IR", &["X", "H", "M", "L"]),
    ("AR", &["X", "H", "M", "L"]),
    ("MAV", &["X", "N", "A", "L", "P"]),
    ("MAC", &["X", "L", "H"]),
    ("MAT", &["X", "N", "P"]),
    ("MPR", &["X", "N", "L", "H"]),
    ("MUI", &["X", "N", "P", "A"]),
    ("MVC", &["X", "H", "L", "N"]),
    ("MVI", &["X", "H", "L", "N"]),
    ("MVA", &["X", "H", "L", "N"]),
    ("MSC", &["X", "H", "L", "N"]),
    ("MSI", &["X", "S", "H", "L", "N"]),
    ("MSA", &["X", "S", "H", "L", "N"]),
    ("S", &["X", "N", "P"]),
    ("AU", &["X", "N", "Y"]),
    ("R", &["X", "A", "U", "I"]),
    ("V", &["X", "D", "C"]),
    ("RE", &["X", "L", "M", "H"]),
    ("U", &["X", "Clear", "Green", "Amber", "Red"]),
];

/// MacroVector (EQ1..EQ6 digits) → score ×10, from FIRST's CVSS v4.0 reference calculator.
#[rustfmt::skip]
const V4_LOOKUP: &[(u32, u8)] = &[
    (0, 100), (1, 99), (10, 98), (11, 95), (20, 95), (21, 92), (100, 100), (101, 96), (110, 93),
    (111, 87), (120, 91), (121, 81), (200, 93), (201, 90), (210, 89), (211, 80), (220, 81),
    (221, 68), (1000, 98), (1001, 95), (1010, 95), (1011, 92), (1020, 90), (1021, 84), (1100, 93),
    (1101, 92), (1110, 89), (1111, 81), (1120, 81), (1121, 65), (1200, 88), (1201, 80), (1210, 78),
    (1211, 70), (1220, 69), (1221, 48), (2001, 92), (2011, 82), (2021, 72), (2101, 79), (2111, 69),
    (2121, 50), (2201, 69), (2211, 55), (2221, 27), (10000, 99), (10001, 97), (10010, 95),
    (10011, 92), (10020, 92), (10021, 85), (10100, 95), (10101, 91), (10110, 90), (10111, 83),
    (10120, 84), (10121, 71), (10200, 92), (10201, 81), (10210, 82), (10211, 71), (10220, 72),
    (10221, 53), (11000, 95), (11001, 93), (11010, 92), (11011, 85), (11020, 85), (11021, 73),
    (11100, 92), (11101, 82), (11110, 80), (11111, 72), (11120, 70), (11121, 59), (11200, 84),
    (11201, 70), (11210, 71), (11211, 52), (11220, 50), (11221, 30), (12001, 86), (12011, 75),
    (12021, 52), (12101, 71), (12111, 52), (12121, 29), (12201, 63), (12211, 29), (12221, 17),
    (100000, 98), (100001, 95), (100010, 94), (100011, 87), (100020, 91), (100021, 81),
    (100100, 94), (100101, 89), (100110, 86), (100111, 74), (100120, 77), (100121, 64),
    (100200, 87), (100201, 75), (100210, 74), (100211, 63), (100220, 63), (100221, 49),
    (101000, 94), (101001, 89), (101010, 88), (101011, 77), (101020, 76), (101021, 67),
    (101100, 86), (101101, 76), (101110, 74), (101111, 58), (101120, 59), (101121, 50),
    (101200, 72), (101201, 57), (101210, 57), (101211, 52), (101220, 52), (101221, 25),
    (102001, 83), (102011, 70), (102021, 54), (102101, 65), (102111, 58), (102121, 26),
    (102201, 53), (102211, 21), (102221, 13), (110000, 95), (110001, 90), (110010, 88),
    (110011, 76), (110020, 76), (110021, 70), (110100, 90), (110101, 77), (110110, 75),
    (110111, 62), (110120, 61), (110121, 53), (110200, 77), (110201, 66), (110210, 68),
    (110211, 59), (110220, 52), (110221, 30), (111000, 89), (111001, 78), (111010, 76),
    (111011, 67), (111020, 62), (111021, 58), (111100, 74), (111101, 59), (111110, 57),
    (111111, 57), (111120, 47), (111121, 23), (111200, 61), (111201, 52), (111210, 57),
    (111211, 29), (111220, 24), (111221, 16), (112001, 71), (112011, 59), (112021, 30),
    (112101, 58), (112111, 26), (112121, 15), (112201, 23), (112211, 13), (112221, 6),
    (200000, 93), (200001, 87), (200010, 86), (200011, 72), (200020, 75), (200021, 58),
    (200100, 86), (200101, 74), (200110, 74), (200111, 61), (200120, 56), (200121, 34),
    (200200, 70), (200201, 54), (200210, 52), (200211, 40), (200220, 40), (200221, 22),
    (201000, 85), (201001, 75), (201010, 74), (201011, 55), (201020, 62), (201021, 51),
    (201100, 72), (201101, 57), (201110, 55), (201111, 41), (201120, 46), (201121, 19),
    (201200, 53), (201201, 36), (201210, 34), (201211, 19), (201220, 19), (201221, 8),
    (202001, 64), (202011, 51), (202021, 20), (202101, 47), (202111, 21), (202121, 11),
    (202201, 24), (202211, 9), (202221, 4), (210000, 88), (210001, 75), (210010, 73), (210011, 53),
    (210020, 60), (210021, 50), (210100, 73), (210101, 55), (210110, 59), (210111, 40),
    (210120, 41), (210121, 20), (210200, 54), (210201, 43), (210210, 45), (210211, 22),
    (210220, 20), (210221, 11), (211000, 75), (211001, 55), (211010, 58), (211011, 45),
    (211020, 40), (211021, 21), (211100, 61), (211101, 51), (211110, 48), (211111, 18),
    (211120, 20), (211121, 9), (211200, 46), (211201, 18), (211210, 17), (211211, 7), (211220, 8),
    (211221, 2), (212001, 53), (212011, 24), (212021, 14), (212101, 24), (212111, 12), (212121, 5),
    (212201, 10), (212211, 3), (212221, 1),
];

fn v4_lookup(eq: [u8; 6]) -> Option<f64> {
    if eq.iter().any(|&d| d > 9) {
        return None;
    }
    let key = eq.iter().fold(0u32, |n, &d| n * 10 + u32::from(d));
    V4_LOOKUP
        .binary_search_by_key(&key, |(k, _)| *k)
        .ok()
        .map(|i| f64::from(V4_LOOKUP[i].1) / 10.0)
}

/// Effective value of a v4 metric, applying `M*` overrides and the worst-case defaults for
/// unset threat and requirement metrics.
fn v4_eff<'a>(m: &[(&str, &'a str)], metric: &str) -> &'a str {
    match metric {
        "E" => match get(m, "E") {
            "X" => "A",
            v => v,
        },
        "CR" | "IR" | "AR" => match get(m, metric) {
            "X" => "H",
            v => v,
        },
        _ => {
            let modified = m
                .iter()
                .find(|(k, _)| k.strip_prefix('M') == Some(metric))
                .map(|(_, v)| *v);
            match modified {
                Some(v) if v != "X" => v,
                _ => get(m, metric),
            }
        }
    }
}

/// Severity level of a metric value in tenths (FIRST's METRIC_LEVELS ×10).
fn v4_level(metric: &str, value: &str) -> i32 {
    match (metric, value) {
        ("AV", "N") | ("PR", "N") | ("UI", "N") | ("AC", "L") | ("AT", "N") => 0,
        ("AV", "A") | ("PR", "L") | ("UI", "P") | ("AC", "H") | ("AT", "P") => 1,
        ("AV", "L") | ("PR", "H") | ("UI", "A") => 2,
        ("AV", "P") => 3,
        ("VC" | "VI" | "VA", "H") => 0,
        ("VC" | "VI" | "VA", "L") => 1,
        ("VC" | "VI" | "VA", "N") => 2,
        ("SC" | "SI" | "SA", "S") => 0,
        ("SC" | "SI" | "SA", "H") => 1,
        ("SC" | "SI" | "SA", "L") => 2,
        ("SC" | "SI" | "SA", "N") => 3,
        ("CR" | "IR" | "AR", "H") => 0,
        ("CR" | "IR" | "AR", "M") => 1,
        ("CR" | "IR" | "AR", "L") => 2,
        _ => 0,
    }
}

fn v4_macro(m: &[(&str, &str)]) -> [u8; 6] {
    let e = |k| v4_eff(m, k);
    let eq1 = if e("AV") == "N" && e("PR") == "N" && e("UI") == "N" {
        0
    } else if (e("AV") == "N" || e("PR") == "N" || e("UI") == "N") && e("AV") != "P" {
        1
    } else {
        2
    };
    let eq2 = if e("AC") == "L" && e("AT") == "N" {
        0
    } else {
        1
    };
    let eq3 = if e("VC") == "H" && e("VI") == "H" {
        0
    } else if e("VC") == "H" || e("VI") == "H" || e("VA") == "H" {
        1
    } else {
        2
    };
    let eq4 = if get(m, "MSI") == "S" || get(m, "MSA") == "S" {
        0
    } else if e("SC") == "H" || e("SI") == "H" || e("SA") == "H" {
        1
    } else {
        2
    };
    let eq5 = match e("E") {
        "A" => 0,
        "P" => 1,
        _ => 2,
    };
    let eq6 = if (e("CR") == "H" && e("VC") == "H")
        || (e("IR") == "H" && e("VI") == "H")
        || (e("AR") == "H" && e("VA") == "H")
    {
        0
    } else {
        1
    };
    [eq1, eq2, eq3, eq4, eq5, eq6]
}

/// The highest-severity vectors of each EQ level (FIRST's MAX_COMPOSED), as metric/value pairs.
fn v4_maxes(eq: usize, level: u8, eq6: u8) -> &'static [&'static [(&'static str, &'static str)]] {
    match (eq, level, eq6) {
        (1, 0, _) => &[&[("AV", "N"), ("PR", "N"), ("UI", "N")]],
        (1, 1, _) => &[
            &[("AV", "A"), ("PR", "N"), ("UI", "N")],
            &[("AV", "N"), ("PR", "L"), ("UI", "N")],
            &[("AV", "N"), ("PR", "N"), ("UI", "P")],
        ],
        (1, _, _) => &[
            &[("AV", "P"), ("PR", "N"), ("UI", "N")],
            &[("AV", "A"), ("PR", "L"), ("UI", "P")],
        ],
        (2, 0, _) => &[&[("AC", "L"), ("AT", "N")]],
        (2, _, _) => &[&[("AC", "H"), ("AT", "N")], &[("AC", "L"), ("AT", "P")]],
        (3, 0, 0) => &[&[
            ("VC", "H"),
            ("VI", "H"),
            ("VA", "H"),
            ("CR", "H"),
            ("IR", "H"),
            ("AR", "H"),
        ]],
        (3, 0, _) => &[
            &[
                ("VC", "H"),
                ("VI", "H"),
                ("VA", "L"),
                ("CR", "M"),
                ("IR", "M"),
                ("AR", "H"),
            ],
            &[
                ("VC", "H"),
                ("VI", "H"),
                ("VA", "H"),
                ("CR", "M"),
                ("IR", "M"),
                ("AR", "M"),
            ],
        ],
        (3, 1, 0) => &[
            &[
                ("VC", "L"),
                ("VI", "H"),
                ("VA", "H"),
                ("CR", "H"),
                ("IR", "H"),
                ("AR", "H"),
            ],
            &[
                ("VC", "H"),
                ("VI", "L"),
                ("VA", "H"),
                ("CR", "H"),
                ("IR", "H"),
                ("AR", "H"),
            ],
        ],
        (3, 1, _) => &[
            &[
                ("VC", "L"),
                ("VI", "H"),
                ("VA", "L"),
                ("CR", "H"),
                ("IR", "M"),
                ("AR", "H"),
            ],
            &[
                ("VC", "L"),
                ("VI", "H"),
                ("VA", "H"),
                ("CR", "H"),
                ("IR", "M"),
                ("AR", "M"),
            ],
            &[
                ("VC", "H"),
                ("VI", "L"),
                ("VA", "H"),
                ("CR", "M"),
                ("IR", "H"),
                ("AR", "M"),
            ],
            &[
                ("VC", "H"),
                ("VI", "L"),
                ("VA", "L"),
                ("CR", "M"),
                ("IR", "H"),
                ("AR", "H"),
            ],
            &[
                ("VC", "L"),
                ("VI", "L"),
                ("VA", "H"),
                ("CR", "H"),
                ("IR", "H"),
                ("AR", "M"),
            ],
        ],
        (3, _, _) => &[&[
            ("VC", "L"),
            ("VI", "L"),
            ("VA", "L"),
            ("CR", "H"),
            ("IR", "H"),
            ("AR", "H"),
        ]],
        (4, 0, _) => &[&[("SC", "H"), ("SI", "S"), ("SA", "S")]],
        (4, 1, _) => &[&[("SC", "H"), ("SI", "H"), ("SA", "H")]],
        _ => &[&[("SC", "L"), ("SI", "L"), ("SA", "L")]],
    }
}

fn v4(body: &str) -> Result<Cvss, String> {
    let m = metrics(body, V4_METRICS)?;
    require(
        &m,
        &[
            "AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA",
        ],
    )?;
    let done = |s: f64| {
        let base_score = s as f32;
        Ok(Cvss {
            version: CvssVersion::V4_0,
            base_score,
            rating: Rating::from_score(base_score),
        })
    };
    if ["VC", "VI", "VA", "SC", "SI", "SA"]
        .iter()
        .all(|k| v4_eff(&m, k) == "N")
    {
        return done(0.0);
    }
    let eq = v4_macro(&m);
    let Some(value) = v4_lookup(eq) else {
        return Err(format!("no MacroVector score for {eq:?}"));
    };
    let [eq1, eq2, eq3, eq4, _, eq6] = eq;
    let lower = |i: usize, by: u8| {
        let mut e = eq;
        e[i] += by;
        v4_lookup(e)
    };
    let lower_eq1 = lower(0, 1);
    let lower_eq2 = lower(1, 1);
    let lower_eq3eq6 = match (eq3, eq6) {
        (1, 1) | (0, 1) => lower(2, 1),
        (1, 0) => lower(5, 1),
        (0, 0) => {
            let left = lower(5, 1);
            let right = lower(2, 1);
            match (left, right) {
                (Some(l), Some(r)) if l > r => Some(l),
                _ => right,
            }
        }
        _ => None,
    };
    let lower_eq4 = lower(3, 1);
    let lower_eq5 = lower(4, 1);

    // The first combination of the EQs' highest vectors that the vector does not exceed.
    let metric_names = [
        "AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR",
    ];
    let mut dist = [0i32; 14];
    'outer: for a in v4_maxes(1, eq1, 0) {
        for b in v4_maxes(2, eq2, 0) {
            for c in v4_maxes(3, eq3, eq6) {
                for d in v4_maxes(4, eq4, 0) {
                    let maxv = |k: &str| {
                        a.iter()
                            .chain(b.iter())
                            .chain(c.iter())
                            .chain(d.iter())
                            .find(|(n, _)| *n == k)
                            .map(|(_, v)| *v)
                            .unwrap_or("X")
                    };
                    for (i, k) in metric_names.iter().enumerate() {
                        dist[i] = v4_level(k, v4_eff(&m, k)) - v4_level(k, maxv(k));
                    }
                    if dist.iter().all(|&d| d >= 0) {
                        break 'outer;
                    }
                }
            }
        }
    }
    let d_eq1 = dist[0] + dist[1] + dist[2];
    let d_eq2 = dist[3] + dist[4];
    let d_eq3eq6 = dist[5] + dist[6] + dist[7] + dist[11] + dist[12] + dist[13];
    let d_eq4 = dist[8] + dist[9] + dist[10];
    let max_eq1 = [1, 4, 5][usize::from(eq1.min(2))];
    let max_eq2 = [1, 2][usize::from(eq2.min(1))];
    let max_eq3eq6 = match (eq3, eq6) {
        (0, 0) => 7,
        (0, _) => 6,
        (1, _) => 8,
        _ => 10,
    };
    let max_eq4 = [6, 5, 4][usize::from(eq4.min(2))];
    let mut n = 0u32;
    let mut sum = 0.0f64;
    for (lower, d, max) in [
        (lower_eq1, d_eq1, max_eq1),
        (lower_eq2, d_eq2, max_eq2),
        (lower_eq3eq6, d_eq3eq6, max_eq3eq6),
        (lower_eq4, d_eq4, max_eq4),
    ] {
        if let Some(l) = lower {
            n += 1;
            sum += (value - l) * f64::from(d) / f64::from(max);
        }
    }
    // EQ5 counts towards the mean with a zero proportion.
    if lower_eq5.is_some() {
        n += 1;
    }
    let mean = if n == 0 { 0.0 } else { sum / f64::from(n) };
    let s = (value - mean).clamp(0.0, 10.0);
    // Half up at one decimal, lifted by 1e-6 as the reference calculator does against ties
    // computed one ULP low.
    done(((s + 1e-6) * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> f32 {
        score(v).unwrap_or_else(|e| panic!("{e}")).base_score
    }

    #[test]
    fn v3_known_scores() {
        let cases = [
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8),
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0),
            ("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0),
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5),
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1),
            ("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8),
            ("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9),
            ("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N", 4.3),
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0),
            ("CVSS:3.0/AV:L/AC:H/PR:N/UI:R/S:C/C:H/I:H/A:H", 7.7),
            ("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6),
        ];
        for (v, want) in cases {
            assert_eq!(s(v), want, "{v}");
        }
        assert_eq!(
            score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
                .unwrap()
                .rating,
            Rating::Critical
        );
    }

    #[test]
    fn v2_known_scores() {
        assert_eq!(s("AV:N/AC:L/Au:N/C:P/I:P/A:P"), 7.5);
        assert_eq!(s("AV:N/AC:L/Au:N/C:C/I:C/A:C"), 10.0);
        assert_eq!(s("(AV:N/AC:M/Au:N/C:N/I:P/A:N)"), 4.3);
        assert_eq!(s("AV:L/AC:L/Au:N/C:P/I:N/A:N"), 2.1);
    }

    #[test]
    fn v4_known_scores() {
        let cases = [
            (
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
                9.3,
            ),
            (
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H",
                10.0,
            ),
            (
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N",
                0.0,
            ),
            (
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N",
                6.9,
            ),
            (
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N",
                8.7,
            ),
            (
                "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N",
                6.8,
            ),
            (
                "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
                8.5,
            ),
            (
                "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:N/VI:N/VA:L/SC:N/SI:N/SA:N",
                1.0,
            ),
            (
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L",
                5.3,
            ),
            (
                "CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N",
                8.2,
            ),
            (
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:P/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H",
                9.4,
            ),
            (
                "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
                9.2,
            ),
            (
                "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:L/SI:H/SA:H",
                8.9,
            ),
            (
                "CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:N/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N",
                6.3,
            ),
            // Published CNA scores.
            (
                "CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
                9.2,
            ),
            (
                "CVSS:4.0/AV:A/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X/CR:X/IR:X\
                 /AR:X/MAV:X/MAC:X/MAT:X/MPR:X/MUI:X/MVC:X/MVI:X/MVA:X/MSC:X/MSI:X/MSA:X/S:X/AU:X\
                 /R:X/V:X/RE:X/U:X",
                7.7,
            ),
        ];
        let mut bad = Vec::new();
        for (v, want) in cases {
            let got = s(v);
            if got != want {
                bad.push(format!("{v}: got {got}, want {want}"));
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn v4_lookup_table_is_complete_and_sorted() {
        assert_eq!(V4_LOOKUP.len(), 270);
        assert!(V4_LOOKUP.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn vectors_are_validated_strictly() {
        for bad in [
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/A:H",
            "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:1",
            "CVSS:3.1/",
            "CVSS:9.9/AV:N",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N",
            "AV:N/AC:L/Au:N/C:P/I:P",
            "",
        ] {
            let e = score(bad).expect_err(bad);
            assert!(!e.reason.is_empty());
        }
        let e = score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H").unwrap_err();
        assert!(e.reason.contains("A"), "{e}");
    }

    #[test]
    fn ratings_parse_order_and_print() {
        assert_eq!("moderate".parse::<Rating>(), Ok(Rating::Medium));
        assert_eq!("CRITICAL".parse::<Rating>(), Ok(Rating::Critical));
        assert!("severe".parse::<Rating>().is_err());
        assert!(Rating::Critical > Rating::High && Rating::Low > Rating::None);
        assert_eq!(Rating::High.to_string(), "high");
        assert_eq!(Rating::from_score(3.9), Rating::Low);
        assert_eq!(Rating::from_score(4.0), Rating::Medium);
        assert_eq!(Rating::from_score(9.0), Rating::Critical);
    }
}
