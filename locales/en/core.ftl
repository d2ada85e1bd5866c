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
err-too-long = { $label } is too long ({ $len } characters); at most { $max } characters.
err-timezone = The time zone must be WIB, WITA or WIT.
err-time-format = The time «{ $value }» is not valid; write it like 21/11/2026 14.05.
err-time-invalid = The time «{ $value }» is not valid.
err-date-format = The date «{ $value }» is not valid; write it like 21/11/2026.
err-user-inactive = { $name } is no longer active.
err-user-locked = { $name } is locked after { $tries } wrong PINs. Try again in { $secs } seconds.
err-user-no-pin = { $name } has no PIN yet; ask the Admin to make one.
err-pin-wrong = Wrong PIN. { $left } tries left before a one-minute lock.
err-pin-wrong-locked = Wrong PIN { $tries } times; { $name } is locked for one minute.
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
