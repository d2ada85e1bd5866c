# Pesan inti PressDesk (galat dan penolakan) dalam Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/core.ftl (uji kelengkapan).

## Galat umum

err-io = Gagal membaca atau menulis berkas: { $detail }
err-db = Kesalahan basis data: { $detail }
err-corrupt = Data rusak: { $detail }
err-cancelled = Dibatalkan.
err-internal = Kesalahan internal PressDesk: { $detail }
err-json = JSON tidak sah pada baris { $line }, kolom { $column }: { $detail }
err-disk-full = Ruang penyimpanan penuh. Kosongkan ruang disk lalu coba lagi.
err-required = { $label } wajib diisi.
err-too-long = { $label } terlalu panjang ({ $len } karakter); paling banyak { $max } karakter.
err-timezone = Zona waktu harus WIB, WITA atau WIT.
err-time-format = Waktu «{ $value }» tidak sah; tulis seperti 21/11/2026 14.05.
err-time-invalid = Waktu «{ $value }» tidak sah.
err-date-format = Tanggal «{ $value }» tidak sah; tulis seperti 21/11/2026.
err-user-inactive = { $name } sudah tidak aktif.
err-user-locked = { $name } terkunci karena { $tries } kali salah PIN. Coba lagi dalam { $secs } detik.
err-user-no-pin = { $name } belum mempunyai PIN; minta Admin membuatkannya.
err-pin-wrong = PIN salah. Sisa { $left } kali percobaan sebelum terkunci satu menit.
err-pin-wrong-locked = PIN salah { $tries } kali; { $name } terkunci selama satu menit.
err-received-future = Waktu diterima tidak boleh di masa depan.
err-letter-after-received = Tanggal surat tidak boleh sesudah tanggal diterima.
err-checklist-unknown = Butir periksa «{ $key }» tidak dikenal.
err-evidence-invalid = Bukti «{ $name }» tidak sah.
err-evidence-twice = Berkas «{ $name }» ditambahkan dua kali; cukup sekali.
err-receiver-inactive = Petugas penerima sudah tidak aktif.
err-receiver-unknown = Petugas penerima tidak dikenal.
err-nip-digits = NIP harus 18 angka.
err-nip-taken = NIP ini sudah dipakai oleh { $name }.
err-user-not-found = Pengguna #{ $id } tidak ditemukan.
err-nip-not-found = Tidak ada pengguna dengan NIP { $nip }.
err-deactivate-self = Anda tidak dapat menonaktifkan diri sendiri.
err-sign-in-first = Silakan masuk dengan nama dan PIN Anda.
err-needs-pin-user = Tindakan ini memerlukan pengguna yang masuk dengan PIN.

## Nama kolom formulir dalam pesan galat

label-nama-printer = Nama printer
label-nama-instansi = Nama instansi
label-kode-unit = Kode unit
label-alamat = Alamat
label-nama = Nama
label-jabatan = Jabatan
label-pangkat-golongan = Pangkat/golongan
label-nama-jenis-berita = Nama jenis berita
label-nama-situs = Nama situs
label-alasan-tidak-ditayangkan = Alasan tidak ditayangkan
label-tugas = Tugas
label-alasan-perubahan = Alasan perubahan
label-nama-langkah = Nama langkah
label-catatan = Catatan
label-judul = Judul
label-keterangan = Keterangan
label-alasan-penarikan = Alasan penarikan
label-alasan = Alasan
label-alasan-pengembalian = Alasan pengembalian
label-alasan-pencabutan = Alasan pencabutan
label-kode-klasifikasi = Kode klasifikasi
label-alasan-pembatalan = Alasan pembatalan
label-lemari = Lemari
label-laci = Laci
label-kode-map = Kode map
label-nama-map = Nama map
label-uraian-berkas = Uraian berkas
label-unit-pengolah = Unit pengolah
label-nama-hari-libur = Nama hari libur
label-instansi-pengirim = Instansi pengirim
label-narahubung = Narahubung
label-nomor-surat = Nomor surat
label-tempat-kegiatan = Tempat kegiatan
label-ringkasan-isi = Ringkasan / isi

## Penolakan hak akses
action-manage-office = mengubah profil kantor
action-manage-users = mengelola pengguna
action-manage-news-types = mengelola jenis berita
action-manage-calendar = mengatur hari dan jam kerja kantor
action-register = mendaftarkan rilis
action-edit-release = mengubah rilis
action-check = memeriksa rilis
action-attach-paper-paraf = melampirkan paraf kertas
action-paraf = memaraf rilis
action-revoke = mencabut paraf
action-publish = mencatat penayangan di website
action-archive = memberi nomor arsip dan menyimpan rilis
action-manage-filing = mengatur lemari, laci, map dan format nomor arsip
action-backup = membuat cadangan data
action-restore = memulihkan data dari cadangan
action-read = melihat agenda, rilis, arsip dan laporan
action-verify = memeriksa keutuhan data
action-upload = mengunggah berkas
err-console-without-user = Konsol PressDesk tanpa pengguna
err-not-allowed = { $who } tidak berwenang { $action }.
err-privileged-user-needs-admin = Pengguna { $role } hanya dapat ditambahkan atau diberi PIN oleh Admin dengan PIN-nya (di konsol: --admin NIP --admin-pin PIN).

