# PressDesk UI — paraf messages in English. Every key here is also in locales/id/ui-paraf.ftl.

tulis-paraf-di-sini = Write the paraf here
bidang-paraf-90-45-mm = Paraf field, 90 × 45 mm
paraf-kertas-atas-nama-anda = Paper parafs in your name ({ $length })
kasi-mencatat-paraf-berikut-dari = The Kasi recorded these parafs from scans of paper sheets. Confirm when it is truly your paraf; when it is not, mark it "Not my paraf" with the reason: that paraf no longer counts and the release waits for paraf again.
paraf-2 = Paraf of the { $role_label }:
dicatat-oleh = Recorded { $at_display } by { $scanned_by }
alasan-3 = Reason
kirim-bukan-paraf-saya = Send: not my paraf
ya-paraf-saya = Yes, my paraf
bukan-paraf-saya = Not my paraf
pindaian-paraf-rilis = Paraf scan of the release
pindaian-pdf = PDF scan
paraf-3 = Paraf of the { $role_label }
langkah-2-tinjau-rilis-yang = Step 2 · { $code }: review the releases the Kasi has checked, then give your decision and paraf.
langkah-3-turut-memaraf-rilis = Step 3 · { $code }: co-initial the releases the Kadis has decided.
menunggu-paraf-2 = { $length } waiting for paraf
tidak-ada-rilis-yang-menunggu-4 = No release is waiting for your paraf.
pilih-semua-2 = Select all
kadis = Kadis: { $decision_label }
memuat-antrean-paraf = Loading the paraf queue…
rilis-muncul-di-sini-setelah = Releases appear here after the Kasi has checked them.
rilis-muncul-di-sini-setelah-2 = Releases appear here after the Kadis has initialed them.
setuju-kabid-turut-memaraf-keputusan = Approve: the Kabid co-initials the Kadis's decision. Do not approve: the release goes to the not-approved group.
pakai-paraf-tersimpan = { $value }Use the saved paraf
tulis-paraf-baru = Write a new paraf
hapus-coretan = Clear the strokes
simpan-paraf-ini-untuk-dipakai = Save this paraf to use again
ukuran-nyata-90-45-mm = Real size 90 × 45 mm; the paraf prints this large on the release sheet.
lanjut-periksa-rilis = Next: review { $count ->
        [one] { $count } release
       *[other] { $count } releases
    }
pin-diminta-setelah-anda-memeriksa = The PIN is asked after you review this paraf summary.
rilis-akan-diparaf = { $count ->
        [one] { $count } release
       *[other] { $count } releases
    } will be initialed.
setuju-2 = Approve:
tidak-setuju-2 = Do not approve:
keputusan-kadis-atas-rilis-ini = The Kadis's decisions on these releases: approve { $approve }, not approve { $reject }.
setiap-paraf-dikonfirmasi-dengan-pin = Every paraf is confirmed with your PIN.
centang-rilis-di-antrean-untuk = Tick releases in the queue to initial them.
keputusan-2 = Decision:
untuk-rilis-terpilih = for { $count } selected releases.
pilih-keputusan-setuju-atau-tidak = Choose a decision: approve or not approve.
paraf-kabid = Kabid's paraf
keputusan-dan-paraf-kadis = Kadis's decision and paraf
alasan-tidak-disetujui = The reason for not approving
paraf-tersimpan = Saved paraf
memaraf = Initialing…
paraf-rilis = Initial { $count ->
        [one] { $count } release
       *[other] { $count } releases
    }
sebelumnya-2 = Previous
rilis-dari = Release { $position } of { $total }
berikutnya-2 = Next
tombol = Keys
berpindah-antar-rilis = move between releases.
memuat-rilis = Loading the release…
surat-pengantar = Cover letter
dari-butir-terpenuhi = { $length } of { $length2 ->
        [one] { $length2 } item
       *[other] { $length2 } items
    } met
ringkasan = Summary
buka-rincian-lengkap = Open the full details
rilis-sebelumnya = Previous release
terpilih = selected
di-antrean = in the queue
rilis-berikutnya = Next release

## Messages and labels from the screens' scripts
bidang-paraf-belum-siap = The paraf field is not ready.
gambar-paraf-tidak-dapat-dibuat = The paraf picture cannot be made.
masukkan-pin-anda = Enter your PIN.
nomor-agenda-2 = Agenda numbers: { $join }.
pilih-sedikitnya-satu-rilis-di = Choose at least one release in the queue to initial.
bidang-paraf-masih-kosong-tuliskan = The paraf field is empty; write your paraf.
ketik-pin-anda-untuk-memaraf = Type your PIN to initial.
