# UI PressDesk — Layar agenda. Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/ui-agenda.ftl (npm run check, uji inti).

terbaru-di-atas = , terbaru di atas.
registrasi-rilis = Registrasi rilis
cari = Cari
nomor-agenda-nomor-surat-atau = Nomor agenda, nomor surat atau nomor arsip yang persis (diketik atau dipindai dari label) tampil paling atas; tekan Enter untuk membukanya.
status = Status
jenis = Jenis
rilis = { $formatCount } rilis
tidak-ada-rilis-yang-cocok = Tidak ada rilis yang cocok dengan pencarian atau saringan ini.
belum-ada-rilis-di-buku = Belum ada rilis di Buku Agenda.
langkah-pertama-tambahkan-pengguna = Langkah pertama: tambahkan pengguna.
kasi-mendaftarkan-dan-memeriksa-rilis = Kasi mendaftarkan dan memeriksa rilis, Kadis dan Kabid memaraf, operator website menayangkan, arsiparis memberi nomor arsip. Masing-masing masuk dengan PIN-nya sendiri.
tambah-pengguna-di-pengaturan-pengguna = Tambah pengguna di Pengaturan → Pengguna
registrasi-rilis-pertama = Registrasi rilis pertama
rilis-didaftarkan-oleh-kasi-setelah = Rilis didaftarkan oleh Kasi setelah masuk dengan PIN-nya.
buku-agenda-press-release = Buku Agenda Press Release
judul-pengirim-no-agenda-surat = Judul, pengirim, no. agenda, surat, arsip…
pilih-tahun-terlebih-dahulu = Pilih tahun terlebih dahulu
memuat-buku-agenda = Memuat Buku Agenda…
diterima = Diterima
no-tgl-surat = No./Tgl. Surat
bukti = Bukti
memuat-baris-berikutnya = Memuat baris berikutnya…
berkas-bukti = { $evidence_count } berkas bukti
