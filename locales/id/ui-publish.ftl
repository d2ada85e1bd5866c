# UI PressDesk — Layar publish. Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/ui-publish.ftl (npm run check, uji inti).

tidak-ditayangkan-2 = Tidak ditayangkan
langkah-salin-rilis-yang = Langkah { $value } · { $code }: salin rilis yang
ke-website = ke website
lalu-catat-alamat-dan-waktu = , lalu catat alamat dan waktu tayangnya.
menunggu-tayang = { $length } menunggu tayang
menunggu-tayang-2 = Menunggu tayang
tidak-ada-rilis-disetujui-yang = Tidak ada rilis disetujui yang menunggu tayang.
ditandai-tidak-ditayangkan = Ditandai tidak ditayangkan
baru-tayang = Baru tayang
menunggu-nomor-arsip = menunggu nomor arsip
belum-ada-rilis-yang-tayang = Belum ada rilis yang tayang.
pilih-rilis-di-sebelah-kiri = Pilih rilis di sebelah kiri untuk menyalin isinya dan mencatat penayangannya.
disetujui-2 = disetujui
siap-tayang = siap tayang
memuat-antrean-penayangan = Memuat antrean penayangan…
rilis-terpilih = Rilis terpilih
diterima-3 = { $sender_org } · { $news_type } · diterima { $received_display }
judul-dan-isi = Judul dan isi
disalin = ✓ Disalin
tidak-dapat-menyalin-pilih-teks = Tidak dapat menyalin; pilih teks lalu Ctrl+C.
salin-judul-dan-isi = Salin judul dan isi
rilis-ini-tidak-memuat-ringkasan = Rilis ini tidak memuat ringkasan/isi.
rincian-dan-bukti-foto = Rincian dan bukti foto
tayang-di = Tayang di
belum-dicatat-tayang-di-situs = Belum dicatat tayang di situs mana pun.
tidak-ditayangkan-3 = Tidak ditayangkan:
belum-ada-situs-web-admin = Belum ada situs web. Admin dapat menambahkannya di Pengaturan.
waktu-tayang = Waktu tayang
alamat-berita-url = Alamat berita (URL)
tidak-ditayangkan-4 = Tidak ditayangkan…
rilis-yang-disetujui-tetapi-tidak = Rilis yang disetujui tetapi tidak akan tayang dapat langsung diarsipkan oleh Arsiparis.
alasan-tidak-ditayangkan = Alasan tidak ditayangkan
teks-untuk-website = Teks untuk website
catat-penayangan = Catat penayangan
catat-di-situs-lain = Catat di situs lain
sudah-dicatat = (sudah dicatat)
diskominfo-example-go-id-berita = diskominfo.example.go.id/berita/… (https:// boleh tidak diketik)
catat-tayang = Catat tayang
tandai-tidak-ditayangkan = Tandai tidak ditayangkan

## Pesan dan label dari skrip layar
pilih-situs-tempat-rilis-ditayangkan = Pilih situs tempat rilis ditayangkan.
tuliskan-alamat-url-berita-di = Tuliskan alamat (URL) berita di website.
rilis-tercatat-tayang-di = Rilis { $agenda_no } tercatat tayang di { $site }.
tuliskan-alasan-rilis-ini-tidak = Tuliskan alasan rilis ini tidak ditayangkan.
rilis-ditandai-tidak-ditayangkan-arsiparis = Rilis { $agenda_no } ditandai tidak ditayangkan; Arsiparis dapat mengarsipkannya.