## Galat dan penolakan lain
err-klasifikasi-keamanan-tidak-dikenal-pilih = Klasifikasi keamanan «{ $s }» tidak dikenal; pilih biasa, terbatas atau rahasia.
err-rilis-biasa-terbuka-untuk-semua = Rilis biasa terbuka untuk semua peran; yang diatur hanya terbatas dan rahasia.
err-nomor-berkas-tidak-sah-tulis = Nomor berkas «{ $key }» tidak sah; tulis seperti 003/2026.
err-akhir-kurun-waktu-tidak-boleh = Akhir kurun waktu tidak boleh sebelum awalnya ({ $period_start }).
err-map-itu-tidak-ada-di = Map itu tidak ada di lemari arsip.
err-berkas-tidak-ada = Berkas { $seq } tidak ada.
err-berkas-sudah-ditutup = Berkas { $number } sudah ditutup.
err-jenis-daftar-tidak-dikenal-pilih = Jenis daftar «{ $s }» tidak dikenal; pilih pindah, musnah, permanen atau dinilai-kembali.
err-skema-klasifikasi-tidak-diimpor-tidak = Skema klasifikasi tidak diimpor; tidak ada yang tersimpan. { $bad_join }.
err-berkas-csv-tidak-berisi-satu = Berkas CSV tidak berisi satu kode pun.
err-berkas-sudah-ditutup-tidak-dapat = Berkas { $number } sudah ditutup; tidak dapat menerima rilis lagi.
err-rilis-belum-diberi-nomor-arsip = Rilis { $agenda_no } belum diberi nomor arsip; arsipkan dulu sebelum dimasukkan ke berkas.
err-rilis-sudah-menjadi-isi-berkas = Rilis { $agenda_no } sudah menjadi isi berkas { $other }.
err-keterangan-akhir-tidak-dikenal-pilih = Keterangan akhir «{ $s }» tidak dikenal; pilih musnah, dinilai kembali atau permanen.
err-kode-klasifikasi-tidak-ada-dalam = Kode klasifikasi «{ $code }» tidak ada dalam skema klasifikasi kantor.
err-jenis-berita-itu-tidak-ada = Jenis berita itu tidak ada.
err-rilis-sudah-masuk-berkas-yang = Rilis { $agenda_no } sudah masuk berkas { $unwrap_or_default } yang ditutup; klasifikasinya tidak dapat diubah lagi.
err-cadangan-rusak-bag-info-txt = Cadangan rusak: bag-info.txt tidak lengkap.
err-cadangan-rusak-nilai-di-bag = Cadangan rusak: nilai { $key } di bag-info.txt tidak sah.
err-cadangan-rusak-baris-tidak-sah = Cadangan rusak: baris { $name } tidak sah.
err-sebutkan-nama-berkas-cadangan = Sebutkan nama berkas cadangan.
err-folder-tujuan-tidak-ada = Folder tujuan «{ $parent_display }» tidak ada.
err-simpan-cadangan-di-luar-folder = Simpan cadangan di luar folder data PressDesk (misalnya di diska lepas).
err-adalah-folder-pilih-nama-berkas = «{ $name }» adalah folder; pilih nama berkas.
err-desk-ini-memakai-server-kantor = Desk ini memakai server kantor: pemulihan dilakukan admin ke basis data server yang kosong dengan pressdesk-cli restore BERKAS --db URL_ADMIN.
err-pemulihan-lain-baru-saja-disiapkan = Pemulihan lain baru saja disiapkan; tunggu sebentar lalu coba lagi.
err-sebutkan-folder-tujuan-pemulihan = Sebutkan folder tujuan pemulihan.
err-folder-tujuan-tidak-kosong-pemulihan = Folder tujuan «{ $into_display }» tidak kosong; pemulihan hanya ke folder kosong atau baru.
err-cadangan-rusak = Cadangan rusak: { $what }
err-berkas-cadangan-tidak-dapat-dibuka = Berkas cadangan «{ $archive_display }» tidak dapat dibuka.
err-basis-data-di-sudah-berisi = Basis data «{ $db }» di { $place } sudah berisi kantor; pemulihan hanya ke basis data kosong.
err-tahun-di-luar-rentang-sampai = Tahun { $year } di luar rentang { $start } sampai { $end }.
err-tanggal-wajib-diisi = Tanggal wajib diisi.
err-sudah-tercatat-sebagai-hari-libur = { $date } sudah tercatat sebagai hari libur «{ $existing }».
err-bukan-hari-libur-yang-tercatat = { $date } bukan hari libur yang tercatat.
err-berkas-csv-terlalu-besar-paling = Berkas CSV terlalu besar (paling besar 256 KB); satu tahun hari libur cukup beberapa puluh baris.
err-berkas-csv-tidak-berisi-hari = Berkas CSV tidak berisi hari libur; tulis satu per baris: tanggal,nama (mis. 2026-12-25,Hari Raya Natal).
err-baris = Baris { $no }: { $message }
err-tidak-sah-tulis-seperti-07 = { $label } «{ $t }» tidak sah; tulis seperti 07.30.
err-hari-harus-1-senin-sampai = Hari harus 1 (Senin) sampai 7 (Minggu).
err-jam-pulang-wajib-diisi = Jam pulang wajib diisi{ $off }
err-jam-masuk-wajib-diisi = Jam masuk wajib diisi{ $off }
err-jam-pulang-harus-sesudah-jam = Jam pulang ({ $c }) harus sesudah jam masuk ({ $o }).
err-paling-sedikit-satu-hari-dalam = Paling sedikit satu hari dalam seminggu harus hari kerja.
err-jenis-berita-ini-sudah-tidak = Jenis berita ini sudah tidak dipakai.
err-jenis-berita-tidak-dikenal = Jenis berita tidak dikenal.
err-jenis-berita-ini-sudah-ada = Jenis berita ini sudah ada.
err-jenis-berita-tidak-ditemukan = Jenis berita tidak ditemukan.
err-berkas-tidak-ditemukan = Berkas «{ $shown }» tidak ditemukan.
err-bukan-berkas = «{ $shown }» bukan berkas.
err-berkas-terlalu-besar-batasnya-200 = Berkas «{ $name }» terlalu besar ({ $meta_len }). Batasnya 200 MB.
err-berkas-tidak-dapat-dibaca-sampai = Berkas «{ $name }» tidak dapat dibaca sampai habis: { $e }.
err-berkas-belum-diunggah-atau-sudah = Berkas belum diunggah atau sudah kedaluwarsa; tambahkan lagi.
err-berkas-bukti-belum-diunggah-atau = Berkas bukti belum diunggah atau sudah kedaluwarsa; tambahkan lagi berkasnya.
err-nama-berkas-tersimpan-tidak-sah = Nama berkas tersimpan tidak sah.
err-map-tidak-ada = Map «{ $code }» tidak ada.
err-map-sudah-ditutup-pilih-map = Map { $code } sudah ditutup; pilih map lain atau buka kembali map itu.
err-map-penuh-dari-pilih-atau = Map { $code } penuh ({ $used } dari { $capacity }); pilih atau buat map lain.
err-daya-tampung-map-harus-1 = Daya tampung map harus 1 sampai 10.000 rilis.
err-map-sudah-ada = Map «{ $trim }» sudah ada.
err-map = Map { $code } { $state }.
err-pengulangan-nomor-harus-tahunan-atau = Pengulangan nomor harus tahunan atau bulanan.
err-tidak-ada-map-terbuka-yang = Tidak ada map terbuka yang masih muat; buat map baru di Arsip.
err-seri-nomor-arsip-tidak-ada = Seri nomor arsip «{ $code }» tidak ada.
err-seri-tidak-ada = Seri «{ $code }» tidak ada.
err-rilis-belum-ditayangkan-catat-penayangannya = Rilis { $agenda_no } belum ditayangkan; catat penayangannya atau tandai tidak ditayangkan.
err-rilis-sudah-diarsipkan = Rilis { $agenda_no } sudah diarsipkan.
err-rilis-belum-diparaf-belum-dapat = Rilis { $agenda_no } belum diparaf; belum dapat diberi nomor arsip.
err-rilis-belum-diarsipkan = Rilis { $agenda_no } belum diarsipkan.
err-adalah-stok-avery-bawaan-beri = «{ $name }» adalah stok Avery bawaan; beri stok sendiri nama lain.
err-stok-label-sendiri-tidak-ada = Stok label sendiri «{ $trim }» tidak ada.
err-foto-rusak-atau-terpotong = Foto «{ $name }» rusak atau terpotong.
err-foto-berukuran-piksel-megapiksel-batasnya = Foto «{ $name }» berukuran { $width } × { $height } piksel ({ $v__000_000 } megapiksel); batasnya 100 megapiksel.
err-foto-terlalu-besar-untuk-dibuka = Foto «{ $name }» terlalu besar untuk dibuka: lebih dari { $v__000_000 } MB setelah diurai. Simpan ulang dengan ukuran lebih kecil.
err-peran-tidak-dikenal-pilih-kasi = Peran «{ $s }» tidak dikenal; pilih Kasi, Kadis, Kabid, Operator, Arsiparis, Admin, Reporter, Tim Media Center, Tim Pengolah, Sekretaris atau Staf.
err-status-tidak-dikenal = Status «{ $s }» tidak dikenal.
err-kode-unit-tidak-boleh-berisi = Kode unit tidak boleh berisi spasi.
err-pengguna-pertama-harus-berperan-admin = Pengguna pertama harus berperan Admin.
err-buat-pin-untuk-admin-4 = Buat PIN untuk Admin (4 sampai 12 angka).
err-profil-kantor-hilang = Profil kantor hilang.
err-profil-kantor-sudah-dibuat = Profil kantor sudah dibuat.
err-profil-kantor-belum-dibuat = Profil kantor belum dibuat.
err-folder-tidak-ditemukan = Folder «{ $folder_display }» tidak ditemukan.
err-tidak-dapat-ditulis = «{ $dest_display }» tidak dapat ditulis: { $err }.
err-berkas-bukti-itu-tidak-ada = Berkas bukti itu tidak ada pada rilis { $agenda_no }.
err-sudah-ada-tidak-ditimpa-pilih = «{ $dest_display }» sudah ada; tidak ditimpa. Pilih nama lain.
err-rilis-tidak-memiliki-berkas-bukti = Rilis { $agenda_no } tidak memiliki berkas bukti untuk disimpan.
err-pilih-sedikitnya-satu-rilis-untuk = Pilih sedikitnya satu rilis untuk diparaf.
err-paraf-kertas-hanya-dari-kadis = Paraf kertas hanya dari Kadis atau Kabid.
err-pindaian-paraf-harus-foto-atau = Pindaian paraf harus foto atau PDF.
err-rilis-menunggu-paraf-belum-dapat = Rilis { $agenda_no } menunggu paraf { $role }; { $name } ({ $role2 }) belum dapat memaraf.
err-rilis-sudah-diparaf-oleh-paraf = Rilis { $agenda_no } sudah diparaf { $role } oleh { $name } ({ $when }); paraf { $name2 } tidak dicatat.
err-rilis-tidak-ada-paraf-yang = Rilis { $agenda_no } { $to_lowercase }; tidak ada paraf yang dapat dicabut.
err-lengkapi-dahulu-atau-kembalikan-dengan = { $message } Lengkapi dahulu atau kembalikan dengan alasan.
err-pilih-sedikitnya-satu-rilis-untuk-2 = Pilih sedikitnya satu rilis untuk diperiksa.
err-tuliskan-paraf-pada-bidang-paraf = Tuliskan paraf pada bidang paraf.
err-belum-ada-paraf-tersimpan-tuliskan = Belum ada paraf tersimpan; tuliskan paraf Anda.
err-ukuran-bidang-paraf-tidak-wajar = Ukuran bidang paraf tidak wajar.
err-gambar-paraf-bukan-png-yang = Gambar paraf bukan PNG yang sah.
err-bidang-paraf-masih-kosong-tuliskan = Bidang paraf masih kosong; tuliskan paraf Anda.
err-data-goresan-paraf-tidak-sah = Data goresan paraf tidak sah.
err-rilis-belum-diperiksa-kasi-paraf = Rilis { $no } belum diperiksa Kasi; paraf menunggu pemeriksaan.
err-rilis-sudah-tidak-menunggu-paraf = Rilis { $no } sudah { $to_lowercase }; tidak menunggu paraf.
err-paraf-pada-rilis-bukan-paraf = Paraf #{ $paraf_id } pada rilis { $agenda_no } bukan paraf kertas.
err-paraf-tidak-ditemukan = Paraf #{ $paraf_id } tidak ditemukan.
err-paraf-kertas-pada-rilis-dicatat = Paraf kertas pada rilis { $agenda_no } dicatat atas nama orang lain; hanya dia yang dapat mengonfirmasinya.
err-rilis-sudah-paraf-tidak-dapat = Rilis { $agenda_no } sudah { $to_lowercase }; paraf tidak dapat lagi disangkal di PressDesk. Hubungi Kasi untuk koreksi tertulis.
err-paraf-kertas-pada-rilis-sudah = Paraf kertas pada rilis { $agenda_no } sudah Anda tanggapi.
err-paraf-kertas-pada-rilis-sudah-2 = Paraf kertas pada rilis { $agenda_no } sudah dicabut.
err-rilis-tidak-sedang-dikembalikan-ke = Rilis { $agenda_no } tidak sedang dikembalikan ke pengirim; tidak ada yang dikirim ulang.
err-jalur-tidak-diizinkan-keluar-dari = Jalur «{ $name }» tidak diizinkan: keluar dari folder yang sah.
err-berkas-tidak-ditemukan-2 = Berkas «{ $path_display }» tidak ditemukan.
err-jalur-berada-di-luar-folder = Jalur «{ $path_display }» berada di luar folder data PressDesk; tidak diizinkan.
err-folder-data-tidak-bernama = Folder data tidak bernama.
err-sebutkan-tahun-dan-bulan-atau = Sebutkan tahun (dan bulan), atau tanggal awal dan akhir.
err-periode-laporan-tidak-sah = Periode laporan tidak sah.
err-bulan-tidak-sah-pilih-1 = Bulan «{ $month }» tidak sah; pilih 1 sampai 12.
err-tanggal-akhir-tidak-boleh-sebelum = Tanggal akhir tidak boleh sebelum tanggal awal.
err-pin-harus-4-sampai-12 = PIN harus 4 sampai 12 angka.
err-berkas-tidak-ada-2 = Berkas { $sha } tidak ada.
err-situs-ini-sudah-ada = Situs ini sudah ada.
err-situs-terakhir-yang-dipakai-tidak = Situs terakhir yang dipakai tidak dapat dimatikan; tambahkan situs lain dulu.
err-alamat-bukan-url-http-atau = Alamat «{ $url }» bukan URL http atau https yang sah.
err-waktu-tayang-tidak-boleh-di = Waktu tayang tidak boleh di masa depan.
err-pilih-situs-tempat-rilis-ditayangkan = Pilih situs tempat rilis ditayangkan.
err-alamat-ini-sudah-dicatat-untuk = Alamat ini sudah dicatat untuk situs yang sama.
err-situs-web-tidak-ditemukan = Situs web tidak ditemukan.
err-rilis-hanya-rilis-yang-disetujui = Rilis { $agenda_no } { $to_lowercase }; hanya rilis yang disetujui yang ditayangkan.
err-rilis-hanya-rilis-disetujui-yang = Rilis { $agenda_no } { $to_lowercase }; hanya rilis disetujui yang belum tayang dapat ditandai.
err-waktu-diterima-wajib-diisi = Waktu diterima wajib diisi.
err-waktu-diterima-hanya-dapat-diperbaiki = Waktu diterima hanya dapat diperbaiki di dalam tahun { $agenda_year }: nomor agenda { $no } tetap.
err-rilis-tidak-ditemukan = Rilis «{ $uid }» tidak ditemukan.
err-rilis-sudah-dan-tidak-dapat = Rilis { $no } sudah { $to_lowercase } dan tidak dapat diubah lagi.
err-bukti-tidak-ada-pada-rilis = Bukti { $sha } tidak ada pada rilis ini (atau sudah dilepas).
err-berkas-sudah-menjadi-bukti-rilis = Berkas «{ $name }» sudah menjadi bukti rilis ini.
err-rilis-tidak-ditemukan-di-buku = Rilis «{ $key }» tidak ditemukan di Buku Agenda.
err-penanda-halaman-tidak-sah = Penanda halaman tidak sah.
err-bulan-atau-tahun-tidak-sah = Bulan atau tahun tidak sah.
err-berkas-tidak-dapat-dicatat-sebagai = Berkas «{ $name }» ({ $mime }) tidak dapat dicatat sebagai { $kind }.
err-langkah-dicatat-di-layarnya-sendiri = Langkah { $act } dicatat di layarnya sendiri.
err-pilih-reporter-yang-meliput = Pilih reporter yang meliput.
err-reporter-tidak-dikenal = Reporter tidak dikenal.
err-liputan-rilis-ditugaskan-kepada-reporter = Liputan rilis { $agenda_no } ditugaskan kepada reporter lain.
err-rilis-sudah-hanya-rilis-yang = Rilis { $agenda_no } sudah { $to_lowercase }; hanya rilis yang belum diparaf Kadis dapat ditarik.
err-format-tidak-dikenal-pilih-csv = Format «{ $other }» tidak dikenal; pilih csv atau xlsx.
err-gambar-kecil-tidak-ada = Gambar kecil { $sha } tidak ada.
err-basis-data-di-belum-disiapkan = Basis data di { $place } belum disiapkan untuk PressDesk: jalankan pressdesk-cli server init.
err-nama-desk-harus-huruf-kecil = Nama desk «{ $name }» harus huruf kecil, angka atau _, diawali huruf, paling banyak 24 karakter (misalnya kasi, kadis, arsip_2).
err-desk-tidak-ada-login = Desk «{ $name }» tidak ada (login { $login }).
err-desk-sudah-ada-login-hapus = Desk «{ $name }» sudah ada (login { $login }). Hapus dulu dengan server desk remove.
err-folder-tidak-berisi-data-pressdesk = Folder { $from_display } tidak berisi data PressDesk.
err-isi-alamat-server-nama-atau = Isi alamat server (nama atau IP).
err-port-server-antara-1-dan = Port server antara 1 dan 65535.
err-isi-nama-basis-data-kantor = Isi nama basis data kantor.
err-isi-login-desk-dari-admin = Isi login desk dari admin server.
err-sebutkan-berkas-sertifikat-ca-kantor = Sebutkan berkas sertifikat CA kantor untuk TLS terverifikasi.
err-pilih-cara-sambungan-tls = Pilih cara sambungan TLS.
err-login-bukan-login-desk-minta = Login «{ $login }» bukan login desk. Minta admin server membuatnya dengan pressdesk-cli server desk add NAMA.
err-keyring-sistem-tidak-dapat-dipakai = Keyring sistem tidak dapat dipakai ({ $other }); kata sandi tidak disimpan di berkas biasa. Masuklah ke desktop dengan keyring aktif (GNOME Keyring/KWallet).
err-nama-basis-data-harus-huruf = Nama basis data «{ $name }» harus huruf kecil, angka atau _, diawali huruf, paling banyak 24 karakter (nama login dibuat darinya).
err-logo-kop-surat-dipasang-nanti = Logo kop surat dipasang nanti dari aplikasi, bukan saat menyiapkan server.
err-sop-tidak-dikenal = SOP «{ $code }» tidak dikenal.
err-server-ini-sudah-disiapkan-profil = Server ini sudah disiapkan: profil kantor sudah ada di basis data ini.
err-langkah-perlu-sedikitnya-satu-peran = Langkah { $seq } perlu sedikitnya satu peran.
err-langkah-sop-tidak-dapat-ditambah = Langkah SOP tidak dapat ditambah, dihapus atau diurutkan ulang; ubah nama, peran atau mutu bakunya.
err-petugas-tidak-dikenal = Petugas tidak dikenal.
err-alamat-server-tidak-sah = Alamat server «{ $url }» tidak sah: { $why }
err-server-ada-di-komputer-lain = Server ada di komputer lain: sambungan wajib TLS. Tambahkan ?sslmode=verify-full&sslrootcert=/jalur/ca-kantor.crt (atau sslmode=require bila kantor belum mempunyai CA).
err-berkas-ca-tidak-dapat-dibaca = Berkas CA «{ $ca }» tidak dapat dibaca: { $e }
err-isi-berkas-tidak-cocok-dengan = Isi berkas tidak cocok dengan SHA-256-nya ({ $got }, bukan { $sha }).
err-isi-berkas-sudah-tersimpan-di = Isi berkas { $sha } sudah tersimpan di server.
err-data-yang-sama-baru-saja = Data yang sama baru saja disimpan oleh desk lain ({ $unik }); tidak ada yang tersimpan.
err-basis-data-server-memakai-skema = Basis data server memakai skema versi { $version }, lebih baru dari yang dikenal PressDesk ini (versi { $known_version }). Perbarui PressDesk di komputer ini sebelum memakainya.
err-skema-server-di-versi-lebih = Skema server di { $place } (versi { $found }) lebih lama dari PressDesk ini (versi { $known_version }): admin menjalankan pressdesk-cli server migrate lebih dulu.
err-mutu-baku-tidak-dikenal-tulis = Mutu baku «{ $trim }» tidak dikenal; tulis misalnya 7 menit, 3 jam, 2 hari, 1 bulan, H-1, H+1 atau - (tanpa mutu baku).
err-mutu-baku-harus-lebih-dari = Mutu baku harus lebih dari nol.
err-pin-pengguna-di-server-kantor = PIN pengguna { $role } di server kantor hanya dapat dibuat oleh Admin yang memasukkan PIN-nya dalam dua menit terakhir: keluar, masuk lagi dengan PIN Admin, lalu ulangi.
err-tuliskan-kepala-rantai-audit-yang = Tuliskan kepala rantai audit yang tercetak: paling sedikit 16 karakter heksadesimal.
err-tidak-bertugas-pada-langkah = { $role } tidak bertugas pada langkah { $seq } «{ $name }» ({ $code }).
err-rilis-sedang-pada-langkah-belum = Rilis { $no } sedang pada langkah { $seq } «{ $name }»; belum waktunya { $to_lowercase }.
err-rilis-sudah-tidak-ada-langkah = Rilis { $no } sudah { $to_lowercase }; tidak ada langkah { $to_lowercase2 } yang menunggu.
err-tidak-berwenang-pada-langkah-dalam = { $name } ({ $role }) tidak berwenang pada langkah { $to_lowercase } dalam { $code }.
err-rilis-tidak-ditemukan-2 = Rilis «{ $key }» tidak ditemukan.
err-sop-tidak-dikenal-pilih-sop = SOP «{ $code }» tidak dikenal; pilih SOP-004, SOP-001, SOP-003 atau SOP-000.
err-versi-sop-tidak-ditemukan = Versi SOP tidak ditemukan.
err-templat-sop-tidak-punya-versi = Templat SOP tidak punya versi.
err-rilis-diparaf = { $agenda_nos_len } rilis diparaf: { $to_lowercase }.
err-paraf-kertas-pada-rilis-dicatat-2 = Paraf kertas { $name } pada rilis { $no } dicatat.
err-paraf-pada-rilis-dicabut = Paraf pada rilis { $no } dicabut.
err-rilis-sudah-pemeriksaan-tidak-dapat = Rilis { $no } sudah { $to_lowercase }; pemeriksaan tidak dapat diubah.
err-rilis-sudah-dikembalikan-dan-menunggu = Rilis { $no } sudah dikembalikan dan menunggu perbaikan pengirim; setelah diperbaiki, kirim ulang ke pemeriksaan.
err-rilis-belum-lengkap = Rilis { $no } belum lengkap: { $missing_join }.
err-rilis-lengkap-dan-dikirim-ke = { $agenda_nos_len } rilis lengkap dan dikirim ke antrean paraf Kadis: { $agenda_nos_join }.
err-rilis-dikembalikan = { $agenda_nos_len } rilis dikembalikan ({ $agenda_nos_join }): { $reason }
err-keluarkan-dari-pilihan-atau-kembalikan = { $message } Keluarkan dari pilihan atau kembalikan dengan alasan.
err-paraf-kertas-pada-rilis-dikonfirmasi = Paraf kertas pada rilis { $no } dikonfirmasi.
err-paraf-kertas-pada-rilis-ditandai = Paraf kertas pada rilis { $no } ditandai bukan paraf Anda; rilis kembali menunggu paraf dan Kasi diminta memperbaikinya.
err-lebar-urutan-tidak-sah-gunakan = Lebar urutan «{ $w }» tidak sah; gunakan 1 sampai 6.
err-format-nomor-arsip-wajib-diisi = Format nomor arsip wajib diisi.
err-kurung-kurawal-tidak-ditutup = Kurung kurawal tidak ditutup.
err-nomor-arsip-tidak-ada-atau = Nomor arsip «{ $number }» tidak ada atau sudah dibatalkan.
err-tidak-ada-berkas-baru-yang = Tidak ada berkas baru yang disimpan ke { $folder_display }.
err-berkas-disimpan-ke = { $saved_len } berkas disimpan ke { $folder_display }.
err-sudah-ada-di-folder-itu = { $kept_len } sudah ada di folder itu dan tidak ditimpa: { $kept_join }.
err-berkas-tersimpan-hilang-dari-folder = berkas tersimpan { $sha } hilang dari folder data
err-berkas-asli-di-folder-data = berkas asli «{ $name }» di folder data berubah (SHA-256 tidak cocok); tidak disimpan. Jalankan pemeriksaan keutuhan data.
err-sslmode-tidak-dikenal = sslmode «{ $other }» tidak dikenal
err-pengaturan-tls-gagal = Pengaturan TLS gagal: { $e }
err-server-menolak-login-kata-sandi = Server { $place } menolak login: kata sandi salah atau login desk tidak ada (lagi).
err-server-tidak-mengizinkan-login-ini = Server { $place } tidak mengizinkan login ini dari komputer ini (pg_hba.conf): { $msg }
err-basis-data-tidak-ada-di = Basis data tidak ada di server { $place }: { $msg }
err-server-menolak-login-ini-tidak = Server menolak: login ini tidak berhak ({ $msg }).
err-server-menolak = Server menolak: { $msg }.
err-server-tidak-dapat-dihubungi-periksa = Server { $place } tidak dapat dihubungi ({ $io }). Periksa alamat, port, jaringan dan apakah PostgreSQL berjalan.
err-sambungan-tls-ke-gagal-periksa = Sambungan TLS ke { $place } gagal ({ $s }). Periksa sertifikat server dan berkas CA.
err-sambungan-ke-server-terputus = Sambungan ke server { $place } terputus.
err-server-tidak-menjawab-waktu-habis = Server { $place } tidak menjawab (waktu habis).
err-kolom-tidak-ada = kolom { $i } tidak ada
err-sambungan-ke-server-kantor-terputus = Sambungan ke server kantor terputus ({ $message }); tidak ada yang tersimpan. Coba lagi.
err-server-menolak-2 = Server menolak: { $message }.
err-kueri-tidak-memberi-baris = kueri tidak memberi baris
err-sambungan-terlindungi-tls = Sambungan terlindungi TLS.
err-sambungan-tanpa-tls-server-di = Sambungan tanpa TLS (server di komputer ini).
err-profil-kantor-belum-ada = Profil kantor belum ada.
err-login-ini-login-desk-anggota = Login ini login desk (anggota peran aplikasi).
err-login-ini-bukan-login-desk = Login ini bukan login desk: pakai hanya untuk server init dan desk.
err-kepala-rantai-server-tidak-sama = Kepala rantai server tidak sama dengan peristiwa terakhir.
err-sudah-tercatat-sebagai-hapus-dulu = { $date } sudah tercatat sebagai «{ $name }»; hapus dulu bila ingin menggantinya.
err-berkas-lebih-dari-baris = berkas lebih dari { $max_lines } baris.
err-tidak-dapat-dibaca = tidak dapat dibaca ({ $e }).
err-sudah-ada-di-baris = { $date } sudah ada di baris { $earlier }.
err-jam-kerja-hari-ke-tidak = jam kerja hari ke-{ $day } tidak sah
err-tanggal-hari-libur-tidak-sah = tanggal hari libur tidak sah: { $date }
err-tidak-ada-yang-diubah = Tidak ada yang diubah.
err-belum-ada-bukti-multimedia = belum ada bukti multimedia
err-berkas-yang-sama-sudah-tersimpan = Berkas yang sama sudah tersimpan sebagai bukti agenda { $seq }; disimpan sekali saja.
err-berkas-bukan-foto-jpeg-png = Berkas «{ $name }» bukan foto (JPEG, PNG, WebP), video (MP4, MOV, WebM, AVI) atau PDF yang dikenali; isinya tidak cocok dengan formatnya.
err-berkas-pdf-terpotong-atau-rusak = Berkas PDF «{ $name }» terpotong atau rusak.
err-bukti-menunjuk-ke-rilis-yang = { $orphans } bukti menunjuk ke rilis yang tidak ada.
err-berkas-telah-berubah-sha-256 = Berkas { $sha } telah berubah (SHA-256 tidak cocok).
err-berkas-tersimpan-tidak-dipakai-oleh = { $orphans } berkas tersimpan tidak dipakai oleh rekaman mana pun.
err-nomor-agenda-tidak-berurutan-rilis = Nomor agenda { $year } tidak berurutan: { $n } rilis, nomor { $min } sampai { $max }.
err-agenda-tidak-ada-jejak-audit = Agenda { $no }: tidak ada jejak audit pendaftarannya.
err-agenda-isi-rekaman-berbeda-dengan = Agenda { $no }: isi rekaman berbeda dengan yang tercatat di jejak audit (diubah di luar PressDesk).
err-pemeriksaan-gagal = pemeriksaan gagal
err-ada-rujukan-yang-menunjuk-ke = Ada rujukan yang menunjuk ke baris yang tidak ada.
err-baris-tidak-terbaca = baris { $no }: tidak terbaca ({ $e })
err-baris-kode-sudah-ada-di = baris { $no }: kode { $code } sudah ada di baris sebelumnya
err-baris-2 = baris { $no }: { $trim_end_matches }
err-perlu-5-atau-6-kolom = perlu 5 atau 6 kolom (kode, nama, aktif, inaktif, keterangan akhir, keamanan), ada { $record_len }
err-kode-tidak-sah = kode «{ $field }» tidak sah
err-nama-kode-kosong-atau-lebih = nama kode kosong atau lebih dari 200 huruf
err-berkas-tidak-ada-di-folder = berkas { $sha } tidak ada di folder ({ $e }); jalankan verify
err-pemindahan-tidak-cocok = pemindahan tidak cocok: { $what }
err-di-folder-di-server = { $table }: { $here } di folder, { $there } di server
err-rantai-audit-kepala-di-server = rantai audit: { $faults_join } (kepala { $server_head } di server, { $head } di folder)
err-berkas-hilang-atau-bukan-berkas = Berkas { $sha } hilang atau bukan berkas biasa di folder data; cadangan dibatalkan. Jalankan Periksa keutuhan data.
err-berkas-tersimpan-telah-berubah-sha = Berkas tersimpan { $name } telah berubah (SHA-256 tidak cocok); cadangan dibatalkan. Jalankan Periksa keutuhan data.
err-basis-data-berasal-dari-versi = basis data berasal dari versi PressDesk yang lebih baru (skema { $current })
err-jejak-audit-rantai-terputus-hash = Jejak audit #{ $id }: rantai terputus (hash sebelumnya tidak cocok).
err-mutu-baku-tidak-sah = mutu baku { $kind } { $amount } tidak sah
err-jenis-mutu-baku-tidak-dikenal = jenis mutu baku «{ $kind }» tidak dikenal
err-berkas-kosong-0-bita = Berkas «{ $name }» kosong (0 bita).
err-berkas-terlalu-besar-batasnya-200-2 = Berkas «{ $name }» terlalu besar ({ $size }). Batasnya 200 MB.
err-tersambung-sebagai-ke-postgresql = Tersambung sebagai { $login } ke PostgreSQL { $server_version }.
err-skema-pressdesk-versi-pressdesk-ini = Skema PressDesk versi { $schema_version } (PressDesk ini mengenal versi { $known_version }).
err-desk-lain-sedang-mengubah-data = Desk lain sedang mengubah data yang sama pada saat yang sama; tidak ada yang tersimpan. Coba lagi.
err-kata-sandi-login-desk-tidak = Kata sandi login desk tidak ada di keyring sistem: masukkan lagi di pengaturan server.
err-bagian-ini-belum-dapat-dipakai = Bagian ini belum dapat dipakai dengan server kantor; pakailah di komputer dengan penyimpanan lokal.

