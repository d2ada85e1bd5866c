# PressDesk UI — publish messages in English. Every key here is also in locales/id/ui-publish.ftl.

tidak-ditayangkan-2 = Not published
langkah-salin-rilis-yang = Step { $value } · { $code }: copy the releases that are
ke-website = to the website
lalu-catat-alamat-dan-waktu = , then record their address and time online.
menunggu-tayang = { $length } waiting to publish
menunggu-tayang-2 = Waiting to publish
tidak-ada-rilis-disetujui-yang = No approved release is waiting to publish.
ditandai-tidak-ditayangkan = Marked not published
baru-tayang = Just published
menunggu-nomor-arsip = waiting for an archive number
belum-ada-rilis-yang-tayang = No release is published yet.
pilih-rilis-di-sebelah-kiri = Choose a release on the left to copy its content and record its publication.
disetujui-2 = approved
siap-tayang = ready to publish
memuat-antrean-penayangan = Loading the publication queue…
rilis-terpilih = Selected release
diterima-3 = { $sender_org } · { $news_type } · received { $received_display }
judul-dan-isi = Title and body
disalin = ✓ Copied
tidak-dapat-menyalin-pilih-teks = Cannot copy; select the text, then Ctrl+C.
salin-judul-dan-isi = Copy the title and body
rilis-ini-tidak-memuat-ringkasan = This release has no summary/body.
rincian-dan-bukti-foto = Details and photo evidence
tayang-di = Published on
belum-dicatat-tayang-di-situs = Not recorded as published on any site yet.
tidak-ditayangkan-3 = Not published:
belum-ada-situs-web-admin = No websites yet. The Admin can add them in Settings.
waktu-tayang = Time published
alamat-berita-url = News address (URL)
tidak-ditayangkan-4 = Not published…
rilis-yang-disetujui-tetapi-tidak = An approved release that will not be published can be archived by the Archivist at once.
alasan-tidak-ditayangkan = The reason for not publishing
teks-untuk-website = Text for the website
catat-penayangan = Record the publication
catat-di-situs-lain = Record on another site
sudah-dicatat = (already recorded)
diskominfo-example-go-id-berita = diskominfo.example.go.id/berita/… (https:// may be left out)
catat-tayang = Record published
tandai-tidak-ditayangkan = Mark not published

## Messages and labels from the screens' scripts
pilih-situs-tempat-rilis-ditayangkan = Choose the site where the release was published.
tuliskan-alamat-url-berita-di = Write the address (URL) of the news on the website.
rilis-tercatat-tayang-di = Release { $agenda_no } recorded as published on { $site }.
tuliskan-alasan-rilis-ini-tidak = Write why this release is not published.
rilis-ditandai-tidak-ditayangkan-arsiparis = Release { $agenda_no } marked not published; the Archivist can archive it.
