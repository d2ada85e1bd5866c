//! Steps 4 and 5 of the SOP: publication on the websites, archive numbers, the filing cabinet,
//! and the data the labels and the numbered filing index (Daftar Arsip) are printed from.

mod cabinet;
mod index;
mod numbers;
mod publish;
pub mod template;

pub use cabinet::{
    add_folder, list_folders, set_folder_closed, suggested_folder, FolderInfo, NewFolder,
};
pub(crate) use index::index_of;
pub use index::{
    archive_of, filing_index, label_items, ArchiveInfo, IndexEntry, IndexFolder, LabelItem,
};
pub use numbers::{archive_release, list_series, move_release, update_series, void_archive_no};
pub use numbers::{ArchiveInput, ArchiveResult, ArchiveSeries, SeriesInput};
pub use publish::{
    add_site, check_url, complete_url, list_sites, mark_not_published, publications,
    record_publication, set_site_active,
};
pub use publish::{Publication, PublishInput, Site};
