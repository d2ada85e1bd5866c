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
