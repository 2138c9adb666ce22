//! Turning an inventory into decisions: each asset's status and reason, each system's quantum
//! exposure under several CRQC scenarios (Mosca), priority tiers and deadlines, the migration
//! roadmap, and crypto policy as code. Pure: reads files given by path, opens no socket.
#![forbid(unsafe_code)]

pub mod assess;
pub mod error;
pub mod html;
pub mod inventory;
pub mod policy;
pub mod report;
pub mod systems;

pub use assess::{Assessment, assess};
pub use error::{AssessError, Result};
pub use inventory::{InventoryAsset, algorithm_of, assets_of, read_cbom};
