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
