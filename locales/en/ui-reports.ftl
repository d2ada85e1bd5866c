# PressDesk UI — reports messages in English. Every key here is also in locales/id/ui-reports.ftl.

periode-laporan = Report period
periode = Period
rentang-tanggal = Date range
dari-tanggal = From date
sampai-tanggal = To date
belum-ada-rilis-yang-tayang-2 = No release was published in this period.
penayangan-di-situs = { $length } publications on { $sites } sites
tayang-2 = Published
alamat-url = Address (URL)
operator = Operator
laporan = Reports
waktu-tiap-langkah-sop-dan = { $book }, the time of each SOP step, and the published releases.
buku-agenda-cetak-lanskap-a4 = The printed agenda book: landscape A4 or F4, letterhead, the Kadis's and Kabid's paraf, archive numbers and their locations.
buku-catatan-versi-lanskap-a4 = Record book { $code } version { $version }: landscape A4 or F4, letterhead, each record with the time and officer of every step, the sites published and remarks; the SOP version is in the title.
pratinjau-dan-cetak = Preview and print
ekspor-csv = Export CSV
ekspor-xlsx = Export XLSX
laporan-waktu-sop = SOP time report
pratinjau-pdf = PDF preview
laporan-waktu-sop-disusun-per = The SOP time report is made per month or per year; choose the period Month or Year.
waktu-penanganan-dihitung-sejak-langkah = Handling time counts from when the officer takes up the step; waiting in the queue and at the sender is shown apart.
dikembalikan-ke-pengirim-dikirim-ulang = Returned to the sender { $returns } · resubmitted { $resubmissions } · withdrawn { $withdrawals } (waiting for the sender does not count as service time)
laporan-penyebarluasan = Dissemination report
memuat-laporan = Loading the report…
median = Median
persentil-ke-90 = 90th percentile
standar-waktu-sop = SOP time standard
langkah-mutu-baku-2 = { $count ->
        [one] { $count } step
       *[other] { $count } steps
    } · time standard
tepat-waktu = { $share } on time
tanpa-mutu-baku = no time standard
tunggu = waiting { $value }
belum-ada-data = No data yet
bagian-tepat-waktu-per-bulan = Share on time per month (the median below it)
mnt = { $round } min
per-orang = Per person
persentil-90 = 90th percentile
tepat-waktu-2 = On time
median-persentil-90-tepat-waktu = { $name }: median { $durationLabel }, 90th percentile { $durationLabel2 }, { $share } on time
belum-ada-langkah-selesai = { $name }: no finished steps yet
langkah-4 = { $label }: { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }

## Messages and labels from the screens' scripts
laporan-waktu-sop-2 = SOP Time Report
laporan-penyebarluasan-2 = Dissemination Report
ekspor-dibatalkan = Export cancelled.
