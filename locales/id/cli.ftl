# Kata-kata pressdesk-cli sendiri (bantuan, keluaran, galat argumen) dalam Bahasa Indonesia.
# Setiap kunci di sini juga ada di locales/en/cli.ftl (uji kelengkapan).

## Ringkasan sesudah --help (baris yang diawali [ ditulis {"["} karena aturan Fluent).

cli-summary =
    Ringkasan perintah:
      init [--office NAMA --unit KODE --address ALAMAT --tz WIB|WITA|WIT [--sop KODE]
            --admin-name NAMA --admin-nip NIP --admin-position JABATAN --admin-pin PIN]
      sop list [--json] | sop show KODE [--json] | sop choose KODE --user NIP_ADMIN --pin PIN
      step ID assign|submit|write|verify|document|complete --user NIP --pin PIN [--note TEKS]
    {"       ["}--assignee NIP] [--reject]
      roster show --year Y --month M | roster print --year Y --month M [--paper a4|f4] --out BERKAS.pdf
      roster set --day TGL --person NIP... [--duty TUGAS] --user NIP --pin PIN
      register --json BERKAS [--attach PATH]...
      user add --name NAMA --nip NIP --role PERAN --pin PIN [--position JABATAN] [--rank PANGKAT]
    {"           ["}--admin NIP --admin-pin PIN]   (Kadis, Kabid dan Admin hanya oleh admin)
      office hours [set --day senin --from 07.30 --to 16.00 | set --day sabtu --off] [--json]
      office holiday add TANGGAL NAMA | office holiday remove TANGGAL
      office holiday list [--year Y] [--json] | office holiday import BERKAS.csv [--json]
      check ID... --user NIP --pin PIN [--return ALASAN]
      edit ID --user NIP --pin PIN [--json ISIAN.json] [--attach PATH]... [--detach SHA256]...
      resubmit ID --user NIP --pin PIN [--json]
      withdraw ID --user NIP --pin PIN --reason ALASAN [--json]
      paraf ID... --user NIP --pin PIN --decision setuju|tolak [--initials PARAF.png] [--note TEKS]
      revoke ID... --user NIP --pin PIN --reason ALASAN
      paraf paper ID --user NIP_KASI --pin PIN --official NIP --decision setuju|tolak --scan BERKAS
      paraf pending --user NIP --pin PIN
      paraf confirm ID --user NIP --pin PIN
      paraf disown ID --user NIP --pin PIN --reason ALASAN
      groups --date YYYY-MM-DD --out BERKAS.pdf [--paper a4|f4]
      sheet ID --out BERKAS.pdf [--paper a4|f4]
      evidence save ID --out FOLDER [--kind photo|video|letter] [--sha SHA] [--json]
      publish ID --user NIP --pin PIN --site NAMA --url URL
      folder add --cabinet A --drawer 1 --code KODE [--name NAMA] [--capacity N]
      folder close KODE [--reason ALASAN] | folder reopen KODE [--reason ALASAN]
      archive ID --user NIP --pin PIN [--folder KODE] [--date YYYY-MM-DD]
      void NO_ARSIP --user NIP --pin PIN --reason ALASAN
      class import BERKAS.csv [--user NIP --pin PIN] | class list [--json]
      class set ID [--code KODE] [--security biasa|terbatas|rahasia] --user NIP --pin PIN
      class suggest ID_JENIS_BERITA KODE
      berkas open --code KODE --description URAIAN [--unit UNIT] [--folder MAP] [--start TGL]
             --user NIP --pin PIN
      berkas close NO [--end YYYY-MM-DD] --user NIP --pin PIN | berkas add NO ID --user NIP --pin PIN
      berkas list [--year Y] [--json] | berkas show NO [--json]
      berkas due --year Y --kind pindah|musnah|permanen|dinilai-kembali [--json]
      print daftar-berkas|isi-berkas --year Y [--paper a4|f4] --out BERKAS.pdf|BERKAS.xlsx
    {"        ["}--user NIP --pin PIN]
      print retensi --year Y --kind pindah|musnah|permanen|dinilai-kembali [--paper a4|f4]
            --out BERKAS.pdf|BERKAS.xlsx [--user NIP --pin PIN]   (dengan berita acara)
      labels --year Y [--from N --to M] [--stock L7160|L7163|L4731|STOK_SENDIRI] [--printer NAMA]
    {"         ["}--paper a4|f4] [--start K] --out BERKAS.pdf
      index --year Y [--paper a4|f4] --out BERKAS.pdf
      ledger --year Y [--month M | --from YYYY-MM-DD --to YYYY-MM-DD] [--paper a4|f4] --out BERKAS.pdf
      book --year Y [--month M | --from TGL --to TGL] [--sop KODE] [--paper a4|f4] --out BERKAS.pdf
           (buku catatan SOP kantor: Buku Agenda pada SOP-004, Buku Jadwal Kegiatan pada SOP-001, …)
      report sop --year Y [--month M] [--paper a4|f4] --out BERKAS.pdf
      report published --year Y [--month M] [--paper a4|f4] --out BERKAS.pdf
      export --format csv|xlsx --year Y [--month M | --from TGL --to TGL] --out BERKAS
      bench [all|thumbs|intake|search|agenda|ledger|labels|verify|data] [--sizes 1000,10000,100000]
      bench app --bin PATH/pressdesk [--releases N]
      bench ledger --releases N [--paper a4|f4] [--out BERKAS.pdf]
      list [--status S] [--year Y] [--month M] [--limit N] [--json]
      search KATA... [--json]
      show ID|NO_AGENDA|NO_SURAT [--json]
      demo --releases N
      verify [--no-files] [--json] [--head KEPALA_RANTAI_TERCETAK]
      backup --out BERKAS [--json]
      restore BERKAS --into FOLDER | --db URL_ADMIN [--json]
      completions bash|zsh|fish|elvish|powershell   (pelengkapan perintah untuk shell)

    Server kantor (PostgreSQL; --db URL atau PRESSDESK_DB_URL):
      server init --db URL --office NAMA --unit KODE --address ALAMAT [--tz WITA] [--sop KODE]
          --admin-name NAMA --admin-nip NIP [--admin-position JABATAN] --admin-pin-stdin
      server migrate --db URL
      server desk add NAMA --db URL      (kata sandi login desk ditampilkan sekali)
      server desk remove NAMA --db URL
      server desk list --db URL
      server check --db URL               (uji sambungan dari desk)
      server move --from FOLDER --db URL  (data satu komputer ke server kosong, lalu diperiksa)
      Setiap perintah lain bekerja pada server bila --db URL atau PRESSDESK_DB_URL disebut (URL
      login desk); folder data lalu hanya menyimpan salinan berkas server (server-cache/).

    Folder data: --data, atau PRESSDESK_DATA_DIR, atau ~/.local/share/pressdesk.
    Bahasa: --lang id|en, atau PRESSDESK_LANG, atau LANG sistem; bawaan Bahasa Indonesia.
    Hari libur dari CSV: satu per baris tanggal,nama (2026-12-25,Hari Raya Natal); satu baris salah,
    tidak ada yang ditambahkan.
    PIN: --pin PIN terlihat oleh pengguna lain di daftar proses; lebih aman --pin-stdin (baris
    pertama masukan) atau variabel PRESSDESK_PIN (--admin-pin-stdin, PRESSDESK_ADMIN_PIN).

