# UI PressDesk — Layar reports. Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/ui-reports.ftl (npm run check, uji inti).

periode-laporan = Periode laporan
periode = Periode
rentang-tanggal = Rentang tanggal
dari-tanggal = Dari tanggal
sampai-tanggal = Sampai tanggal
belum-ada-rilis-yang-tayang-2 = Belum ada rilis yang tayang pada periode ini.
penayangan-di-situs = { $length } penayangan di { $sites } situs
tayang-2 = Tayang
alamat-url = Alamat (URL)
operator = Operator
laporan = Laporan
waktu-tiap-langkah-sop-dan = { $book }, waktu tiap langkah SOP, dan rilis yang sudah tayang.
buku-agenda-cetak-lanskap-a4 = Buku agenda cetak: lanskap A4 atau F4, kop surat, paraf Kadis dan Kabid, nomor arsip dan lokasinya.
buku-catatan-versi-lanskap-a4 = Buku catatan { $code } versi { $version }: lanskap A4 atau F4, kop surat, tiap catatan dengan waktu dan petugas setiap langkah, situs tayang dan keterangan; versi SOP tercantum di judul.
pratinjau-dan-cetak = Pratinjau dan cetak
ekspor-csv = Ekspor CSV
ekspor-xlsx = Ekspor XLSX
laporan-waktu-sop = Laporan waktu SOP
pratinjau-pdf = Pratinjau PDF
laporan-waktu-sop-disusun-per = Laporan waktu SOP disusun per bulan atau per tahun; pilih periode Bulan atau Tahun.
waktu-penanganan-dihitung-sejak-langkah = Waktu penanganan dihitung sejak langkah diambil oleh petugasnya; waktu tunggu di antrean dan pada pengirim ditampilkan terpisah.
dikembalikan-ke-pengirim-dikirim-ulang = Dikembalikan ke pengirim { $returns } · dikirim ulang { $resubmissions } · ditarik { $withdrawals } (waktu menunggu pengirim tidak dihitung sebagai waktu layanan)
laporan-penyebarluasan = Laporan penyebarluasan
memuat-laporan = Memuat laporan…
median = Median
persentil-ke-90 = Persentil ke-90
standar-waktu-sop = Standar waktu SOP
langkah-mutu-baku-2 = { $count } langkah · mutu baku
tepat-waktu = { $share } tepat waktu
tanpa-mutu-baku = tanpa mutu baku
tunggu = tunggu { $value }
belum-ada-data = Belum ada data
bagian-tepat-waktu-per-bulan = Bagian tepat waktu per bulan (median di bawahnya)
mnt = { $round } mnt
per-orang = Per orang
persentil-90 = Persentil 90
tepat-waktu-2 = Tepat waktu
median-persentil-90-tepat-waktu = { $name }: median { $durationLabel }, persentil 90 { $durationLabel2 }, { $share } tepat waktu
belum-ada-langkah-selesai = { $name }: belum ada langkah selesai
langkah-4 = { $label }: { $count } langkah

## Pesan dan label dari skrip layar
laporan-waktu-sop-2 = Laporan Waktu SOP
laporan-penyebarluasan-2 = Laporan Penyebarluasan
ekspor-dibatalkan = Ekspor dibatalkan.
