# PressDesk UI — firstrun messages in English. Every key here is also in locales/id/ui-firstrun.ftl.

selamat-datang-di-pressdesk = Welcome to PressDesk
dan-alur-sop-kantor-anda = { $book } and your office's SOP flow. Before you start, fill in the agency profile and the first administrator. All of it can be changed later in Settings.
tempat-data = Where the data lives
komputer-ini-saja = This computer only
buku-agenda-dan-berkas-disimpan = The agenda book and files are kept on this computer.
server-kantor = Office server
semua-desk-kantor-bekerja-pada = Every desk of the office works on one PostgreSQL server; the server admin has prepared the office.
sop-kantor = Office SOP
prosedur-yang-diikuti-kantor-langkah = The procedure the office follows: its steps, roles and time standards. PressDesk's screens follow this SOP. The admin can choose another SOP or rename its steps, roles and time standards later in Settings → SOP.
administrator-pertama = First administrator
pengguna-ini-berperan = This user has the role
mengatur-profil-pengguna-dan-daftar = : manages the profile, the users and the list of news types.
nomor-induk-pegawai-18-angka = Civil servant number (NIP), 18 digits.
n-4-sampai-12-angka-untuk = 4 to 12 digits, to sign in to PressDesk.
ulangi-pin = Repeat the PIN
kepala-seksi-pengelolaan-informasi = Kepala Seksi Pengelolaan Informasi
simpan-dan-mulai = Save and start
data-kantor-disimpan-di-server = The office's data is kept on the office's PostgreSQL server; each computer uses its own desk login from the server admin (
kata-sandi-disimpan-di-keyring = ). The password is kept in the system keyring, not in a file.
pressdesk-cli-server-desk-add = pressdesk-cli server desk add NAME
alamat-server = Server address
port = Port
basis-data = Database
login-desk = Desk login
kata-sandi-login-desk = Desk login password
sambungan = Connection
tls-wajib = TLS required
tls-dengan-sertifikat-ca-kantor = TLS with the office's CA certificate (verified)
tanpa-tls-server-di-komputer = Without TLS (server on this computer)
berkas-sertifikat-ca-kantor = Office CA certificate file
pakai-server-ini = Use this server
etc-ssl-certs-ca-kantor = /etc/ssl/certs/ca-kantor.crt
menghubungi-server = Contacting the server…
uji-sambungan = Test the connection
langkah = { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    } · { $record_book }

## Messages and labels from the screens' scripts
kedua-pin-tidak-sama-ketik = The two PINs differ. Type the same PIN again.
