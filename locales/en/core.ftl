# PressDesk core messages (errors and refusals) in English.
# Every key here is also in locales/id/core.ftl (the completeness test).

## General errors

err-io = Could not read or write a file: { $detail }
err-db = Database error: { $detail }
err-corrupt = Damaged data: { $detail }
err-cancelled = Cancelled.
err-internal = PressDesk internal error: { $detail }
err-json = Invalid JSON at line { $line }, column { $column }: { $detail }
err-disk-full = The storage is full. Free some disk space, then try again.
err-required = { $label } is required.
err-too-long = { $label } is too long ({ $len ->
        [one] { $len } character
       *[other] { $len } characters
    }); at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
err-timezone = The time zone must be WIB, WITA or WIT.
err-time-format = The time «{ $value }» is not valid; write it like 21/11/2026 14.05.
err-time-invalid = The time «{ $value }» is not valid.
err-date-format = The date «{ $value }» is not valid; write it like 21/11/2026.
err-user-inactive = { $name } is no longer active.
err-user-locked = { $name } is locked after { $tries } wrong PINs. Try again in { $secs ->
        [one] { $secs } second
       *[other] { $secs } seconds
    }.
err-user-no-pin = { $name } has no PIN yet; ask the Admin to make one.
err-pin-wrong = Wrong PIN. { $left ->
        [one] { $left } try
       *[other] { $left } tries
    } left before a one-minute lock.
err-pin-wrong-locked = Wrong PIN { $tries ->
        [one] { $tries } time
       *[other] { $tries } times
    }; { $name } is locked for one minute.
err-received-future = The time received cannot be in the future.
err-letter-after-received = The letter date cannot be after the date received.
err-checklist-unknown = Unknown checklist item «{ $key }».
err-evidence-invalid = The evidence «{ $name }» is not valid.
err-evidence-twice = The file «{ $name }» was added twice; once is enough.
err-receiver-inactive = The receiving officer is no longer active.
err-receiver-unknown = Unknown receiving officer.
err-nip-digits = The NIP must be 18 digits.
err-nip-taken = This NIP is already used by { $name }.
err-user-not-found = User #{ $id } not found.
err-nip-not-found = There is no user with NIP { $nip }.
err-deactivate-self = You cannot deactivate yourself.
err-sign-in-first = Please sign in with your name and PIN.
err-needs-pin-user = This action needs a user signed in with a PIN.

## Form field names in error messages

label-nama-printer = Printer name
label-nama-instansi = Agency name
label-kode-unit = Unit code
label-alamat = Address
label-nama = Name
label-jabatan = Position
label-pangkat-golongan = Rank/grade
label-nama-jenis-berita = News type name
label-nama-situs = Website name
label-alasan-tidak-ditayangkan = The reason for not publishing
label-tugas = Duty
label-alasan-perubahan = The reason for the change
label-nama-langkah = Step name
label-catatan = Note
label-judul = Title
label-keterangan = Remarks
label-alasan-penarikan = The reason for withdrawal
label-alasan = Reason
label-alasan-pengembalian = The reason for returning
label-alasan-pencabutan = The reason for revoking
label-kode-klasifikasi = Classification code
label-alasan-pembatalan = The reason for voiding
label-lemari = Cabinet
label-laci = Drawer
label-kode-map = Folder code
label-nama-map = Folder name
label-uraian-berkas = File description
label-unit-pengolah = Processing unit
label-nama-hari-libur = Holiday name
label-instansi-pengirim = Sending agency
label-narahubung = Contact person
label-nomor-surat = Letter number
label-tempat-kegiatan = Event place
label-ringkasan-isi = Summary / body

## Access refusals
action-manage-office = change the office profile
action-manage-users = manage users
action-manage-news-types = manage news types
action-manage-calendar = set the office's working days and hours
action-register = register releases
action-edit-release = change releases
action-check = check releases
action-attach-paper-paraf = attach paper parafs
action-paraf = initial releases
action-revoke = revoke parafs
action-publish = record publication on websites
action-archive = give archive numbers and file releases
action-manage-filing = set up cabinets, drawers, folders and archive number formats
action-backup = back up the data
action-restore = restore data from a backup
action-read = see the agenda, releases, archive and reports
action-verify = check the data integrity
action-upload = upload files
err-console-without-user = The PressDesk console without a user
err-not-allowed = { $who } may not { $action }.
err-privileged-user-needs-admin = A { $role } user can be added or given a PIN only by an Admin with their PIN (at the console: --admin NIP --admin-pin PIN).

