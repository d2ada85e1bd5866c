# PressDesk UI — settings messages in English. Every key here is also in locales/id/ui-settings.ftl.

menyimpan-basis-data-semua-berkas = Saves the database, every evidence and paraf file, the list of SHA-256 fingerprints and the head of the audit chain into one file. Keep the backup file off this computer (a removable disk, for example). The app can be used while the backup runs.
buat-cadangan = Make a backup…
dari-2 = { $percent }% · { $size } of { $size2 }
memilih-tempat-penyimpanan = Choosing where to save…
pencadangan-dibatalkan-tidak-ada-berkas = The backup was cancelled; no file was written.
cadangan-tersimpan = ✓ Backup saved
rilis-catatan-audit-berkas-kepala = { $size } · { $formatCount ->
        [one] { $formatCount } release
       *[other] { $formatCount } releases
    } · { $formatCount2 ->
        [one] { $formatCount2 } audit entry
       *[other] { $formatCount2 } audit entries
    } · { $formatCount3 ->
        [one] { $formatCount3 } file
       *[other] { $formatCount3 } files
    } · chain head
mutu-baku-dalam-hari-mis = Time standards in days (e.g. 2 days) count working hours: hours outside working hours, weekends and holidays do not count. A step started Friday at 15.00 with a 1-day standard is due Monday at 15.00.
jam-kerja-sepekan = Working hours of the week
jam-masuk = Start time
jam-pulang = End time
libur = Day off
jam-masuk-2 = Start time { $name }
jam-pulang-2 = End time { $name }
libur-2 = day off
hari-libur = Holidays { $year }
hari-kerja-pada-tahun-hari = { $working_days ->
        [one] { $working_days } working day
       *[other] { $working_days } working days
    } in { $year }, { $length ->
        [one] { $length } holiday
       *[other] { $length } holidays
    } recorded.
pilih-tahun = Choose the year
tahun-sebelumnya = Previous year
tahun-berikutnya = Next year
aktif = Active
keterangan-akhir = Final disposition
th-2 = { $active_years } yrs
th-3 = { $inactive_years } yrs
impor-skema-klasifikasi-kantor-csv = Import the office's classification scheme (CSV: code, name, active, inactive, final disposition, security)
pilih-berkas-csv = Choose a CSV file…
atau-tempelkan-isinya-di-bawah = or paste its content below
impor = Import
kode-yang-disarankan-per-jenis = Suggested code per news type
yang-boleh-membuka-arsip-terbatas = Who may open restricted and secret records
pr-01-01-siaran-pers = PR.01.01;Siaran pers instansi;2;5;dinilai kembali;biasa
biasa = Ordinary
belum-ada-hari-libur-tahun = No holidays in { $year } yet. Add them one by one or import them from CSV.
hari-libur-kantor = office holidays
hapus-2 = Remove?
ya-hapus = Yes, remove
tambah-hari-libur = Add a holiday
nama-hari-libur = Holiday name
tambah = Add
impor-dari-csv = Import from CSV
satu-hari-libur-per-baris = One holiday per line:
mis = , e.g.
baris-judul-dan-pemisah = (a header line and the separator
boleh-bila-ada-baris-yang = are fine). When a line is wrong, nothing is added.
tanggal-nama = date,name
n-2026-12-25-hari-raya = 2026-12-25,Hari Raya Natal
jatuh-pada-hari-libur-kantor = Falls on an office holiday; does not move a due time
hapus-hari-libur = Remove the holiday { $date_display }
mis-hari-raya-natal = e.g. Hari Raya Natal
jenis-berita-baru = New news type
tambah-jenis = Add the type
mis-kesehatan = e.g. Health
profil-instansi-tersimpan = ✓ Agency profile saved.
simpan-profil = Save the profile
pulihkan-dari-cadangan = Restore from a backup
berkas-cadangan-diperiksa-lebih-dulu = The backup file is checked first: one changed byte gets it refused, with the file's name. The data in use now is not deleted; after PressDesk restarts it is kept in a folder of its own and the backup's data takes its place.
pulihkan-dari-cadangan-2 = Restore from a backup…
diperiksa-dan-dibuka = { $percent }% checked and unpacked
memilih-berkas-cadangan = Choosing the backup file…
pemulihan-dibatalkan-data-tidak-berubah = The restore was cancelled; the data did not change.
cadangan-utuh-dan-siap-dipulihkan = ✓ The backup is whole and ready to restore
rilis-catatan-audit-berkas-kepala-2 = { $formatCount ->
        [one] { $formatCount } release
       *[other] { $formatCount } releases
    } · { $formatCount2 ->
        [one] { $formatCount2 } audit entry
       *[other] { $formatCount2 } audit entries
    } · { $formatCount3 ->
        [one] { $formatCount3 } file
       *[other] { $formatCount3 } files
    } · chain head
