//! The office's label set-up: its own label stocks and how far each printer shifts each stock.
//! Both live in the store, so they are backed up and the same for every account (they were in
//! one web view's local storage, lost with the profile and different per Windows account).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Actor};
use crate::permissions::{require, Action};
use crate::print::{builtin_stocks, find_stock, LabelStock, Paper};
use crate::sql::{Both, Db, Dialect, Row};
use crate::timefmt;
use crate::{args, audit};

/// The largest printer shift accepted, in mm either way (as `LabelJob::check`).
const MAX_OFFSET: f32 = 10.0;

/// Every stock the archivist can choose: Avery's built-in ones, then the office's own.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LabelSetup {
    pub builtin: Vec<LabelStock>,
    pub custom: Vec<LabelStock>,
    pub offsets: Vec<PrintOffset>,
}

/// A printer's shift for one stock, read off the calibration sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PrintOffset {
    /// The office's name for the printer, e.g. "Epson L3110 ruang arsip".
    pub printer: String,
    pub stock: String,
    pub offset_x_mm: f32,
    pub offset_y_mm: f32,
}

fn stock_from_row(r: &Row) -> Result<LabelStock> {
    Ok(LabelStock {
        name: r.get(0)?,
        label_w: r.get::<f64>(1)? as f32,
        label_h: r.get::<f64>(2)? as f32,
        cols: r.get(3)?,
        rows: r.get(4)?,
        margin_left: r.get::<f64>(5)? as f32,
        margin_top: r.get::<f64>(6)? as f32,
        gap_x: r.get::<f64>(7)? as f32,
        gap_y: r.get::<f64>(8)? as f32,
    })
}

const STOCK_COLUMNS: &str =
    "name, label_w, label_h, cols, rows, margin_left, margin_top, gap_x, gap_y";

/// Removing a stock takes its printer offsets with it; the server's desk login has no DELETE.
const REMOVE_STOCK: Both = Both {
    sqlite: "DELETE FROM label_stocks WHERE name = ?1 RETURNING 1",
    postgres: "SELECT 1 WHERE remove_label_stock(?1) > 0",
};

fn custom_stocks(db: &Db) -> Result<Vec<LabelStock>> {
    db.query(
        &format!("SELECT {STOCK_COLUMNS} FROM label_stocks ORDER BY name"),
        args![],
    )?
    .iter()
    .map(stock_from_row)
    .collect()
}

fn offsets(db: &Db) -> Result<Vec<PrintOffset>> {
    db.query(
        "SELECT printer, stock, offset_x_mm, offset_y_mm FROM print_offsets
         ORDER BY printer, stock",
        args![],
    )?
    .iter()
    .map(|r| {
        Ok(PrintOffset {
            printer: r.get(0)?,
            stock: r.get(1)?,
            offset_x_mm: r.get::<f64>(2)? as f32,
            offset_y_mm: r.get::<f64>(3)? as f32,
        })
    })
    .collect()
}

fn setup(db: &Db) -> Result<LabelSetup> {
    Ok(LabelSetup {
        builtin: builtin_stocks(),
        custom: custom_stocks(db)?,
        offsets: offsets(db)?,
    })
}

/// The stocks and printer offsets, for every signed-in role that prints.
pub fn label_setup(store: &Store, actor: &Actor) -> Result<LabelSetup> {
    require(actor, Action::Read)?;
    store.with_db(setup)
}

/// A stock by name: Avery's, else the office's own ("Avery" and case ignored).
pub fn stock_named(store: &Store, name: &str) -> Result<LabelStock> {
    find_stock(name).or_else(|err| {
        let own = store.with_db(|db| {
            db.query_opt(
                &format!("SELECT {STOCK_COLUMNS} FROM label_stocks WHERE name = ?1"),
                args![name.trim()],
                stock_from_row,
            )
        })?;
        own.ok_or(err)
    })
}

/// The shift saved for `printer` and `stock`; none saved is no shift.
pub fn offset_for(store: &Store, printer: &str, stock: &str) -> Result<(f32, f32)> {
    store.with_db(|db| {
        Ok(db
            .query_opt(
                "SELECT offset_x_mm, offset_y_mm FROM print_offsets
                 WHERE printer = ?1 AND stock = ?2",
                args![printer.trim(), stock.trim()],
                |r| Ok((r.get::<f64>(0)? as f32, r.get::<f64>(1)? as f32)),
            )?
            .unwrap_or((0.0, 0.0)))
    })
}