## Other errors and refusals
err-klasifikasi-keamanan-tidak-dikenal-pilih = Unknown security classification «{ $s }»; choose biasa, terbatas or rahasia.
err-rilis-biasa-terbuka-untuk-semua = An ordinary release is open to every role; only restricted and secret are set.
err-nomor-berkas-tidak-sah-tulis = The file number «{ $key }» is not valid; write it like 003/2026.
err-akhir-kurun-waktu-tidak-boleh = The end of the period cannot be before its start ({ $period_start }).
err-map-itu-tidak-ada-di = That folder is not in the archive cabinet.
err-berkas-tidak-ada = File { $seq } does not exist.
err-berkas-sudah-ditutup = File { $number } is already closed.
err-jenis-daftar-tidak-dikenal-pilih = Unknown list type «{ $s }»; choose pindah, musnah, permanen or dinilai-kembali.
err-skema-klasifikasi-tidak-diimpor-tidak = The classification scheme was not imported; nothing was saved. { $bad_join }.
err-berkas-csv-tidak-berisi-satu = The CSV file holds no code at all.
err-berkas-sudah-ditutup-tidak-dapat = File { $number } is already closed; it takes no more releases.
err-rilis-belum-diberi-nomor-arsip = Release { $agenda_no } has no archive number yet; archive it before putting it in a file.
err-rilis-sudah-menjadi-isi-berkas = Release { $agenda_no } is already in file { $other }.
err-keterangan-akhir-tidak-dikenal-pilih = Unknown final disposition «{ $s }»; choose musnah, dinilai kembali or permanen.
err-kode-klasifikasi-tidak-ada-dalam = The classification code «{ $code }» is not in the office's classification scheme.
err-jenis-berita-itu-tidak-ada = That news type does not exist.
err-rilis-sudah-masuk-berkas-yang = Release { $agenda_no } is already in file { $unwrap_or_default }, which is closed; its classification can no longer change.
err-cadangan-rusak-bag-info-txt = Damaged backup: bag-info.txt is incomplete.
err-cadangan-rusak-nilai-di-bag = Damaged backup: the value { $key } in bag-info.txt is not valid.
err-cadangan-rusak-baris-tidak-sah = Damaged backup: line { $name } is not valid.
err-sebutkan-nama-berkas-cadangan = Name the backup file.
err-folder-tujuan-tidak-ada = The target folder «{ $parent_display }» does not exist.
err-simpan-cadangan-di-luar-folder = Save the backup outside PressDesk's data folder (on a removable disk, for example).
err-adalah-folder-pilih-nama-berkas = «{ $name }» is a folder; choose a file name.
err-desk-ini-memakai-server-kantor = This desk uses the office server: the admin restores into an empty server database with pressdesk-cli restore FILE --db ADMIN_URL.
err-pemulihan-lain-baru-saja-disiapkan = Another restore was just prepared; wait a moment, then try again.
err-sebutkan-folder-tujuan-pemulihan = Name the folder to restore into.
err-folder-tujuan-tidak-kosong-pemulihan = The target folder «{ $into_display }» is not empty; a restore goes only into an empty or new folder.
err-cadangan-rusak = Damaged backup: { $what }
err-berkas-cadangan-tidak-dapat-dibuka = The backup file «{ $archive_display }» cannot be opened.
err-basis-data-di-sudah-berisi = The database «{ $db }» at { $place } already holds an office; a restore goes only into an empty database.
err-tahun-di-luar-rentang-sampai = The year { $year } is outside the range { $start } to { $end }.
err-tanggal-wajib-diisi = The date is required.
err-sudah-tercatat-sebagai-hari-libur = { $date } is already recorded as the holiday «{ $existing }».
err-bukan-hari-libur-yang-tercatat = { $date } is not a recorded holiday.
err-berkas-csv-terlalu-besar-paling = The CSV file is too large (at most 256 KB); a year of holidays takes a few dozen lines.
err-berkas-csv-tidak-berisi-hari = The CSV file holds no holidays; write one per line: date,name (e.g. 2026-12-25,Hari Raya Natal).
err-baris = Line { $no }: { $message }
err-tidak-sah-tulis-seperti-07 = { $label } «{ $t }» is not valid; write it like 07.30.
err-hari-harus-1-senin-sampai = The day must be 1 (Monday) to 7 (Sunday).
err-jam-pulang-wajib-diisi = The end time is required{ $off }
err-jam-masuk-wajib-diisi = The start time is required{ $off }
err-jam-pulang-harus-sesudah-jam = The end time ({ $c }) must be after the start time ({ $o }).
err-paling-sedikit-satu-hari-dalam = At least one day of the week must be a working day.
err-jenis-berita-ini-sudah-tidak = This news type is no longer in use.
err-jenis-berita-tidak-dikenal = Unknown news type.
err-jenis-berita-ini-sudah-ada = This news type already exists.
err-jenis-berita-tidak-ditemukan = News type not found.
err-berkas-tidak-ditemukan = The file «{ $shown }» was not found.
err-bukan-berkas = «{ $shown }» is not a file.
err-berkas-terlalu-besar-batasnya-200 = The file «{ $name }» is too large ({ $meta_len }). The limit is 200 MB.
err-berkas-tidak-dapat-dibaca-sampai = The file «{ $name }» cannot be read to its end: { $e }.
err-berkas-belum-diunggah-atau-sudah = The file was not uploaded or has expired; add it again.
err-berkas-bukti-belum-diunggah-atau = The evidence file was not uploaded or has expired; add the file again.
err-nama-berkas-tersimpan-tidak-sah = The stored file's name is not valid.
err-map-tidak-ada = The folder «{ $code }» does not exist.
err-map-sudah-ditutup-pilih-map = Folder { $code } is closed; choose another folder or reopen it.
err-map-penuh-dari-pilih-atau = Folder { $code } is full ({ $used } of { $capacity }); choose or make another folder.
err-daya-tampung-map-harus-1 = A folder's capacity must be 1 to 10,000 releases.
err-map-sudah-ada = The folder «{ $trim }» already exists.
err-map = Folder { $code } { $state }.
err-pengulangan-nomor-harus-tahunan-atau = The numbering must restart yearly or monthly.
err-tidak-ada-map-terbuka-yang = No open folder has room; make a new folder in Archive.
err-seri-nomor-arsip-tidak-ada = The archive number series «{ $code }» does not exist.
err-seri-tidak-ada = The series «{ $code }» does not exist.
err-rilis-belum-ditayangkan-catat-penayangannya = Release { $agenda_no } is not published yet; record its publication or mark it not published.
err-rilis-sudah-diarsipkan = Release { $agenda_no } is already archived.
err-rilis-belum-diparaf-belum-dapat = Release { $agenda_no } is not initialed yet; it cannot get an archive number yet.
err-rilis-belum-diarsipkan = Release { $agenda_no } is not archived.
err-adalah-stok-avery-bawaan-beri = «{ $name }» is a built-in Avery stock; give your own stock another name.
err-stok-label-sendiri-tidak-ada = The own label stock «{ $trim }» does not exist.
err-foto-rusak-atau-terpotong = The photo «{ $name }» is damaged or cut off.
err-foto-berukuran-piksel-megapiksel-batasnya = The photo «{ $name }» is { $width } × { $height ->
        [one] { $height } pixel
       *[other] { $height } pixels
    } ({ $v__000_000 ->
        [one] { $v__000_000 } megapixel
       *[other] { $v__000_000 } megapixels
    }); the limit is 100 megapixels.
