//! SBOM vulnerability management: version orders per ecosystem, the offline OSV advisory
//! database, SBOM and lockfile readers, matching, and VEX.

pub mod ecosystem;
pub mod error;
pub mod package;
pub mod version;

pub use ecosystem::Ecosystem;
pub use error::{Result, VulnError};
pub use package::{Inventory, Origin, Package, Skipped};
pub use version::{Scheme, Version};
