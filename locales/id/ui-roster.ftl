# UI PressDesk — Layar roster. Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/ui-roster.ftl (npm run check, uji inti).

jadwal-piket = Jadwal piket
petugas-piket = Petugas piket
tugas = Tugas
petugas-piket-2 = Petugas piket { $display }
langkah-mutu-baku-3 = Langkah { $seq } · { $name } · mutu baku { $standard_label }.
jadwal-piket-petugas = Jadwal piket petugas.
pilih-ubah-pada-sebuah-hari = Pilih Ubah pada sebuah hari untuk mengatur petugasnya.
bulan-sebelumnya = Bulan sebelumnya
bulan-berikutnya = Bulan berikutnya
memuat-jadwal-piket = Memuat jadwal piket…
jadwal-piket-2 = Jadwal piket { $label }
piket-pagi-liputan-wali-kota = Piket pagi, liputan Wali Kota…
simpan-jadwal = Simpan jadwal
jadwal-piket-media-center = Jadwal Piket Media Center

## Pesan dan label dari skrip layar
jadwal-tersimpan = Jadwal { $find } tersimpan.