err-foto-terlalu-besar-untuk-dibuka = The photo «{ $name }» is too large to open: more than { $v__000_000 } MB once decoded. Save it again at a smaller size.
err-peran-tidak-dikenal-pilih-kasi = Unknown role «{ $s }»; choose Kasi, Kadis, Kabid, Operator, Arsiparis, Admin, Reporter, Tim Media Center, Tim Pengolah, Sekretaris or Staf.
err-status-tidak-dikenal = Unknown status «{ $s }».
err-kode-unit-tidak-boleh-berisi = The unit code cannot contain spaces.
err-pengguna-pertama-harus-berperan-admin = The first user must have the Admin role.
err-buat-pin-untuk-admin-4 = Make a PIN for the Admin (4 to 12 digits).
err-profil-kantor-hilang = The office profile is missing.
err-profil-kantor-sudah-dibuat = The office profile is already made.
err-profil-kantor-belum-dibuat = The office profile is not made yet.
err-folder-tidak-ditemukan = The folder «{ $folder_display }» was not found.
err-tidak-dapat-ditulis = «{ $dest_display }» cannot be written: { $err }.
err-berkas-bukti-itu-tidak-ada = That evidence file is not on release { $agenda_no }.
err-sudah-ada-tidak-ditimpa-pilih = «{ $dest_display }» already exists; it is not overwritten. Choose another name.
err-rilis-tidak-memiliki-berkas-bukti = Release { $agenda_no } has no evidence files to save.
err-pilih-sedikitnya-satu-rilis-untuk = Choose at least one release to initial.
err-paraf-kertas-hanya-dari-kadis = A paper paraf comes only from the Kadis or Kabid.
err-pindaian-paraf-harus-foto-atau = The paraf scan must be a photo or PDF.
err-rilis-menunggu-paraf-belum-dapat = Release { $agenda_no } waits for the paraf of the { $role }; { $name } ({ $role2 }) cannot initial it yet.
err-rilis-sudah-diparaf-oleh-paraf = Release { $agenda_no } was already initialed by the { $role } { $name } ({ $when }); the paraf of { $name2 } was not recorded.
err-rilis-tidak-ada-paraf-yang = Release { $agenda_no } is { $to_lowercase }; there is no paraf to revoke.
err-lengkapi-dahulu-atau-kembalikan-dengan = { $message } Complete it first or return it with a reason.
err-pilih-sedikitnya-satu-rilis-untuk-2 = Choose at least one release to check.
err-tuliskan-paraf-pada-bidang-paraf = Write the paraf in the paraf field.
err-belum-ada-paraf-tersimpan-tuliskan = There is no saved paraf yet; write your paraf.
err-ukuran-bidang-paraf-tidak-wajar = The paraf field's size is not plausible.
err-gambar-paraf-bukan-png-yang = The paraf picture is not a valid PNG.
err-bidang-paraf-masih-kosong-tuliskan = The paraf field is empty; write your paraf.
err-data-goresan-paraf-tidak-sah = The paraf strokes are not valid.
err-rilis-belum-diperiksa-kasi-paraf = Release { $no } is not checked by the Kasi yet; the paraf waits for the check.
err-rilis-sudah-tidak-menunggu-paraf = Release { $no } is already { $to_lowercase }; it is not waiting for a paraf.
err-paraf-pada-rilis-bukan-paraf = Paraf #{ $paraf_id } on release { $agenda_no } is not a paper paraf.
err-paraf-tidak-ditemukan = Paraf #{ $paraf_id } not found.
err-paraf-kertas-pada-rilis-dicatat = The paper paraf on release { $agenda_no } is recorded in someone else's name; only they can confirm it.
err-rilis-sudah-paraf-tidak-dapat = Release { $agenda_no } is already { $to_lowercase }; the paraf can no longer be disowned in PressDesk. Ask the Kasi for a written correction.
err-paraf-kertas-pada-rilis-sudah = You have already answered the paper paraf on release { $agenda_no }.
err-paraf-kertas-pada-rilis-sudah-2 = The paper paraf on release { $agenda_no } is already revoked.
err-rilis-tidak-sedang-dikembalikan-ke = Release { $agenda_no } is not returned to its sender; there is nothing to resubmit.
err-jalur-tidak-diizinkan-keluar-dari = The path «{ $name }» is not allowed: it leaves the allowed folder.
err-berkas-tidak-ditemukan-2 = The file «{ $path_display }» was not found.
err-jalur-berada-di-luar-folder = The path «{ $path_display }» is outside PressDesk's data folder; not allowed.
err-folder-data-tidak-bernama = The data folder has no name.
err-sebutkan-tahun-dan-bulan-atau = Give the year (and month), or the first and last dates.
err-periode-laporan-tidak-sah = The report period is not valid.
err-bulan-tidak-sah-pilih-1 = The month «{ $month }» is not valid; choose 1 to 12.
err-tanggal-akhir-tidak-boleh-sebelum = The last date cannot be before the first date.
err-pin-harus-4-sampai-12 = A PIN must be 4 to 12 digits.
err-berkas-tidak-ada-2 = The file { $sha } does not exist.
err-situs-ini-sudah-ada = This site already exists.
err-situs-terakhir-yang-dipakai-tidak = The last site in use cannot be switched off; add another site first.
err-alamat-bukan-url-http-atau = The address «{ $url }» is not a valid http or https URL.
err-waktu-tayang-tidak-boleh-di = The time published cannot be in the future.
err-pilih-situs-tempat-rilis-ditayangkan = Choose the site where the release was published.
err-alamat-ini-sudah-dicatat-untuk = This address is already recorded for the same site.
err-situs-web-tidak-ditemukan = Website not found.
err-rilis-hanya-rilis-yang-disetujui = Release { $agenda_no } is { $to_lowercase }; only approved releases are published.
err-rilis-hanya-rilis-disetujui-yang = Release { $agenda_no } is { $to_lowercase }; only approved releases not yet published can be marked.
err-waktu-diterima-wajib-diisi = The time received is required.
err-waktu-diterima-hanya-dapat-diperbaiki = The time received can be corrected only within { $agenda_year }: agenda number { $no } stays.
err-rilis-tidak-ditemukan = Release «{ $uid }» not found.
err-rilis-sudah-dan-tidak-dapat = Release { $no } is already { $to_lowercase } and can no longer change.
err-bukti-tidak-ada-pada-rilis = The evidence { $sha } is not on this release (or was already removed).
err-berkas-sudah-menjadi-bukti-rilis = The file «{ $name }» is already evidence of this release.
err-rilis-tidak-ditemukan-di-buku = Release «{ $key }» was not found in the Buku Agenda.
err-penanda-halaman-tidak-sah = The page marker is not valid.
err-bulan-atau-tahun-tidak-sah = The month or year is not valid.
err-berkas-tidak-dapat-dicatat-sebagai = The file «{ $name }» ({ $mime }) cannot be recorded as { $kind }.
err-langkah-dicatat-di-layarnya-sendiri = The step { $act } is recorded on its own screen.
err-pilih-reporter-yang-meliput = Choose the reporter covering it.
err-reporter-tidak-dikenal = Unknown reporter.
err-liputan-rilis-ditugaskan-kepada-reporter = The coverage of release { $agenda_no } is assigned to another reporter.
err-rilis-sudah-hanya-rilis-yang = Release { $agenda_no } is already { $to_lowercase }; only releases not yet initialed by the Kadis can be withdrawn.
err-format-tidak-dikenal-pilih-csv = Unknown format «{ $other }»; choose csv or xlsx.
err-gambar-kecil-tidak-ada = The thumbnail { $sha } does not exist.
err-basis-data-di-belum-disiapkan = The database at { $place } is not prepared for PressDesk: run pressdesk-cli server init.
err-nama-desk-harus-huruf-kecil = The desk name «{ $name }» must be lowercase letters, digits or _, start with a letter, at most 24 characters (for example kasi, kadis, arsip_2).
err-desk-tidak-ada-login = The desk «{ $name }» does not exist (login { $login }).
err-desk-sudah-ada-login-hapus = The desk «{ $name }» already exists (login { $login }). Remove it first with server desk remove.
err-folder-tidak-berisi-data-pressdesk = The folder { $from_display } holds no PressDesk data.
err-isi-alamat-server-nama-atau = Enter the server address (name or IP).
err-port-server-antara-1-dan = The server port is between 1 and 65535.
err-isi-nama-basis-data-kantor = Enter the name of the office database.
err-isi-login-desk-dari-admin = Enter the desk login from the server admin.
err-sebutkan-berkas-sertifikat-ca-kantor = Name the office's CA certificate file for verified TLS.
err-pilih-cara-sambungan-tls = Choose how to connect with TLS.
err-login-bukan-login-desk-minta = The login «{ $login }» is not a desk login. Ask the server admin to make one with pressdesk-cli server desk add NAME.
err-keyring-sistem-tidak-dapat-dipakai = The system keyring cannot be used ({ $other }); the password is not kept in a plain file. Sign in to a desktop with an active keyring (GNOME Keyring/KWallet).
err-nama-basis-data-harus-huruf = The database name «{ $name }» must be lowercase letters, digits or _, start with a letter, at most 24 characters (the login names are made from it).
err-logo-kop-surat-dipasang-nanti = The letterhead logo is set later from the app, not while preparing the server.
err-sop-tidak-dikenal = Unknown SOP «{ $code }».
err-server-ini-sudah-disiapkan-profil = This server is already prepared: the office profile is already in this database.
err-langkah-perlu-sedikitnya-satu-peran = Step { $seq } needs at least one role.
err-langkah-sop-tidak-dapat-ditambah = SOP steps cannot be added, removed or reordered; change their names, roles or time standards.
err-petugas-tidak-dikenal = Unknown officer.
err-alamat-server-tidak-sah = The server address «{ $url }» is not valid: { $why }
err-server-ada-di-komputer-lain = The server is on another computer: the connection must use TLS. Add ?sslmode=verify-full&sslrootcert=/path/ca-kantor.crt (or sslmode=require when the office has no CA yet).
err-berkas-ca-tidak-dapat-dibaca = The CA file «{ $ca }» cannot be read: { $e }
err-isi-berkas-tidak-cocok-dengan = The file's content does not match its SHA-256 ({ $got }, not { $sha }).
err-isi-berkas-sudah-tersimpan-di = The content of file { $sha } is already stored on the server.
err-data-yang-sama-baru-saja = The same data was just saved by another desk ({ $unik }); nothing was saved.
err-basis-data-server-memakai-skema = The server database uses schema version { $version }, newer than this PressDesk knows (version { $known_version }). Update PressDesk on this computer before using it.
err-skema-server-di-versi-lebih = The server schema at { $place } (version { $found }) is older than this PressDesk (version { $known_version }): the admin runs pressdesk-cli server migrate first.
err-mutu-baku-tidak-dikenal-tulis = Unknown time standard «{ $trim }»; write for example 7 min, 3 h, 2 working days, 1 month, D-1, D+1 or - (none).
err-mutu-baku-harus-lebih-dari = The time standard must be more than zero.
err-pin-pengguna-di-server-kantor = The PIN of a { $role } user on the office server can be made only by an Admin who entered their PIN in the last two minutes: sign out, sign in again with the Admin PIN, then repeat.
err-tuliskan-kepala-rantai-audit-yang = Write the printed audit chain head: at least 16 hexadecimal characters.
err-tidak-bertugas-pada-langkah = { $role } does not act on step { $seq } «{ $name }» ({ $code }).
err-rilis-sedang-pada-langkah-belum = Release { $no } is at step { $seq } «{ $name }»; it is not time yet for { $to_lowercase }.
err-rilis-sudah-tidak-ada-langkah = Release { $no } is already { $to_lowercase }; no { $to_lowercase2 } step is waiting.
err-tidak-berwenang-pada-langkah-dalam = { $name } ({ $role }) may not act on the { $to_lowercase } step in { $code }.
err-rilis-tidak-ditemukan-2 = Release «{ $key }» not found.
err-sop-tidak-dikenal-pilih-sop = Unknown SOP «{ $code }»; choose SOP-004, SOP-001, SOP-003 or SOP-000.
err-versi-sop-tidak-ditemukan = SOP version not found.
err-templat-sop-tidak-punya-versi = The SOP template has no version.
err-rilis-diparaf = { $agenda_nos_len ->
        [one] { $agenda_nos_len } release
       *[other] { $agenda_nos_len } releases
    } initialed: { $to_lowercase }.