data-yang-dipakai-sekarang-akan = The data in use now will be kept in:
mulai-ulang-dan-pulihkan-sekarang = Restart and restore now
atau-tutup-pressdesk-pemulihan-selesai = Or close PressDesk; the restore finishes when the app opens again.
pengaturan = Settings
profil-instansi-sop-pengguna-jenis = Agency profile, SOP, users, news types, websites, working days and hours, archive, data integrity check, and backup.
situs-web = Websites
hari-dan-jam-kerja = Working days and hours
map-arsip = Archive folders
klasifikasi-retensi-dan-akses-arsip = Archive classification, retention and access
keutuhan-data = Data integrity
cadangan = Backup
tentang-pressdesk = About PressDesk
versi-2 = Version
data = Data
server-kantor-salinan-berkas-di = Office server { $server } (file copies in { $data_dir })
komputer-ini = This computer, { $data_dir }
situs-web-baru = New website
tambah-situs = Add the site
mis-portal-pemprov = e.g. Provincial portal
urutan-langkah-dan-jenis-tindakannya = The order of the steps and their kinds of act stay. Write time standards as in the SOP document: «7 menit», «3 jam», «2 hari» (working days), «1 bulan», «H-1», «H+1», or «-» when there is none.
nama-langkah = Step name { $seq }
mutu-baku-3 = Time standard
peran-pelaksana = Roles acting
alasan-perubahan = The reason for the change
ubah-langkah-sop = Edit the SOP steps
misalnya-mutu-baku-penulisan-disesuaikan = For example: the writing time standard adjusted to working hours
simpan-sebagai-versi-baru = Save as a new version
versi-3 = version { $version }
no = No.
tindakan = Act
peran = Roles
hasil-2 = Output
ubah-langkah = Edit the steps…
ganti-sop-kantor = Change the office SOP…
mulai-sekarang-rilis-baru-mengikuti = From now on new releases follow { $choice }. Releases already started finish under the SOP and version they started with; each role's screens follow the new SOP.
pakai-sop-ini = Use this SOP
riwayat-versi = Version history
rilis-2 = { $records ->
        [one] { $records } release
       *[other] { $records } releases
    }