## Bantuan (--help): judul, bendera bawaan, dan teks setiap perintah dan argumennya.
## Kunci mengikuti jalur perintah: cli-about-berkas-due, cli-arg-berkas-due-year; argumen yang
## artinya sama di setiap perintah memakai kunci bersama (cli-arg-user, cli-arg-json, …).

cli-heading-usage = Penggunaan:
cli-heading-commands = Perintah
cli-heading-arguments = Argumen
cli-heading-options = Opsi
cli-value-command = PERINTAH
cli-help-flag = Menampilkan bantuan
cli-version-flag = Menampilkan versi
cli-about-help = Menampilkan bantuan ini atau bantuan perintah yang disebut

cli-about = PressDesk tanpa jendela: Buku Agenda Press Release pada penyimpanan yang sama dengan aplikasinya
cli-arg-data = Folder data (selain itu PRESSDESK_DATA_DIR, atau ~/.local/share/pressdesk)
cli-arg-db = Server kantor (PostgreSQL), selain itu PRESSDESK_DB_URL
cli-arg-lang = Bahasa keluaran: id atau en (selain itu PRESSDESK_LANG, lalu LANG sistem)

## Argumen bersama

cli-arg-user = NIP pengguna yang bertindak
cli-arg-pin = PIN (terlihat di daftar proses: lebih aman --pin-stdin atau PRESSDESK_PIN)
cli-arg-pin-stdin = PIN dibaca dari baris pertama masukan standar
cli-arg-admin-pin = PIN admin (lebih aman --admin-pin-stdin atau PRESSDESK_ADMIN_PIN)
cli-arg-admin-pin-stdin = PIN admin dibaca dari baris pertama masukan standar
cli-arg-console = Sebagai konsol komputer ini, tanpa pengguna
cli-arg-json = Keluaran JSON
cli-arg-year = Tahun
cli-arg-month = Bulan (1–12)
cli-arg-from = Dari tanggal (YYYY-MM-DD)
cli-arg-to = Sampai tanggal (YYYY-MM-DD)
cli-arg-paper = a4 atau f4 (bawaan a4)
cli-arg-out = Berkas PDF yang ditulis
cli-arg-key = Rilis: id atau nomor agenda
cli-arg-ids = Rilis: id atau nomor agenda, satu atau beberapa
cli-arg-reason = Alasan
cli-arg-note = Catatan
cli-arg-kind = pindah, musnah, permanen atau dinilai-kembali
cli-arg-office = Nama instansi
cli-arg-unit = Kode unit (nomor arsip)
cli-arg-address = Alamat kantor
cli-arg-tz = Zona waktu: WIB, WITA atau WIT (bawaan WITA)
cli-arg-sop = SOP kantor (bawaan SOP-004)
cli-arg-admin-name = Nama admin pertama
cli-arg-admin-nip = NIP admin pertama
cli-arg-admin-position = Jabatan admin pertama (bawaan Administrator)