err-paraf-kertas-pada-rilis-dicatat-2 = Paper paraf of { $name } on release { $no } recorded.
err-paraf-pada-rilis-dicabut = The paraf on release { $no } was revoked.
err-rilis-sudah-pemeriksaan-tidak-dapat = Release { $no } is already { $to_lowercase }; the check cannot change.
err-rilis-sudah-dikembalikan-dan-menunggu = Release { $no } was returned and waits for the sender's correction; once corrected, resubmit it for the check.
err-rilis-belum-lengkap = Release { $no } is incomplete: { $missing_join }.
err-rilis-lengkap-dan-dikirim-ke = { $agenda_nos_len ->
        [one] { $agenda_nos_len } release
       *[other] { $agenda_nos_len } releases
    } complete and sent to the Kadis's paraf queue: { $agenda_nos_join }.
err-rilis-dikembalikan = { $agenda_nos_len ->
        [one] { $agenda_nos_len } release
       *[other] { $agenda_nos_len } releases
    } returned ({ $agenda_nos_join }): { $reason }
err-keluarkan-dari-pilihan-atau-kembalikan = { $message } Take it out of the selection or return it with a reason.
err-paraf-kertas-pada-rilis-dikonfirmasi = The paper paraf on release { $no } is confirmed.
err-paraf-kertas-pada-rilis-ditandai = The paper paraf on release { $no } is marked as not yours; the release waits for paraf again and the Kasi is asked to correct it.
err-lebar-urutan-tidak-sah-gunakan = The sequence width «{ $w }» is not valid; use 1 to 6.
err-format-nomor-arsip-wajib-diisi = The archive number format is required.
err-kurung-kurawal-tidak-ditutup = A curly brace is not closed.
err-nomor-arsip-tidak-ada-atau = The archive number «{ $number }» does not exist or is already voided.
err-tidak-ada-berkas-baru-yang = No new file was saved to { $folder_display }.
err-berkas-disimpan-ke = { $saved_len ->
        [one] { $saved_len } file
       *[other] { $saved_len } files
    } saved to { $folder_display }.
