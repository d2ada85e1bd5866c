# PressDesk UI — app messages in English. Every key here is also in locales/id/ui-app.ftl.

pressdesk-belum-dapat-dibuka = PressDesk cannot be opened yet.
ubah-pengaturan-server-kantor = Change the office server settings
ganti-pengguna = Switch user
versi = { $code } · version { $version }
server-kantor-tidak-dapat-dihubungi = The office server cannot be reached. PressDesk keeps trying; what you typed stays on screen, save again once the server is back.
menyiapkan-pressdesk = Preparing PressDesk…
menu-utama = Main menu
hh-bb-tttt = dd/mm/yyyy
jj-mm = hh.mm
jam = Time
nama-instansi = Agency name
kode-unit-2 = Unit code
dipakai-dalam-nomor-arsip-tanpa = Used in archive numbers, without spaces.
zona-waktu = Time zone
alamat = Address
logo-kop-surat = Letterhead logo
logo = Logo
hapus-logo = Remove logo
jpeg-atau-png-dicetak-di = JPEG or PNG; printed on the letterhead of the Buku Agenda and labels.
dinas-komunikasi-dan-informatika-kabupaten = Dinas Komunikasi dan Informatika Kabupaten …
diskominfo = DISKOMINFO
instansi = agency
memproses-logo = Processing the logo…
ganti-logo = Change logo
pilih-berkas-logo = Choose a logo file
buka-cetak = Open/Print
batalkan = Cancel
pembuatan-dokumen-dibatalkan = Making the document was cancelled.
tidak-ada-berkas-yang-dibuat = No file was made.
buat-lagi = Make again
halaman = { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }
menyiapkan-dokumen = Preparing the document…
kemajuan-pembuatan-dokumen = Progress of the document
halaman-2 = Page { $n }
dipakai = { $name } in use

## Interface language
lang-switch-label = Interface language
lang-switch-prints-stay = Printed documents (Buku Agenda, labels, Daftar Arsip, Lembar Press Release, reports) stay in Indonesian: they are official records.
lang-section = Language
lang-section-hint = The language of your screens; used again each time you sign in.
lang-saved = ✓ Language saved for this user.

## Messages and labels from the screens' scripts
terjadi-gangguan-saat-menghubungi-aplikasi = Something went wrong reaching the application: { $detail }
terjadi-gangguan-saat-menghubungi-aplikasi-2 = Something went wrong reaching the application. Please try again.
berkas-tidak-dapat-dibaca = The file «{ $name }» cannot be read.
logo-harus-berupa-gambar-jpeg = The logo must be a picture (JPEG or PNG).
logo-tidak-dapat-dipakai = The logo cannot be used.
dokumen-tidak-dapat-ditampilkan = The document cannot be shown.
menyiapkan-berkas-untuk-disimpan = Preparing the file to save…
menyiapkan-berkas-untuk-dicetak = Preparing the file to print…
dokumen-dibuka-di-penampil-pdf = The document opened in the PDF viewer; print from there.
memuat = Loading…
terjadi-kesalahan-yang-tidak-terduga = An unexpected error happened. Please try again.

## Fixed labels: statuses, roles, months, time zones, evidence kinds, audit events
label-terdaftar = Registered
label-diparaf = Initialed
label-disetujui = Approved
label-tidak-disetujui = Not approved
label-tayang = Published
label-diarsipkan = Archived
label-ditarik = Withdrawn
label-kasi = Kasi
label-kadis = Kadis
label-kabid = Kabid
label-operator-website = Website Operator
label-arsiparis = Archivist
label-admin = Admin
label-reporter-kontributor = Reporter/Contributor
label-tim-media-center = Media Center Team
label-tim-pengolah = Processing Team
label-sekretaris = Secretary
label-staf = Staff
label-wib-utc-7-waktu-indonesia-barat = WIB (UTC+7) — Western Indonesia Time
label-wita-utc-8-waktu-indonesia-tengah = WITA (UTC+8) — Central Indonesia Time
label-wit-utc-9-waktu-indonesia-timur = WIT (UTC+9) — Eastern Indonesia Time
label-foto = Photo
label-video = Video
label-surat-pengantar = Cover letter
label-diperiksa-kasi-lengkap-dikirim-ke-kadis = Checked by the Kasi: complete, sent to the Kadis
label-dikembalikan-kasi-belum-lengkap = Returned by the Kasi: incomplete
label-paraf-dibubuhkan = Paraf given
label-paraf-dicabut = Paraf revoked
label-pin-diatur-ulang = PIN reset
label-pengguna-terkunci-karena-salah-pin = User locked after wrong PINs
label-paraf-tersimpan-diperbarui = Saved paraf updated
label-liputan-ditugaskan-kepada-reporter = Coverage assigned to a reporter
label-bahan-liputan-dikirim = Coverage material sent
label-ditulis-menjadi-berita = Written as news
label-disunting-dan-diverifikasi = Edited and verified
label-didokumentasikan = Documented
label-langkah-diselesaikan = Step finished
label-sop-kantor-diganti = Office SOP changed
label-sop-diubah-menjadi-versi-baru = SOP changed to a new version
label-jadwal-piket-diatur = Duty roster set
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Durations (the core's wording)
duration-s = { $s } s
duration-m = { $m } min
duration-m-s = { $m } min { $s } s
duration-h-m = { $h } h { $m } min

## Saved
saved = Saved.
saved-to = Saved: { $path }