## Perintah

cli-about-init = Membuat penyimpanan (dan profil kantor dengan admin pertamanya)
cli-about-sop = Empat SOP kantor: daftar, isi langkahnya, pilihan admin
cli-about-sop-list = Empat SOP (SOP kantor ditandai *)
cli-about-sop-show = Langkah satu SOP: tindakan, peran, mutu baku, hasil
cli-arg-sop-show-code = Kode SOP (SOP-001, SOP-003, SOP-004, SOP-000)
cli-about-sop-choose = Admin memilih SOP kantor
cli-arg-sop-choose-code = Kode SOP yang dipilih
cli-about-step = Satu langkah SOP 001, 003 atau 000 oleh pengguna perannya
cli-arg-step-words = Rilis (id atau nomor agenda), lalu langkahnya: assign, submit, write, verify, document atau complete
cli-arg-step-assignee = NIP yang ditugasi (assign)
cli-arg-step-reject = Tidak disetujui (verify)
cli-about-roster = Jadwal piket media center (SOP 001)
cli-about-roster-show = Jadwal piket sebulan
cli-about-roster-print = Jadwal piket sebulan sebagai PDF
cli-about-roster-set = Petugas piket satu hari
cli-arg-roster-set-day = Tanggal (YYYY-MM-DD)
cli-arg-roster-set-person = NIP petugas, boleh berulang
cli-arg-roster-set-duty = Tugas piket hari itu
cli-about-register = Mencatat press release baru dari berkas JSON
cli-arg-register-json = Isian rilis: {"{"}"title": "…", "sender": "…"{"}"} sudah cukup
cli-arg-register-attach = Berkas bukti (foto, video, surat), boleh berulang
cli-about-user = Menambah pengguna
cli-about-user-add = Menambah pengguna (Kadis, Kabid dan Admin hanya oleh admin: --admin NIP --admin-pin)
cli-arg-user-add-name = Nama lengkap
cli-arg-user-add-nip = NIP pengguna baru
cli-arg-user-add-role = Kasi, Kadis, Kabid, Operator, Archivist, Admin, Reporter, MediaTeam, Processor, …
cli-arg-user-add-position = Jabatan (bawaan Staf)
cli-arg-user-add-rank = Pangkat/golongan (tercetak untuk Kadis)
cli-arg-user-add-pin = PIN pengguna baru (lebih aman --pin-stdin atau PRESSDESK_PIN)
cli-arg-user-add-pin-stdin = PIN pengguna baru dibaca dari masukan standar (sesudah PIN admin)
cli-arg-user-add-admin = NIP admin yang menambahkan
cli-about-office = Jam kerja dan hari libur kantor
cli-usage-office = pressdesk-cli office hours [set --day HARI --from JAM --to JAM | --off] atau office holiday add|remove|list|import
cli-about-office-hours = Jam kerja kantor, dan mengubahnya (set)
cli-about-office-hours-set = Jam kerja satu hari, atau --off untuk hari libur
cli-arg-office-hours-set-day = senin … minggu, atau 1…7
cli-arg-office-hours-set-from = Jam masuk (07.30)
cli-arg-office-hours-set-to = Jam pulang (16.00)
cli-arg-office-hours-set-off = Hari itu libur
cli-about-office-holiday = Hari libur kantor
cli-usage-office-holiday = pressdesk-cli office holiday add TANGGAL NAMA | office holiday remove TANGGAL | office holiday list [--year Y] | office holiday import BERKAS.csv
cli-about-office-holiday-add = Menambah hari libur: TANGGAL NAMA
cli-arg-office-holiday-add-words = Tanggal (YYYY-MM-DD), lalu nama hari liburnya
cli-about-office-holiday-remove = Menghapus hari libur pada TANGGAL
cli-arg-office-holiday-remove-date = Tanggal (YYYY-MM-DD)
cli-about-office-holiday-list = Daftar hari libur
cli-about-office-holiday-import = Hari libur dari CSV (tanggal,nama per baris), semua atau tidak sama sekali
cli-arg-office-holiday-import-file = Berkas CSV: tanggal,nama per baris
cli-about-check = Pemeriksaan format oleh Kasi (atau pengembalian), satu atau beberapa rilis
cli-arg-check-reason = Mengembalikan rilis kepada pengirim dengan alasan ini
cli-about-edit = Kasi membetulkan rilis sebelum paraf yang menentukan
cli-arg-edit-json = Isian yang dibetulkan (seperti pada register)
cli-arg-edit-attach = Bukti yang ditambahkan, boleh berulang
cli-arg-edit-detach = SHA-256 bukti yang dilepas, boleh berulang
cli-about-resubmit = Rilis yang dikembalikan, sudah dibetulkan, diperiksa lagi
cli-about-withdraw = Pengirim menarik rilisnya: nomornya tetap, ditandai Ditarik
cli-arg-withdraw-reason = Alasan penarikan
cli-about-paraf = Paraf Kadis atau Kabid, dan paraf kertas
cli-arg-paraf-decision = setuju atau tolak
cli-arg-paraf-initials = Gambar paraf (PNG); tanpa ini paraf tersimpan pengguna
cli-about-paraf-paper = Kasi mencatat paraf yang ditulis di kertas, dari pindaiannya
cli-arg-paraf-paper-official = NIP Kadis atau Kabid yang memaraf
cli-arg-paraf-paper-decision = setuju atau tolak
cli-arg-paraf-paper-scan = Pindaian (foto atau PDF)
cli-about-paraf-pending = Paraf kertas atas nama Anda yang menunggu konfirmasi
cli-about-paraf-confirm = Mengakui paraf kertas atas nama Anda
cli-arg-paraf-confirm-key = Nomor paraf (seperti pada `paraf pending`) atau nomor agenda
cli-about-paraf-disown = Menyangkal paraf kertas atas nama Anda
cli-arg-paraf-disown-key = Nomor paraf (seperti pada `paraf pending`) atau nomor agenda
cli-arg-paraf-disown-reason = Alasan (wajib)
cli-about-revoke = Kadis mencabut paraf
cli-arg-revoke-reason = Alasan pencabutan
cli-about-groups = Kelompok langkah 3 sehari sebagai satu halaman PDF
cli-arg-groups-date = Tanggal (YYYY-MM-DD)
cli-about-sheet = Lembar Press Release (PDF)
cli-arg-sheet-key = Id atau nomor agenda
cli-about-evidence = Menyimpan berkas asli bukti sebuah rilis ke folder
cli-about-evidence-save = Berkas asli bukti sebuah rilis ke folder, dengan nama aslinya
cli-arg-evidence-save-out = Folder tujuan
cli-arg-evidence-save-kind = Hanya photo, video atau letter
cli-arg-evidence-save-sha = Hanya berkas dengan SHA-256 ini
cli-about-publish = Mencatat di mana rilis tayang
cli-arg-publish-site = Nama situs
cli-arg-publish-url = Alamat beritanya
cli-about-folder = Map di lemari arsip
cli-about-folder-add = Map baru di lemari arsip
cli-arg-folder-add-cabinet = Lemari
cli-arg-folder-add-drawer = Laci
cli-arg-folder-add-code = Kode map
cli-arg-folder-add-name = Nama map
cli-arg-folder-add-capacity = Isi paling banyak (bawaan 50)
cli-about-folder-close = Menutup map: tidak disarankan dan tidak diisi lagi
cli-arg-folder-close-code = Kode map
cli-about-folder-reopen = Membuka kembali map yang ditutup
cli-arg-folder-reopen-code = Kode map
cli-about-archive = Memberi nomor arsip
cli-arg-archive-folder = Kode map (bawaan: yang disarankan)
cli-arg-archive-date = Tanggal arsip (YYYY-MM-DD)
cli-about-void = Membatalkan nomor arsip
cli-arg-void-number = Nomor arsip
cli-about-class = Skema klasifikasi kantor
cli-about-class-import = Mengimpor skema klasifikasi dari CSV (semua atau tidak sama sekali)
cli-arg-class-import-file = Berkas CSV: kode, nama, aktif, inaktif, keterangan akhir, keamanan
cli-about-class-list = Daftar kode klasifikasi
cli-about-class-set = Kode klasifikasi dan keamanan sebuah rilis
cli-arg-class-set-code = Kode klasifikasi
cli-arg-class-set-security = biasa, terbatas atau rahasia
cli-about-class-suggest = Kode yang disarankan untuk satu jenis berita
cli-arg-class-suggest-news-type = ID jenis berita
cli-arg-class-suggest-code = Kode klasifikasi
cli-about-berkas = Berkas arsip per tahun dan retensinya
cli-about-berkas-open = Membuka berkas baru
cli-arg-berkas-open-code = Kode klasifikasi berkas
cli-arg-berkas-open-description = Uraian berkas
cli-arg-berkas-open-unit = Unit pengolah (bawaan: kode unit kantor)
cli-arg-berkas-open-folder = Map tempat berkas
cli-arg-berkas-open-start = Awal periode (YYYY-MM-DD)
cli-about-berkas-close = Menutup berkas pada akhir periodenya
cli-arg-berkas-close-key = Nomor berkas
cli-arg-berkas-close-end = Akhir periode (YYYY-MM-DD)
cli-about-berkas-add = Menambahkan rilis yang diarsipkan ke berkas
cli-arg-berkas-add-words = Nomor berkas, lalu rilisnya
cli-about-berkas-list = Daftar berkas dengan retensinya
cli-about-berkas-show = Satu berkas dengan itemnya
cli-arg-berkas-show-key = Nomor berkas
cli-about-berkas-done = Mencatat pemindahan atau keterangan akhir yang telah dilaksanakan, dengan berita acaranya
cli-arg-berkas-done-key = Nomor berkas
cli-arg-berkas-done-ba = Nomor berita acara
cli-arg-berkas-done-on = Tanggal berita acara (YYYY-MM-DD); hari ini bila kosong
cli-about-berkas-due = Berkas yang jatuh tempo pada satu tahun
cli-about-print = Daftar arsip tercetak (PDF atau XLSX)
cli-about-print-daftar-berkas = Daftar Berkas setahun
cli-arg-print-daftar-berkas-out = BERKAS.pdf, atau BERKAS.xlsx untuk lembar kerja
cli-about-print-isi-berkas = Daftar Isi Berkas setahun
cli-arg-print-isi-berkas-out = BERKAS.pdf, atau BERKAS.xlsx untuk lembar kerja
cli-about-print-retensi = Daftar retensi jatuh tempo, dengan berita acara
cli-arg-print-retensi-out = BERKAS.pdf, atau BERKAS.xlsx untuk lembar kerja
cli-about-labels = Label arsip (PDF)
cli-arg-labels-from = Dari nomor arsip ke-N
cli-arg-labels-to = Sampai nomor arsip ke-M
cli-arg-labels-stock = L7160, L7163, L4731 atau stok kantor sendiri (bawaan L7160)
cli-arg-labels-printer = Printer yang geserannya tersimpan
cli-arg-labels-start = Label pertama yang dipakai pada lembar (bawaan 1)
cli-arg-labels-offset-x = Geseran mendatar (mm)
cli-arg-labels-offset-y = Geseran tegak (mm)
cli-about-index = Daftar Arsip setahun (PDF)
cli-about-ledger = Buku Agenda Press Release (PDF)
cli-about-book = Buku catatan SOP kantor (PDF)
cli-arg-book-sop = Buku catatan SOP ini (bawaan: SOP kantor)
cli-about-report = Laporan waktu SOP atau laporan penyebarluasan (PDF)
cli-about-report-sop = Laporan waktu SOP (grafik dan tabel)
cli-about-report-published = Laporan penyebarluasan
cli-about-export = Buku Agenda sebagai CSV atau XLSX
cli-arg-export-format = csv atau xlsx
cli-arg-export-out = Berkas CSV atau XLSX yang ditulis
cli-about-bench = Tolok ukur kinerja (membuat datanya sendiri)
cli-arg-bench-words = all, thumbs, intake, search, agenda, ledger, labels, verify, server, backends, data, app atau sql (bawaan all); untuk sql, lalu pernyataannya
cli-arg-bench-sizes = Ukuran data, mis. 1000,10000,100000
cli-arg-bench-quick = Lebih sedikit pengulangan
cli-arg-bench-releases = Banyaknya rilis (app, ledger, sql)
cli-arg-bench-bin = Aplikasi yang diukur (app)
cli-arg-bench-runs = Pengulangan (app, bawaan 5)
cli-arg-bench-paper = a4 atau f4 (ledger)
cli-arg-bench-out = PDF yang ditulis (ledger)
cli-about-list = Buku agenda, urut terbaru
cli-arg-list-status = Status rilis
cli-arg-list-limit = Paling banyak sekian baris
cli-about-search = Pencarian teks penuh
cli-arg-search-words = Kata yang dicari (judul, isi, pengirim, nomor)
cli-about-show = Satu rilis lengkap dengan riwayatnya
cli-arg-show-key = Id, nomor agenda atau nomor surat
cli-about-demo = Kantor contoh dengan N rilis
cli-arg-demo-releases = Banyaknya rilis contoh (bawaan 50)
cli-about-verify = Memeriksa basis data, rantai audit dan setiap berkas
cli-arg-verify-no-files = Tanpa memeriksa isi setiap berkas
cli-arg-verify-head = Kepala rantai audit yang tercetak di Buku Agenda: peristiwa rantai ini?
cli-about-backup = Cadangan satu berkas selagi aplikasi dipakai
cli-arg-backup-out = Berkas cadangan yang ditulis
cli-about-restore = Memulihkan cadangan ke folder baru atau server kosong
cli-arg-restore-file = Berkas cadangan
cli-arg-restore-into = Folder tujuan, kosong atau baru
cli-about-server = Server kantor (PostgreSQL)
cli-about-server-init = Menyiapkan basis data kosong: skema, peran, kantor dan admin pertamanya
cli-about-server-migrate = Menerapkan migrasi skema setelah PressDesk diperbarui
cli-about-server-desk = Login per desk (komputer)
cli-about-server-desk-add = Membuat login desk (kata sandinya ditampilkan sekali)
cli-arg-server-desk-add-name = Nama desk
cli-about-server-desk-remove = Menghapus login desk dan menutup sesinya
cli-arg-server-desk-remove-name = Nama desk
cli-about-server-desk-list = Nama setiap desk
cli-about-server-check = Uji sambungan dari desk
cli-about-server-move = Data satu komputer ke server kosong, lalu diperiksa
cli-arg-server-move-from = Folder data komputer ini
cli-about-completions = Skrip pelengkapan perintah untuk shell (bash, zsh, fish, elvish, powershell)
cli-arg-completions-shell = bash, zsh, fish, elvish atau powershell