err-sudah-ada-di-folder-itu = { $kept_len } already in that folder and not overwritten: { $kept_join }.
err-berkas-tersimpan-hilang-dari-folder = the stored file { $sha } is missing from the data folder
err-berkas-asli-di-folder-data = the original file «{ $name }» in the data folder has changed (SHA-256 does not match); not saved. Run the data integrity check.
err-sslmode-tidak-dikenal = unknown sslmode «{ $other }»
err-pengaturan-tls-gagal = Setting up TLS failed: { $e }
err-server-menolak-login-kata-sandi = The server { $place } refused the login: wrong password or the desk login no longer exists.
err-server-tidak-mengizinkan-login-ini = The server { $place } does not allow this login from this computer (pg_hba.conf): { $msg }
err-basis-data-tidak-ada-di = The database does not exist on the server { $place }: { $msg }
err-server-menolak-login-ini-tidak = The server refused: this login has no right to it ({ $msg }).
err-server-menolak = The server refused: { $msg }.
err-server-tidak-dapat-dihubungi-periksa = The server { $place } cannot be reached ({ $io }). Check the address, port, network and whether PostgreSQL runs.
err-sambungan-tls-ke-gagal-periksa = The TLS connection to { $place } failed ({ $s }). Check the server certificate and the CA file.
err-sambungan-ke-server-terputus = The connection to the server { $place } was cut.
err-server-tidak-menjawab-waktu-habis = The server { $place } does not answer (timed out).
err-kolom-tidak-ada = column { $i } does not exist
err-sambungan-ke-server-kantor-terputus = The connection to the office server was cut ({ $message }); nothing was saved. Try again.
err-server-menolak-2 = The server refused: { $message }.
err-kueri-tidak-memberi-baris = the query gave no row
err-sambungan-terlindungi-tls = The connection is protected by TLS.
err-sambungan-tanpa-tls-server-di = The connection has no TLS (the server is on this computer).
err-profil-kantor-belum-ada = There is no office profile yet.
err-login-ini-login-desk-anggota = This login is a desk login (a member of the application role).
err-login-ini-bukan-login-desk = This login is not a desk login: use it only for server init and desk.
err-kepala-rantai-server-tidak-sama = The server's chain head is not the last event.
err-sudah-tercatat-sebagai-hapus-dulu = { $date } is already recorded as «{ $name }»; remove it first to replace it.
err-berkas-lebih-dari-baris = the file has more than { $max_lines ->
        [one] { $max_lines } line
       *[other] { $max_lines } lines
    }.