## Peristiwa jejak audit
audit-office-setup = Profil kantor dibuat
audit-office-update = Profil kantor diubah
audit-user-add = Pengguna ditambahkan
audit-user-update = Pengguna diubah
audit-news-type-add = Jenis berita ditambahkan
audit-news-type-update = Jenis berita diubah
audit-release-register = Rilis didaftarkan di Buku Agenda
audit-release-check = Diperiksa Kasi, diteruskan ke Kadis
audit-release-return = Dikembalikan Kasi karena belum lengkap
audit-release-edit = Diperbaiki Kasi sebelum paraf
audit-release-resubmit = Dikirim ulang ke pemeriksaan
audit-release-withdraw = Ditarik oleh pengirim
audit-release-paraf = Diparaf
audit-release-revoke = Paraf dicabut Kadis
audit-release-publish = Ditayangkan di website
audit-release-not-published = Ditandai tidak ditayangkan
audit-release-archive = Diberi nomor arsip dan disimpan
audit-release-void-archive-no = Nomor arsip dibatalkan
audit-release-move = Dipindahkan ke map lain
audit-user-pin-reset = PIN diatur ulang
audit-user-locked = Pengguna terkunci (5 kali salah PIN)
audit-user-initials = Paraf disimpan
audit-site-add = Situs ditambahkan
audit-folder-add = Map dibuat
audit-series-update = Format nomor arsip diubah
audit-calendar-hours = Jam kerja diubah
audit-holiday-add = Hari libur ditambahkan
audit-holiday-remove = Hari libur dihapus
audit-holiday-import = Hari libur diimpor dari CSV

