# PressDesk UI — agenda messages in English. Every key here is also in locales/id/ui-agenda.ftl.

terbaru-di-atas = , newest first.
registrasi-rilis = Register a release
cari = Search
nomor-agenda-nomor-surat-atau = An exact agenda number, letter number or archive number (typed or scanned from a label) shows at the top; press Enter to open it.
status = Status
jenis = Type
rilis = { $formatCount ->
        [one] { $formatCount } release
       *[other] { $formatCount } releases
    }
tidak-ada-rilis-yang-cocok = No release matches this search or these filters.
belum-ada-rilis-di-buku = There are no releases in the Buku Agenda yet.
langkah-pertama-tambahkan-pengguna = First step: add users.
kasi-mendaftarkan-dan-memeriksa-rilis = The Kasi registers and checks releases, the Kadis and Kabid initial them, the website operator publishes, the archivist gives archive numbers. Each signs in with their own PIN.
tambah-pengguna-di-pengaturan-pengguna = Add users in Settings → Users
registrasi-rilis-pertama = Register the first release
rilis-didaftarkan-oleh-kasi-setelah = Releases are registered by the Kasi after signing in with their PIN.
buku-agenda-press-release = Buku Agenda Press Release
judul-pengirim-no-agenda-surat = Title, sender, agenda no., letter, archive…
pilih-tahun-terlebih-dahulu = Choose a year first
memuat-buku-agenda = Loading the Buku Agenda…
diterima = Received
no-tgl-surat = Letter No./Date
bukti = Evidence
memuat-baris-berikutnya = Loading the next rows…
berkas-bukti = { $evidence_count ->
        [one] { $evidence_count } evidence file
       *[other] { $evidence_count } evidence files
    }