err-tidak-dapat-dibaca = cannot be read ({ $e }).
err-sudah-ada-di-baris = { $date } is already on line { $earlier }.
err-jam-kerja-hari-ke-tidak = the working hours of day { $day } are not valid
err-tanggal-hari-libur-tidak-sah = the holiday's date is not valid: { $date }
err-tidak-ada-yang-diubah = Nothing was changed.
err-belum-ada-bukti-multimedia = no multimedia evidence yet
err-berkas-yang-sama-sudah-tersimpan = The same file is already kept as evidence of agenda { $seq }; it is kept once.
err-berkas-bukan-foto-jpeg-png = The file «{ $name }» is not a recognised photo (JPEG, PNG, WebP), video (MP4, MOV, WebM, AVI) or PDF; its content does not match its format.
err-berkas-pdf-terpotong-atau-rusak = The PDF file «{ $name }» is cut off or damaged.
err-bukti-menunjuk-ke-rilis-yang = { $orphans } evidence rows point to releases that do not exist.
err-berkas-telah-berubah-sha-256 = The file { $sha } has changed (SHA-256 does not match).
err-berkas-tersimpan-tidak-dipakai-oleh = { $orphans } stored files are used by no record.
err-nomor-agenda-tidak-berurutan-rilis = The agenda numbers of { $year } are not in sequence: { $n ->
        [one] { $n } release
       *[other] { $n } releases
    }, numbers { $min } to { $max }.
err-agenda-tidak-ada-jejak-audit = Agenda { $no }: its registration has no audit trail.
err-agenda-isi-rekaman-berbeda-dengan = Agenda { $no }: the record differs from what the audit trail holds (changed outside PressDesk).
err-pemeriksaan-gagal = the check failed
err-ada-rujukan-yang-menunjuk-ke = Some references point to rows that do not exist.
err-baris-tidak-terbaca = line { $no }: unreadable ({ $e })
err-baris-kode-sudah-ada-di = line { $no }: code { $code } is already on an earlier line
err-baris-2 = line { $no }: { $trim_end_matches }
err-perlu-5-atau-6-kolom = needs 5 or 6 columns (code, name, active, inactive, final disposition, security), has { $record_len }
err-kode-tidak-sah = code «{ $field }» is not valid
err-nama-kode-kosong-atau-lebih = the code's name is empty or longer than 200 letters
err-berkas-tidak-ada-di-folder = the file { $sha } is not in the folder ({ $e }); run verify
err-pemindahan-tidak-cocok = the move does not match: { $what }
err-di-folder-di-server = { $table }: { $here } in the folder, { $there } on the server
err-rantai-audit-kepala-di-server = audit chain: { $faults_join } (head { $server_head } on the server, { $head } in the folder)
err-berkas-hilang-atau-bukan-berkas = The file { $sha } is missing or not a plain file in the data folder; the backup was cancelled. Run the data integrity check.
err-berkas-tersimpan-telah-berubah-sha = The stored file { $name } has changed (SHA-256 does not match); the backup was cancelled. Run the data integrity check.
err-basis-data-berasal-dari-versi = the database comes from a newer PressDesk (schema { $current })
err-jejak-audit-rantai-terputus-hash = Audit trail #{ $id }: the chain is broken (the previous hash does not match).
err-mutu-baku-tidak-sah = the time standard { $kind } { $amount } is not valid
err-jenis-mutu-baku-tidak-dikenal = unknown kind of time standard «{ $kind }»
err-berkas-kosong-0-bita = The file «{ $name }» is empty (0 bytes).
err-berkas-terlalu-besar-batasnya-200-2 = The file «{ $name }» is too large ({ $size }). The limit is 200 MB.
err-tersambung-sebagai-ke-postgresql = Connected as { $login } to PostgreSQL { $server_version }.
err-skema-pressdesk-versi-pressdesk-ini = PressDesk schema version { $schema_version } (this PressDesk knows version { $known_version }).
err-desk-lain-sedang-mengubah-data = Another desk is changing the same data at the same moment; nothing was saved. Try again.
err-kata-sandi-login-desk-tidak = The desk login's password is not in the system keyring: enter it again in the server settings.
err-bagian-ini-belum-dapat-dipakai = This part cannot be used with the office server yet; use it on a computer with local storage.

