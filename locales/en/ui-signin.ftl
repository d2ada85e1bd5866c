# PressDesk UI — signin messages in English. Every key here is also in locales/id/ui-signin.ftl.

masuk = Sign in
belum-ada-pengguna-aktif-hubungi = There are no active users yet. Contact the Admin.
belum-punya-pin-minta-admin = has no PIN yet — ask the Admin to make one
n-4-sampai-12-angka-lima = 4 to 12 digits. Five wrong tries lock the account for one minute.
pilih-pengguna-lain = Choose another user
ketik-pin-anda-untuk-masuk = Type your PIN to sign in.
pilih-nama-anda-setiap-tindakan = Choose your name. Every action is recorded in the name of the signed-in user.
signin-pin-digits = A PIN is 4 to 12 digits.