## Keluaran perintah
cli-list-total = { $count } rilis
cli-detail-agenda-no = Nomor agenda : { $value }
cli-detail-title = Judul        : { $value }
cli-detail-sender = Pengirim     : { $value }
cli-detail-letter = Nomor surat  : { $value }
cli-detail-received = Diterima     : { $value }
cli-detail-news-type = Jenis berita : { $value }
cli-detail-status = Status       : { $value }
cli-detail-evidence = Bukti        : { $count } berkas
cli-detail-id = Id           : { $value }
cli-detail-history = Riwayat      :
cli-detail-console = Konsol
cli-detail-reason = alasan: { $reason }
cli-verify-summary = { $releases } rilis, { $events } peristiwa audit, { $files } berkas diperiksa; kepala rantai audit { $head }
cli-verify-note = catatan: { $note }
cli-verify-ok = Semua data utuh.
cli-verify-fault = KESALAHAN: { $fault }
cli-verify-faults = { $count } kesalahan ditemukan.
cli-head-current = Kepala rantai tercetak { $hash } adalah kepala rantai saat ini (peristiwa ke-{ $event }, { $at }).
cli-head-earlier = Kepala rantai tercetak { $hash } tercatat di rantai: peristiwa ke-{ $event }, { $at }; { $later } peristiwa sesudahnya.
cli-head-unknown = KESALAHAN: kepala rantai tercetak { $hash } tidak ada di rantai audit data ini.
cli-demo-made = { $count } rilis contoh dibuat di { $dir }
cli-init-ready = Penyimpanan PressDesk siap di { $dir }
cli-written = { $what } ditulis ke { $path }
cli-progress-verify = Memeriksa basis data, rantai audit dan berkas