## Audit trail events
audit-office-setup = Office profile made
audit-office-update = Office profile changed
audit-user-add = User added
audit-user-update = User changed
audit-news-type-add = News type added
audit-news-type-update = News type changed
audit-release-register = Release registered in the Buku Agenda
audit-release-check = Checked by the Kasi, passed to the Kadis
audit-release-return = Returned by the Kasi as incomplete
audit-release-edit = Corrected by the Kasi before paraf
audit-release-resubmit = Resubmitted for the check
audit-release-withdraw = Withdrawn by the sender
audit-release-paraf = Initialed
audit-release-revoke = Paraf revoked by the Kadis
audit-release-publish = Published on the website
audit-release-not-published = Marked not published
audit-release-archive = Given an archive number and filed
audit-release-void-archive-no = Archive number voided
audit-release-move = Moved to another folder
audit-user-pin-reset = PIN reset
audit-user-locked = User locked (5 wrong PINs)
audit-user-initials = Paraf saved
audit-site-add = Site added
audit-folder-add = Folder made
audit-series-update = Archive number format changed
audit-calendar-hours = Working hours changed
audit-holiday-add = Holiday added
audit-holiday-remove = Holiday removed
audit-holiday-import = Holidays imported from CSV

## model: names of roles, statuses, paraf decisions and evidence kinds

role-kasi = Kasi
role-kadis = Kadis
role-kabid = Kabid
role-operator = Website Operator
role-archivist = Archivist
role-admin = Admin
role-reporter = Reporter/Contributor
role-media-team = Media Center Team
role-processor = Processing Team
role-secretary = Secretary
role-staff = Staff
console-name = PressDesk console
status-registered = Registered
status-initialed = Initialed
status-approved = Approved
status-rejected = Not approved
status-published = Published
status-archived = Archived
status-withdrawn = Withdrawn
decision-approve = Approve
decision-reject = Do not approve
evidence-photo = Photo
evidence-video = Video
evidence-letter = Cover letter

## catalog: the format checklist's items (the check screen; also printed on the release sheet)

checklist-kop = Letterhead of the sending agency
checklist-nomor = Number and date of the cover letter
checklist-perihal = Clear subject / release title
checklist-isi = Complete release text (5W + 1H)
checklist-ttd = Signature and stamp of the sending official
checklist-foto = Original event photos fit to publish
checklist-narahubung = A contact person who can be reached

## workflow: the SOP steps' act names and the SOP templates' errors

act-roster = Duty roster
act-register = Registration
act-assign = Assignment
act-submit = Material submission
act-write = Writing
act-check-paraf = Check and paraf
act-co-paraf = Joint paraf
act-verify = Editing and verification
act-publish = Publication
act-document = Documentation
act-archive = Filing
act-complete = Completion
err-act-unknown = unknown step type «{ $kind }»
err-sop-no-steps = SOP template { $code } has no steps
err-sop-not-chosen = the office has not chosen an SOP
err-sop-lacks-step = SOP { $code } has no { $act } step
err-sop-no-filing = SOP { $code } does not file releases

## time_standard: a step's time standard

standard-minutes = { $n } min
standard-hours = { $n } h
standard-working-days = { $n ->
        [one] { $n } working day
       *[other] { $n } working days
    }
standard-month = 1 month
standard-months = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
standard-before-event = D-{ $n }
standard-after-event = D+{ $n }
standard-none = as needed

## timefmt, calendar and period: weekday names, working hours, periods

weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
label-jam-masuk = Start time
label-jam-pulang = End time
err-day-off-hint = ; leave the start and end times empty for a day off.
period-year = Year { $year }

## filing: a folder's place, the archive number's format

location = Cabinet { $cabinet } · Drawer { $drawer } · Folder { $folder }
folder-state-closed = is already closed
folder-state-open = is still open
archive-no-voided = { $number } (voided: { $reason })
err-template-part-unknown = Unknown part «{"{"}{ $token }{"}"}».
err-template-needs-seq = The archive number's format must contain the sequence number, for example {"{"}seq:03{"}"}.

## archive: final dispositions, transfers and disposals, masked titles

masked-title = [{ $level }] Contents cannot be opened
disposition-musnah = Destroy
disposition-dinilai-kembali = Reappraise
disposition-permanen = Permanent
disposal-done-pindah = Moved to the records unit
disposal-done-musnah = Destroyed
disposal-done-permanen = Handed to the Regional Archives Agency
disposal-done-dinilai-kembali = Reappraised
import-bad-years = the { $what } retention «{ $value }» is not a number of years 0–100
berkas-item-unreadable = the item just added to the file cannot be read
err-berkas-satu-kode = Release { $agenda_no } has code { $code }, but file { $number } has code { $berkas_code }: a file holds records of one classification code. Change the release's code on its detail page, or add it to a file with code { $code }.
err-kode-isi-berkas = Release { $agenda_no } is an item of file { $number }: its code is that file's, which sets its retention.
err-disposal-lain = File { $number }'s final disposition is { $has }, not { $asked }.
err-disposal-terbuka = File { $number } is still open; close it at the end of its period first.
err-disposal-sudah = File { $number } is already recorded: { $label } { $day } (record { $ba }).
err-disposal-belum = File { $number } is only due on { $day }.
label-nomor-berita-acara = Record (berita acara) number

## backup: what is wrong in a damaged backup (after «Damaged backup:») and backup errors

