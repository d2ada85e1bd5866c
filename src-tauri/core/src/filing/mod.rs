//! Filing (SOP 004's step 5): archive numbers, the filing cabinet, and the data the labels and
//! the numbered filing index (Daftar Arsip) are printed from.

mod cabinet;
mod index;
mod numbers;
pub mod template;

pub use crate::release::filed::{archive_of, ArchiveInfo};
pub use cabinet::{
    add_folder, list_folders, set_folder_closed, suggested_folder, FolderInfo, NewFolder,
};
pub use index::{filing_index, label_items, IndexEntry, IndexFolder, LabelItem};
pub(crate) use index::{index_of, labels_of};
pub use numbers::{archive_release, list_series, move_release, update_series, void_archive_no};
pub use numbers::{ArchiveInput, ArchiveResult, ArchiveSeries, SeriesInput};
