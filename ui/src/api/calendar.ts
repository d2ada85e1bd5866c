// The office's working calendar (issue 14): the week's hours and the holidays that a time
// standard of "2 hari" counts in.
import type { Holiday } from '../bindings/Holiday';
import type { HolidayImport } from '../bindings/HolidayImport';
import type { NewHoliday } from '../bindings/NewHoliday';
import type { OfficeCalendar } from '../bindings/OfficeCalendar';
import type { WorkingDay } from '../bindings/WorkingDay';
import type { WorkingHoursInput } from '../bindings/WorkingHoursInput';
import { call } from './index';

/** The week's hours, the holidays of `year` and how many working days it has. */
export function officeCalendar(year: number): Promise<OfficeCalendar> {
  return call('office_calendar', { year });
}

/** Admin only: one weekday's hours; `open` and `close` both null make it a day off. */
export function setWorkingHours(input: WorkingHoursInput): Promise<WorkingDay[]> {
  return call('set_working_hours', { input });
}

/** Admin only. */
export function addHoliday(input: NewHoliday): Promise<Holiday> {
  return call('add_holiday', { input });
}

/** Admin only: the date is a working day again. */
export function removeHoliday(date: string): Promise<Holiday> {
  return call('remove_holiday', { date });
}

/** Admin only: `date,name` lines; all of them are added, or none when a line is wrong. */
export function importHolidays(csv: string): Promise<HolidayImport> {
  return call('import_holidays', { csv });
}