/// Adds the office's own stock, or changes it when one of that name exists. It must fit F4, the
/// larger paper (each print run checks it against the paper chosen then), and not take an
/// Avery name.
pub fn save_label_stock(store: &Store, actor: &Actor, stock: LabelStock) -> Result<LabelSetup> {
    require(actor, Action::ManageFiling)?;
    let stock = LabelStock {
        name: stock.name.trim().to_owned(),
        ..stock
    };
    if find_stock(&stock.name).is_ok() {
        return Err(Error::invalid(
            "name",
            crate::tr!("err-adalah-stok-avery-bawaan-beri", name = stock.name),
        ));
    }
    stock.check(Paper::F4)?;
    store.with_db_tx(|db| {
        db.execute(
            "INSERT INTO label_stocks (name, label_w, label_h, cols, rows, margin_left, margin_top,
                gap_x, gap_y, saved_at, saved_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (name) DO UPDATE SET label_w = excluded.label_w,
                label_h = excluded.label_h, cols = excluded.cols, rows = excluded.rows,
                margin_left = excluded.margin_left, margin_top = excluded.margin_top,
                gap_x = excluded.gap_x, gap_y = excluded.gap_y, saved_at = excluded.saved_at,
                saved_by = excluded.saved_by",
            args![
                stock.name,
                f64::from(stock.label_w),
                f64::from(stock.label_h),
                stock.cols,
                stock.rows,
                f64::from(stock.margin_left),
                f64::from(stock.margin_top),
                f64::from(stock.gap_x),
                f64::from(stock.gap_y),
                timefmt::to_db(timefmt::now()),
                actor.id(),
            ],
        )?;
        audit::append(
            db,
            actor.id(),
            "label_stock.save",
            "label_stock",
            &stock.name,
            &serde_json::json!(stock),
        )?;
        setup(db)
    })
}

/// Removes one of the office's own stocks and the offsets saved for it (audited; labels
/// already printed do not depend on it).
pub fn remove_label_stock(store: &Store, actor: &Actor, name: &str) -> Result<LabelSetup> {
    require(actor, Action::ManageFiling)?;
    store.with_db_tx(|db| {
        if !db.exists(db.pick(&REMOVE_STOCK), args![name.trim()])? {
            return Err(Error::NotFound(crate::tr!(
                "err-stok-label-sendiri-tidak-ada",
                trim = name.trim()
            )));
        }
        if db.dialect() == Dialect::Sqlite {
            db.execute(
                "DELETE FROM print_offsets WHERE stock = ?1",
                args![name.trim()],
            )?;
        }
        audit::append(
            db,
            actor.id(),
            "label_stock.remove",
            "label_stock",
            name.trim(),
            &serde_json::json!({ "name": name.trim() }),
        )?;
        setup(db)
    })
}

/// Saves how far `printer` shifts `stock` (0, 0 included: a calibrated printer that needs none).
pub fn save_print_offset(store: &Store, actor: &Actor, input: PrintOffset) -> Result<PrintOffset> {
    require(actor, Action::ManageFiling)?;
    check_text("printer", "label-nama-printer", &input.printer, true, 60)?;
    if [input.offset_x_mm, input.offset_y_mm]
        .iter()
        .any(|v| !v.is_finite() || v.abs() > MAX_OFFSET)
    {
        return Err(Error::invalid(
            "offset",
            crate::tr!("offset-too-far", max = format!("{MAX_OFFSET:.0}")),
        ));
    }
    let stock = stock_named(store, &input.stock)?;
    let saved = PrintOffset {
        printer: input.printer.trim().to_owned(),
        stock: stock.name,
        // Tenths of a millimetre: finer than any printer's feed.
        offset_x_mm: (input.offset_x_mm * 10.0).round() / 10.0,
        offset_y_mm: (input.offset_y_mm * 10.0).round() / 10.0,
    };
    store.with_db_tx(|db| {
        db.execute(
            "INSERT INTO print_offsets (printer, stock, offset_x_mm, offset_y_mm, saved_at,
                saved_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (printer, stock) DO UPDATE SET offset_x_mm = excluded.offset_x_mm,
                offset_y_mm = excluded.offset_y_mm, saved_at = excluded.saved_at,
                saved_by = excluded.saved_by",
            args![
                saved.printer,
                saved.stock,
                f64::from(saved.offset_x_mm),
                f64::from(saved.offset_y_mm),
                timefmt::to_db(timefmt::now()),
                actor.id(),
            ],
        )?;
        let key = format!("{} · {}", saved.printer, saved.stock);
        audit::append(
            db,
            actor.id(),
            "print_offset.save",
            "print_offset",
            &key,
            &serde_json::json!(saved),
        )?;
        Ok(saved)
    })
}