err-berkas-satu-kode = Rilis { $agenda_no } berkode { $code }, sedangkan berkas { $number } berkode { $berkas_code }: satu berkas memuat arsip satu kode klasifikasi. Ubah kode rilis itu di rinciannya, atau masukkan ke berkas berkode { $code }.
err-kode-isi-berkas = Rilis { $agenda_no } adalah isi berkas { $number }: kodenya kode berkas itu, yang menentukan retensinya.
err-disposal-lain = Berkas { $number } berketerangan akhir { $has }, bukan { $asked }.
err-disposal-terbuka = Berkas { $number } masih terbuka; tutup dulu pada akhir periodenya.
err-disposal-sudah = Berkas { $number } sudah dicatat: { $label } { $day } (berita acara { $ba }).
err-disposal-belum = Berkas { $number } baru jatuh tempo { $day }.
label-nomor-berita-acara = Nomor berita acara

## catalog: butir daftar periksa format (layar pemeriksaan; juga tercetak di Lembar Press Release)

checklist-kop = Kop surat instansi pengirim
checklist-nomor = Nomor dan tanggal surat pengantar
checklist-perihal = Perihal / judul rilis jelas
checklist-isi = Isi rilis lengkap (5W + 1H)
checklist-ttd = Tanda tangan dan cap pejabat pengirim
checklist-foto = Foto kegiatan asli dan layak tayang
checklist-narahubung = Narahubung yang dapat dihubungi

