# UI PressDesk — Layar intake. Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/ui-intake.ftl (npm run check, uji inti).

seret-foto-video-atau-surat = Seret foto, video atau surat pengantar ke sini, atau pilih berkas
jpeg-png-mp4-atau-pdf = JPEG, PNG, MP4 atau PDF. Tekan Enter atau Spasi untuk memilih berkas. Beberapa berkas sekaligus boleh.
dari-berkas-diproses = { $formatCount } dari { $formatCount2 } berkas diproses
jenis-bukti-untuk = Jenis bukti untuk { $name }
berkas-bukti-siap-dicatat = { $length } berkas bukti siap dicatat.
tutup-catatan = Tutup catatan
berkas-bukti-2 = Berkas bukti
tutup-pesan-untuk = Tutup pesan untuk
pratinjau = Pratinjau
sedang-diperiksa = Sedang diperiksa…
menunggu-giliran = Menunggu giliran…
registrasi-rilis-2 = Registrasi Rilis
langkah-terima-rilis-beserta-bukti = Langkah { $value } · { $sopCode }: terima rilis beserta bukti multimedia dan periksa formatnya.
langkah-2 = Langkah { $value } · { $sopCode }:
penerimaan = Penerimaan
petugas-penerima = Petugas penerima
belum-dipilih = — belum dipilih —
pengirim-dan-surat = Pengirim dan surat
isi-rilis = Isi rilis
pemeriksaan-format = Pemeriksaan format
menunggu-berkas-selesai-diproses = Menunggu berkas selesai diproses…
tekan = Tekan
untuk-mendaftarkan = untuk mendaftarkan.
ctrl = Ctrl
enter = Enter
catat-yang-diterima = catat yang diterima
nama-dan-nomor-telepon = Nama dan nomor telepon
n-800-123-dinkes-2026 = 800/123/DINKES/2026
catatan-bila-ada-yang-kurang = Catatan bila ada yang kurang atau perlu dilengkapi
mendaftarkan = Mendaftarkan…
daftarkan-ke = Daftarkan ke { $book }
mutu-baku-2 = / { $clock } mutu baku
waktu-registrasi = Waktu registrasi
rilis-terdaftar-di = Rilis terdaftar di
nomor-agenda = Nomor agenda
dari-mutu-baku = dari mutu baku { $standardLabel }
lihat-rincian = Lihat rincian
daftarkan-rilis-berikutnya = Daftarkan rilis berikutnya

## Pesan dan label dari skrip layar
berkas-tidak-ditemukan = Berkas tidak ditemukan.
berkas-tidak-dapat-diproses = Berkas tidak dapat diproses.
berkas-sudah-ada-dalam-daftar = Berkas «{ $name }» sudah ada dalam daftar; disimpan sekali saja.
berkas-sama-isinya-dengan-disimpan = Berkas «{ $name }» sama isinya dengan «{ $name2 }»; disimpan sekali saja.