backup-bad-tag-file = the file { $name } does not match tagmanifest-sha256.txt.
backup-bad-whole = the archive's structure changed outside its files (the overall SHA-256 does not match).
backup-bad-not-ours = this is not a PressDesk backup file, or it is cut short.
backup-bad-unreadable = the archive's contents cannot be read ({ $error }).
backup-bad-not-regular = «{ $name }» is not a regular file (links and folders are not allowed).
backup-bad-path-outside = the path «{ $name }» leads outside the backup folder.
backup-bad-twice = the file «{ $name }» appears twice.
backup-bad-unknown-file = unknown file «{ $name }».
backup-bad-too-large = the file { $name } is too large.
backup-bad-file-unreadable = the file { $name } cannot be read.
backup-bad-missing = the file { $name } is missing.
backup-bad-listed-missing = the file { $name } is listed in the manifest but missing.
backup-bad-manifest-mismatch = the file { $name } does not match the manifest.
backup-bad-name-mismatch = the file { $name } does not match its name.
backup-bad-not-listed = the file { $name } is not listed in the manifest.
backup-bad-file-count = bag-info.txt records { $listed ->
        [one] { $listed } file
       *[other] { $listed } files
    }, the archive holds { $files }.
backup-bad-no-db = the database data/pressdesk.db is missing.
backup-bad-db-check = the database check failed: { $fault }
backup-bad-audit-head = the audit chain's head or the record counts differ from bag-info.txt.
backup-no-session = a server backup without a server session
backup-server-references = references between tables on the server are broken; backup cancelled
backup-size-changed = the file { $name } is { $wrote ->
        [one] { $wrote } byte
       *[other] { $wrote } bytes
    }, it should be { $size }; backup cancelled
backup-into-server = { $db } on { $place }

## sql: database server errors and damaged contents

server-local-socket = { $path } (local socket)
server-no-db-name = no database name given (…/DATABASE_NAME)
server-db-error = Database server error ({ $code }): { $msg }
server-connection-error = Connection error to the server { $place }: { $text }
server-file-damaged = the contents of file { $sha } on the server are damaged: { $what }
server-file-size = { $total ->
        [one] { $total } byte
       *[other] { $total } bytes
    }, it should be { $size }
server-files-only = file contents in the database are for the office server only
server-migration-failed = Server migration { $name } failed: { $error }
server-column-unreadable = column { $i } ({ $ty }) cannot be read: { $error }
server-office = the office server
server-session-lost = the server session is gone
server-number-range = the number { $n } is out of range
server-column-type = the column holds { $got }, not { $wanted }
sql-wanted-integer = an integer
sql-wanted-bool = 0 or 1
sql-wanted-number = a number
sql-wanted-text = text
sql-wanted-bytes = bytes
sql-unique-key = a unique key

## verify, audit, fingerprint: what the integrity check finds

verify-event-changed = Audit trail #{ $id }: the event's contents were changed.
verify-file-missing = File { $sha } is missing from the data folder.
verify-file-damaged = File { $sha }: { $what }.
verify-sqlite-damaged = The database is damaged according to SQLite: { $detail }
fingerprint-bad-value = the value { $value } should not be in a release fingerprint column
fingerprint-short-row = the release row is incomplete for its fingerprint

## storage: the data folder, files, PIN, a prepared restore, moving to a server

migration-broke-references = migration { $n } broke references between tables
files-sync-failed = syncing the folder failed
path-not-regular = «{ $path }» is not a regular file (a symbolic link or folder); not included.
restore-marker-damaged = the restore marker «{ $path }» is damaged
pin-params-unreadable = the PIN parameters from the server cannot be read
file-changed-before-saved = file { $sha } changed before it was saved
size-bytes = { $n ->
        [one] { $n } byte
       *[other] { $n } bytes
    }
stored-time-invalid = stored time is not valid: { $value }
evidence-kind-unknown = unknown evidence type «{ $kind }»
paper-paraf-scan = Scan of a paper paraf
server-check-office = Office: { $name }.
move-still-open = PressDesk is still open on this folder: close the app first, then move it.
err-library = { $library }: { $error }
random-failed = random generator: { $error }
move-vacuum-failed = VACUUM after the move: { $error }
move-circular-references = circular references between tables: { $tables }
restore-cannot-finish = the restore cannot be finished: the folder «{ $restored }» is missing; the earlier data is in «{ $aside }»

## sop and the service time report

sop-office-missing = the office's SOP is missing
sop-no-deciding-paraf = SOP { $code } has no deciding paraf
console-no-user = Console (no user)
sop-version-n = version { $n }

## print and export: paper, label stocks, print offset, empty labels (errors on screen; the documents stay Indonesian)

paper-unknown = Unknown paper size «{ $value }»; choose A4 or F4.
pdf-failed = building the PDF failed: { $error }
stock-unknown = Unknown label stock «{ $name }»; choose { $known } or enter your own label size.
stock-name-required = The label stock's name is required, at most 40 characters.
stock-size-invalid = The size of label stock «{ $name }» is not valid: labels are at least 5 × 5 mm, margins and gaps may not be negative.
stock-grid-invalid = Label stock «{ $name }»: columns 1–50 and rows 1–100.
stock-does-not-fit = Label stock «{ $name }» does not fit on { $paper } paper: its labels take { $width } × { $height } mm, the paper is { $pw } × { $ph } mm.
stock-start-too-far = Starting at label { $start } goes beyond the { $n ->
        [one] { $n } label
       *[other] { $n } labels
    } of one sheet.
offset-too-far = Shift the print at most { $max } mm in each direction.
xlsx-failed = building the XLSX failed: { $error }
csv-failed = building the CSV failed: { $error }
labels-no-numbers = There are no archive numbers to print.
labels-no-folders = There are no folders to print labels for.

## job: the stages of a long job (a print) reported on screen

progress-preparing = Preparing the document…
progress-reading-ledger = Reading the Buku Agenda…
progress-reading-record-book = Reading the record book…
progress-layout = Laying out pages…
progress-closing-pdf = Closing the PDF file…
