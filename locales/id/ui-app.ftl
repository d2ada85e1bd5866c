# UI PressDesk — Kerangka aplikasi dan komponen bersama. Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/ui-app.ftl (npm run check, uji inti).

pressdesk-belum-dapat-dibuka = PressDesk belum dapat dibuka.
ubah-pengaturan-server-kantor = Ubah pengaturan server kantor
ganti-pengguna = Ganti pengguna
versi = { $code } · versi { $version }
server-kantor-tidak-dapat-dihubungi = Server kantor tidak dapat dihubungi. PressDesk terus mencoba; isian Anda tetap di layar, simpan lagi setelah server kembali.
menyiapkan-pressdesk = Menyiapkan PressDesk…
menu-utama = Menu utama
hh-bb-tttt = hh/bb/tttt
jj-mm = jj.mm
jam = Jam
nama-instansi = Nama instansi
kode-unit-2 = Kode unit
dipakai-dalam-nomor-arsip-tanpa = Dipakai dalam nomor arsip, tanpa spasi.
zona-waktu = Zona waktu
alamat = Alamat
logo-kop-surat = Logo kop surat
logo = Logo
hapus-logo = Hapus logo
jpeg-atau-png-dicetak-di = JPEG atau PNG; dicetak di kop Buku Agenda dan label.
dinas-komunikasi-dan-informatika-kabupaten = Dinas Komunikasi dan Informatika Kabupaten …
diskominfo = DISKOMINFO
instansi = instansi
memproses-logo = Memproses logo…
ganti-logo = Ganti logo
pilih-berkas-logo = Pilih berkas logo
buka-cetak = Buka/Cetak
batalkan = Batalkan
pembuatan-dokumen-dibatalkan = Pembuatan dokumen dibatalkan.
tidak-ada-berkas-yang-dibuat = Tidak ada berkas yang dibuat.
buat-lagi = Buat lagi
halaman = { $pages } halaman
menyiapkan-dokumen = Menyiapkan dokumen…
kemajuan-pembuatan-dokumen = Kemajuan pembuatan dokumen
halaman-2 = Halaman { $n }
dipakai = { $name } dipakai

## Bahasa antarmuka
lang-switch-label = Bahasa antarmuka
lang-switch-prints-stay = Dokumen cetak (Buku Agenda, label, Daftar Arsip, Lembar Press Release, laporan) tetap berbahasa Indonesia karena merupakan arsip resmi.
lang-section = Bahasa
lang-section-hint = Bahasa layar Anda; dipakai lagi setiap kali Anda masuk.
lang-saved = ✓ Bahasa disimpan untuk pengguna ini.

## Pesan dan label dari skrip layar
terjadi-gangguan-saat-menghubungi-aplikasi = Terjadi gangguan saat menghubungi aplikasi: { $detail }
terjadi-gangguan-saat-menghubungi-aplikasi-2 = Terjadi gangguan saat menghubungi aplikasi. Silakan coba lagi.
berkas-tidak-dapat-dibaca = Berkas «{ $name }» tidak dapat dibaca.
logo-harus-berupa-gambar-jpeg = Logo harus berupa gambar (JPEG atau PNG).
logo-tidak-dapat-dipakai = Logo tidak dapat dipakai.
dokumen-tidak-dapat-ditampilkan = Dokumen tidak dapat ditampilkan.
menyiapkan-berkas-untuk-disimpan = Menyiapkan berkas untuk disimpan…
menyiapkan-berkas-untuk-dicetak = Menyiapkan berkas untuk dicetak…
dokumen-dibuka-di-penampil-pdf = Dokumen dibuka di penampil PDF; cetak dari sana.
memuat = Memuat…
terjadi-kesalahan-yang-tidak-terduga = Terjadi kesalahan yang tidak terduga. Silakan coba lagi.

## Label tetap: status, peran, bulan, zona waktu, jenis bukti, peristiwa audit
label-terdaftar = Terdaftar
label-diparaf = Diparaf
label-disetujui = Disetujui
label-tidak-disetujui = Tidak disetujui
label-tayang = Tayang
label-diarsipkan = Diarsipkan
label-ditarik = Ditarik
label-kasi = Kasi
label-kadis = Kadis
label-kabid = Kabid
label-operator-website = Operator Website
label-arsiparis = Arsiparis
label-admin = Admin
label-reporter-kontributor = Reporter/Kontributor
label-tim-media-center = Tim Media Center
label-tim-pengolah = Tim Pengolah
label-sekretaris = Sekretaris
label-staf = Staf
label-wib-utc-7-waktu-indonesia-barat = WIB (UTC+7) — Waktu Indonesia Barat
label-wita-utc-8-waktu-indonesia-tengah = WITA (UTC+8) — Waktu Indonesia Tengah
label-wit-utc-9-waktu-indonesia-timur = WIT (UTC+9) — Waktu Indonesia Timur
label-foto = Foto
label-video = Video
label-surat-pengantar = Surat pengantar
label-diperiksa-kasi-lengkap-dikirim-ke-kadis = Diperiksa Kasi: lengkap, dikirim ke Kadis
label-dikembalikan-kasi-belum-lengkap = Dikembalikan Kasi: belum lengkap
label-paraf-dibubuhkan = Paraf dibubuhkan
label-paraf-dicabut = Paraf dicabut
label-pin-diatur-ulang = PIN diatur ulang
label-pengguna-terkunci-karena-salah-pin = Pengguna terkunci karena salah PIN
label-paraf-tersimpan-diperbarui = Paraf tersimpan diperbarui
label-liputan-ditugaskan-kepada-reporter = Liputan ditugaskan kepada reporter
label-bahan-liputan-dikirim = Bahan liputan dikirim
label-ditulis-menjadi-berita = Ditulis menjadi berita
label-disunting-dan-diverifikasi = Disunting dan diverifikasi
label-didokumentasikan = Didokumentasikan
label-langkah-diselesaikan = Langkah diselesaikan
label-sop-kantor-diganti = SOP kantor diganti
label-sop-diubah-menjadi-versi-baru = SOP diubah menjadi versi baru
label-jadwal-piket-diatur = Jadwal piket diatur
month-1 = Januari
month-2 = Februari
month-3 = Maret
month-4 = April
month-5 = Mei
month-6 = Juni
month-7 = Juli
month-8 = Agustus
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Desember

## Lama waktu (sama dengan kata-kata inti)
duration-s = { $s } detik
duration-m = { $m } menit
duration-m-s = { $m } menit { $s } detik
duration-h-m = { $h } jam { $m } menit

## Disimpan
saved = Tersimpan.
saved-to = Tersimpan: { $path }