ya-pakai = Yes, use { $choice }
versi-awal-dari-dokumen-sop = First version, from the SOP document
pangkat-gol = Rank/grade
aktif-2 = { $name } active
pangkat-golongan = Rank/grade of { $name }
pin-baru-untuk = New PIN for { $name }
n-4-sampai-12-angka-berikan = 4 to 12 digits. Give it to { $name } in person.
simpan-pin = Save the PIN
tambah-pengguna = Add a user
pangkat-golongan-2 = Rank/grade
pangkat-kepala-dinas-tercetak-di = The Head of Agency's rank is printed in the Buku Agenda.
pin-awal = First PIN
n-4-12-angka-tanpa-pin = 4–12 digits; without a PIN the user cannot sign in yet.
ubah-pangkat-golongan = Change the rank/grade of { $name }
ada = set
belum-ada = not yet
atur-ulang-pin = Reset the PIN
buat-pin = Make a PIN
mis-pembina-utama-muda-iv = e.g. Pembina Utama Muda (IV/c)
mis-pembina-iv-a = e.g. Pembina (IV/a)
menambahkan = Adding…
memeriksa-basis-data-sidik-hash = Checks the database, the fingerprint (hash) of every evidence file, and the audit trail's chain. It can take a moment.
periksa-keutuhan-data = Check the data integrity
semua-data-utuh = ✓ All data is whole
ditemukan-masalah = ✕ { $length } problems found
rilis-catatan-audit-berkas-diperiksa = { $formatCount ->
        [one] { $formatCount } release
       *[other] { $formatCount } releases
    } · { $formatCount2 ->
        [one] { $formatCount2 } audit entry
       *[other] { $formatCount2 } audit entries
    } · { $formatCount3 ->
        [one] { $formatCount3 } file
       *[other] { $formatCount3 } files
    } checked · chain head
kepala-rantai-audit-yang-tercetak = The audit chain head printed in the Buku Agenda
menunjukkan-bahwa-buku-yang-dicetak = Shows that a printed book came from this data's audit chain. Run the integrity check above as well.
cocokkan = Match
tercatat-di-rantai-audit-catatan = ✓ Recorded in the audit chain: entry no. { $formatCount }, { $at_display };
kepala-rantai-itu-tidak-ada = That chain head is not in this data's audit chain: the book was not printed from this data, or it was mistyped.
n-64-karakter-atau-16-karakter = 64 characters, or the first 16
masih-kepala-rantai = still the chain head.
catatan-sesudahnya = { $formatCount ->
        [one] { $formatCount } entry
       *[other] { $formatCount } entries
    } after it.

## Messages and labels from the screens' scripts
menjadi-hari-libur = { $name } becomes a day off.
jam-kerja-disimpan = Working hours of { $name } saved.
pilih-berkas-csv-skema-klasifikasi = Choose the classification scheme's CSV file or paste its content.
kode-ditambahkan-diperbarui = { $added ->
        [one] { $added } code
       *[other] { $added } codes
    } added, { $updated } updated.
kode-untuk = Code for { $news_type }: { $code }.
akses-disimpan = Access to { $security } saved.
ditambahkan-sebagai-hari-libur = { $date_display } added as a holiday: { $name }.
dihapus-hari-itu-kembali-hari = { $date_display } ({ $name }) removed; that day is a working day again.
hari-libur-diimpor-dari = { $length ->
        [one] { $length } holiday
       *[other] { $length } holidays
    } imported from { $name }
sudah-tercatat = ; { $already } already recorded.
baris-salah-tidak-ada-hari = { $length ->
        [one] { $length } line
       *[other] { $length } lines
    } are wrong; no holiday was added. Correct the file, then import again.
tuliskan-alasan-perubahan-alasan-disimpan = Write the reason for the change; it is kept with the new version.
pencatatan = Registration
penugasan = Assignment
pengiriman-bahan = Material sent
penulisan = Writing
pemeriksaan-dan-paraf = Check and paraf
paraf-bersama = Joint paraf
penyuntingan-dan-verifikasi = Editing and verification
dokumentasi = Documentation
pengarsipan = Archiving
penyelesaian = Completion
tersimpan-sebagai-versi-rilis-baru = Saved as version { $version }. New releases follow this version; releases already started stay on theirs.
kantor-kini-bekerja-dengan-versi = The office now works with { $code } version { $version }.
ditambahkan-sebagai = { $name } added as { $role_label }.
pin-baru-untuk-tersimpan = New PIN for { $name } saved.
pangkat-golongan-tersimpan = Rank/grade of { $name } saved.
log-dukungan = Support log
