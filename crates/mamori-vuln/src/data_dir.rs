//! The one data directory every mamori command shares (the advisory database lives in `osv/`
//! under it; the hub will keep its database there too).

use std::path::{Path, PathBuf};

use crate::error::{Result, VulnError};

/// Resolves the data directory: `explicit` (`--data-dir`), else `$MAMORI_DATA_DIR`, else the
/// platform's data directory (`$XDG_DATA_HOME/mamori`, else `~/.local/share/mamori` on Linux;
/// `~/Library/Application Support/mamori` on macOS; `%APPDATA%\mamori` on Windows).
pub fn data_dir(explicit: Option<&Path>) -> Result<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    resolve(
        explicit,
        env("MAMORI_DATA_DIR"),
        env("XDG_DATA_HOME"),
        env("HOME"),
        env("APPDATA"),
    )
}

fn resolve(
    explicit: Option<&Path>,
    mamori: Option<PathBuf>,
    xdg: Option<PathBuf>,
    home: Option<PathBuf>,
    appdata: Option<PathBuf>,
) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = mamori {
        return Ok(dir);
    }
    if cfg!(windows) {
        if let Some(dir) = appdata {
            return Ok(dir.join("mamori"));
        }
    } else if cfg!(target_os = "macos") {
        if let Some(home) = home {
            return Ok(home.join("Library/Application Support/mamori"));
        }
    } else {
        // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let Some(dir) = xdg.filter(|d| d.is_absolute()) {
            return Ok(dir.join("mamori"));
        }
        if let Some(home) = home {
            return Ok(home.join(".local/share/mamori"));
        }
    }
    Err(VulnError::Database {
        path: PathBuf::new(),
        reason: "no data directory: give --data-dir or set MAMORI_DATA_DIR (HOME is not set)"
            .into(),
    })
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn precedence_is_flag_env_xdg_home() {
        let p = |s: &str| Some(PathBuf::from(s));
        let r = |e: Option<&Path>, m, x, h| resolve(e, m, x, h, None).unwrap();
        assert_eq!(
            r(Some(Path::new("/f")), p("/m"), p("/x"), p("/h")),
            PathBuf::from("/f")
        );
        assert_eq!(r(None, p("/m"), p("/x"), p("/h")), PathBuf::from("/m"));
        assert_eq!(r(None, None, p("/x"), p("/h")), PathBuf::from("/x/mamori"));
        assert_eq!(
            r(None, None, p("rel"), p("/h")),
            PathBuf::from("/h/.local/share/mamori")
        );
        assert!(resolve(None, None, None, None, None).is_err());
    }
}
