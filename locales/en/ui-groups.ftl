# PressDesk UI — groups messages in English. Every key here is also in locales/id/ui-groups.ftl.

belum-ada-rilis = No releases yet.
menampilkan-terbaru-dari = Showing the { $length } newest of { $formatCount }.
kelompok = Groups
langkah-3-rilis-yang-sudah = Step 3 · { $code }: releases initialed by the Kadis and Kabid, grouped by decision.
per-hari-paraf = By paraf day
belum-ada-rilis-yang-selesai = No release has finished its paraf yet.
disetujui = Approved
tidak-disetujui = Not approved
cetak-kelompok = Print groups
kelompok-setiap-hari-tetap-seperti = Each day's groups stay as the Kadis and Kabid initialed them, also after the releases are published and archived.
memuat-kelompok = Loading the groups…
kelompok-press-release = Press Release Groups
