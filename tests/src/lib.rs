//! Shared helpers for PressDesk's story and end-to-end tests.

pub mod desktop;
mod driver_process;
pub mod e2e;
mod places;
pub mod sop_steps;
pub mod steps;
