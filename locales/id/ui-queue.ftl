# UI PressDesk — Layar queue. Bahasa Indonesia: bahasa bawaan dan cadangan.
# Setiap kunci di sini juga ada di locales/en/ui-queue.ftl (npm run check, uji inti).

antrean-saya = Antrean saya
rilis-yang-menunggu-langkah-anda = Rilis yang menunggu langkah Anda dalam { $code }. Membuka rilis berarti Anda mulai menanganinya: waktu tunggu di antrean dicatat terpisah dari waktu penanganan.
menunggu = { $total } menunggu
langkah-mutu-baku = Langkah { $seq } · mutu baku
hasil = · hasil: { $output }
tidak-ada-rilis-yang-menunggu-5 = Tidak ada rilis yang menunggu langkah ini.
peran-anda-tidak-menangani-langkah = Peran Anda tidak menangani langkah antrean dalam SOP kantor ini.
memuat-antrean = Memuat antrean…
