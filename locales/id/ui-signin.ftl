# UI PressDesk — Layar signin. Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/ui-signin.ftl (npm run check, uji inti).

masuk = Masuk
belum-ada-pengguna-aktif-hubungi = Belum ada pengguna aktif. Hubungi Admin.
belum-punya-pin-minta-admin = belum punya PIN — minta Admin membuatkannya
n-4-sampai-12-angka-lima = 4 sampai 12 angka. Lima kali salah mengunci akun selama satu menit.
pilih-pengguna-lain = Pilih pengguna lain
ketik-pin-anda-untuk-masuk = Ketik PIN Anda untuk masuk.
pilih-nama-anda-setiap-tindakan = Pilih nama Anda. Setiap tindakan dicatat atas nama pengguna yang masuk.
signin-pin-digits = PIN terdiri dari 4 sampai 12 angka.
