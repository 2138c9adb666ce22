//! Test support, behind the `schema-validation` feature: validation of CycloneDX documents
//! against the official JSON schemas kept in the shared test-data folder, resolved from local
//! files only (never the network).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use jsonschema::{Resource, Validator};
use serde_json::Value;

/// Environment variable that overrides the location of the shared test-data folder.
pub const SHARED_DATA_ENV: &str = "MAMORI_SHARED_DATA";

/// The shared test-data folder: `$MAMORI_SHARED_DATA` when set, else `shared/data` beside the
/// repository root (`<repo>/../shared/data`).
pub fn shared_data_dir() -> Result<PathBuf, String> {
    let dir = match std::env::var_os(SHARED_DATA_ENV) {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"),
    };
    if dir.is_dir() {
        Ok(dir)
    } else {
        Err(format!(
            "shared test-data folder not found at {}: mamori's tests read `shared/data` beside \
             the repository root (set {SHARED_DATA_ENV} to point elsewhere)",
            dir.display()
        ))
    }
}

/// The folder holding `bom-1.6.schema.json`, `spdx.schema.json` and `jsf-0.82.schema.json`.
pub fn cyclonedx_schema_dir() -> Result<PathBuf, String> {
    Ok(shared_data_dir()?.join("cbom/schemas"))
}

/// Validate `bom` against CycloneDX 1.6, with the schemas from the shared test-data folder.
/// Returns every violation, each as `instance path: message`.
pub fn validate_cyclonedx_1_6(bom: &Value) -> Result<(), Vec<String>> {
    static DEFAULT: OnceLock<Result<Validator, String>> = OnceLock::new();
    let validator = DEFAULT.get_or_init(|| {
        let dir = cyclonedx_schema_dir()?;
        cyclonedx_1_6_validator(&dir)
    });
    match validator {
        Ok(v) => check(v, bom),
        Err(e) => Err(vec![e.clone()]),
    }
}

/// Validate `bom` against CycloneDX 1.6 with the schemas in `schema_dir`.
pub fn validate_cyclonedx_1_6_with(schema_dir: &Path, bom: &Value) -> Result<(), Vec<String>> {
    let validator = cyclonedx_1_6_validator(schema_dir).map_err(|e| vec![e])?;
    check(&validator, bom)
}

fn check(validator: &Validator, bom: &Value) -> Result<(), Vec<String>> {
    let errors: Vec<String> = validator
        .iter_errors(bom)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Build a validator for `bom-1.6.schema.json`, registering the two schemas it references under
/// the URIs its `$ref`s resolve to, with format checking (`date-time`, `iri-reference`...) on.
pub fn cyclonedx_1_6_validator(schema_dir: &Path) -> Result<Validator, String> {
    let bom = read_json(&schema_dir.join("bom-1.6.schema.json"))?;
    let mut options = jsonschema::options().should_validate_formats(true);
    for file in ["spdx.schema.json", "jsf-0.82.schema.json"] {
        let contents = read_json(&schema_dir.join(file))?;
        let uri = contents
            .get("$id")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| format!("http://cyclonedx.org/schema/{file}"));
        let resource = Resource::from_contents(contents)
            .map_err(|e| format!("{}: not a usable schema: {e}", file))?;
        options = options.with_resource(uri, resource);
    }
    options
        .build(&bom)
        .map_err(|e| format!("cannot build the CycloneDX 1.6 validator: {e}"))
}

fn read_json(path: &Path) -> Result<Value, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "cannot read schema {}: {e} (is the shared test-data folder complete?)",
            path.display()
        )
    })?;
    serde_json::from_slice(&bytes).map_err(|e| format!("{}: invalid JSON: {e}", path.display()))
}