## Penolakan
cli-refused = galat: { $message }
cli-refused-field = galat ({ $field }): { $message }
cli-need-out-pdf = Sebutkan --out BERKAS.pdf.
cli-need-json = Sebutkan berkas JSON dengan --json BERKAS.
cli-json-unreadable = Berkas JSON «{ $path }» tidak dapat dibaca.

## Galat baris perintah (clap)
cli-error-unknown-argument = argumen «{ $arg }» tidak dikenal
cli-error-unknown-command = perintah «{ $command }» tidak dikenal
cli-error-missing-command = «{ $command }» perlu perintah
cli-error-missing-command-of = «{ $command }» perlu perintah: { $commands }
cli-error-missing-argument = argumen wajib tidak disebut: { $arg }
cli-error-no-value = { $arg } perlu nilai
cli-error-invalid-value = nilai «{ $value }» tidak sah untuk { $arg }
cli-error-allowed = ; pilihannya: { $values }
cli-error-conflict = { $arg } tidak dapat dipakai bersama { $other }
cli-error-repeated = { $arg } hanya boleh disebut sekali
cli-error-too-many = nilai «{ $value }» untuk { $arg } berlebih
cli-error-values-count = banyaknya nilai untuk { $arg } tidak sesuai
cli-error-no-equals = { $arg } perlu tanda = sebelum nilainya
cli-error-utf8 = baris perintah memuat teks yang bukan UTF-8
cli-error-other = baris perintah tidak sah
cli-error-suggestion = mungkin maksudnya «{ $suggestion }»?
cli-error-more = Bantuan lengkap: --help

