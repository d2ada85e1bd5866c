//! Path rules: names inside a backup or the data folder may only go down (no `..`, no root, no
//! symlinks out), and a file PressDesk reads from its data folder must really be inside it.

use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};

/// A relative name from an archive or a request, as a path that can only go down: every
/// component must be a plain name (no `..`, `.`, root or drive prefix).
pub fn relative(name: &str) -> Result<PathBuf> {
    let path = Path::new(name);
    let plain = !name.is_empty()
        && !name.contains('\0')
        && path.components().all(|c| matches!(c, Component::Normal(_)));
    if !plain {
        return Err(Error::invalid(
            "path",
            crate::tr!("err-jalur-tidak-diizinkan-keluar-dari", name = shown(name)),
        ));
    }
    Ok(path.to_path_buf())
}

/// `path` resolved (symlinks followed) must lie inside `root` resolved; returns the resolved
/// path. Refuses `../` escapes and symlinks that point out of `root`.
pub fn inside(root: &Path, path: &Path) -> Result<PathBuf> {
    let root = root.canonicalize().map_err(Error::from_io)?;
    let resolved = path.canonicalize().map_err(|_| {
        Error::invalid(
            "path",
            crate::tr!(
                "err-berkas-tidak-ditemukan-2",
                path_display = path.display()
            ),
        )
    })?;
    if !resolved.starts_with(&root) {
        return Err(Error::invalid(
            "path",
            crate::tr!(
                "err-jalur-berada-di-luar-folder",
                path_display = path.display()
            ),
        ));
    }
    Ok(resolved)
}

/// A regular file (not a symlink, folder or device) inside `root`, for files the store serves.
pub fn regular_file_inside(root: &Path, path: &Path) -> Result<PathBuf> {
    let meta = std::fs::symlink_metadata(path).map_err(Error::from_io)?;
    if !meta.file_type().is_file() {
        return Err(Error::Corrupt(crate::tr!(
            "path-not-regular",
            path = path.display()
        )));
    }
    inside(root, path)
}

fn shown(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(120).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_names_only_go_down() {
        assert!(relative("data/files/ab/cd").is_ok());
        for bad in ["", "../x", "data/../../x", "/etc/passwd", "./x", "a\0b"] {
            assert!(relative(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn symlinks_out_of_the_root_are_refused() {
        let root = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), b"x").unwrap();
        std::fs::write(root.path().join("ok"), b"x").unwrap();
        let link = root.path().join("link");
        std::os::unix::fs::symlink(outside.path().join("secret"), &link).unwrap();
        assert!(inside(root.path(), &root.path().join("ok")).is_ok());
        let err = inside(root.path(), &link).unwrap_err().to_string();
        assert!(err.contains("di luar folder data"), "{err}");
        assert!(inside(root.path(), &root.path().join("../")).is_err());
        assert!(regular_file_inside(root.path(), &link).is_err());
    }
}
