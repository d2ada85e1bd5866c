# pressdesk-cli's own words (help, output, argument errors) in English.
# Every key here is also in locales/id/cli.ftl (the completeness test).

## The summary after --help (a line starting with [ is written {"["}, as Fluent requires).

cli-summary =
    Commands at a glance:
      init [--office NAME --unit CODE --address ADDRESS --tz WIB|WITA|WIT [--sop CODE]
            --admin-name NAME --admin-nip NIP --admin-position POSITION --admin-pin PIN]
      sop list [--json] | sop show CODE [--json] | sop choose CODE --user ADMIN_NIP --pin PIN
      step ID assign|submit|write|verify|document|complete --user NIP --pin PIN [--note TEXT]
    {"       ["}--assignee NIP] [--reject]
      roster show --year Y --month M | roster print --year Y --month M [--paper a4|f4] --out FILE.pdf
      roster set --day DATE --person NIP... [--duty DUTY] --user NIP --pin PIN
      register --json FILE [--attach PATH]...
      user add --name NAME --nip NIP --role ROLE --pin PIN [--position POSITION] [--rank RANK]
    {"           ["}--admin NIP --admin-pin PIN]   (Kadis, Kabid and Admin only by an admin)
      office hours [set --day senin --from 07.30 --to 16.00 | set --day sabtu --off] [--json]
      office holiday add DATE NAME | office holiday remove DATE
      office holiday list [--year Y] [--json] | office holiday import FILE.csv [--json]
      check ID... --user NIP --pin PIN [--return REASON]
      edit ID --user NIP --pin PIN [--json FIELDS.json] [--attach PATH]... [--detach SHA256]...
      resubmit ID --user NIP --pin PIN [--json]
      withdraw ID --user NIP --pin PIN --reason REASON [--json]
      paraf ID... --user NIP --pin PIN --decision setuju|tolak [--initials PARAF.png] [--note TEXT]
      revoke ID... --user NIP --pin PIN --reason REASON
      paraf paper ID --user KASI_NIP --pin PIN --official NIP --decision setuju|tolak --scan FILE
      paraf pending --user NIP --pin PIN
      paraf confirm ID --user NIP --pin PIN
      paraf disown ID --user NIP --pin PIN --reason REASON
      groups --date YYYY-MM-DD --out FILE.pdf [--paper a4|f4]
      sheet ID --out FILE.pdf [--paper a4|f4]
      evidence save ID --out FOLDER [--kind photo|video|letter] [--sha SHA] [--json]
      publish ID --user NIP --pin PIN --site NAME --url URL
      folder add --cabinet A --drawer 1 --code CODE [--name NAME] [--capacity N]
      folder close CODE [--reason REASON] | folder reopen CODE [--reason REASON]
      archive ID --user NIP --pin PIN [--folder CODE] [--date YYYY-MM-DD]
      void ARCHIVE_NO --user NIP --pin PIN --reason REASON
      class import FILE.csv [--user NIP --pin PIN] | class list [--json]
      class set ID [--code CODE] [--security biasa|terbatas|rahasia] --user NIP --pin PIN
      class suggest NEWS_TYPE_ID CODE
      berkas open --code CODE --description DESCRIPTION [--unit UNIT] [--folder FOLDER] [--start DATE]
             --user NIP --pin PIN
      berkas close NO [--end YYYY-MM-DD] --user NIP --pin PIN | berkas add NO ID --user NIP --pin PIN
      berkas list [--year Y] [--json] | berkas show NO [--json]
      berkas due --year Y --kind pindah|musnah|permanen|dinilai-kembali [--json]
      print daftar-berkas|isi-berkas --year Y [--paper a4|f4] --out FILE.pdf|FILE.xlsx
    {"        ["}--user NIP --pin PIN]
      print retensi --year Y --kind pindah|musnah|permanen|dinilai-kembali [--paper a4|f4]
            --out FILE.pdf|FILE.xlsx [--user NIP --pin PIN]   (with the berita acara)
      labels --year Y [--from N --to M] [--stock L7160|L7163|L4731|OWN_STOCK] [--printer NAME]
    {"         ["}--paper a4|f4] [--start K] --out FILE.pdf
      index --year Y [--paper a4|f4] --out FILE.pdf
      ledger --year Y [--month M | --from YYYY-MM-DD --to YYYY-MM-DD] [--paper a4|f4] --out FILE.pdf
      book --year Y [--month M | --from DATE --to DATE] [--sop CODE] [--paper a4|f4] --out FILE.pdf
           (the record book of the office's SOP: the Buku Agenda on SOP-004, the Buku Jadwal Kegiatan on SOP-001, …)
      report sop --year Y [--month M] [--paper a4|f4] --out FILE.pdf
      report published --year Y [--month M] [--paper a4|f4] --out FILE.pdf
      export --format csv|xlsx --year Y [--month M | --from DATE --to DATE] --out FILE
      bench [all|thumbs|intake|search|agenda|ledger|labels|verify|data] [--sizes 1000,10000,100000]
      bench app --bin PATH/pressdesk [--releases N]
      bench ledger --releases N [--paper a4|f4] [--out FILE.pdf]
      list [--status S] [--year Y] [--month M] [--limit N] [--json]
      search WORD... [--json]
      show ID|AGENDA_NO|LETTER_NO [--json]
      demo --releases N
      verify [--no-files] [--json] [--head PRINTED_CHAIN_HEAD]
      backup --out FILE [--json]
      restore FILE --into FOLDER | --db ADMIN_URL [--json]
      completions bash|zsh|fish|elvish|powershell   (command completion for the shell)

    The office's server (PostgreSQL; --db URL or PRESSDESK_DB_URL):
      server init --db URL --office NAME --unit CODE --address ADDRESS [--tz WITA] [--sop CODE]
          --admin-name NAME --admin-nip NIP [--admin-position POSITION] --admin-pin-stdin
      server migrate --db URL
      server desk add NAME --db URL      (the desk login's password is shown once)
      server desk remove NAME --db URL
      server desk list --db URL
      server check --db URL               (tests the connection from a desk)
      server move --from FOLDER --db URL  (one computer's data onto an empty server, then checked)
      Every other command works on the server when --db URL or PRESSDESK_DB_URL is given (the
      desk's login URL); the data folder then only keeps a copy of the server's files (server-cache/).

    Data folder: --data, or PRESSDESK_DATA_DIR, or ~/.local/share/pressdesk.
    Language: --lang id|en, or PRESSDESK_LANG, or the system's LANG; Bahasa Indonesia by default.
    Holidays from CSV: one per line date,name (2026-12-25,Christmas Day); one bad line and
    none is added.
    PIN: --pin PIN is visible to other users in the process list; safer are --pin-stdin (the first
    line of input) or the PRESSDESK_PIN variable (--admin-pin-stdin, PRESSDESK_ADMIN_PIN).

## Help (--help): headings, the built-in flags, and the text of every command and argument.
## Keys follow the command's path: cli-about-berkas-due, cli-arg-berkas-due-year; an argument
## meaning the same in every command takes a shared key (cli-arg-user, cli-arg-json, …).

cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-command = COMMAND
cli-help-flag = Print help
cli-version-flag = Print version
cli-about-help = Print this help or the help of the given command

cli-about = PressDesk without its window: the Buku Agenda Press Release on the same store as the app
cli-arg-data = Data folder (else PRESSDESK_DATA_DIR, or ~/.local/share/pressdesk)
cli-arg-db = The office's server (PostgreSQL), else PRESSDESK_DB_URL
cli-arg-lang = Output language: id or en (else PRESSDESK_LANG, then the system's LANG)

## Shared arguments

cli-arg-user = NIP of the user who acts
cli-arg-pin = PIN (visible in the process list: --pin-stdin or PRESSDESK_PIN are safer)
cli-arg-pin-stdin = PIN read from the first line of standard input
cli-arg-admin-pin = The admin's PIN (--admin-pin-stdin or PRESSDESK_ADMIN_PIN are safer)
cli-arg-admin-pin-stdin = The admin's PIN read from the first line of standard input
cli-arg-console = As this computer's console, without a user
cli-arg-json = JSON output
cli-arg-year = Year
cli-arg-month = Month (1–12)
cli-arg-from = From date (YYYY-MM-DD)
cli-arg-to = To date (YYYY-MM-DD)
cli-arg-paper = a4 or f4 (a4 by default)
cli-arg-out = The PDF file written
cli-arg-key = Release: id or agenda number
cli-arg-ids = Releases: ids or agenda numbers, one or more
cli-arg-reason = Reason
cli-arg-note = Note
cli-arg-kind = pindah, musnah, permanen or dinilai-kembali
cli-arg-office = Name of the office
cli-arg-unit = Unit code (archive numbers)
cli-arg-address = The office's address
cli-arg-tz = Time zone: WIB, WITA or WIT (WITA by default)
cli-arg-sop = The office's SOP (SOP-004 by default)
cli-arg-admin-name = Name of the first admin
cli-arg-admin-nip = NIP of the first admin
cli-arg-admin-position = Position of the first admin (Administrator by default)

## Commands

cli-about-init = Creates the store (and the office profile with its first admin)
cli-about-sop = The office's four SOPs: list, their steps, the admin's choice
cli-about-sop-list = The four SOPs (the office's marked *)
cli-about-sop-show = The steps of one SOP: act, roles, time standard, output
cli-arg-sop-show-code = SOP code (SOP-001, SOP-003, SOP-004, SOP-000)
cli-about-sop-choose = The admin chooses the office's SOP
cli-arg-sop-choose-code = Code of the chosen SOP
cli-about-step = One step of SOP 001, 003 or 000 by a user of its role
cli-arg-step-words = Release (id or agenda number), then the step: assign, submit, write, verify, document or complete
cli-arg-step-assignee = NIP of the person assigned (assign)
cli-arg-step-reject = Not approved (verify)
cli-about-roster = The media center's duty roster (SOP 001)
cli-about-roster-show = A month's duty roster
cli-about-roster-print = A month's duty roster as a PDF
cli-about-roster-set = Who is on duty on one day
cli-arg-roster-set-day = Date (YYYY-MM-DD)
cli-arg-roster-set-person = NIP of a person on duty, may be repeated
cli-arg-roster-set-duty = That day's duty
cli-about-register = Registers a new press release from a JSON file
cli-arg-register-json = The release's fields: {"{"}"title": "…", "sender": "…"{"}"} is enough
cli-arg-register-attach = Evidence file (photo, video, letter), may be repeated
cli-about-user = Adds users
cli-about-user-add = Adds a user (Kadis, Kabid and Admin only by an admin: --admin NIP --admin-pin)
cli-arg-user-add-name = Full name
cli-arg-user-add-nip = NIP of the new user
cli-arg-user-add-role = Kasi, Kadis, Kabid, Operator, Archivist, Admin, Reporter, MediaTeam, Processor, …
cli-arg-user-add-position = Position (Staf by default)
cli-arg-user-add-rank = Rank/grade (printed for the Kadis)
cli-arg-user-add-pin = The new user's PIN (--pin-stdin or PRESSDESK_PIN are safer)
cli-arg-user-add-pin-stdin = The new user's PIN read from standard input (after the admin's PIN)
cli-arg-user-add-admin = NIP of the admin who adds the user
cli-about-office = The office's working hours and holidays
cli-usage-office = pressdesk-cli office hours [set --day DAY --from TIME --to TIME | --off] or office holiday add|remove|list|import
cli-about-office-hours = The office's working hours, and changing them (set)
cli-about-office-hours-set = The working hours of one day, or --off for a day off
cli-arg-office-hours-set-day = senin … minggu (Monday … Sunday), or 1…7
cli-arg-office-hours-set-from = Opening time (07.30)
cli-arg-office-hours-set-to = Closing time (16.00)
cli-arg-office-hours-set-off = That day is off
cli-about-office-holiday = The office's holidays
cli-usage-office-holiday = pressdesk-cli office holiday add DATE NAME | office holiday remove DATE | office holiday list [--year Y] | office holiday import FILE.csv
cli-about-office-holiday-add = Adds a holiday: DATE NAME
cli-arg-office-holiday-add-words = Date (YYYY-MM-DD), then the holiday's name
cli-about-office-holiday-remove = Removes the holiday on DATE
cli-arg-office-holiday-remove-date = Date (YYYY-MM-DD)
cli-about-office-holiday-list = The list of holidays
cli-about-office-holiday-import = Holidays from a CSV (date,name per line), all or none
cli-arg-office-holiday-import-file = CSV file: date,name per line
cli-about-check = The Kasi's format check (or a return), of one or more releases
cli-arg-check-reason = Returns the releases to their sender with this reason
cli-about-edit = The Kasi corrects a release before the deciding paraf
cli-arg-edit-json = The corrected fields (as for register)
cli-arg-edit-attach = Evidence added, may be repeated
cli-arg-edit-detach = SHA-256 of evidence removed, may be repeated
cli-about-resubmit = A returned release, corrected, is checked again
cli-about-withdraw = The sender withdraws the release: its number stays, marked Withdrawn
cli-arg-withdraw-reason = Reason for the withdrawal
cli-about-paraf = The Kadis's or Kabid's paraf, and parafs on paper
cli-arg-paraf-decision = setuju (approve) or tolak (reject)
cli-arg-paraf-initials = Image of the paraf (PNG); without it the user's saved paraf
cli-about-paraf-paper = The Kasi records a paraf written on paper, from its scan
cli-arg-paraf-paper-official = NIP of the Kadis or Kabid whose paraf it is
cli-arg-paraf-paper-decision = setuju (approve) or tolak (reject)
cli-arg-paraf-paper-scan = The scan (photo or PDF)
cli-about-paraf-pending = Paper parafs in your name waiting for your confirmation
cli-about-paraf-confirm = Acknowledges a paper paraf in your name
cli-arg-paraf-confirm-key = Paraf number (as `paraf pending` shows it) or agenda number
cli-about-paraf-disown = Disowns a paper paraf in your name
cli-arg-paraf-disown-key = Paraf number (as `paraf pending` shows it) or agenda number
cli-arg-paraf-disown-reason = Reason (required)
cli-about-revoke = The Kadis revokes a paraf
cli-arg-revoke-reason = Reason for the revocation
cli-about-groups = A day's groups of step 3 as one PDF page
cli-arg-groups-date = Date (YYYY-MM-DD)
cli-about-sheet = The Lembar Press Release (PDF)
cli-arg-sheet-key = Id or agenda number
cli-about-evidence = Saves the original evidence files of a release into a folder
cli-about-evidence-save = A release's original evidence files into a folder, under their own names
cli-arg-evidence-save-out = Target folder
cli-arg-evidence-save-kind = Only photo, video or letter
cli-arg-evidence-save-sha = Only the file with this SHA-256
cli-about-publish = Records where a release was published
cli-arg-publish-site = Name of the site
cli-arg-publish-url = Address of the story
cli-about-folder = Folders in the archive cabinet
cli-about-folder-add = A new folder in the archive cabinet
cli-arg-folder-add-cabinet = Cabinet
cli-arg-folder-add-drawer = Drawer
cli-arg-folder-add-code = Folder code
cli-arg-folder-add-name = Folder name
cli-arg-folder-add-capacity = Most items it holds (50 by default)
cli-about-folder-close = Closes a folder: no longer suggested or filled
cli-arg-folder-close-code = Folder code
cli-about-folder-reopen = Reopens a closed folder
cli-arg-folder-reopen-code = Folder code
cli-about-archive = Gives an archive number
cli-arg-archive-folder = Folder code (by default the suggested one)
cli-arg-archive-date = Archive date (YYYY-MM-DD)
cli-about-void = Voids an archive number
cli-arg-void-number = Archive number
cli-about-class = The office's classification scheme
cli-about-class-import = Imports the classification scheme from a CSV (all or none)
cli-arg-class-import-file = CSV file: code, name, active, inactive, final disposition, security
cli-about-class-list = The classification codes
cli-about-class-set = The classification code and security of a release
cli-arg-class-set-code = Classification code
cli-arg-class-set-security = biasa, terbatas or rahasia
cli-about-class-suggest = The code suggested for one news type
cli-arg-class-suggest-news-type = Id of the news type
cli-arg-class-suggest-code = Classification code
cli-about-berkas = Archive files (berkas) per year and their retention
cli-about-berkas-open = Opens a new berkas
cli-arg-berkas-open-code = Classification code of the berkas
cli-arg-berkas-open-description = Description of the berkas
cli-arg-berkas-open-unit = Processing unit (by default the office's unit code)
cli-arg-berkas-open-folder = Folder the berkas is kept in
cli-arg-berkas-open-start = Start of the period (YYYY-MM-DD)
cli-about-berkas-close = Closes a berkas at the end of its period
cli-arg-berkas-close-key = Berkas number
cli-arg-berkas-close-end = End of the period (YYYY-MM-DD)
cli-about-berkas-add = Adds an archived release to a berkas
cli-arg-berkas-add-words = Berkas number, then the release
cli-about-berkas-list = The berkas with their retention
cli-about-berkas-show = One berkas with its items
cli-arg-berkas-show-key = Berkas number
cli-about-berkas-done = Records a transfer or final disposition carried out, with its berita acara
cli-arg-berkas-done-key = Berkas number
cli-arg-berkas-done-ba = Number of the berita acara
cli-arg-berkas-done-on = Date of the berita acara (YYYY-MM-DD); today when empty
cli-about-berkas-due = The berkas due in one year
cli-about-print = Printed archive lists (PDF or XLSX)
cli-about-print-daftar-berkas = The year's Daftar Berkas
cli-arg-print-daftar-berkas-out = FILE.pdf, or FILE.xlsx for a spreadsheet
cli-about-print-isi-berkas = The year's Daftar Isi Berkas
cli-arg-print-isi-berkas-out = FILE.pdf, or FILE.xlsx for a spreadsheet
cli-about-print-retensi = The retention list due, with the berita acara
cli-arg-print-retensi-out = FILE.pdf, or FILE.xlsx for a spreadsheet
cli-about-labels = Archive labels (PDF)
cli-arg-labels-from = From the N-th archive number
cli-arg-labels-to = To the M-th archive number
cli-arg-labels-stock = L7160, L7163, L4731 or the office's own stock (L7160 by default)
cli-arg-labels-printer = The printer whose shift is saved
cli-arg-labels-start = The first label used on the sheet (1 by default)
cli-arg-labels-offset-x = Horizontal shift (mm)
cli-arg-labels-offset-y = Vertical shift (mm)
cli-about-index = The year's Daftar Arsip (PDF)
cli-about-ledger = The Buku Agenda Press Release (PDF)
cli-about-book = The record book of the office's SOP (PDF)
cli-arg-book-sop = The record book of this SOP (by default the office's)
cli-about-report = The SOP time report or the publication report (PDF)
cli-about-report-sop = The SOP time report (chart and table)
cli-about-report-published = The publication report
cli-about-export = The Buku Agenda as CSV or XLSX
cli-arg-export-format = csv or xlsx
cli-arg-export-out = The CSV or XLSX file written
cli-about-bench = Performance benchmark (makes its own data)
cli-arg-bench-words = all, thumbs, intake, search, agenda, ledger, labels, verify, server, backends, data, app or sql (all by default); for sql, then the statement
cli-arg-bench-sizes = Data sizes, e.g. 1000,10000,100000
cli-arg-bench-quick = Fewer repetitions
cli-arg-bench-releases = Number of releases (app, ledger, sql)
cli-arg-bench-bin = The app measured (app)
cli-arg-bench-runs = Repetitions (app, 5 by default)
cli-arg-bench-paper = a4 or f4 (ledger)
cli-arg-bench-out = The PDF written (ledger)
cli-about-list = The agenda book, newest first
cli-arg-list-status = Status of the releases
cli-arg-list-limit = At most this many rows
cli-about-search = Full-text search
cli-arg-search-words = Words searched for (title, text, sender, numbers)
cli-about-show = One release in full with its history
cli-arg-show-key = Id, agenda number or letter number
cli-about-demo = A sample office with N releases
cli-arg-demo-releases = Number of sample releases (50 by default)
cli-about-verify = Checks the database, the audit chain and every file
cli-arg-verify-no-files = Without checking the content of every file
cli-arg-verify-head = Audit chain head printed on a Buku Agenda: an event of this chain?
cli-about-backup = A one-file backup while the app is in use
cli-arg-backup-out = The backup file written
cli-about-restore = Restores a backup into a new folder or onto an empty server
cli-arg-restore-file = Backup file
cli-arg-restore-into = Target folder, empty or new
cli-about-server = The office's server (PostgreSQL)
cli-about-server-init = Sets up an empty database: schema, roles, the office and its first admin
cli-about-server-migrate = Applies the schema's migrations after PressDesk is updated
cli-about-server-desk = Logins per desk (computer)
cli-about-server-desk-add = Creates a desk login (its password is shown once)
cli-arg-server-desk-add-name = Name of the desk
cli-about-server-desk-remove = Removes a desk login and closes its sessions
cli-arg-server-desk-remove-name = Name of the desk
cli-about-server-desk-list = The name of every desk
cli-about-server-check = Tests the connection from a desk
cli-about-server-move = One computer's data onto an empty server, then checked
cli-arg-server-move-from = This computer's data folder
cli-about-completions = Command completion script for the shell (bash, zsh, fish, elvish, powershell)
cli-arg-completions-shell = bash, zsh, fish, elvish or powershell

## Command output
cli-list-total = { $count ->
        [one] { $count } release
       *[other] { $count } releases
    }
cli-detail-agenda-no = Agenda no.   : { $value }
cli-detail-title = Title        : { $value }
cli-detail-sender = Sender       : { $value }
cli-detail-letter = Letter no.   : { $value }
cli-detail-received = Received     : { $value }
cli-detail-news-type = News type    : { $value }
cli-detail-status = Status       : { $value }
cli-detail-evidence = Evidence     : { $count ->
        [one] { $count } file
       *[other] { $count ->
        [one] { $count } file
       *[other] { $count } files
    }
    }
cli-detail-id = Id           : { $value }
cli-detail-history = History      :
cli-detail-console = Console
cli-detail-reason = reason: { $reason }
cli-verify-summary = { $releases ->
        [one] { $releases } release
       *[other] { $releases } releases
    }, { $events ->
        [one] { $events } audit event
       *[other] { $events } audit events
    }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    } checked; audit chain head { $head }
cli-verify-note = note: { $note }
cli-verify-ok = All data intact.
cli-verify-fault = FAULT: { $fault }
cli-verify-faults = { $count ->
        [one] { $count } fault
       *[other] { $count ->
        [one] { $count } fault
       *[other] { $count } faults
    }
    } found.
cli-head-current = The printed chain head { $hash } is the chain's head now (event { $event }, { $at }).
cli-head-earlier = The printed chain head { $hash } is in the chain: event { $event }, { $at }; { $later ->
        [one] { $later } event
       *[other] { $later ->
        [one] { $later } event
       *[other] { $later } events
    }
    } after it.
cli-head-unknown = FAULT: the printed chain head { $hash } is not in this data's audit chain.
cli-demo-made = { $count } sample releases made in { $dir }
cli-init-ready = PressDesk store ready in { $dir }
cli-written = { $what } written to { $path }
cli-progress-verify = Checking the database, the audit chain and the files

## Refusals
cli-refused = error: { $message }
cli-refused-field = error ({ $field }): { $message }
cli-need-out-pdf = Give --out FILE.pdf.
cli-need-json = Give the JSON file with --json FILE.
cli-json-unreadable = The JSON file «{ $path }» cannot be read.

## Command line errors (clap)
cli-error-unknown-argument = unknown argument «{ $arg }»
cli-error-unknown-command = unknown command «{ $command }»
cli-error-missing-command = «{ $command }» needs a command
cli-error-missing-command-of = «{ $command }» needs a command: { $commands }
cli-error-missing-argument = required argument not given: { $arg }
cli-error-no-value = { $arg } needs a value
cli-error-invalid-value = invalid value «{ $value }» for { $arg }
cli-error-allowed = ; allowed: { $values }
cli-error-conflict = { $arg } cannot be used with { $other }
cli-error-repeated = { $arg } may be given only once
cli-error-too-many = unexpected value «{ $value }» for { $arg }
cli-error-values-count = wrong number of values for { $arg }
cli-error-no-equals = { $arg } needs = before its value
cli-error-utf8 = the command line holds text that is not UTF-8
cli-error-other = invalid command line
cli-error-suggestion = did you mean «{ $suggestion }»?
cli-error-more = For the full help: --help

## Progress (on a terminal only)
cli-progress-left = left
cli-progress-demo-releases = Sample releases
cli-progress-demo-acts = Sample parafs, filing and step times
cli-progress-backup = Backup
cli-progress-restore = Restore
cli-progress-server-move = Moving and checking the data on the server

## Sample data
cli-demo-no-new-users = The existing users are used; no new users.
cli-demo-users = Sample users (every PIN is { $pin }):

## Backup and restore
cli-backup-need-out = Give --out FILE for the backup.
cli-backup-no-pins = Note: a desk login may not read PINs, so the PINs are not in this backup; after a restore everyone is given a new PIN. Use the server's admin URL (--db) to include them.
cli-backup-written = Backup written to { $path } ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $releases ->
        [one] { $releases } release
       *[other] { $releases } releases
    }, audit head { $head }).
cli-restore-need-file = Give the backup file to restore.
cli-restore-need-into = Give --into FOLDER (empty or new) or --db ADMIN_URL (an empty server database).
cli-restore-done = Backup restored to { $into } and checked: { $releases ->
        [one] { $releases } release
       *[other] { $releases } releases
    }, { $events ->
        [one] { $events } audit event
       *[other] { $events } audit events
    }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, audit head { $head }.
cli-need-user = Give --user NIP.
cli-need-pin = Give the PIN: --pin-stdin (read from input), the PRESSDESK_PIN variable, or --pin PIN.
cli-need-admin-pin = Give the admin's PIN: --admin-pin-stdin, the PRESSDESK_ADMIN_PIN variable, or --admin-pin PIN.
cli-need-release = Name the release (id or agenda number).
cli-need-decision = Give --decision setuju (approve) or tolak (reject).
cli-need-year = Give --year YEAR.
cli-file-unreadable = The file «{ $path }» cannot be read: { $detail }.

## Users and parafs
cli-user-added = User { $name } ({ $role }) added, id { $id }.
cli-paraf-not-png = The paraf file must be a PNG image.

## Classification and archive files
cli-class-imported = Classification scheme imported: { $added ->
        [one] { $added } new code
       *[other] { $added } new codes
    }, { $updated ->
        [one] { $updated } code
       *[other] { $updated } codes
    } updated.
cli-class-years = active { $active } yr, inactive { $inactive } yr
cli-class-set = Classification: { $code } ({ $security })
cli-class-suggested = Code { $code } is now suggested for news type { $id }.
cli-berkas-open = open
cli-berkas-closed = closed
cli-berkas-items = { $count ->
        [one] { $count } item
       *[other] { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
    }
cli-berkas-inactive = inactive { $date }
cli-berkas-opened = Berkas { $number } opened: { $code } { $description }.
cli-berkas-add-usage = Use: berkas add NO ID --user NIP --pin PIN.
cli-berkas-item-added = Berkas { $key } item { $item }: { $agenda } { $title }
cli-berkas-done = Berkas { $number }: { $label } { $date } (BA { $ba }).
cli-need-kind = Give --kind pindah|musnah.
cli-need-out-pdf-xlsx = Give --out FILE.pdf or FILE.xlsx.
cli-need-out-folder = Give the target --out FOLDER.
cli-need-flag = Give { $flag } { $what }.
cli-value-code-of-folder = FOLDER_CODE
cli-value-pdf = FILE.pdf
cli-no-office = The office profile has not been made yet.
cli-list-rows = { $title } ({ $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    })

## Evidence, publication and filing
cli-evidence-saved = Saved: { $path } ({ $size })
cli-site-unknown = The site «{ $site }» is not registered.
cli-published = Release { $agenda } published on { $site }.
cli-folder-made = Folder { $code } made: { $location }
cli-folder-closed = Folder { $code } closed ({ $used } of { $capacity } filled).
cli-folder-reopened = Folder { $code } reopened ({ $used } of { $capacity } filled).
cli-archived = Release { $agenda } filed in { $location }.
cli-voided = Archive number { $number } voided.
cli-labels = { $count ->
        [one] { $count } label
       *[other] { $count ->
        [one] { $count } label
       *[other] { $count } labels
    }
    }

## Working hours and holidays
cli-hours-need-day = Give --day. Use: office hours, or office hours set --day monday --from 07.30 --to 16.00 (--off for a day off).
cli-hours-need-times = Give --from and --to, or --off alone. Use: office hours, or office hours set --day monday --from 07.30 --to 16.00 (--off for a day off).
cli-hours-heading = The office's working hours:
cli-hours-off = off
cli-day-unknown = Unknown day «{ $day }»; write monday … sunday (or senin … minggu), or 1 … 7.
cli-holiday-added = Holiday added: { $holiday }
cli-holiday-removed = Holiday removed: { $holiday }
cli-holidays = Holidays: { $count }
cli-holidays-of-year = Holidays { $year }: { $count }
cli-holiday-on-day-off = (falls on a day the office is closed)
cli-holiday-need-file = Name the file. Use: office holiday add DATE NAME, office holiday remove DATE, office holiday list [--year Y] or office holiday import FILE.csv.
cli-holiday-import-refused = { $count ->
        [one] { $count } bad line
       *[other] { $count ->
        [one] { $count } bad line
       *[other] { $count } bad lines
    }
    }; no holiday was added.
cli-holiday-imported = { $added ->
        [one] { $added } holiday
       *[other] { $added ->
        [one] { $added } holiday
       *[other] { $added } holidays
    }
    } added, { $already } already recorded.

## Paper parafs and groups
cli-paper-need-official = Give --official NIP (Kadis/Kabid).
cli-paper-need-scan = Give --scan FILE (photo or PDF).
cli-paper-none-pending = No paper paraf is waiting for your confirmation.
cli-paper-recorded = recorded { $at } by { $by }
cli-paper-need-key = Name the paper paraf (paraf number or agenda number).
cli-paper-none-on = No paper paraf in your name is waiting for confirmation on release { $agenda }.
cli-need-date = Give --date YYYY-MM-DD.
cli-groups = Press release groups of { $date }
cli-need-format = Give --format csv or xlsx.
cli-need-month = Give --month M.
cli-need-day = Give --day YYYY-MM-DD.

## The office's server
cli-server-need-db = Name the server with --db postgres://… or PRESSDESK_DB_URL.
cli-server-migrated = Server schema: { $count ->
        [one] { $count } migration
       *[other] { $count ->
        [one] { $count } migration
       *[other] { $count } migrations
    }
    } applied.
cli-server-need-from = Give --from DATA_FOLDER.
cli-server-table-rows = { $table }: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }
cli-server-moved = Moved and checked: { $files ->
        [one] { $files } file
       *[other] { $files } files
    } ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }), { $events ->
        [one] { $events } audit event
       *[other] { $events } audit events
    }, chain head { $head }.
cli-server-moved-kept = The folder { $from } is unchanged; keep it as a backup.
cli-server-ready = Server ready: database { $database }, schema owner { $owner }, app role { $app }, Admin { $admin } (id { $id }).
cli-server-add-desks = Add one login per computer: pressdesk-cli server desk add NAME --db …
cli-desk-made = Desk { $name } made. Login: { $login }
cli-desk-password = Password (shown only once; keep it in that desk's keyring):
cli-desk-removed = Desk { $name } removed: the login { $login } can no longer connect.

## SOPs, steps and the duty roster
cli-sop-steps = { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }
cli-sop-chosen-mark = * This office's SOP.
cli-sop-version = { $code } version { $version }: { $title }
cli-sop-book = { $office }; record book: { $book }
cli-sop-standard = time standard { $standard }
cli-sop-output = output: { $output } ({ $state })
cli-sop-chosen = The office now works by { $code } version { $version }: { $title }.
cli-step-need-act = Name the release and the step: step ID assign|submit|write|verify|document|complete.
cli-step-unknown = Unknown step «{ $act }»; choose assign, submit, write, verify, document or complete.
cli-step-done = Release { $agenda }: { $status }.
cli-step-next = Next: { $step } ({ $roles }).
cli-roster-saved = Duty roster saved.
cli-roster-heading = The media center's duty roster, { $month }

## Argument value names (<…> in the help)
cli-value-address = ADDRESS
cli-value-admin = NIP
cli-value-admin-name = NAME
cli-value-admin-nip = NIP
cli-value-admin-pin = PIN
cli-value-admin-position = POSITION
cli-value-assignee = NIP
cli-value-attach = PATH
cli-value-ba = NUMBER
cli-value-bin = PATH
cli-value-cabinet = CABINET
cli-value-capacity = N
cli-value-code = CODE
cli-value-data = FOLDER
cli-value-date = DATE
cli-value-day = DATE
cli-value-office-hours-set-day = DAY
cli-value-db = URL
cli-value-decision = DECISION
cli-value-description = DESCRIPTION
cli-value-detach = SHA256
cli-value-drawer = DRAWER
cli-value-duty = DUTY
cli-value-end = DATE
cli-value-file = FILE
cli-value-folder = CODE
cli-value-berkas-open-folder = FOLDER
cli-value-format = FORMAT
cli-value-from = DATE
cli-value-office-hours-set-from = TIME
cli-value-labels-from = N
cli-value-server-move-from = FOLDER
cli-value-head = HEAD
cli-value-ids = ID
cli-value-initials = PARAF.png
cli-value-into = FOLDER
cli-value-key = ID
cli-value-paraf-confirm-key = NO
cli-value-paraf-disown-key = NO
cli-value-berkas-close-key = NO
cli-value-berkas-show-key = NO
cli-value-berkas-done-key = NO
cli-value-kind = KIND
cli-value-lang = id|en
cli-value-limit = N
cli-value-month = MONTH
cli-value-name = NAME
cli-value-news-type = TYPE_ID
cli-value-nip = NIP
cli-value-note = TEXT
cli-value-number = ARCHIVE_NO
cli-value-office = NAME
cli-value-official = NIP
cli-value-offset-x = MM
cli-value-offset-y = MM
cli-value-on = DATE
cli-value-out = FILE.pdf
cli-value-evidence-save-out = FOLDER
cli-value-print-daftar-berkas-out = FILE
cli-value-print-isi-berkas-out = FILE
cli-value-print-retensi-out = FILE
cli-value-export-out = FILE
cli-value-backup-out = FILE
cli-value-paper = PAPER
cli-value-person = NIP
cli-value-pin = PIN
cli-value-position = POSITION
cli-value-printer = NAME
cli-value-rank = RANK
cli-value-reason = REASON
cli-value-releases = N
cli-value-role = ROLE
cli-value-runs = N
cli-value-scan = FILE
cli-value-security = SECURITY
cli-value-sha = SHA256
cli-value-shell = SHELL
cli-value-site = SITE_NAME
cli-value-sizes = SIZES
cli-value-sop = CODE
cli-value-start = DATE
cli-value-labels-start = K
cli-value-status = STATUS
cli-value-stock = STOCK
cli-value-to = DATE
cli-value-office-hours-set-to = TIME
cli-value-labels-to = M
cli-value-tz = ZONE
cli-value-unit = CODE
cli-value-berkas-open-unit = UNIT
cli-value-url = URL
cli-value-user = NIP
cli-value-words = WORD
cli-value-step-words = ID_STEP
cli-value-office-holiday-add-words = DATE_NAME
cli-value-berkas-add-words = NO_ID
cli-value-year = YEAR
cli-value-options = [OPTIONS]
cli-value-register-json = FILE
cli-value-edit-json = FIELDS.json