## Kemajuan (di terminal saja)
cli-progress-left = sisa
cli-progress-demo-releases = Rilis contoh
cli-progress-demo-acts = Paraf, arsip dan waktu langkah contoh
cli-progress-backup = Cadangan
cli-progress-restore = Pemulihan
cli-progress-server-move = Memindahkan dan memeriksa data di server

## Data contoh
cli-demo-no-new-users = Pengguna yang sudah ada dipakai; tidak ada pengguna baru.
cli-demo-users = Pengguna contoh (PIN semuanya { $pin }):

## Cadangan dan pemulihan
cli-backup-need-out = Sebutkan --out BERKAS untuk cadangan.
cli-backup-no-pins = Catatan: login desk tidak boleh membaca PIN, jadi PIN tidak ikut dalam cadangan ini; setelah dipulihkan setiap orang diberi PIN baru. Pakai URL admin server (--db) agar PIN ikut.
cli-backup-written = Cadangan ditulis ke { $path } ({ $bytes } bita, { $files } berkas, { $releases } rilis, kepala audit { $head }).
cli-restore-need-file = Sebutkan berkas cadangan yang dipulihkan.
cli-restore-need-into = Sebutkan --into FOLDER (kosong atau baru) atau --db URL_ADMIN (basis data server yang kosong).
cli-restore-done = Cadangan dipulihkan ke { $into } dan lolos pemeriksaan: { $releases } rilis, { $events } peristiwa audit, { $files } berkas, kepala audit { $head }.
cli-need-user = Sebutkan --user NIP.
cli-need-pin = Sebutkan PIN: --pin-stdin (dibaca dari masukan), variabel PRESSDESK_PIN, atau --pin PIN.
cli-need-admin-pin = Sebutkan PIN admin: --admin-pin-stdin, variabel PRESSDESK_ADMIN_PIN, atau --admin-pin PIN.
cli-need-release = Sebutkan rilisnya (id atau nomor agenda).
cli-need-decision = Sebutkan --decision setuju atau tolak.
cli-need-year = Sebutkan --year TAHUN.
cli-file-unreadable = Berkas «{ $path }» tidak dapat dibaca: { $detail }.