## workflow: nama tindakan langkah SOP dan galat templat SOP

act-roster = Jadwal piket
act-register = Pencatatan
act-assign = Penugasan
act-submit = Pengiriman bahan
act-write = Penulisan
act-check-paraf = Pemeriksaan dan paraf
act-co-paraf = Paraf bersama
act-verify = Penyuntingan dan verifikasi
act-publish = Penayangan
act-document = Dokumentasi
act-archive = Pengarsipan
act-complete = Penyelesaian
err-act-unknown = jenis langkah «{ $kind }» tidak dikenal
err-sop-no-steps = templat SOP { $code } tidak punya langkah
err-sop-not-chosen = kantor belum memilih SOP
err-sop-lacks-step = SOP { $code } tidak punya langkah { $act }
err-sop-no-filing = SOP { $code } tidak mengarsipkan

## time_standard: mutu baku waktu sebuah langkah

standard-minutes = { $n } menit
standard-hours = { $n } jam
standard-working-days = { $n } hari kerja
standard-month = 1 bulan
standard-months = { $n } bulan
standard-before-event = H-{ $n }
standard-after-event = H+{ $n }
standard-none = menyesuaikan kondisi

## timefmt dan calendar: nama hari dan jam kerja

weekday-mon = Senin
weekday-tue = Selasa
weekday-wed = Rabu
weekday-thu = Kamis
weekday-fri = Jumat
weekday-sat = Sabtu
weekday-sun = Minggu
label-jam-masuk = Jam masuk
label-jam-pulang = Jam pulang
err-day-off-hint = ; kosongkan jam masuk dan jam pulang untuk hari libur.

