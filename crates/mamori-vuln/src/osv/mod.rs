//! OSV advisories: the record model, CVSS scoring, range evaluation, and the offline store.

pub mod cvss;
pub mod import;
pub mod model;
pub mod range;
pub mod store;

pub use cvss::{Cvss, CvssError, CvssVersion, Rating};
pub use import::{ImportProgress, ImportStats, Rejected};
pub use model::{
    Advisory, Affected, AffectedPackage, Event, Range, RangeKind, Severity, Timestamp,
};
pub use store::{DbStatus, OsvDatabase};
