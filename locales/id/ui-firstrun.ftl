# UI PressDesk — Layar firstrun. Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/ui-firstrun.ftl (npm run check, uji inti).

selamat-datang-di-pressdesk = Selamat datang di PressDesk
dan-alur-sop-kantor-anda = { $book } dan alur SOP kantor Anda. Sebelum mulai, isi profil instansi dan data administrator pertama. Semua data ini dapat diubah kemudian di Pengaturan.
tempat-data = Tempat data
komputer-ini-saja = Komputer ini saja
buku-agenda-dan-berkas-disimpan = Buku agenda dan berkas disimpan di komputer ini.
server-kantor = Server kantor
semua-desk-kantor-bekerja-pada = Semua desk kantor bekerja pada satu server PostgreSQL; kantor sudah disiapkan admin server.
sop-kantor = SOP kantor
prosedur-yang-diikuti-kantor-langkah = Prosedur yang diikuti kantor: langkah, peran dan mutu bakunya. Layar PressDesk mengikuti SOP ini. Admin dapat memilih SOP lain atau mengubah nama langkah, peran dan mutu bakunya kemudian di Pengaturan → SOP.
administrator-pertama = Administrator pertama
pengguna-ini-berperan = Pengguna ini berperan
mengatur-profil-pengguna-dan-daftar = : mengatur profil, pengguna dan daftar jenis berita.
nomor-induk-pegawai-18-angka = Nomor Induk Pegawai, 18 angka.
n-4-sampai-12-angka-untuk = 4 sampai 12 angka, untuk masuk ke PressDesk.
ulangi-pin = Ulangi PIN
kepala-seksi-pengelolaan-informasi = Kepala Seksi Pengelolaan Informasi
simpan-dan-mulai = Simpan dan mulai
data-kantor-disimpan-di-server = Data kantor disimpan di server PostgreSQL kantor; setiap komputer memakai login desk sendiri dari admin server (
kata-sandi-disimpan-di-keyring = ). Kata sandi disimpan di keyring sistem, bukan di berkas.
pressdesk-cli-server-desk-add = pressdesk-cli server desk add NAMA
alamat-server = Alamat server
port = Port
basis-data = Basis data
login-desk = Login desk
kata-sandi-login-desk = Kata sandi login desk
sambungan = Sambungan
tls-wajib = TLS wajib
tls-dengan-sertifikat-ca-kantor = TLS dengan sertifikat CA kantor (terverifikasi)
tanpa-tls-server-di-komputer = Tanpa TLS (server di komputer ini)
berkas-sertifikat-ca-kantor = Berkas sertifikat CA kantor
pakai-server-ini = Pakai server ini
etc-ssl-certs-ca-kantor = /etc/ssl/certs/ca-kantor.crt
menghubungi-server = Menghubungi server…
uji-sambungan = Uji sambungan
langkah = { $steps } langkah · { $record_book }

## Pesan dan label dari skrip layar
kedua-pin-tidak-sama-ketik = Kedua PIN tidak sama. Ketik ulang PIN yang sama.
