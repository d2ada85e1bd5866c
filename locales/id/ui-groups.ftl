# UI PressDesk — Layar groups. Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/ui-groups.ftl (npm run check, uji inti).

belum-ada-rilis = Belum ada rilis.
menampilkan-terbaru-dari = Menampilkan { $length } terbaru dari { $formatCount }.
kelompok = Kelompok
langkah-3-rilis-yang-sudah = Langkah 3 · { $code }: rilis yang sudah diparaf Kadis dan Kabid, dikelompokkan menurut keputusan.
per-hari-paraf = Per hari paraf
belum-ada-rilis-yang-selesai = Belum ada rilis yang selesai diparaf.
disetujui = Disetujui
tidak-disetujui = Tidak disetujui
cetak-kelompok = Cetak kelompok
kelompok-setiap-hari-tetap-seperti = Kelompok setiap hari tetap seperti saat diparaf Kadis dan Kabid, juga setelah rilis tayang dan diarsipkan.
memuat-kelompok = Memuat kelompok…
kelompok-press-release = Kelompok Press Release
