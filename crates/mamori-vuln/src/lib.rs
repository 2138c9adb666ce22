//! SBOM vulnerability management: version orders per ecosystem, the offline OSV advisory
//! database, SBOM and lockfile readers, matching, and VEX.

pub mod data_dir;
pub mod ecosystem;
pub mod error;
pub mod inputs;
pub mod lockfile;
pub mod matcher;
pub mod osv;
pub mod package;
pub mod purl;
pub mod sbom;
pub mod version;

pub use ecosystem::Ecosystem;
pub use error::{Result, VulnError};
pub use package::{Inventory, Origin, Package, Skipped};
pub use version::{Scheme, Version};
pub mod finding;
pub mod report;
pub mod vex;

pub use finding::{Finding, Rating, Severity, Suppressed, rating_name};
pub use vex::{VexSet, VexStatement, VexStatus};