## Pengguna dan paraf
cli-user-added = Pengguna { $name } ({ $role }) ditambahkan, id { $id }.
cli-paraf-not-png = Berkas paraf harus gambar PNG.

## Klasifikasi dan berkas arsip
cli-class-imported = Skema klasifikasi diimpor: { $added } kode baru, { $updated } kode diperbarui.
cli-class-years = aktif { $active } th, inaktif { $inactive } th
cli-class-set = Klasifikasi: { $code } ({ $security })
cli-class-suggested = Jenis berita { $id } disarankan berkode { $code }.
cli-berkas-open = terbuka
cli-berkas-closed = ditutup
cli-berkas-items = { $count } item
cli-berkas-inactive = inaktif { $date }
cli-berkas-opened = Berkas { $number } dibuka: { $code } { $description }.
cli-berkas-add-usage = Gunakan: berkas add NO ID --user NIP --pin PIN.
cli-berkas-item-added = Berkas { $key } item { $item }: { $agenda } { $title }
cli-berkas-done = Berkas { $number }: { $label } { $date } (BA { $ba }).
cli-need-kind = Sebutkan --kind pindah|musnah.
cli-need-out-pdf-xlsx = Sebutkan --out BERKAS.pdf atau BERKAS.xlsx.
cli-need-out-folder = Sebutkan --out FOLDER tujuan.
cli-need-flag = Sebutkan { $flag } { $what }.
cli-value-code-of-folder = KODE_MAP
cli-value-pdf = BERKAS.pdf
cli-no-office = Profil kantor belum dibuat.
cli-list-rows = { $title } ({ $rows } baris)

## Bukti, penayangan dan arsip
cli-evidence-saved = Tersimpan: { $path } ({ $size })
cli-site-unknown = Situs «{ $site }» tidak terdaftar.
cli-published = Rilis { $agenda } tayang di { $site }.
cli-folder-made = Map { $code } dibuat: { $location }
cli-folder-closed = Map { $code } ditutup ({ $used } dari { $capacity } terisi).
cli-folder-reopened = Map { $code } dibuka kembali ({ $used } dari { $capacity } terisi).
cli-archived = Rilis { $agenda } diarsipkan di { $location }.
cli-voided = Nomor arsip { $number } dibatalkan.
cli-labels = { $count } label

## Jam kerja dan hari libur
cli-hours-need-day = Sebutkan --day. Gunakan: office hours, atau office hours set --day senin --from 07.30 --to 16.00 (--off untuk hari libur).
cli-hours-need-times = Sebutkan --from dan --to, atau --off saja. Gunakan: office hours, atau office hours set --day senin --from 07.30 --to 16.00 (--off untuk hari libur).
cli-hours-heading = Jam kerja kantor:
cli-hours-off = libur
cli-day-unknown = Hari «{ $day }» tidak dikenal; tulis senin, selasa, … minggu.
cli-holiday-added = Hari libur ditambahkan: { $holiday }
cli-holiday-removed = Hari libur dihapus: { $holiday }
cli-holidays = Hari libur: { $count }
cli-holidays-of-year = Hari libur { $year }: { $count }
cli-holiday-on-day-off = (jatuh pada hari libur kantor)
cli-holiday-need-file = Sebutkan berkasnya. Gunakan: office holiday add TANGGAL NAMA, office holiday remove TANGGAL, office holiday list [--year Y] atau office holiday import BERKAS.csv.
cli-holiday-import-refused = { $count } baris salah; tidak ada hari libur yang ditambahkan.
cli-holiday-imported = { $added } hari libur ditambahkan, { $already } sudah tercatat.

## Paraf kertas dan kelompok
cli-paper-need-official = Sebutkan --official NIP (Kadis/Kabid).
cli-paper-need-scan = Sebutkan --scan BERKAS (foto atau PDF).
cli-paper-none-pending = Tidak ada paraf kertas yang menunggu konfirmasi Anda.
cli-paper-recorded = dicatat { $at } oleh { $by }
cli-paper-need-key = Sebutkan paraf kertasnya (nomor paraf atau agenda).
cli-paper-none-on = Tidak ada paraf kertas atas nama Anda yang menunggu konfirmasi pada rilis { $agenda }.
cli-need-date = Sebutkan --date YYYY-MM-DD.
cli-groups = Kelompok press release { $date }
cli-need-format = Sebutkan --format csv atau xlsx.
cli-need-month = Sebutkan --month M.
cli-need-day = Sebutkan --day YYYY-MM-DD.

## Server kantor
cli-server-need-db = Sebutkan server dengan --db postgres://… atau PRESSDESK_DB_URL.
cli-server-migrated = Skema server: { $count } migrasi diterapkan.
cli-server-need-from = Sebutkan --from FOLDER_DATA.
cli-server-table-rows = { $table }: { $rows } baris
cli-server-moved = Dipindahkan dan diperiksa: { $files } berkas ({ $bytes } bita), { $events } peristiwa audit, kepala rantai { $head }.
cli-server-moved-kept = Folder { $from } tidak diubah; simpan sebagai cadangan.
cli-server-ready = Server siap: basis data { $database }, pemilik skema { $owner }, peran aplikasi { $app }, Admin { $admin } (id { $id }).
cli-server-add-desks = Tambahkan satu login per komputer: pressdesk-cli server desk add NAMA --db …
cli-desk-made = Desk { $name } dibuat. Login: { $login }
cli-desk-password = Kata sandi (hanya ditampilkan sekali; simpan di keyring desk itu):
cli-desk-removed = Desk { $name } dihapus: login { $login } tidak dapat tersambung lagi.