## filing: letak map, format nomor arsip

location = Lemari { $cabinet } · Laci { $drawer } · Map { $folder }
folder-state-closed = sudah ditutup
folder-state-open = masih terbuka
archive-no-voided = { $number } (dibatalkan: { $reason })
err-template-part-unknown = Bagian «{"{"}{ $token }{"}"}» tidak dikenal.
err-template-needs-seq = Format nomor arsip harus memuat nomor urut, misalnya {"{"}seq:03{"}"}.

## backup: isi cadangan yang rusak (sesudah «Cadangan rusak:») dan galat pencadangan

backup-bad-tag-file = berkas { $name } tidak cocok dengan tagmanifest-sha256.txt.
backup-bad-whole = struktur arsip berubah di luar berkas-berkasnya (SHA-256 keseluruhan tidak cocok).
backup-bad-not-ours = ini bukan berkas cadangan PressDesk atau terpotong.
backup-bad-unreadable = isi arsip tidak terbaca ({ $error }).
backup-bad-not-regular = «{ $name }» bukan berkas biasa (tautan atau folder tidak diizinkan).
backup-bad-path-outside = jalur «{ $name }» keluar dari folder cadangan.
backup-bad-twice = berkas «{ $name }» muncul dua kali.
backup-bad-unknown-file = berkas «{ $name }» tidak dikenal.
backup-bad-too-large = berkas { $name } terlalu besar.
backup-bad-file-unreadable = berkas { $name } tidak terbaca.
backup-bad-missing = berkas { $name } tidak ada.
backup-bad-listed-missing = berkas { $name } tercantum di manifes tetapi tidak ada.
backup-bad-manifest-mismatch = berkas { $name } tidak cocok dengan manifes.
backup-bad-name-mismatch = berkas { $name } tidak cocok dengan namanya.
backup-bad-not-listed = berkas { $name } tidak tercantum di manifes.
backup-bad-file-count = bag-info.txt mencatat { $listed } berkas, arsip berisi { $files }.
backup-bad-no-db = basis data data/pressdesk.db tidak ada.
backup-bad-db-check = pemeriksaan basis data gagal: { $fault }
backup-bad-audit-head = kepala rantai audit atau jumlah rekaman tidak sama dengan bag-info.txt.
backup-no-session = cadangan server tanpa sesi server
backup-server-references = rujukan antartabel di server tidak utuh; cadangan dibatalkan
backup-size-changed = berkas { $name } berukuran { $wrote } bita, seharusnya { $size }; cadangan dibatalkan
backup-into-server = { $db } di { $place }

