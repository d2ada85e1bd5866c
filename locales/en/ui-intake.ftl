# PressDesk UI — intake messages in English. Every key here is also in locales/id/ui-intake.ftl.

seret-foto-video-atau-surat = Drag photos, videos or the cover letter here, or choose files
jpeg-png-mp4-atau-pdf = JPEG, PNG, MP4 or PDF. Press Enter or Space to choose files. Several files at once are fine.
dari-berkas-diproses = { $formatCount } of { $formatCount2 ->
        [one] { $formatCount2 } file
       *[other] { $formatCount2 } files
    } processed
jenis-bukti-untuk = Evidence type for { $name }
berkas-bukti-siap-dicatat = { $length ->
        [one] { $length } evidence file
       *[other] { $length } evidence files
    } ready to record.
tutup-catatan = Close the note
berkas-bukti-2 = Evidence files
tutup-pesan-untuk = Close the message for
pratinjau = Preview
sedang-diperiksa = Being checked…
menunggu-giliran = Waiting in line…
registrasi-rilis-2 = Register a Release
langkah-terima-rilis-beserta-bukti = Step { $value } · { $sopCode }: receive the release with its multimedia evidence and check its format.
langkah-2 = Step { $value } · { $sopCode }:
penerimaan = Receipt
petugas-penerima = Receiving officer
belum-dipilih = — not chosen yet —
pengirim-dan-surat = Sender and letter
isi-rilis = Release content
pemeriksaan-format = Format check
menunggu-berkas-selesai-diproses = Waiting for the files to be processed…
tekan = Press
untuk-mendaftarkan = to register.
ctrl = Ctrl
enter = Enter
catat-yang-diterima = record what was received
nama-dan-nomor-telepon = Name and phone number
n-800-123-dinkes-2026 = 800/123/DINKES/2026
catatan-bila-ada-yang-kurang = A note if something is missing or needs completing
mendaftarkan = Registering…
daftarkan-ke = Register in the { $book }
mutu-baku-2 = / { $clock } time standard
waktu-registrasi = Registration time
rilis-terdaftar-di = Release registered in
nomor-agenda = Agenda number
dari-mutu-baku = of the time standard { $standardLabel }
lihat-rincian = See details
daftarkan-rilis-berikutnya = Register the next release

## Messages and labels from the screens' scripts
berkas-tidak-ditemukan = File not found.
berkas-tidak-dapat-diproses = The file cannot be processed.
berkas-sudah-ada-dalam-daftar = The file «{ $name }» is already in the list; it is kept once.
berkas-sama-isinya-dengan-disimpan = The file «{ $name }» has the same content as «{ $name2 }»; it is kept once.
