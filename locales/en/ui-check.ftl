# PressDesk UI — check messages in English. Every key here is also in locales/id/ui-check.ftl.

pemeriksaan = Check
langkah-2-periksa-kelengkapan-rilis = Step 2 · { $code }: check that the release is complete, then send it to the Kadis for paraf.
menunggu-pemeriksaan = Waiting for the check
diterima-dari = Received from
sampai = to
kelengkapan = Completeness
lengkap = Complete
belum-lengkap = Incomplete
paraf-kertas = Paper paraf
bila-kadis-atau-kabid-memaraf = If the Kadis or Kabid initials the printed sheet, attach a scan or photo of the initialed sheet to the release waiting for that paraf.
tidak-ada-rilis-yang-menunggu-2 = No release is waiting for paraf.
memuat-antrean-pemeriksaan = Loading the check queue…
saring-antrean-pemeriksaan = Filter the check queue
mis-dinas-kesehatan = e.g. Dinas Kesehatan
tidak-ada-rilis-yang-cocok-2 = No release matches these filters.
tidak-ada-rilis-yang-menunggu-3 = No release is waiting for the check.
pilih-semua = Select all ({ $length })
dipilih = { $length } selected
lengkap-kirim-rilis-ke-kadis = Complete, send { $length ->
        [one] { $length } release
       *[other] { $length } releases
    } to the Kadis
kembalikan-rilis = Return { $length ->
        [one] { $length } release
       *[other] { $length } releases
    }
keluarkan-rilis-berikut-dari-pilihan = Take these releases out of the selection or return them:
tidak-ada-rilis-yang-diperiksa = No release was checked.
alasan-pengembalian-untuk-rilis = The reason for returning { $length ->
        [one] { $length } release
       *[other] { $length } releases
    }
rilis-yang-dipilih-belum-lengkap = { $incomplete } of the selected releases are incomplete
mis-foto-kegiatan-belum-dilampirkan = e.g. The event photos are not attached
dikembalikan = Returned { $at_display }
format-2 = Format { $ticked }/{ $total }
perbaiki = Correct
kirim-ulang = Resubmit
lengkap-kirim-ke-kadis = Complete, send to the Kadis
kembalikan = Return
alasan-pengembalian = The reason for returning
kembalikan-rilis-2 = Return the release
menunggu-perbaikan-pengirim-kirim-ulang = Waiting for the sender's correction: resubmit first
pilih-rilis = Select the release
oleh = by
menunggu-perbaikan-pengirim = · waiting for the sender's correction
kurang = Missing:
butir-format-tata-naskah-dinas = Official format items met
butir-format-atau-bukti-belum = Format items or evidence incomplete
paraf-kertas-yang-disangkal-perbaiki = Disowned paper parafs ({ $length }): correct them with the right scan.
menunggu-paraf = waiting for the paraf of { $waitsFor }
pejabat-yang-memaraf = Official who initialed
pindaian-lembar-yang-diparaf = Scan of the initialed sheet
paraf-kertas-rilis = Paper paraf of the release
memproses-berkas = Processing the file…
seret-foto-atau-pdf-ke = Drag a photo or PDF here
ganti-berkas = Change file…
mencatat = Recording…
catat-paraf-kertas = Record the paper paraf

## Messages and labels from the screens' scripts
rilis-dikirim-ulang-ke-pemeriksaan = Release { $agenda_no } resubmitted for the check.
rilis-lengkap-dan-dikirim-ke = Release { $agenda_no } is complete and sent to the Kadis's paraf queue.
rilis-dikembalikan = Release { $agenda_no } returned: { $trim }
pilih-kadis-atau-kabid-yang = Choose the Kadis or Kabid who initialed.
lampirkan-pindaian-atau-foto-lembar = Attach a scan or photo of the initialed sheet.