## sql: galat server basis data dan isi yang rusak

server-local-socket = { $path } (soket lokal)
server-no-db-name = nama basis data tidak disebut (…/NAMA_BASIS_DATA)
server-db-error = Kesalahan server basis data ({ $code }): { $msg }
server-connection-error = Kesalahan sambungan ke server { $place }: { $text }
server-file-damaged = isi berkas { $sha } di server rusak: { $what }
server-file-size = { $total } bita, seharusnya { $size }
server-files-only = isi berkas di basis data hanya untuk server kantor
server-migration-failed = Migrasi server { $name } gagal: { $error }
server-column-unreadable = kolom { $i } ({ $ty }) tidak terbaca: { $error }
server-office = server kantor
server-session-lost = sesi server hilang
server-number-range = bilangan { $n } di luar jangkauan
server-column-type = kolom berisi { $got }, bukan { $wanted }

## archive: keterangan akhir, pemindahan dan pemusnahan, judul yang disamarkan

masked-title = [{ $level }] Isi tidak dapat dibuka
disposition-musnah = Musnah
disposition-dinilai-kembali = Dinilai kembali
disposition-permanen = Permanen
disposal-done-pindah = Dipindahkan ke unit kearsipan
disposal-done-musnah = Dimusnahkan
disposal-done-permanen = Diserahkan ke Lembaga Kearsipan Daerah
disposal-done-dinilai-kembali = Dinilai kembali
import-bad-years = retensi { $what } «{ $value }» bukan jumlah tahun 0–100
berkas-item-unreadable = isi berkas yang baru ditambahkan tidak terbaca