## SOP, langkah dan piket
cli-sop-steps = { $count } langkah
cli-sop-chosen-mark = * SOP kantor ini.
cli-sop-version = { $code } versi { $version }: { $title }
cli-sop-book = { $office }; buku catatan: { $book }
cli-sop-standard = mutu baku { $standard }
cli-sop-output = hasil: { $output } ({ $state })
cli-sop-chosen = Kantor kini bekerja dengan { $code } versi { $version }: { $title }.
cli-step-need-act = Sebutkan rilis dan langkahnya: step ID assign|submit|write|verify|document|complete.
cli-step-unknown = Langkah «{ $act }» tidak dikenal; pilih assign, submit, write, verify, document atau complete.
cli-step-done = Rilis { $agenda }: { $status }.
cli-step-next = Berikutnya: { $step } ({ $roles }).
cli-roster-saved = Jadwal piket disimpan.
cli-roster-heading = Jadwal piket media center, { $month }

## Nama nilai argumen (<…> pada bantuan)
cli-value-address = ALAMAT
cli-value-admin = NIP
cli-value-admin-name = NAMA
cli-value-admin-nip = NIP
cli-value-admin-pin = PIN
cli-value-admin-position = JABATAN
cli-value-assignee = NIP
cli-value-attach = PATH
cli-value-ba = NOMOR
cli-value-bin = PATH
cli-value-cabinet = LEMARI
cli-value-capacity = N
cli-value-code = KODE
cli-value-data = FOLDER
cli-value-date = TANGGAL
cli-value-day = TANGGAL
cli-value-office-hours-set-day = HARI
cli-value-db = URL
cli-value-decision = KEPUTUSAN
cli-value-description = URAIAN
cli-value-detach = SHA256
cli-value-drawer = LACI
cli-value-duty = TUGAS
cli-value-end = TANGGAL
cli-value-file = BERKAS
cli-value-folder = KODE
cli-value-berkas-open-folder = MAP
cli-value-format = FORMAT
cli-value-from = TANGGAL
cli-value-office-hours-set-from = JAM
cli-value-labels-from = N
cli-value-server-move-from = FOLDER
cli-value-head = KEPALA
cli-value-ids = ID
cli-value-initials = PARAF.png
cli-value-into = FOLDER
cli-value-key = ID
cli-value-paraf-confirm-key = NO
cli-value-paraf-disown-key = NO
cli-value-berkas-close-key = NO
cli-value-berkas-show-key = NO
cli-value-berkas-done-key = NO
cli-value-kind = JENIS
cli-value-lang = id|en
cli-value-limit = N
cli-value-month = BULAN
cli-value-name = NAMA
cli-value-news-type = ID_JENIS
cli-value-nip = NIP
cli-value-note = TEKS
cli-value-number = NO_ARSIP
cli-value-office = NAMA
cli-value-official = NIP
cli-value-offset-x = MM
cli-value-offset-y = MM
cli-value-on = TANGGAL
cli-value-out = BERKAS.pdf
cli-value-evidence-save-out = FOLDER
cli-value-print-daftar-berkas-out = BERKAS
cli-value-print-isi-berkas-out = BERKAS
cli-value-print-retensi-out = BERKAS
cli-value-export-out = BERKAS
cli-value-backup-out = BERKAS
cli-value-paper = KERTAS
cli-value-person = NIP
cli-value-pin = PIN
cli-value-position = JABATAN
cli-value-printer = NAMA
cli-value-rank = PANGKAT
cli-value-reason = ALASAN
cli-value-releases = N
cli-value-role = PERAN
cli-value-runs = N
cli-value-scan = BERKAS
cli-value-security = KEAMANAN
cli-value-sha = SHA256
cli-value-shell = SHELL
cli-value-site = NAMA_SITUS
cli-value-sizes = UKURAN
cli-value-sop = KODE
cli-value-start = TANGGAL
cli-value-labels-start = K
cli-value-status = STATUS
cli-value-stock = STOK
cli-value-to = TANGGAL
cli-value-office-hours-set-to = JAM
cli-value-labels-to = M
cli-value-tz = ZONA
cli-value-unit = KODE
cli-value-berkas-open-unit = UNIT
cli-value-url = URL
cli-value-user = NIP
cli-value-words = KATA
cli-value-step-words = ID_LANGKAH
cli-value-office-holiday-add-words = TANGGAL_NAMA
cli-value-berkas-add-words = NO_ID
cli-value-year = TAHUN
cli-value-options = [OPSI]
cli-value-register-json = BERKAS
cli-value-edit-json = ISIAN.json