## verify, audit, fingerprint: temuan pemeriksaan keutuhan

verify-event-changed = Jejak audit #{ $id }: isi peristiwa telah diubah.
verify-file-missing = Berkas { $sha } hilang dari folder data.
verify-file-damaged = Berkas { $sha }: { $what }.
verify-sqlite-damaged = Basis data rusak menurut SQLite: { $detail }
fingerprint-bad-value = nilai { $value } tidak semestinya ada pada kolom sidik rilis
fingerprint-short-row = baris rilis tidak lengkap untuk sidiknya

## penyimpanan: folder data, berkas, PIN, pemulihan yang disiapkan, pemindahan ke server

migration-broke-references = migrasi { $n } merusak rujukan antartabel
files-sync-failed = sinkronisasi folder gagal
path-not-regular = «{ $path }» bukan berkas biasa (tautan simbolik atau folder); tidak diikutkan.
restore-marker-damaged = penanda pemulihan «{ $path }» rusak
pin-params-unreadable = parameter PIN dari server tidak dapat dibaca
file-changed-before-saved = berkas { $sha } berubah sebelum disimpan
stored-time-invalid = waktu tersimpan tidak sah: { $value }
evidence-kind-unknown = jenis bukti «{ $kind }» tidak dikenal
paper-paraf-scan = Pindaian paraf kertas
server-check-office = Kantor: { $name }.
move-still-open = PressDesk masih terbuka pada folder ini: tutup aplikasinya dulu, lalu pindahkan.

## sop dan laporan waktu layanan

sop-office-missing = SOP kantor hilang
sop-no-deciding-paraf = SOP { $code } tanpa paraf penentu
console-no-user = Konsol (tanpa pengguna)
sop-version-n = versi { $n }

## print: kertas, stok label dan geser cetak (galat di layar; dokumennya tetap berbahasa Indonesia)

paper-unknown = Ukuran kertas «{ $value }» tidak dikenal; pilih A4 atau F4.
pdf-failed = gagal menyusun PDF: { $error }
stock-unknown = Stok label «{ $name }» tidak dikenal; pilih { $known } atau isi ukuran label sendiri.
stock-name-required = Nama stok label wajib diisi, paling panjang 40 huruf.
stock-size-invalid = Ukuran stok label «{ $name }» tidak sah: label paling kecil 5 × 5 mm, margin dan jarak tidak boleh negatif.
stock-grid-invalid = Stok label «{ $name }»: kolom 1–50 dan baris 1–100.
stock-does-not-fit = Stok label «{ $name }» tidak muat di kertas { $paper }: susunan labelnya { $width } × { $height } mm, kertasnya { $pw } × { $ph } mm.
stock-start-too-far = Label mulai ke-{ $start } melebihi { $n } label pada satu lembar.
offset-too-far = Geser cetak paling jauh { $max } mm ke tiap arah.
xlsx-failed = gagal menyusun XLSX: { $error }
csv-failed = gagal menyusun CSV: { $error }

## job: tahap pekerjaan panjang (mencetak) yang dilaporkan di layar

progress-preparing = Menyiapkan dokumen…
progress-reading-ledger = Membaca Buku Agenda…
progress-reading-record-book = Membaca buku catatan…
progress-layout = Menyusun halaman…
progress-closing-pdf = Menutup berkas PDF…

## galat lain yang jarang: pustaka, pembangkit acak, pemindahan ke server, label kosong

err-library = { $library }: { $error }
random-failed = pembangkit acak: { $error }
move-vacuum-failed = VACUUM setelah pemindahan: { $error }
move-circular-references = rujukan antartabel melingkar: { $tables }
restore-cannot-finish = pemulihan tidak dapat diselesaikan: folder «{ $restored }» tidak ada; data sebelumnya ada di «{ $aside }»
labels-no-numbers = Tidak ada nomor arsip untuk dicetak.
labels-no-folders = Tidak ada map untuk dicetak labelnya.

## model: nama peran, status, keputusan paraf dan jenis bukti

role-kasi = Kasi
role-kadis = Kadis
role-kabid = Kabid
role-operator = Operator Website
role-archivist = Arsiparis
role-admin = Admin
role-reporter = Reporter/Kontributor
role-media-team = Tim Media Center
role-processor = Tim Pengolah
role-secretary = Sekretaris
role-staff = Staf
status-registered = Terdaftar
status-initialed = Diparaf
status-approved = Disetujui
status-rejected = Tidak disetujui
status-published = Tayang
status-archived = Diarsipkan
status-withdrawn = Ditarik
decision-approve = Setuju
decision-reject = Tidak setuju
evidence-photo = Foto
evidence-video = Video
evidence-letter = Surat pengantar
